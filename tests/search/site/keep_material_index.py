"""Fixture hook: keep a copy of the index Material's search plugin wrote, before the ita plugin
rewrites it (tests/search/sitefixture.py derives the "unrewritten" and sharded sites from it).

It only copies a file; the Thai index itself is made by the real plugin's on_post_build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

MATERIAL_INDEX = "material_search_index.json"


# -40: after Material's search plugin (0) wrote search/search_index.json, before the ita
# plugin (-50) replaces it with a stub. The copy goes next to mkdocs.yml, outside the site.
@event_priority(-40)
def on_post_build(config):
    index = Path(config.site_dir) / "search" / "search_index.json"
    shutil.copy2(index, Path(config.config_file_path).parent / MATERIAL_INDEX)
