"""The six-month report of อบต.ร่อนทอง, fiscal 2566 (seed 002), compared row by row.

Each measure is named by one of the ten old indicators ("๑.การปฏิบัติหน้าที่": the number is its
order, the rest its title); results go
under `progress:`; Thai digits stay Thai; indicator ๘ runs over three pages.
"""

from tests.importer.conftest import fm


def test_six_month_report_of_2566(progress_2566):
    assert progress_2566.ok
    assert progress_2566.year == 2566
    assert progress_2566.kind == "progress"
    assert [m.title for m in progress_2566.measures] == [
        "การปฏิบัติหน้าที่",
        "การใช้งบประมาณ",
        "การใช้อำนาจของผู้บริหารด้านการบริหารงานบุคคล",
        "การใช้ทรัพย์สินของราชการ",
        "การแก้ไขปัญหาการทุจริต",
        "ประสิทธิภาพการสื่อสาร",
        "การเปิดเผยข้อมูล",
        "การป้องกันการทุจริต",
    ]
    # The numbers the report wrote before the names are the orders, and no longer in the titles.
    assert [m.front_matter["order"] for m in progress_2566.measures] == [1, 2, 3, 4, 5, 7, 8, 10]


def test_indicator_labels_become_indicators(progress_2566):
    # "๘.การเปิดเผยข้อมูล": the name is indicator 9's; the report's ๘ is a slip, kept as its order.
    assert [m.front_matter["indicators"] for m in progress_2566.measures] == [
        [1], [2], [3], [4], [5], [7], [9], [10]
    ]
    notes = "\n".join(n.format() for n in progress_2566.notices)
    assert 'section "๘.การเปิดเผยข้อมูล" read as indicator 9' in notes


def test_row_19(progress_2566):
    assert fm(progress_2566, 1) == {
        "title": "การปฏิบัติหน้าที่",
        "order": 1,
        "indicators": [1],
        "steps": [
            "๑.จัดให้มีการเปิดเผยข้อมูลเกี่ยวกับขั้นตอนระยะเวลาและผู้รับผิดชอบในการให้บริการอย่างชัดเจน",
            "๒.สร้างระบบการประเมินประสิทธิภาพการให้บริการของผู้มาติดต่อบริการ ณ จุดให้บริการได้โดยง่ายสะดวกและเป็นไปตามหลักการปกปิดความลับของผู้ให้ข้อมูล",
            "๓.กำหนดมาตรการบริหารงานบุคคลและการพิจารณาให้โทษตามหลักคุณธรรมและความสามารถ",
        ],
        "period": "ต.ค.๖๕-มี.ค.๖๖",
        "responsible": ["ทุกส่วนราชการ"],
        "progress": {
            "outputs": [
                "จัดทำคู่มือการให้บริการประชาชนชี้แจง/รายงานผลการดำเนินงานในที่ประชุมประจำเดือนพนักงานส่วนตำบลในเดือนเมษายน  -ประกาศนโยบายการบริหารและการพัฒนาทรัพยากรบุคคล"
            ],
            "suggestions": [
                "มอบหมายให้ผู้บังคับบัญชาติดตามกำกับดูแลอย่างใกล้ชิดหากมีบุคลากรบรรจุ/โอนย้ายเข้ามาใหม่ แจ้งให้ทราบ"
            ],
        },
    }


def test_results_are_progress_not_final(progress_2566):
    assert progress_2566.measures
    for measure in progress_2566.measures:
        assert not {"outputs", "outcomes", "suggestions"} & set(measure.front_matter)
        assert measure.front_matter["progress"]["outputs"]


def test_rows_22_23_html_paragraphs(progress_2566):
    two = fm(progress_2566, 2)
    assert two["responsible"] == ["กองคลัง"]
    assert two["steps"] == [
        "๑.จัดให้มีการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ แผนการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ รวมถึงกระบวนการเบิกจ่ายงบประมาณโดยเปิดเผยและพร้อมรับการตรวจสอบจากทุกภาคส่วน",
        "๒.การจัดทำรายงานผลการใช้จ่ายงบประมาณ",
    ]
    three = fm(progress_2566, 3)
    assert three["progress"]["outputs"] == [
        "ดำเนินการจัดทำรายละเอียดของตำแหน่งงาน",
        "-ประกาศหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติงานของพนักงานส่วนตำบลและหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติงานของพนักงานจ้าง",
        "ประจำปีงบประมาณ ๒๕๖๖ ครั้งที่ ๑/๒๕๖๖-๒/๒๕๖๖",
        "รวมทั้งประชุมชี้แจง การเปิดรับฟังความคิดเห็นของผู้ที่เกี่ยวข้องเพื่อปรับปรุงประสิทธิภาพการปฏิบัติงาน",
    ]


def test_row_26_and_27(progress_2566):
    assert fm(progress_2566, 4)["responsible"] == ["สำนักปลัด/กองคลัง"]
    assert fm(progress_2566, 4)["steps"][1] == "๒.สร้างระบบการกำกับดูแลและติดตามตรวจสอบการยืม-คืนและการลงโทษ"
    assert len(fm(progress_2566, 5)["steps"]) == 3
    assert fm(progress_2566, 5)["progress"]["suggestions"] == ["มอบหมายให้ผู้บังคับบัญชาติดตามกำกับดูแลอย่างใกล้ชิด"]


def test_row_30_link_and_repeated_paragraphs_kept_as_written(progress_2566):
    m = fm(progress_2566, 6)
    assert m["steps"][0] == (
        "๑.จัดทำสื่อประชาสัมพันธ์และเปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงาน (www.ronthong.go.th) ให้ง่ายต่อการเข้าถึงข้อมูล"
    )
    assert m["period"] == "ต.ค.๖๕-มี.ค.๖๖ ปรับปรุงเว็บไซต์ของหน่วยงานให้เป็นปัจจุบัน"
    assert m["responsible"] == ["ทุกส่วนราชการ", "นางสาวประภาพร เจริญรัมย์ นักประชาสัมพันธ์"]
    assert m["progress"]["outputs"] == ["รายงานผลการดำเนินงานในที่ประชุมประจำเดือน พนักงานส่วนตำบลทุกเดือน"] * 2


def test_rows_31_34_37_40_indicator_8_runs_over_three_pages(progress_2566):
    m = fm(progress_2566, 7)
    assert [s.split(".")[0] for s in m["steps"]] == ["๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙", "๑๐", "๑๑"]
    # Step ๒ was cut by the page break after "ของ"; row 34 finishes it.
    assert m["steps"][1].startswith("๒.จัดทำคู่มือหรือแนวทางการดำเนินการต่อเรื่องร้องเรียน")
    assert "เจ้าหน้าที่ของ หน่วยงานโดยมีข้อมูล รายละเอียดของการ ปฏิบัติงาน" in m["steps"][1]
    assert m["steps"][10] == (
        "๑๑.กำกับติดตามการทำงาน ของเจ้าหน้าที่ของ หน่วยงานมีการติดต่อ ปฏิบัติงาน และให้บริการ "
        "แก่ประชาชนเป็นไปตาม ขั้นตอนและระยะเวลาที่ กำหนด"
    )
    # The repeated responsible, period, result and suggestion cells of rows 34 and 37 count once.
    assert m["responsible"] == ["ทุกส่วนราชการ"]
    assert m["period"] == "ต.ค.๖๕-มี.ค.๖๖"
    assert m["progress"] == {
        "outputs": ["รายงานผลการดำเนินงานในที่ประชุมประจำเดือน พนักงานส่วนตำบลทุกเดือน"],
        "suggestions": ["มอบหมายให้ผู้บังคับบัญชาติดตามกำกับดูแลอย่างใกล้ชิด"],
    }
    assert progress_2566.measures[6].source_rows == "rows 31–40"
    repeated = [n.location for n in progress_2566.notices if "repeats the text above" in n.text.en]
    assert "002_5bcee1a436c7c660.txt:34 [ผู้รับผิดชอบ]" in repeated
    assert "002_5bcee1a436c7c660.txt:37 [ข้อเสนอแนะ]" in repeated


def test_row_41_without_suggestion(progress_2566):
    m = fm(progress_2566, 8)
    assert m["period"] == "ต.ค.๖๕ - มี.ค.๖๖"
    assert m["responsible"] == ["ทุกส่วนราชการ คณะกรรมการติดตามและ กำกับดูแลและคณะทำงาน"]
    assert list(m["progress"]) == ["outputs"]
    assert m["steps"][0].startswith("๑.จัดประชุมเตรียมความพร้อม เข้ารับการประชุม ITA ประจำปี ๒๕๖๖")


def test_screenshot_text_after_the_table_is_reported_not_imported(progress_2566):
    [warning] = progress_2566.problems.warnings
    assert warning.path == "002_5bcee1a436c7c660.txt" and warning.line == 45
    assert "outside the table" in warning.text.en and "to line 54" in warning.text.en
