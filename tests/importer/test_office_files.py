"""DOCX and XLSX holding the seed reports' tables import to the same measures as the PDF text."""

import docx
import openpyxl
import pytest

from ita_site.importer import import_document
from tests.importer.conftest import PROGRESS_2566, REPORT_2568, REPORT_CHOKCHAI, _imported
from tests.importer.office import read_seed, write_docx, write_xlsx

SEEDS = [REPORT_2568, PROGRESS_2566, REPORT_CHOKCHAI]


def _front_matters(result):
    return [m.front_matter for m in result.measures]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_docx_gives_the_same_measures_as_the_pdf_text(tmp_path, seed):
    path = write_docx(read_seed(seed), tmp_path / "report.docx")
    result = import_document(path, year=None)
    expected = _imported(seed)
    assert result.ok and (result.year, result.kind) == (expected.year, expected.kind)
    assert _front_matters(result) == _front_matters(expected)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_xlsx_gives_the_same_measures_as_the_pdf_text(tmp_path, seed):
    path = write_xlsx(read_seed(seed), tmp_path / "report.xlsx")
    result = import_document(path, year=None)
    expected = _imported(seed)
    assert result.ok and (result.year, result.kind) == (expected.year, expected.kind)
    assert _front_matters(result) == _front_matters(expected)


def test_xlsx_with_merged_name_cells_over_continued_rows(tmp_path):
    path = write_xlsx(read_seed(REPORT_2568), tmp_path / "merged.xlsx", merge_continued_names=True)
    merged = [str(r) for r in openpyxl.load_workbook(path).active.merged_cells.ranges if r.min_col == r.max_col]
    assert merged  # the fixture really merges the last measure's name over its second row
    result = import_document(path, year=None)
    assert _front_matters(result) == _front_matters(_imported(REPORT_2568))
    assert result.measures[6].source_rows == f"sheet รายงาน, rows {merged[0].split(':')[0][1:]}–{merged[0].split(':')[1][1:]}"


def test_docx_rows_are_named_by_table_and_row(tmp_path):
    path = write_docx(read_seed(REPORT_2568), tmp_path / "report.docx")
    result = import_document(path, year=None)
    assert result.measures[0].body.startswith("<!-- imported from report.docx, table 1, row 3 -->")
    assert result.measures[6].source_rows == "table 7, rows 3–4"


def test_docx_word_numbering_and_vertical_merge(tmp_path):
    document = docx.Document()
    document.add_paragraph("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["มาตรการ", "ขั้นตอนการดำเนินการ", "หน่วยงานที่รับผิดชอบ"]):
        cell.text = text
    name = table.cell(1, 0).merge(table.cell(2, 0))  # one measure over two rows
    name.text = "จัดทำคู่มือการยืมพัสดุ"
    steps = table.cell(1, 1)
    steps.paragraphs[0].text = "ร่างคู่มือ"
    steps.paragraphs[0].style = "List Number"
    steps.add_paragraph("เสนอผู้บริหาร", style="List Number")
    table.cell(1, 2).text = "กองคลัง"
    table.cell(2, 1).text = "ประกาศใช้"
    table.cell(2, 2).text = "สำนักปลัด"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = import_document(path, year=None)
    assert result.year == 2569 and result.kind == "plan"
    assert _front_matters(result) == [{
        "title": "จัดทำคู่มือการยืมพัสดุ", "order": 1,
        "steps": ["ร่างคู่มือ", "เสนอผู้บริหาร", "ประกาศใช้"],
        "responsible": ["กองคลัง", "สำนักปลัด"],
    }]


def test_unreadable_office_file_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip file")
    result = import_document(path, year=2568)
    assert not result.ok and "could not be read" in result.problems.errors[0].text.en


def test_docx_issue_headings_above_each_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("แผนมาตรการ ประจำปีงบประมาณ พ.ศ. 2569")
    for heading, name, step in [("4. กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", "คู่มือยืมพัสดุ", "ตรวจนับพัสดุ"),
                                ("ประเด็นที่ 7 กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", "ประเมินความเสี่ยง", "ประชุม")]:
        document.add_paragraph(heading)
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ"]):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, [name, step, "กองคลัง"]):
            cell.text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = import_document(path, year=None)
    assert [(m.title, m.front_matter.get("issue")) for m in result.measures] == [
        ("คู่มือยืมพัสดุ", 4), ("ประเมินความเสี่ยง", 7)]
    assert [m.source_rows for m in result.measures] == ["table 1, row 2", "table 2, row 2"]
    assert not result.problems
