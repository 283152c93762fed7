"""Headers by meaning, sections by number and name, year and kind from the title."""

import pytest

from ita_site.importer.cells import cell_from_text
from ita_site.importer.columns import header_field, read_header
from ita_site.importer.detect import detect_six_months, detect_year
from ita_site.catalog import load_catalogs
from ita_site.importer.frameworks import Framework, label_of_measure, section_of_heading
from ita_site.importer.source import Row, Where
from tests.catalog.fictitious import CATALOG_2570


CATALOGS = load_catalogs()
F2566, F2568 = (Framework.of_year(CATALOGS, year) for year in (2566, 2568))


@pytest.mark.parametrize("header, field", [
    ("มาตรการ/โครงการ/ กิจกรรม", "title"),
    ("แนวทาง/มาตรการ", "title"),
    ("ขั้นตอน", "steps"),
    ("ขั้นตอนหรือวิธีการปฏิบัติ", "steps"),
    ("วิธีการดำเนินการ", "steps"),
    ("ระยะเวลา", "period"),
    ("ระยะเวลา ดำเนินการ", "period"),
    ("ช่วงระยะเวลา", "period"),
    ("ผู้รับผิดชอบ", "responsible"),
    ("หน่วยงานที่รับผิดชอบ", "responsible"),
    ("ผลการดำเนินการตามมาตรการหรือ กิจกรรม", "outputs"),
    ("ผลการดำเนินการ (output)", "outputs"),
    ("ผลลัพธ์หรือความสำเร็จ ของการดำเนินการ", "outcomes"),
    ("ผลลัพธ์หรือผลสัมฤทธิ์ในการ ดำเนินการ (outcome/result)", "outcomes"),
    ("ข้อเสนอแนะ", "suggestions"),
    ("ประเด็นที่ต้องยกระดับ", "addresses"),
    ("ข้อ OIT", "oit"),
    ("ประเด็น", "issue"),
    ("ลำดับ", "order"),
    ("ที่", "order"),
    ("ตัวชี้วัดความสำเร็จ", None),
    ("หมายเหตุ", None),
    ("งบประมาณ", None),
])
def test_header_wording_to_field(header, field):
    assert header_field(header)[0] == field


def test_six_month_columns_are_marked():
    assert header_field("ผลการดำเนินการ รอบ 6 เดือน") == ("outputs", True)
    assert header_field("ผลการดำเนินการ รอบ ๑๒ เดือน") == ("outputs", False)


def _row(*cells):
    return Row(Where("line", 1), tuple(cell_from_text(c) for c in cells))


def test_header_row_by_meaning_not_position():
    header = read_header(_row("ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "แนวทาง/มาตรการ", "ผลการดำเนินการ"))
    assert [c.field for c in header.columns] == ["responsible", "period", "title", "outputs"]
    assert header.title_index == 2 and header.has_results


def test_a_data_row_mentioning_header_words_is_not_a_header():
    assert read_header(_row("1. การใช้งบประมาณ",
                            "1. จัดทำและเผยแพร่ข้อมูลรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567 ของหน่วยงาน",
                            "ต.ค. 67 ถึง ก.ย. 68", "สำนัก ปลัดเทศบาล")) is None


@pytest.mark.parametrize("label, scheme, number, exact", [
    ("1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "issue", 1, True),
    ("2. การให้บริการและระบบ E - Service", "issue", 2, True),
    ("ประเด็นที่ 6 กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล", "issue", 6, True),
    ("๑.การปฏิบัติหน้าที่", "indicator", 1, True),
    ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "indicator", 10, True),
    ("7. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหนวยงาน", "issue", 7, False),  # OCR slip
    ("3. ด้านที่หน่วยงานตั้งเอง", "issue", 3, False),  # number only, a 2568 document
])
def test_section_rows(label, scheme, number, exact):
    section = section_of_heading(label, F2568)
    assert (section.scheme, section.number, section.exact) == (scheme, number, exact)


def test_section_without_number_or_known_name_is_kept_as_written():
    section = section_of_heading("ด้านความโปร่งใส", F2568)
    assert section.scheme is None and section.label == "ด้านความโปร่งใส"


def test_number_only_sections_follow_the_year_scheme():
    assert section_of_heading("3. หมวดที่สาม", F2566).scheme == "indicator"


def test_measure_named_by_a_label_needs_number_and_name_to_agree():
    assert label_of_measure("๓.การใช้อำนาจของผู้บริหารด้านการบริหารงานบุคคล", F2566).number == 3
    assert label_of_measure("1. การใช้งบประมาณ", F2566) is None  # numbered, not indicator 2
    assert label_of_measure("1. การใช้งบประมาณ", F2566, trust_name=True).number == 2
    assert label_of_measure("การใช้งบประมาณ", F2566) is None


def test_a_years_catalog_decides_its_sections(tmp_path):
    """A year whose catalog renumbers its issues and adds a variant name is read by its file."""
    folder = tmp_path / "catalogs"
    folder.mkdir()
    (folder / "2570.yaml").write_text(CATALOG_2570, encoding="utf-8")
    catalogs = load_catalogs(folder)
    assert [p.format() for p in catalogs.problems] == []
    f2570 = Framework.of_year(catalogs, 2570)
    assert section_of_heading("1. บริการออนไลน์ของหน่วยงาน", f2570).number == 1  # an alias
    assert section_of_heading("2. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", f2570).exact
    # 2568 numbers E-Service 2: there the label's number and name disagree
    assert section_of_heading("1. การให้บริการและระบบ E-Service", f2570).exact
    assert not section_of_heading("1. การให้บริการและระบบ E-Service", F2568).exact
    assert section_of_heading("5. หมวดที่ห้า", f2570).scheme is None  # 2570 has no issue 5
    assert section_of_heading("5. หมวดที่ห้า", F2568).number == 5
    assert label_of_measure("3.การเผยแพร่ข้อมูลต่อสาธารณะ", f2570).number == 3
    assert label_of_measure("3.การเผยแพร่ข้อมูลต่อสาธารณะ", F2568) is None


def _lines(*texts):
    return [(Where("line", n), t) for n, t in enumerate(texts, 1)]


def test_year_closest_above_the_table_wins():
    found = detect_year(_lines("ประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "ผลการดำเนินงานในปีงบประมาณ พ.ศ. ๒๕๖๘",
                               "รายงานผล", "ประจำปีงบประมาณ พ.ศ.2568"))
    assert found.value == 2568 and found.where.number == 4
    assert detect_year(_lines("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน")).value == 2566
    assert detect_year(_lines("มาตรการ ประจำปี พ.ศ. 2567")).value == 2567
    assert detect_year(_lines("รายงานผล", "หน่วยงาน")) is None


def test_six_month_title():
    assert detect_six_months(_lines("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน")) is not None
    assert detect_six_months(_lines("รายงานผลรอบ 6 เดือน")) is not None
    assert detect_six_months(_lines("รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2568")) is None
