"""The /data/ page: what each open-data file holds, and its licence (the site is in Thai)."""

DEFAULT_LICENCE = (
    "ข้อมูลชุดนี้เป็นข้อมูลเปิดภาครัฐ นำไปใช้ ทำซ้ำ ดัดแปลง และเผยแพร่ได้โดยไม่มีค่าใช้จ่าย "
    "โดยระบุแหล่งที่มาเป็นชื่อหน่วยงานนี้ (ตามแนวทางสัญญาอนุญาตแบบเปิดสำหรับข้อมูลเปิดภาครัฐ)")
INTRO = ("ไฟล์ข้อมูลของเว็บไซต์นี้ในรูปแบบที่เครื่องอ่านได้ สร้างใหม่ทุกครั้งที่ปรับปรุงเนื้อหา "
         "ไฟล์ CSV ใช้รหัส UTF-8 เปิดด้วย Excel ได้ทันที ไฟล์ JSON มี JSON Schema กำกับ")
LICENCE_HEADING = "สัญญาอนุญาต"
YEAR_HEADING = "ปี {year}"
SCHEMA_HEADING = "โครงสร้างข้อมูล (JSON Schema)"
COLUMNS = ("ไฟล์", "รูปแบบ", "คำอธิบาย")
DESCRIPTIONS = {
    "measures.csv": "มาตรการของปีงบประมาณ {year} ทุกข้อ ทุกช่อง (ขั้นตอน ระยะเวลา ผู้รับผิดชอบ ผลการดำเนินการ ผลรอบ 6 เดือน) หนึ่งแถวต่อหนึ่งมาตรการ",
    "measures.json": "มาตรการของปีงบประมาณ {year} ทุกข้อ ทุกช่อง ตามโครงสร้าง measures.schema.json",
    "scores.csv": "ผลคะแนน ITA ปี {year}: คะแนนรวม ระดับ IIT EIT OIT รายตัวชี้วัด และรายข้อ",
    "scores.json": "ผลคะแนน ITA ปี {year} ตามโครงสร้าง scores.schema.json",
    "oit-links.csv": "ข้อ OIT ของการประเมินปี {year} พร้อมสถานะและที่อยู่หน้าหลักฐาน สำหรับกรอกในระบบ ITAS",
    "oit.json": "ข้อ OIT ของการประเมินปี {year} พร้อมหลักฐานทุกรายการ ตามโครงสร้าง oit.schema.json",
}
SCHEMA_DESCRIPTIONS = {
    "measures": "โครงสร้างของไฟล์ measures.json",
    "scores": "โครงสร้างของไฟล์ scores.json",
    "oit": "โครงสร้างของไฟล์ oit.json",
}
