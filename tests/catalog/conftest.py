import textwrap
from pathlib import Path

import pytest

from ita_site.catalog import load_catalogs


@pytest.fixture(scope="session")
def shipped():
    """The shipped catalogs alone (loaded once: they are read-only)."""
    return load_catalogs()


@pytest.fixture
def site_catalogs(tmp_path):
    """Write `<year>.yaml` files into a site's catalog folder; load them over the shipped ones."""

    def load(**files: str):
        folder = tmp_path / "catalog"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            path = folder / f"{name.lstrip('y')}.yaml"
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return load_catalogs(folder), folder

    return load


def problem_lines(problems, path: Path):
    """(line, field) of every problem in `path`, for asserting where an error points."""
    return [(p.line, p.field) for p in problems if p.path == str(path)]
