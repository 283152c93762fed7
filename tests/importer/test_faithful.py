"""Every non-empty cell of a report ends up in the file of its measure, text as written.

Checked on the files as written and read back with YAML: the cells of the lines a measure came
from, tags removed and whitespace ignored (Thai line wrapping differs from page to page), must
appear in that measure's fields or body, digits exactly as written. The one exception is the row
number written before a measure's name ("๑. การ…"), which becomes its `order`.
"""

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ita_site.importer import import_document, import_source, write_measures
from ita_site.importer.columns import read_header
from ita_site.importer.html_text import strip_tags
from ita_site.importer.source import squeeze
from ita_site.importer.sources.pdf_text import parse_pdf_text
from ita_site.importer.titles import split_row_number
from tests.importer.conftest import (PROGRESS_2566, REPORT_2568, REPORT_CHOKCHAI,
                                    shipped_catalogs)


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def _is_header(line: str) -> bool:
    return line.startswith(("มาตรการ/โครงการ", "แนวทาง/มาตรการ"))


def _notes(result) -> str:
    return "\n".join(n.text.en for n in result.notices)


def _lines_of(source_rows: str) -> range:
    numbers = [int(n) for n in re.findall(r"\d+", source_rows)]
    return range(numbers[0], numbers[-1] + 1)


@pytest.mark.parametrize("seed", [REPORT_2568, PROGRESS_2566, REPORT_CHOKCHAI], ids=lambda p: p.name[:3])
def test_every_cell_is_in_its_measure_file(tmp_path, seed):
    result = import_document(seed, year=None)
    actions = write_measures(result, tmp_path)
    lines = seed.read_text(encoding="utf-8").splitlines()
    checked = 0
    for action in actions:
        text = action.path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        data = yaml.safe_load(front)
        written = squeeze("".join(_strings(data)) + body.replace("\\", ""))
        for number in _lines_of(action.measure.source_rows):
            if _is_header(lines[number - 1]):
                continue  # the header printed again on the next page
            for cell in lines[number - 1].split("\t"):
                cell_text = squeeze(strip_tags(cell))
                if cell_text and cell_text not in written:
                    row_number, rest = split_row_number(strip_tags(cell))
                    assert squeeze(rest) == squeeze(data["title"]), f"line {number}: {cell[:60]}"
                    assert row_number == data["order"] or "repeat or are missing" in _notes(result)
                if cell_text:
                    checked += 1
    assert checked > 20


@pytest.mark.parametrize("seed", [REPORT_2568, PROGRESS_2566, REPORT_CHOKCHAI], ids=lambda p: p.name[:3])
def test_every_table_line_belongs_to_a_measure_or_is_reported(seed):
    result = import_document(seed, year=None)
    covered = {n for m in result.measures for n in _lines_of(m.source_rows)}
    reported = {p.line for p in result.problems} | {
        int(n.location.split(":")[1].split()[0]) for n in result.notices if ":" in n.location}
    for number, line in enumerate(seed.read_text(encoding="utf-8").splitlines(), start=1):
        cells = [squeeze(strip_tags(c)) for c in line.split("\t")]
        if "\t" not in line or not any(cells):
            continue
        is_header = _is_header(line)
        is_section = cells[0] and not any(cells[1:])
        assert is_header or is_section or number in covered or number in reported, f"line {number}"


_cell = st.one_of(
    st.just(""),
    st.text(alphabet="กขคงจตทนบปมรลวสหอะาิีุูเแโไ่้ ", min_size=1, max_size=12),
    st.builds(lambda n, t: f"{n}. {t}", st.integers(1, 4), st.text(alphabet="กขคงจ ", min_size=1, max_size=6)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_cell, min_size=6, max_size=6), min_size=1, max_size=6))
def test_no_cell_of_any_table_is_lost(rows):
    header = "มาตรการ\tขั้นตอน\tระยะเวลา\tผู้รับผิดชอบ\tผลการดำเนินการ\tผลลัพธ์"
    text = "\n".join([header] + ["\t".join(r) for r in rows])
    document = parse_pdf_text(text, "r.txt")
    assume(not any(read_header(row) for row in document.blocks[1:]))  # data rows, not headers
    result = import_source(document, Path("r.txt"), year=2568, catalogs=shipped_catalogs())
    written = squeeze("".join(
        "".join(_strings(m.front_matter)) + m.body.replace("\\", "") for m in result.measures))
    duplicates = {int(re.search(r":(\d+)", n.location)[1]) for n in result.notices if "repeats" in n.text.en}
    for number, row in enumerate(rows, start=2):
        for index, cell in enumerate(row):
            if index == 0:  # the name: its row number, if it has one, is the order
                cell = split_row_number(cell)[1]
            if squeeze(cell) and number not in duplicates:
                assert squeeze(cell) in written, (number, cell)
