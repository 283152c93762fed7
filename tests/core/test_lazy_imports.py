"""Heavy libraries are imported by the work that needs them, not by every build: fontTools'
subsetter (fonts not cached yet), segno (a QR code not cached yet), PyThaiNLP and nlpo3 (Thai
text not segmented before)."""

import json
import subprocess
import sys

CODE = """
import json, sys
import ita_site.plugin.plugin, ita_site.search.index
from ita_site.surveys.qr import encoding_parameters
encoding_parameters()  # the QR cache's key names segno's version
heavy = ("segno", "fontTools.subset", "pythainlp", "nlpo3")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


def test_loading_the_plugin_and_the_search_index_code_imports_no_heavy_library():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
