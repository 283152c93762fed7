"""The sample agency, copied into a git repository whose every commit has one fixed date, and
built with `mkdocs build --strict`: last-updated dates come from git, so they are known."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.sitebuild import REPO, shared_project_build

COMMIT_DATE = "2025-03-31T10:00:00+07:00"


def git_env() -> dict[str, str]:
    return {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.go.th",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.go.th",
            "GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE,
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def sample_project(root: Path, *, commit: bool = True) -> Path:
    root.mkdir(parents=True)
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    if commit:
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "sample"]):
            subprocess.run(["git", *args], cwd=root, env=git_env(), check=True)
    return root


def findings(report_html: str) -> dict[str, str]:
    """Item id → status, as the report page shows them."""
    return dict((m.group(2), m.group(1)) for m in re.finditer(
        r'<tr class="ita-standard--(\w+)" id="std-([\w-]+)">', report_html))


@pytest.fixture(scope="package")
def sample(tmp_path_factory):
    """The sample built once per run for every worker (tests only read it)."""
    built = shared_project_build(tmp_path_factory, "standard-sample",
                                 [REPO / "content", REPO / "mkdocs.yml", COMMIT_DATE],
                                 sample_project, strict=True)
    assert built.returncode == 0, built.output
    return built
