"""A data row is a header only when most of its cells are headings, never for one word in it.

The reproducer is issue 12's: an ordinary Word table with two measures lost the second, because
a data row mentioning ขั้นตอน was taken for a new header row and "อบรมแล้ว 45 คน" went to steps.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_site.importer import import_document, import_source
from ita_site.importer.cells import cell_from_text
from ita_site.importer.columns import looks_like_heading
from ita_site.importer.source import Row, SourceDocument, TextLine, Where
from tests.importer.conftest import shipped_catalogs
from tests.importer.office import write_table_docx

TITLE = "รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2568"
HEADER = ["มาตรการ/โครงการ/กิจกรรม", "ขั้นตอนการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ผลการดำเนินการ"]
FIELDS = ["title", "steps", "period", "responsible", "outputs"]
FIRST = ["การจัดทำข้อตกลงระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา", "จัดทำข้อตกลงทุกส่วนราชการ",
         "ต.ค. 67 – ก.ย. 68", "สำนักปลัด", "ลงนามครบทุกส่วนราชการ"]
# Every cell of the second measure holds a heading word, as real data cells do.
SECOND = ["โครงการอบรมคุณธรรมจริยธรรม", "ประชุมชี้แจงขั้นตอนการอบรม", "ระยะเวลา 3 เดือน (มี.ค. – พ.ค. 68)",
          "ผู้รับผิดชอบโครงการ กองการศึกษา", "อบรมแล้ว 45 คน ผลการดำเนินการเป็นไปตามแผน"]
PLAIN = ["โครงการปลูกป่า", "เตรียมกล้าไม้", "มิ.ย. 68", "กองช่าง", "ปลูกแล้ว 200 ต้น"]


def _expected(cells):
    fm = {}
    for name, text in zip(FIELDS, cells):
        fm[name] = text if name in ("title", "period") else [text]
    return fm


def _import(tmp_path, *rows):
    path = write_table_docx(tmp_path / "report.docx", TITLE, [HEADER, *rows])
    return import_document(path, year=None)


def _fields(measure):
    return {k: v for k, v in measure.front_matter.items() if k in FIELDS}


def test_issue_reproducer_keeps_both_measures(tmp_path):
    second = ["โครงการอบรมคุณธรรมจริยธรรม", "ประชุมชี้แจงขั้นตอน", "มี.ค. 68",
              "ผู้รับผิดชอบโครงการ กองการศึกษา", "อบรมแล้ว 45 คน"]
    result = _import(tmp_path, FIRST, second)
    assert result.ok
    assert [_fields(m) for m in result.measures] == [_expected(FIRST), _expected(second)]
    assert not any("different columns" in n.text.en for n in result.notices)


def test_heading_words_in_every_cell_of_a_data_row(tmp_path):
    result = _import(tmp_path, FIRST, SECOND, PLAIN)
    assert [_fields(m) for m in result.measures] == [_expected(FIRST), _expected(SECOND), _expected(PLAIN)]
    assert not any("different columns" in n.text.en for n in result.notices)


@pytest.mark.parametrize("column", range(len(HEADER)), ids=FIELDS)
def test_heading_word_in_one_column(tmp_path, column):
    row = list(PLAIN)
    row[column] = SECOND[column]
    result = _import(tmp_path, FIRST, row)
    assert [_fields(m) for m in result.measures] == [_expected(FIRST), _expected(row)]


@pytest.mark.parametrize("columns", [(0, 1), (1, 3), (0, 1, 3), (1, 3, 4)])
def test_heading_words_in_several_columns(tmp_path, columns):
    row = list(PLAIN)
    for column in columns:
        row[column] = SECOND[column]
    result = _import(tmp_path, FIRST, row)
    assert [_fields(m) for m in result.measures] == [_expected(FIRST), _expected(row)]


def test_a_first_data_row_of_heading_words_is_not_a_header(tmp_path):
    # Right under the header, where a two-row header's second row would stand.
    result = _import(tmp_path, SECOND, FIRST)
    assert [_fields(m) for m in result.measures] == [_expected(SECOND), _expected(FIRST)]


def test_a_real_second_table_with_other_columns_is_still_read(tmp_path):
    rows = [FIRST, ["กิจกรรม", "วิธีการ", "ผู้รับผิดชอบ"], ["ประชุมประจำเดือน", "ทุกเดือน", "สำนักปลัด"]]
    result = _import(tmp_path, *rows)
    assert [m.title for m in result.measures] == [FIRST[0], "ประชุมประจำเดือน"]
    assert result.measures[1].front_matter["steps"] == ["ทุกเดือน"]
    assert any("different columns" in n.text.en for n in result.notices)


@pytest.mark.parametrize("text", ["มาตรการ/โครงการ/ กิจกรรม", "ขั้นตอนหรือวิธีการปฏิบัติ", "ระยะเวลา ดำเนินการ",
                                  "หน่วยงานที่รับผิดชอบ", "ผลการดำเนินการตามมาตรการหรือ กิจกรรม",
                                  "ผลลัพธ์หรือผลสัมฤทธิ์ในการ ดำเนินการ (outcome/result)",
                                  "ผลการดำเนินการ รอบ 6 เดือน", "ดำเนินการแล้ว", "ลำดับที่"])
def test_headings_look_like_headings(text):
    assert looks_like_heading(text)


@pytest.mark.parametrize("text", SECOND + ["อบรมแล้ว 45 คน", "ระยะเวลา 3 เดือน", "ทุกเดือน"])
def test_data_cells_do_not(text):
    assert not looks_like_heading(text)


def test_headings_qualified_in_brackets_are_still_a_header(tmp_path):
    header = ["มาตรการ", "ขั้นตอน", "ระยะเวลาดำเนินการ (ต.ค. 67 - ก.ย. 68)", "ผู้รับผิดชอบ (กอง/ฝ่าย)"]
    path = write_table_docx(tmp_path / "plan.docx", TITLE, [header, ["จัดทำคู่มือ", "ร่างคู่มือ", "ธ.ค. 67", "กองคลัง"]])
    result = import_document(path, year=None)
    assert result.ok
    assert [_fields(m) for m in result.measures] == [
        {"title": "จัดทำคู่มือ", "steps": ["ร่างคู่มือ"], "period": "ธ.ค. 67", "responsible": ["กองคลัง"]}]


def test_a_data_row_of_heading_words_under_a_plain_name_stays_data(tmp_path):
    # Three of five cells are whole headings; only the name shows it is a measure.
    row = ["การกำกับติดตามผลการดำเนินการ", "ดำเนินการตามขั้นตอน", "ตลอดปีงบประมาณ",
           "ผู้รับผิดชอบโครงการ", "ดำเนินการแล้ว"]
    result = _import(tmp_path, FIRST, row, PLAIN)
    assert [_fields(m) for m in result.measures] == [_expected(FIRST), _expected(row), _expected(PLAIN)]
    assert not any("different columns" in n.text.en for n in result.notices)


def test_the_same_row_right_under_the_header_stays_data(tmp_path):
    row = ["การกำกับติดตามผลการดำเนินการ", "ดำเนินการตามขั้นตอน", "ตลอดปีงบประมาณ",
           "ผู้รับผิดชอบโครงการ", "ดำเนินการแล้ว"]
    result = _import(tmp_path, row, FIRST)
    assert [_fields(m) for m in result.measures] == [_expected(row), _expected(FIRST)]


_DATA_WORDS = ["ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ดำเนินการแล้ว", "โครงการ", "กิจกรรม",
               "ข้อเสนอแนะ", "ผลลัพธ์", "อบรม", "ประชุม", "กองคลัง", "45 คน", "ต.ค. 67", "ตาม", "การ"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.lists(st.sampled_from(_DATA_WORDS), min_size=1, max_size=3), min_size=4, max_size=4),
                min_size=1, max_size=5))
def test_rows_under_plain_names_are_always_measures(rows):
    # Whatever heading words the other cells hold, a row named by a plain name is a measure.
    table = [HEADER] + [[f"มาตรการเรื่องที่ {n}"] + ["".join(words) for words in cells]
                        for n, cells in enumerate(rows, 1)]
    document = SourceDocument("plan.docx", [TextLine(Where("paragraph", 1), TITLE)] + [
        Row(Where("table", n, "1"), tuple(cell_from_text(c) for c in row)) for n, row in enumerate(table, 1)])
    result = import_source(document, Path("plan.docx"), year=None, catalogs=shipped_catalogs())
    assert [m.title for m in result.measures] == [f"มาตรการเรื่องที่ {n}" for n in range(1, len(rows) + 1)]
