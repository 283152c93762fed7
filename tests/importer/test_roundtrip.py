"""Import -> build -> report page: the built tables show the rows of the imported reports.

Runs the real MkDocs plugin: a plugin that fails to import fails these tests.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import ita_site.plugin.plugin  # noqa: F401 - a broken plugin fails here, it is never skipped
from ita_site.importer import import_document, write_measures
from ita_site.importer.source import squeeze
from tests.importer.conftest import PROGRESS_2566, REPORT_2568
from tests.sitebuild import shared_project_build, write_project


class _Rows(HTMLParser):
    """Rows of every table.ita-table: the text of each cell, list items joined."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_table = False
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table" and "ita-table" in (dict(attrs).get("class") or ""):
            self._in_table = True
        elif tag == "tr" and self._in_table:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "table":
            self._in_table = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _table_rows(html: str) -> dict[str, list[str]]:
    """Data rows by their measure name (second cell), every cell without whitespace."""
    parser = _Rows()
    parser.feed(html)
    return {squeeze(row[1]): [squeeze(c) for c in row] for row in parser.rows if len(row) > 2 and row[0] != "ลำดับ"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    results = [import_document(seed, year=None) for seed in (REPORT_2568, PROGRESS_2566)]

    def write(root):
        write_project(root, {})
        for result in results:
            write_measures(result, root / "content")
        return root

    site = shared_project_build(tmp_path_factory, "roundtrip", [REPORT_2568, PROGRESS_2566], write)
    assert site.returncode == 0, site.output
    return site, results


def _expected_row(front_matter: dict, results: dict) -> list[str]:
    def joined(values) -> str:
        return squeeze("".join(values or [])) or "–"  # the page marks an empty cell with a dash
    return [joined(front_matter.get("steps")), joined([front_matter.get("period", "")]),
            joined(front_matter.get("responsible")), joined(results.get("outputs")),
            joined(results.get("outcomes"))]


def test_report_page_shows_every_imported_row(built):
    site, (report, _) = built
    rows = _table_rows(site.html("2568/report/"))
    assert len(rows) == len(report.measures)
    for measure in report.measures:
        fm = measure.front_matter
        row = rows[squeeze(fm["title"])]
        assert row[0] == str(fm["order"])
        assert row[2:7] == _expected_row(fm, fm)


def test_progress_page_shows_the_six_month_results(built):
    site, (_, progress) = built
    rows = _table_rows(site.html("2566/progress/"))
    assert len(rows) == len(progress.measures)
    for measure in progress.measures:
        fm = measure.front_matter
        row = rows[squeeze(fm["title"])]
        assert row[2:7] == _expected_row(fm, fm["progress"])
        if "suggestions" in fm["progress"]:
            assert squeeze("".join(fm["progress"]["suggestions"])) in row


def test_measure_page_keeps_thai_digits(built):
    site, _ = built
    html = site.html("2566/measures/08-kan-poet-phoei-kho-mun/")
    assert "การเปิดเผยข้อมูล" in html and "๑๑.กำกับติดตามการทำงาน" in html


def test_source_comment_stays_invisible(built):
    site, _ = built
    html = site.html("2568/measures/01-kan-pati-bati-rue-hai-bri-kan/")
    assert "imported from" not in html.replace("<!-- imported from", "")
