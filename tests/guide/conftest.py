"""The guide built once per test worker, as `./dev guide` and CI build it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "guide"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def guide_site(tmp_path_factory) -> tuple[Path, str]:
    """(the built guide's folder, what the build printed)."""
    site = tmp_path_factory.mktemp("guide") / "site"
    run = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "-f", str(GUIDE / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    return site, run.stdout + run.stderr
