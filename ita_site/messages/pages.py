"""Thai words on generated pages: titles, column headings, labels.

Report titles follow the wording agencies use on their official documents (shared/seeds).
"""

from types import SimpleNamespace

L = SimpleNamespace(
    home="หน้าแรก",
    year_title="ปีงบประมาณ พ.ศ. {year}",
    year_nav="ปี {year}",
    overview="ภาพรวม",
    measures="มาตรการ",
    measures_of_year="มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {year}",
    plan_nav="แผนมาตรการ",
    plan_title="มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year}",
    progress_nav="รายงานผล รอบ 6 เดือน",
    progress_title=("รายงานการกำกับติดตามการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                    "ภายในหน่วยงาน รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. {year}"),
    progress_span="(ตุลาคม {start} – มีนาคม {end})",
    report_nav="รายงานผลการดำเนินการ",
    report_title=("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                  "ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year}"),
    analysis_nav="วิเคราะห์ผลการประเมิน",
    analysis_title="รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. {year}",
    oit_nav="การเปิดเผยข้อมูลสาธารณะ (OIT)",
    surveys_nav="แบบสำรวจ IIT/EIT",
    col_order="ลำดับ",
    col_measure="มาตรการ/โครงการ/กิจกรรม",
    col_steps="ขั้นตอน/วิธีการปฏิบัติ",
    col_period="ระยะเวลา",
    col_responsible="ผู้รับผิดชอบ",
    col_output="ผลการดำเนินการ",
    col_outcome="ผลลัพธ์/ผลสัมฤทธิ์",
    col_suggestions="ข้อเสนอแนะ",
    col_addresses="ประเด็นที่ต้องยกระดับ",
    col_status="สถานะ",
    issue="ประเด็นที่ {number}",
    indicator="ตัวชี้วัดที่ {number}",
    ungrouped="มาตรการอื่น ๆ",
    status={"planned": "ตามแผน", "in-progress": "อยู่ระหว่างดำเนินการ", "done": "ดำเนินการแล้ว"},
    no_measures="ยังไม่มีมาตรการของปีนี้",
    no_results="ยังไม่ได้รายงานผล",
    as_of="ข้อมูล ณ วันที่ {date}",
    measure_count="{count} มาตรการ",
    done_count="ดำเนินการแล้ว {done} จาก {count} มาตรการ",
    reported_count="รายงานผลแล้ว {done} จาก {count} มาตรการ",
    oit_coverage="มีหลักฐานแล้ว {have} จาก {total} ข้อ",
    reports_of_year="เอกสารของปีนี้",
    other_pages="หน้าอื่น ๆ ของปีนี้",
    all_years="ปีงบประมาณทั้งหมด",
    latest_year="ปีล่าสุด",
    table_caption_plan="ตารางมาตรการ ขั้นตอน ระยะเวลา และผู้รับผิดชอบ",
    table_caption_report="ตารางผลการดำเนินการตามมาตรการ",
    table_caption_progress="ตารางผลการดำเนินการรอบ 6 เดือน",
    summary="สรุปมาตรการ",
    details="รายละเอียด",
    fiscal_year="ปีงบประมาณ",
    progress_heading="ผลการดำเนินการ รอบ 6 เดือน",
    results_heading="ผลการดำเนินการ",
    addresses_label="มุ่งยกระดับข้อ",
    addresses_of="ผลการประเมิน ITA ปี {year}",
    oit_label="เป็นหลักฐานของข้อ OIT",
    indicators_label="ตัวชี้วัด",
    issue_label="ประเด็น",
    print_hint="พิมพ์หน้านี้ได้ในแนวนอน (A4) ตารางจะพิมพ์ครบทุกคอลัมน์",
    back_to_year="กลับไปหน้าปีงบประมาณ พ.ศ. {year}",
    agency_label="หน่วยงาน",
    contact="ติดต่อ",
    phone="โทรศัพท์",
    email="อีเมล",
    # <meta name="description"> of pages whose front matter gives none (search engines show it)
    home_description=("{agency}{place}: มาตรการส่งเสริมคุณธรรมและความโปร่งใส รายงานผล "
                      "ผลการประเมิน ITA และแบบสำรวจ IIT/EIT"),
    page_description="{title} — {agency}",
)

# Names used before the ITA catalogs give their own: the ten indicators, the 2568 issues.
INDICATOR_NAMES = {
    1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ",
    4: "การใช้ทรัพย์สินของราชการ", 5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน",
    7: "ประสิทธิภาพการสื่อสาร", 8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล",
    10: "การป้องกันการทุจริต",
}
ISSUE_NAMES = {
    1: "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
    2: "การให้บริการและระบบ E-Service",
    3: "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ",
    4: "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
    5: "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
    6: "กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
    7: "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
}
