"""Messages of the MkDocs plugin about the site's settings and the build as a whole."""

from dataclasses import replace

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
    " — ใช้ ita-site serve แทน (สร้างใหม่เฉพาะหน้าที่การแก้ไขกระทบ และหน้าที่แสดงตรงกับการสร้างเต็ม)",
    "the preview builds every page again on each save, which is slow with many measures"
    " — run `ita-site serve` instead (it rebuilds only the pages an edit affects, and the"
    " served pages equal a full build)",
)
SERVE_CONFIG = Text(
    "อ่าน mkdocs.yml ไม่ได้: {error}",
    "mkdocs.yml could not be read: {error}",
    "แก้ mkdocs.yml ตามข้อความนี้แล้วบันทึกอีกครั้ง ตัวอย่างเว็บไซต์จะสร้างใหม่เอง"
    " (ระหว่างนี้ยังแสดงเว็บไซต์ที่สร้างได้ครั้งล่าสุด)",
    "fix mkdocs.yml as this says and save it again; the preview rebuilds by itself"
    " (until then it shows the last site that built)",
)
SERVE_ADDRESS = Text(
    "เปิดตัวอย่างเว็บไซต์ที่ {address} ไม่ได้ ({error})",
    "cannot serve the preview on {address} ({error})",
    "มีตัวอย่างเว็บไซต์อีกตัวเปิดอยู่ที่พอร์ตนี้: ปิดหน้าต่างนั้น หรือใช้พอร์ตอื่น เช่น"
    " ita-site serve -a 127.0.0.1:8001",
    "another preview is using this port: close it, or use another port, e.g."
    " `ita-site serve -a 127.0.0.1:8001`",
)
SERVE_WATCH = Text(
    "ระบบไม่ยอมแจ้งการแก้ไขไฟล์ในโฟลเดอร์ที่ดูอยู่ ({error})",
    "the system will not report edits in the watched folders ({error})",
    "ใช้ ita-site serve --poll ซึ่งไล่ดูไฟล์แทน",
    "run `ita-site serve --poll`, which lists the files instead",
)
# The same, before the first build: nothing is served yet.
SERVE_CONFIG_START = replace(SERVE_CONFIG,
                             fix_th="แก้ mkdocs.yml ตามข้อความนี้แล้วรันคำสั่งอีกครั้ง",
                             fix_en="fix mkdocs.yml as this says and run the command again")
