"""Messages of the MkDocs plugin about the site's settings and the build as a whole."""

from ita_site.messages import Text

THEME = Text(
    "ธีมต้องเป็น material แต่ตั้งไว้เป็น {got}",
    "the theme must be material, found {got}",
    "ตั้ง theme: name: material ใน mkdocs.yml",
    "set `theme: name: material` in mkdocs.yml",
)
FONT = Text(
    "ธีมจะโหลดฟอนต์จาก Google Fonts ซึ่งส่งข้อมูลผู้เข้าชมให้บุคคลภายนอก (PDPA)",
    "the theme would load fonts from Google Fonts, sending visitors' data to a third party (PDPA)",
    "ตั้ง theme: font: false ใน mkdocs.yml (เว็บไซต์ใช้ฟอนต์ Sarabun ที่อยู่ในเว็บไซต์เอง)",
    "set `theme: font: false` in mkdocs.yml (the site serves its own Sarabun font)",
)
DIRECTORY_URLS = Text(
    "use_directory_urls ถูกปิด ทำให้ URL ไม่ตรงกับที่ลงทะเบียนใน ITAS",
    "use_directory_urls is off, so URLs would differ from those entered in ITAS",
    "ลบ use_directory_urls: false ออกจาก mkdocs.yml",
    "remove `use_directory_urls: false` from mkdocs.yml",
)


def render(text: Text) -> str:
    line = f"ข้อผิดพลาด: {text.th}"
    if text.fix_th:
        line += f" — วิธีแก้: {text.fix_th}"
    line += f"\n  (error: {text.en}"
    if text.fix_en:
        line += f" — fix: {text.fix_en}"
    return line + ")"


def render_warning(text: Text) -> str:
    return render(text).replace("ข้อผิดพลาด:", "คำเตือน:", 1).replace("(error:", "(warning:", 1)


def render_info(text: Text) -> str:
    return f"{text.th}\n  ({text.en})"


def errors_found(problems) -> str:
    listed = "\n".join(p.format() for p in problems)
    return (f"พบข้อผิดพลาด {len(problems)} รายการในเนื้อหา จึงหยุดสร้างเว็บไซต์ "
            f"(found {len(problems)} error(s) in the content; the site was not built):\n{listed}")
SERVE_DIRTY = Text(
    "ตัวอย่างเว็บไซต์สร้างใหม่เฉพาะหน้าที่การแก้ไขกระทบ (--dirty): ita ติดตามหน้าที่สร้างจากข้อมูลให้"
    " หน้าที่แสดงจึงตรงกับการสร้างเต็มทุกครั้ง",
    "the preview rebuilds only the pages an edit affects (--dirty): ita tracks the pages it"
    " generates, so what is served matches a full build",
)
SERVE_NOT_DIRTY = Text(
    "ตัวอย่างเว็บไซต์สร้างทุกหน้าใหม่ทุกครั้งที่บันทึกไฟล์ จึงช้าเมื่อมีมาตรการมาก"
    " — ใช้ mkdocs serve --dirty แทน (ita ดูแลให้หน้าที่แสดงตรงกับการสร้างเต็ม)",
    "the preview builds every page again on each save, which is slow with many measures"
    " — run `mkdocs serve --dirty` instead (ita keeps the served pages equal to a full build)",
)
