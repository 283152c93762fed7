"""The guide built once per test run (shared by the workers), as `./dev guide` and CI build it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sharedbuild import shared_folder

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "guide"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def guide_site(tmp_path_factory) -> tuple[Path, str]:
    """(the built guide's folder, what the build printed)."""
    def make(folder: Path) -> None:
        run = subprocess.run(
            [str(BIN / "mkdocs"), "build", "--strict", "-f", str(GUIDE / "mkdocs.yml"),
             "-d", str(folder / "site")],
            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            timeout=600)
        assert run.returncode == 0, run.stdout + run.stderr
        (folder / "output.txt").write_text(run.stdout + run.stderr, encoding="utf-8")

    folder = shared_folder(tmp_path_factory, "guide",
                           [GUIDE / "mkdocs.yml", GUIDE / "content"], make)
    return folder / "site", (folder / "output.txt").read_text(encoding="utf-8")
