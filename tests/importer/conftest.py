"""Shared data for the importer tests: the three real reports in data/ and their imports."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from ita_site.catalog.catalog_set import CatalogSet
from ita_site.catalog.loading import load_catalogs
from ita_site.importer import ImportResult, import_document

DATA = Path(__file__).parent / "data"
REPORT_2568 = DATA / "000_c192065bfc7c8293.txt"   # อบต.ดอนตะหนิน, results 2568, seven issues
PROGRESS_2566 = DATA / "002_5bcee1a436c7c660.txt"  # อบต.ร่อนทอง, six months of 2566, indicators
REPORT_CHOKCHAI = DATA / "003_f4e8a95fe2821347.txt"  # ทต.โชคชัย, results 2568 after a memo


@lru_cache(maxsize=None)
def shipped_catalogs() -> CatalogSet:
    """The shipped catalogs, loaded once for the tests that import many small tables (property
    tests): a process parses the files once, but checking them still takes three times as long
    as importing a small table. An import never changes them; loading them is tested in
    tests/catalog."""
    return load_catalogs()


@lru_cache(maxsize=None)
def _imported(path: Path) -> ImportResult:
    return import_document(path, year=None)


@pytest.fixture(scope="module")
def report_2568() -> ImportResult:
    return _imported(REPORT_2568)


@pytest.fixture(scope="module")
def progress_2566() -> ImportResult:
    return _imported(PROGRESS_2566)


@pytest.fixture(scope="module")
def report_chokchai() -> ImportResult:
    return _imported(REPORT_CHOKCHAI)


def fm(result: ImportResult, index: int) -> dict:
    """The front matter of the index-th measure (1-based, as the report numbers them)."""
    return result.measures[index - 1].front_matter
