"""The 2568 results report of อบต.ดอนตะหนิน (seed 000), compared row by row with the PDF.

Seven issue rows ("1. กระบวนการปฏิบัติงาน...") each followed by one measure; cells hold
`<ol>` with inline numbers or `<p>` paragraphs; the last measure runs onto the next page.
"""

from tests.importer.conftest import fm


def test_year_and_kind_are_read_from_the_title(report_2568):
    assert report_2568.ok
    assert report_2568.year == 2568
    assert report_2568.kind == "report"
    assert len(report_2568.measures) == 7


def test_each_issue_row_gives_its_measure_the_issue(report_2568):
    assert [m.front_matter.get("issue") for m in report_2568.measures] == [1, 2, 3, 4, 5, 6, 7]
    assert [m.front_matter["order"] for m in report_2568.measures] == [1, 2, 3, 4, 5, 6, 7]


def test_row_21_service_manual(report_2568):
    assert fm(report_2568, 1) == {
        "title": "การปฏิบัติหรือให้บริการ แก่บุคคลภายนอก เป็นไป ตามขั้นตอนและระยะเวลา ที่กำหนดมีความเท่าเทียม "
                 "ไม่เลือกปฏิบัติมุ่ง ผลสัมฤทธิ์ของงานและ รับผิดชอบต่อหน้าที่",
        "order": 1,
        "issue": 1,
        "steps": [
            "1. จัดทำคู่มือการให้บริการ/แนวทางการปฏิบัติงานให้ชัดเจน โดยระบุขั้นตอน ระยะเวลา และค่าธรรมเนียม/ ค่าบริการ",
            "2. ทบทวนคู่มือการให้บริการประชาชน/คู่มือแนวทางการปฏิบัติงาน ให้เป็นปัจจุบัน",
            "3. ประชาสัมพันธ์คู่มือการให้บริการ/ คู่มือแนวทางการปฏิบัติงาน",
        ],
        "period": "ตลอด ปีงบประมาณ 2568",
        "responsible": ["ทุกส่วน ทุกกอง"],
        "outputs": [
            "1. มีคู่มือการให้บริการประชาชน/ แนวทางการปฏิบัติงานที่ปรับปรุง ให้เป็นปัจจุบัน ครอบคลุมทุก ภารกิจหลัก "
            "พร้อมระบุขั้นตอน ระยะเวลา ค่าธรรมเนียม และ กฎหมายที่เกี่ยวข้อง",
            "2. จัดทำ Flow chart ขั้นตอน การให้บริการ และเผยแพร่บน เว็บไซต์หลักของหน่วยงานและ ช่องทางสื่อสารภายใน",
            "3. หน่วยงานดำเนินการ ประชาสัมพันธ์คู่มือ",
        ],
        "outcomes": [
            "1. ประชาชนและผู้รับบริการ เข้าถึงข้อมูลและขั้นตอนการรับบริการได้ง่ายขึ้น เข้าใจกระบวนการอย่างถูกต้อง "
            "ลดข้อร้องเรียนเกี่ยวกับความไม่ชัดเจนของขั้นตอนการให้บริการ",
            "2. ผู้รับบริการมีความพึงพอใจต่อการให้บริการเพิ่มขึ้น สะท้อนจากแบบสำรวจความพึงพอใจของผู้ใช้บริการ",
            "3. การปฏิบัติงานของเจ้าหน้าที่มีมาตรฐานเดียวกัน ลดดุลพินิจส่วนบุคคล เพิ่มความโปร่งใสในการให้บริการ",
        ],
    }
    assert report_2568.measures[0].body.startswith("<!-- imported from 000_c192065bfc7c8293.txt, row 21 -->")


def test_row_25_e_service_paragraphs(report_2568):
    m = fm(report_2568, 2)
    assert m["title"] == (
        "1. ประชาสัมพันธ์เผยแพร่ การ ให้บริการ E-Service 2. เปิดโอกาสให้บุคคล ภายนอก มีส่วนร่วมใน "
        "การปรับปรุง พัฒนาการ ให้บริการ 3. ปรับปรุงการ ดำเนินงานให้ ตอบสนอง ต่อความต้องการของ ประชาชน"
    )
    assert m["issue"] == 2
    assert m["steps"] == [
        "1. จัดทำ/ปรับปรุงคู่มือการให้บริการ หรือแนวทางการปฏิบัติที่ผู้รับบริการ หรือผู้มาติดต่อกับหน่วยงานใช้เป็น "
        "ข้อมูลในการขอรับบริการหรือติดต่อกับหน่วยงาน",
        "2. เผยแพร่คู่มือการใช้งานระบบ E-Service ของแต่ละภารกิจ",
    ]
    assert m["period"] == "ตลอด ปีงบประมาณ 2568"
    assert m["responsible"] == ["สำนักปลัด"]
    assert len(m["outputs"]) == 4 and m["outputs"][3].startswith("4. จัดกิจกรรมเพื่อเสริมสร้าง")
    assert m["outcomes"][1] == (
        "2. ผู้รับ บริการเข้าถึง ระบบ EService ได้อย่างสะดวก รวดเร็ว ทุกที่ ทุกเวลา ผ่าน อุปกรณ์ เคลื่อนที่"
    )


def test_rows_29_to_41(report_2568):
    assert fm(report_2568, 3)["title"].startswith("ปรับปรุงข้อมูลเผยแพร่ประชาสัมพันธ์บนเว็บไซต์หน่วยงาน")
    assert fm(report_2568, 3)["outputs"][0] == (
        "1.ปรับปรุงข้อมูลพื้นฐานบน เว็บไซต์หลักของหน่วยงานให้ ครบถ้วนตามองค์ประกอบของ การประเมิน ITA"
    )
    assert fm(report_2568, 3)["period"] == "ตลอดปีงบประมาณ 2568"
    assert fm(report_2568, 4)["responsible"] == ["กองคลัง"]
    assert [len(fm(report_2568, 4)[k]) for k in ("steps", "outputs", "outcomes")] == [3, 3, 2]
    assert fm(report_2568, 5)["title"] == (
        "จัดทำข้อมูลรายงานสรุปผลการ จัดซื้อจัดจ้าง หรือการจัดหาพัสดุประจำปี ให้เนื้อหาและองค์ประกอบของข้อมูลถูกต้อง ครบถ้วน"
    )
    assert fm(report_2568, 5)["outputs"][2] == "3. เพิ่มช่องทางเผยแพร่ข้อมูลผ่านระบบ EGP และเว็บไซต์ของหน่วยงาน"
    six = fm(report_2568, 6)
    assert six["responsible"] == ["สำนักปลัด"]
    # "ปีละ 2 ครั้ง (รอบ 6 เดือน และ 12 เดือน)" and "ที่ 100 คะแนน" are not item numbers.
    assert six["steps"][0].endswith("อย่างน้อยปีละ 2 ครั้ง (รอบ 6 เดือน และ 12 เดือน)")
    assert len(six["steps"]) == 4 and len(six["outputs"]) == 6 and len(six["outcomes"]) == 4
    assert "ประจำปี พ.ศ. 2568 ที่ 100 คะแนน" in six["outcomes"][0]


def test_rows_45_and_47_last_measure_continues_over_the_page(report_2568):
    m = fm(report_2568, 7)
    assert m["issue"] == 7
    assert m["title"] == (
        "เพิ่มประสิทธิภาพ มาตรการ ป้องกันการ ทุจริตของหน่วยงาน สร้างความเชื่อมั่นต่อ กระบวนการจัดการเรื่อง ร้องเรียน"
    )
    assert [s.split(".")[0] for s in m["steps"]] == ["1", "2", "3", "4", "5"]
    assert m["steps"][4] == "5. เผยแพร่ข้อมูลสถิติการจัดการเรื่องร้องเรียนทุจริต"
    assert [s.split(".")[0] for s in m["outputs"]] == [str(n) for n in range(1, 10)]
    assert m["outputs"][2] == (
        "3. จัดทำรายงานผลการ ดำเนินการ เพื่อส่งเสริมคุณธรรม และความ โปร่งใสภายใน หน่วยงาน ประจำปี พ.ศ.2567"
    )
    assert m["outputs"][8] == "9. เผยแพร่ข้อมูลสถิติเรื่องร้องเรียนทุจริตประจำปีบนเว็บไซต์หน่วยงาน"
    assert len(m["outcomes"]) == 4
    assert report_2568.measures[6].source_rows == "rows 45–47"


def test_issue_names_matching_the_framework_are_not_repeated_in_the_body(report_2568):
    assert report_2568.measures
    for measure in report_2568.measures:
        assert "หัวข้อในเอกสารต้นฉบับ" not in measure.body


def test_what_was_left_out_is_reported(report_2568):
    notes = "\n".join(n.format() for n in report_2568.notices)
    assert "000_c192065bfc7c8293.txt:48" in notes and "table rule" in notes
    assert "text before the table" in notes and "fiscal year 2568" in notes
    assert not report_2568.problems.errors
