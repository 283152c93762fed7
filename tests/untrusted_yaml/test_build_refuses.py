"""A real `mkdocs build` stops on hostile YAML with the same problem `check` gives: the file
and line named, no traceback, nothing published from the bad file (issue 11, item 1)."""

from __future__ import annotations

import pytest

from tests.sitebuild import build, write_project
from tests.untrusted_yaml.hostile import CASES

# Those that crashed or hung the build before: a lone surrogate passed check and broke the
# exports, a NUL and a tag raised tracebacks, the alias bomb ran for minutes in gigabytes.
SELECTED = ("nul byte", "nul in the body", "lone surrogate", "timestamp tag on 29 February", "python tag",
            "recursive alias", "alias bomb in year.yml", "invalid utf-8", "duplicate key")


@pytest.mark.parametrize("case", [c for c in CASES if c.name in SELECTED],
                         ids=lambda case: case.name)
def test_build_stops_and_names_the_file(tmp_path, case):
    root = write_project(tmp_path / "project", {
        "2568/measures/ok.md": "---\ntitle: มาตรการที่ถูกต้อง\n---\n"})
    target = root / "content" / case.rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(case.raw)
    result = build(root)
    assert result.returncode != 0
    assert "Traceback" not in result.output
    assert f"{case.rel}:{case.line}" in result.output
    assert case.explained_in(result.output)
    assert not (result.site / "2568" / "measures" / "m" / "index.html").exists()
