"""Tables as agencies make them: sections, page breaks, repeated rows, columns of their own."""

from pathlib import Path

from ita_site.importer import import_source
from ita_site.importer.sources.pdf_text import parse_pdf_text
from tests.importer.conftest import shipped_catalogs

HEADER = "มาตรการ/โครงการ/กิจกรรม\tขั้นตอน\tระยะเวลา\tผู้รับผิดชอบ\tผลการดำเนินการ\tผลลัพธ์"


def imported(text: str, *, year=2568, kind="auto"):
    return import_source(parse_pdf_text(text, "report.txt"), Path("report.txt"), year=year, kind=kind,
                         catalogs=shipped_catalogs())


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def test_exact_duplicate_rows_are_imported_once_and_reported():
    row = "จัดทำคู่มือ\t1. ร่าง 2. ประกาศ\tต.ค. 67\tสำนักปลัด\tมีคู่มือ\tลดข้อร้องเรียน"
    result = imported(lines(HEADER, row, "", HEADER, row, "ประชุม\tจัดประชุม\tพ.ย. 67\tกองคลัง\tประชุมแล้ว\tเข้าใจ"))
    assert [m.title for m in result.measures] == ["จัดทำคู่มือ", "ประชุม"]
    [note] = [n for n in result.notices if "repeats" in n.text.en]
    assert note.location == "report.txt:5" and "line 2" in note.text.en


def test_equal_continuation_rows_of_different_measures_are_not_duplicates():
    result = imported(lines(HEADER, "ก\tขั้นที่หนึ่ง\t\t\t\t", "\tขั้นที่สอง\t\t\t\t",
                            "ข\tขั้นที่หนึ่ง ข\t\t\t\t", "\tขั้นที่สอง\t\t\t\t"))
    assert [m.front_matter["steps"] for m in result.measures] == [
        ["ขั้นที่หนึ่ง", "ขั้นที่สอง"], ["ขั้นที่หนึ่ง ข", "ขั้นที่สอง"]]


def test_text_cut_by_a_page_break_finishes_the_numbered_item_above():
    result = imported(lines(HEADER, "ก	1. จัดทำรายงาน 2. เผยแพร่รายงานประจำปี				",
                            "	งบประมาณ พ.ศ. 2567 3. ประชุม				"))
    assert result.measures[0].front_matter["steps"] == [
        "1. จัดทำรายงาน", "2. เผยแพร่รายงานประจำปี งบประมาณ พ.ศ. 2567", "3. ประชุม"]


def test_unknown_section_is_kept_in_the_body_and_reported():
    result = imported(lines(HEADER, "ด้านความโปร่งใส\t\t\t\t\t", "จัดทำคู่มือ\tร่าง\tต.ค. 67\tสำนักปลัด\tมีคู่มือ\tดี"))
    [measure] = result.measures
    assert "issue" not in measure.front_matter
    assert "## หัวข้อในเอกสารต้นฉบับ\n\nด้านความโปร่งใส" in measure.body
    assert any("ด้านความโปร่งใส" in w.text.en for w in result.problems.warnings)


def test_section_followed_by_nameless_rows_names_the_measure():
    result = imported(lines(HEADER, "2. การให้บริการและระบบ E-Service\t\t\t\t\t",
                            "\t1. เพิ่มงานบริการ\tธ.ค. 67\tสำนักปลัด\tเพิ่ม 4 งาน\tผู้ใช้เพิ่มขึ้น"))
    [measure] = result.measures
    assert measure.front_matter["title"] == "การให้บริการและระบบ E-Service"
    assert measure.front_matter["order"] == 2
    assert measure.front_matter["issue"] == 2
    assert measure.front_matter["steps"] == ["1. เพิ่มงานบริการ"]
    assert measure.source_rows == "rows 2–3"


def test_a_title_only_row_with_nothing_under_it_is_a_measure():
    result = imported(lines(HEADER, "จัดทำคู่มือ\tร่าง\t\t\t\t", "ประชุมชี้แจงเจ้าหน้าที่\t\t\t\t\t"), kind="plan")
    assert [m.title for m in result.measures] == ["จัดทำคู่มือ", "ประชุมชี้แจงเจ้าหน้าที่"]
    assert any("only a name" in n.text.en for n in result.notices)


def test_framework_heading_as_a_line_of_text_between_rows():
    result = imported(lines(HEADER, "จัดทำคู่มือ\tร่าง\t\t\t\t",
                            "6. กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
                            "เปิดเผยแผนบุคลากร\tประกาศ\t\t\t\t"))
    assert [m.front_matter.get("issue") for m in result.measures] == [None, 6]


def test_columns_without_a_field_go_to_the_body_under_their_header():
    header = HEADER + "\tตัวชี้วัดความสำเร็จ\tงบประมาณ"
    result = imported(lines(header, "จัดทำคู่มือ\tร่าง\t\t\t\t\tร้อยละ 80\t5,000 บาท"))
    body = result.measures[0].body
    assert "## ตัวชี้วัดความสำเร็จ\n\nร้อยละ 80" in body and "## งบประมาณ\n\n5,000 บาท" in body
    places = {(w.line, w.field) for w in result.problems.warnings}
    assert places == {(2, "ตัวชี้วัดความสำเร็จ"), (2, "งบประมาณ")}


def test_cells_beyond_the_header_are_kept_and_reported():
    result = imported(lines(HEADER, "จัดทำคู่มือ\tร่าง\t\t\t\t\tข้อความเกิน"))
    assert "## คอลัมน์ที่ 7\n\nข้อความเกิน" in result.measures[0].body
    assert result.problems.warnings[0].line == 2


def test_body_text_is_escaped_so_markdown_shows_it_as_written():
    result = imported(lines(HEADER + "\tหมายเหตุ", "จัดทำคู่มือ\t\t\t\t\t\t1. แจ้งเวียน 2. # ติดประกาศ"))
    assert "1\\. แจ้งเวียน\n\n2\\. # ติดประกาศ" in result.measures[0].body


def test_plan_import_keeps_result_columns_in_the_body():
    result = imported(lines(HEADER, "จัดทำคู่มือ\tร่าง\t\t\tมีคู่มือ\t"), kind="plan")
    measure = result.measures[0]
    assert "outputs" not in measure.front_matter and "## ผลการดำเนินการ\n\nมีคู่มือ" in measure.body
    assert result.problems.warnings[0].field == "ผลการดำเนินการ"


def test_plan_detected_when_there_are_no_result_columns():
    result = imported(lines("มาตรการ\tขั้นตอน\tระยะเวลา\tผู้รับผิดชอบ", "จัดทำคู่มือ\tร่าง\tต.ค. 67\tสำนักปลัด"))
    assert result.kind == "plan"
    assert result.measures[0].front_matter == {
        "title": "จัดทำคู่มือ", "order": 1, "steps": ["ร่าง"], "period": "ต.ค. 67", "responsible": ["สำนักปลัด"]}


def test_six_month_and_final_columns_in_one_report():
    header = "มาตรการ\tผลการดำเนินการ รอบ 6 เดือน\tผลการดำเนินการ รอบ 12 เดือน"
    result = imported(lines(header, "จัดทำคู่มือ\tร่างเสร็จ\tประกาศใช้แล้ว"))
    fm = result.measures[0].front_matter
    assert fm["outputs"] == ["ประกาศใช้แล้ว"] and fm["progress"] == {"outputs": ["ร่างเสร็จ"]}


def test_status_ticks_and_codes():
    header = "ลำดับ\tมาตรการ\tประเด็นที่ต้องยกระดับ\tดำเนินการแล้ว\tอยู่ระหว่างดำเนินการ"
    result = imported(lines(header, "1\tจัดทำคู่มือ\ti13, O๖ การยืมทรัพย์สิน\t✓\t", "2\tประชุม\te5\t\t/"))
    first, second = (m.front_matter for m in result.measures)
    assert first["addresses"] == ["i13", "O6"] and first["status"] == "done"
    assert second["addresses"] == ["e5"] and second["status"] == "in-progress"
    assert "i13, O๖ การยืมทรัพย์สิน" in result.measures[0].body  # the words beside the codes
    assert [first["order"], second["order"]] == [1, 2]


def test_order_column_restarting_per_section_is_not_used():
    header = "ลำดับ\tมาตรการ\tขั้นตอน"
    result = imported(lines(header, "1\tก\tx", "1\tข\ty"))
    assert [m.front_matter["order"] for m in result.measures] == [1, 2]
    assert any("repeat or are missing" in n.text.en for n in result.notices)


def test_row_without_a_name_and_nothing_above_gets_a_placeholder():
    result = imported(lines(HEADER, "\tร่างคู่มือ\t\t\t\t"))
    assert result.measures[0].title == "มาตรการจากบรรทัด 2"
    assert "no measure name" in result.problems.warnings[0].text.en


def test_no_table_is_an_error():
    result = imported("รายงานผลการดำเนินการ\nประจำปีงบประมาณ พ.ศ. 2568\n", year=None)
    assert result.year == 2568 and not result.ok
    assert "no measures table" in result.problems.errors[0].text.en


def test_missing_year_is_an_error_that_says_how_to_fix_it():
    result = imported(lines(HEADER, "จัดทำคู่มือ\tร่าง\t\t\t\t"), year=None)
    assert not result.ok and "--year" in result.problems.errors[0].text.fix_en


def test_given_year_differing_from_the_title_is_warned():
    result = imported(lines("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", HEADER, "จัดทำคู่มือ\tร่าง\t\t\t\t"), year=2568)
    assert result.year == 2568 and result.ok
    assert "says 2567" in result.problems.warnings[0].text.en


def test_markdown_pipe_tables():
    text = lines("| มาตรการ | ขั้นตอน | ผู้รับผิดชอบ |", "|---|---|---|", "| จัดทำคู่มือ | ร่าง | กองคลัง |")
    result = imported(text)
    assert result.measures[0].front_matter["responsible"] == ["กองคลัง"]


def test_two_row_header_with_status_ticks():
    text = lines("มาตรการ\tผลการดำเนินการ\tสถานะ\t", "\t\tดำเนินการแล้ว\tยังไม่ดำเนินการ",
                 "จัดทำคู่มือ\tมีคู่มือ\t✓\t", "ประชุม\t\t\t✓")
    first, second = (m.front_matter for m in imported(text).measures)
    assert first["status"] == "done" and second["status"] == "planned"


def test_text_files_in_thai_windows_encoding_and_with_page_feeds(tmp_path):
    from ita_site.importer import import_document
    source = tmp_path / "report.txt"
    text = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\r\n" + HEADER + "\r\n\fจัดทำคู่มือ\tร่าง\t\t\t\t\r\n"
    source.write_bytes(text.encode("cp874"))
    result = import_document(source, year=None)
    assert result.year == 2567 and result.measures[0].title == "จัดทำคู่มือ"
    assert result.measures[0].source_rows == "row 3"


def test_issue_column_carries_down_over_empty_cells():
    header = "ประเด็น\tมาตรการ\tขั้นตอน"
    result = imported(lines(header, "ประเด็นที่ 2 การให้บริการและระบบ E-Service\tเพิ่มบริการออนไลน์\tสำรวจ",
                            "\tคู่มือการใช้งาน\tเผยแพร่", "4\tตรวจสอบพัสดุ\tตรวจนับ"))
    assert [m.front_matter.get("issue") for m in result.measures] == [2, 2, 4]
    assert all("หัวข้อในเอกสารต้นฉบับ" not in m.body for m in result.measures)


def test_two_row_header_repeated_on_every_page():
    top = "มาตรการ\tขั้นตอน\tผลการดำเนินงาน\t"
    sub = "\t\tผลผลิต (output)\tผลลัพธ์ (outcome)"
    result = imported(lines(top, sub, "จัดทำคู่มือ\tร่าง\tมีคู่มือ\tลดข้อร้องเรียน", "", top, sub,
                            "ประชุม\tเชิญ\tประชุมแล้ว\tเข้าใจ"))
    assert [m.front_matter.get("outcomes") for m in result.measures] == [["ลดข้อร้องเรียน"], ["เข้าใจ"]]
    assert not any("different columns" in n.text.en for n in result.notices)
    assert not result.problems


def test_the_import_command_reads_sections_with_the_sites_catalogs(tmp_path, monkeypatch):
    """`ita-site import` of a 2570 report: its issue rows are read by the 2570 catalog the site
    keeps in its `catalogs:` folder, where E-Service is issue 1 (2569's issue 2) and issue 3 has
    a name no shipped year has."""
    from ita_site.cli import main
    from tests.catalog.fictitious import CATALOG_2570

    (tmp_path / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - ita:\n      catalogs: catalogs\n",
                                         encoding="utf-8")
    (tmp_path / "catalogs").mkdir()
    (tmp_path / "catalogs/2570.yaml").write_text(CATALOG_2570, encoding="utf-8")
    (tmp_path / "report.txt").write_text(lines(
        HEADER, "การให้บริการและระบบ E-Service\t\t\t\t\t",
        "ยื่นคำร้องออนไลน์\tเปิดระบบ\tธ.ค. 69\tสำนักปลัด\tเปิดแล้ว\tสะดวกขึ้น",
        "กลไกป้องกันการทุจริตและผลประโยชน์ทับซ้อน\t\t\t\t\t",
        "ประกาศเจตนารมณ์\tประกาศ\tต.ค. 69\tสำนักปลัด\tประกาศแล้ว\tรับรู้"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "report.txt", "--year", "2570", "--kind", "report"]) == 0
    written = {path.name: path.read_text(encoding="utf-8")
               for path in (tmp_path / "content/2570/measures").glob("*.md")}
    issues = sorted(line for text in written.values() for line in text.splitlines()
                    if line.startswith("issue:"))
    assert issues == ["issue: 1", "issue: 3"]
