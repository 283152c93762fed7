"""The 2568 results report of เทศบาลตำบลโชคชัย (seed 003), compared row by row.

A covering memo names the ITA year 2569 first; the report's own title says 2568. Measures are
numbered 1.–8. without issue rows: "1. การใช้งบประมาณ" is a measure, not indicator 2.
"""

from tests.importer.conftest import fm


def test_fiscal_year_is_the_one_above_the_table(report_chokchai):
    assert report_chokchai.year == 2568
    assert report_chokchai.kind == "report"
    notes = "\n".join(n.format() for n in report_chokchai.notices)
    assert "fiscal year 2568 read from line 73" in notes


def test_numbered_measures_are_not_sections(report_chokchai):
    titles = [m.title for m in report_chokchai.measures]
    assert titles == [
        "การใช้งบประมาณ",
        "การดำเนินการเพื่อ ป้องกัน การทุจริตใน ประเด็นสินบน",
        "การประชาสัมพันธ์ระบบ E-Service และพัฒนาให้สามารถใช้งานได้สะดวกยิ่งขึ้น",
        "การพัฒนาเว็บไซต์และช่องทางการสื่อสารต่าง ๆ ให้ทันสมัย และเพิ่มเติม การสื่อสารที่มีประสิทธิภาพ",
        "การกำหนดหลักเกณฑ์ การใช้ทรัพย์สินของราชการ และการกำกับดูแล ตรวจสอบ การใช้ทรัพย์สิน "
        "ของราชการ อย่างสม่ำเสมอ เพื่อป้องกันไม่ให้ มีการ นำไปใช้ประโยชน์ส่วนตัว",
        "การส่งเสริมความโปร่งใส ในการใช้งบประมาณ และ การจัดซื้อจัดจ้าง",
        "การบริหารทรัพยากรบุคคล ด้วยความโปร่งใสและเป็นธรรม",
        "การส่งเสริมความโปร่งใสและป้องกันการทุจริตภายใน หน่วยงานให้มีประสิทธิภาพ",
    ]
    assert [m.front_matter["order"] for m in report_chokchai.measures] == list(range(1, 9))
    for measure in report_chokchai.measures:
        assert "issue" not in measure.front_matter and "indicators" not in measure.front_matter


def test_row_76(report_chokchai):
    assert fm(report_chokchai, 1) == {
        "title": "การใช้งบประมาณ",
        "order": 1,
        "steps": ["1. จัดทำและเผยแพร่ข้อมูลรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567 ของหน่วยงาน"],
        "period": "ต.ค. 67 ถึง ก.ย. 68",
        "responsible": ["สำนัก ปลัดเทศบาล"],
        "outputs": [
            "เทศบาลตำบลโชคชัย ดำเนินการจัดทำรายงานผลการดำเนินงาน ประจำปี พ.ศ. 2567 และเผยแพร่ลงเว็บไซต์เทศบาลตำบลโชคชัย"
        ],
        "outcomes": [
            "1. ประชาชนสามารถตรวจสอบการใช้จ่ายงบประมาณของเทศบาลตำบลโชคชัย",
            "2. ผลการประเมิน ITA ได้คะแนน 97.11 คะแนน ผ่านเกณฑ์การประเมิน",
        ],
    }


def test_rows_77_to_85(report_chokchai):
    assert len(fm(report_chokchai, 2)["steps"]) == 3
    assert fm(report_chokchai, 2)["outcomes"][1] == (
        "2. ผลการประเมิน ITA ตัวชี้วัด การปฏิบัติหน้าที่ ได้คะแนน 97.56 คะแนน ผ่านเกณฑ์การประเมิน"
    )
    assert fm(report_chokchai, 3)["steps"] == [
        "1) จัดทำสื่อประชาสัมพันธ์ระบบ E-Service ต่าง ๆ และเผยแพร่ผ่าน ช่องทางทั้งที่เป็นทางการของ หน่วยงาน "
        "(ไปสเตอร์, Facebook, Line และ You tube) และ ช่องทางที่ไม่เป็นทางการ ผ่านกลุ่ม เครือข่ายของหน่วยงาน",
        "2) จัดทำและเผยแพร่คู่มือการใช้งานระบบ E-Service ของแต่ละภารกิจ",
    ]
    assert fm(report_chokchai, 4)["outputs"][0].startswith("1. เทศบาลตำบลโชคชัย ดำเนินการ พัฒนาเว็บไซต์ www.chokchai.go.th ,")
    assert fm(report_chokchai, 5)["period"] == "ต.ค 67 ถึง ธ.ค. 67 ธ.ค. 67 ถึง ก.ย. 68"
    assert fm(report_chokchai, 5)["responsible"] == ["กองคลัง"]


def test_rows_85_and_88_step_3_finished_on_the_next_page(report_chokchai):
    m = fm(report_chokchai, 6)
    assert len(m["steps"]) == 3
    assert m["steps"][2] == (
        "3. จัดทำรายงานสรุปผลการจัดซื้อ จัดจ้าง หรือการจัดหาพัสดุประจำปี งบประมาณ "
        "พ.ศ. 2567 ที่มีเนื้อหาและองค์ประกอบครบถ้วน ตามหลักเกณฑ์ที่กำหนด หรือแบบฟอร์มที่กำหนด"
    )
    assert m["period"] == "ต.ค. 67 ถึง มี.ค. 68 มี.ค. 68 ถึง เม.ย. 68 ม.ค. 68 ถึง เม.ย.68"
    assert report_chokchai.measures[5].source_rows == "rows 85–88"


def test_row_89_paragraph_periods_joined(report_chokchai):
    m = fm(report_chokchai, 7)
    assert m["period"] == "ต.ค.67 ถึง มี.ค.68 ม.ค. 68 ถึง ก.ย. 68"
    assert [s[:2] for s in m["steps"]] == ["1)", "2)", "3)"]
    assert m["outcomes"][1] == "2. ผลการประเมิน ITA ตัวชี้วัดการใช้อำนาจ ได้คะแนน 99.78 คะแนน ผ่านเกณฑ์การประเมิน"


def test_rows_90_and_93_continuation_with_new_period_and_unit(report_chokchai):
    m = fm(report_chokchai, 8)
    assert [s[:2] for s in m["steps"]] == ["1.", "2.", "3."]
    assert m["period"] == "ต.ค. 67 ถึง มี.ค. 68 ต.ค. 67 ถึง ก.ย. 68"
    assert m["responsible"] == ["สำนัก ปลัดเทศบาล", "สำนัก ปลัดเทศบาล/ หน่วย ตรวจสอบ ภายใน"]
    assert len(m["outputs"]) == 2 and m["outputs"][1].startswith("2. เทศบาลตำบลโชคชัย ดำเนินการจัดทำ การประเมินความเสี่ยง")
    assert m["outcomes"][1].endswith("ได้คะแนน 95.42 คะแนน ระดับผลการประเมิน “ผ่านดี”")
    assert report_chokchai.measures[7].source_rows == "rows 90–93"


def test_nothing_is_reported_as_lost(report_chokchai):
    assert not report_chokchai.problems.errors
    assert not report_chokchai.problems.warnings
