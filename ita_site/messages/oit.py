"""Messages and labels of the OIT index, item pages, audit and exports."""

from types import SimpleNamespace

from ita_site.messages import Text

BROKEN_LINK = Text(
    "หลักฐานของ {code} ชี้ไปที่ `{url}` ซึ่งไม่มีอยู่ในเว็บไซต์",
    "evidence for {code} points to `{url}`, which is not in the site",
    "แก้ URL ให้ตรงกับหน้าในเว็บไซต์ (เช่น /about/structure/) หรือวางไฟล์ไว้ใน content/{url_hint}",
    "correct the URL to a page of the site (e.g. /about/structure/) or put the file at content/{url_hint}",
)
MALFORMED_LINK = Text(
    "หลักฐานของ {code} มี URL ที่ไม่ถูกต้อง: `{url}`",
    "evidence for {code} has a malformed URL: `{url}`",
    "ใช้ https://... สำหรับเว็บไซต์ภายนอก หรือ /path/ สำหรับหน้าในเว็บไซต์นี้",
    "use https://... for another website or /path/ for a page of this site",
)
MISSING_ITEMS = Text(
    "ITA {year}: ข้อ OIT ที่ยังไม่มีหลักฐาน {count} ข้อ: {codes}",
    "ITA {year}: {count} OIT item(s) without evidence: {codes}",
    "เพิ่มหน้า content/{folder}/oit/<รหัส>.md หรือใส่ลิงก์ใน year.yml ส่วน oit:",
    "add content/{folder}/oit/<code>.md or list links under `oit:` in year.yml",
)
NO_SITE_URL = Text(
    "ไม่ได้ตั้ง site_url ใน mkdocs.yml จึงสร้าง URL เต็มของข้อ OIT สำหรับ ITAS ไม่ได้",
    "site_url is not set in mkdocs.yml, so the OIT links for ITAS cannot be absolute",
    "ตั้ง site_url: https://www.หน่วยงาน.go.th/ ใน mkdocs.yml",
    "set `site_url: https://www.your-agency.go.th/` in mkdocs.yml",
)
EVIDENCE_FILE_CODE = Text(
    "ชื่อไฟล์ `{name}` ไม่ใช่รหัสข้อ OIT",
    "file name `{name}` is not an OIT code",
    "ตั้งชื่อไฟล์หลักฐานตามรหัสข้อ เช่น oit/O5.md",
    "name evidence files by their code, e.g. oit/O5.md",
)

L = SimpleNamespace(
    index_title="การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. {year}",
    index_nav="การเปิดเผยข้อมูลสาธารณะ (OIT)",
    coverage="มีหลักฐานแล้ว {have} จาก {total} ข้อ",
    col_code="ข้อ",
    col_title="รายการ",
    col_indicator="ตัวชี้วัด",
    col_status="สถานะ",
    col_evidence="หลักฐาน",
    status_yes="มี",
    status_no="ยังไม่มี",
    caption="ข้อ OIT ทั้งหมดของการประเมิน ITA ปี {year} พร้อมสถานะและหลักฐาน",
    item_title="{code} {title}",
    requires="ข้อมูลที่ต้องเปิดเผย",
    period="ช่วงเวลาที่ข้อมูลต้องครอบคลุม",
    indicator="ตัวชี้วัดที่ {number}",
    issue="ประเด็นที่ {number}",
    evidence="หลักฐาน",
    no_evidence="ยังไม่มีหลักฐานสำหรับข้อนี้",
    unconfirmed="ชื่อและเลขข้อนี้ยังไม่ได้ยืนยันกับคู่มือ ITA ของสำนักงาน ป.ป.ช.",
    same_as="ข้อเดียวกันในปีอื่น",
    back_to_index="กลับไปรายการข้อ OIT ปี {year}",
    periods={
        "current": "ปีงบประมาณ พ.ศ. {year}",
        "previous": "ปีงบประมาณ พ.ศ. {previous}",
        "half-year": "รอบ 6 เดือน (ตุลาคม {previous} – มีนาคม {year})",
        "ongoing": "ข้อมูลปัจจุบัน",
        "unknown": "ไม่ระบุ",
    },
    kinds={"generated": "หน้าที่ระบบสร้าง", "measure": "มาตรการ", "page": "หน้าเว็บ",
           "document": "เอกสาร", "external": "ลิงก์ภายนอก", "evidence": "หน้าหลักฐาน"},
    backlinks="เป็นหลักฐานของข้อ OIT",
    ita_year="ITA {year}",
    export_columns=("code", "title", "status", "url", "evidence_count"),
)
