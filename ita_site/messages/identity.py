"""The agency's identity on every page, the build's verdict in `ita-site check`, and the
error report that `mkdocs serve` shows in the browser."""

from ita_site.messages import Text

# agency.yml `contact_page` / `privacy_page` ------------------------------------------------

PAGE_NOT_MARKDOWN = Text(
    "`{field}` ต้องเป็นไฟล์ Markdown (.md) ในโฟลเดอร์ content/ แต่พบ {got}",
    "`{field}` must name a Markdown (.md) file under content/, found {got}",
    "เขียนเส้นทางของไฟล์นับจาก content/ เช่น {example}",
    "write the file's path from content/, e.g. {example}",
)
PAGE_OUTSIDE = Text(
    "`{field}` ชี้ไปนอกโฟลเดอร์ content/: {got}",
    "`{field}` points outside the content/ folder: {got}",
    "เขียนเส้นทางนับจาก content/ โดยไม่มี ../ หรือ / นำหน้า เช่น {example}",
    "write the path from content/ without ../ or a leading /, e.g. {example}",
)
PAGE_MISSING = Text(
    "ไม่พบหน้า `{got}` ที่ระบุใน `{field}` ลิงก์ท้ายทุกหน้าจึงจะเสีย",
    "page `{got}` named in `{field}` does not exist, so the link in every footer would be broken",
    "สร้างไฟล์ content/{got} หรือแก้ `{field}` ให้ชี้ไปยังหน้าที่มีอยู่ (เช่น {example})",
    "create content/{got} or point `{field}` at an existing page (e.g. {example})",
)

# Footer texts (the site is in Thai) ---------------------------------------------------------

FOOTER = {
    "phone": "โทรศัพท์",
    "email": "อีเมล",
    "website": "เว็บไซต์",
    "contact": "ติดต่อหน่วยงาน",
    "privacy": "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
    "website_policy": "นโยบายเว็บไซต์",
    "security_policy": "นโยบายการรักษาความมั่นคงปลอดภัย",
    "cookies": "นโยบายคุกกี้",
    "accessibility": "การเข้าถึงเว็บไซต์",
    "links": "ข้อมูลหน่วยงาน",
    "made_with": "สร้างด้วย",
}

# `mkdocs serve` with content that would stop the build --------------------------------------

PREVIEW_TITLE = Text("เนื้อหามีข้อผิดพลาด จึงยังแสดงหน้านี้ไม่ได้",
                     "the content has errors, so this page cannot be shown yet")
PREVIEW_HOW = Text(
    "แก้ไฟล์ตามรายการด้านล่างแล้วบันทึก หน้านี้จะโหลดใหม่เองเมื่อเนื้อหาถูกต้อง "
    "(ขณะนี้ mkdocs build จะหยุดและไม่เผยแพร่เว็บไซต์)",
    "fix the files listed below and save; this page reloads by itself once the content is "
    "valid (mkdocs build would stop now and publish nothing)",
)
PREVIEW_STRICT = Text(
    "mkdocs.yml ตั้ง strict: true ไว้ คำเตือนจึงทำให้การสร้างเว็บไซต์หยุดเช่นเดียวกับข้อผิดพลาด",
    "mkdocs.yml sets strict: true, so warnings stop the build just as errors do",
)
PREVIEW_LOG = Text(
    "ตัวอย่างเว็บไซต์ (mkdocs serve) แสดงรายการปัญหาแทนเนื้อหาทุกหน้า จนกว่าจะแก้ไฟล์",
    "the preview (mkdocs serve) shows the list of problems instead of every page until the files are fixed",
)
PREVIEW_PAGE_TITLE = "ต้องแก้เนื้อหาก่อน (content errors)"

# `ita-site check`: the verdict of the build ----------------------------------------------------

STRICT_STOPS = Text(
    "ไม่พบข้อผิดพลาด แต่มีคำเตือน {warnings} รายการ และ mkdocs.yml ตั้ง strict: true ไว้ "
    "mkdocs build จึงจะหยุดโดยไม่เผยแพร่เว็บไซต์",
    "no errors, but {warnings} warning(s), and mkdocs.yml sets strict: true, so mkdocs build "
    "would stop and publish nothing",
    "แก้ตามคำเตือนข้างบน (หรือลบ strict: true ออกจาก mkdocs.yml หากยอมเผยแพร่ทั้งที่มีคำเตือน)",
    "fix what the warnings above say (or remove strict: true from mkdocs.yml to publish despite warnings)",
)
CONFIG_UNREADABLE = Text(
    "อ่านไฟล์ {path} ไม่ได้ (บรรทัด {line}): {problem} การสร้างเว็บไซต์จะหยุดเช่นกัน",
    "cannot read {path} (line {line}): {problem}; the build would stop too",
    "แก้ไวยากรณ์ YAML ในบรรทัดนั้น (ระยะย่อหน้าต้องเป็นช่องว่าง และมี : หลังชื่อตั้งค่า)",
    "fix the YAML syntax on that line (indent with spaces, a colon after each setting's name)",
)
CONFIG_MISSING = Text(
    "ไม่พบ {path} จึงตรวจเฉพาะเนื้อหา (ไม่ได้ตรวจการตั้งค่าของ mkdocs build)",
    "{path} not found: checked the content only, not the settings of mkdocs build",
)
