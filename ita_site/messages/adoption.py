"""Messages about installing and starting a site: the shipped theme, `ita-site new`, schemas."""

from ita_site.messages import Text

THEME_MISSING = Text(
    "ไม่พบธีมของ ita-site ที่ {path} (การติดตั้งไม่สมบูรณ์)",
    "ita-site's theme is missing at {path} (incomplete installation)",
    "ติดตั้งใหม่ด้วย pip install --force-reinstall ita-site",
    "reinstall with `pip install --force-reinstall ita-site`",
)
THEME_INACTIVE = Text(
    "หน้า {page} สร้างโดยไม่มีสไตล์และการค้นหาภาษาไทยของ ita-site เพราะมีแม่แบบ main.html "
    "อื่นมาแทนที่ของ ita-site (เช่น main.html ใน custom_dir หรือปลั๊กอินอื่น)",
    "page {page} was rendered without ita-site's styles and Thai search: another main.html "
    "replaced ita-site's (e.g. main.html in custom_dir, or another plugin)",
    "ลบหรือเปลี่ยนชื่อ main.html ใน custom_dir และปรับแต่งผ่าน partials หรือ overrides แทน",
    "remove or rename main.html in custom_dir; customise partials or overrides instead",
)
ASSETS_MISSING = Text(
    "ไฟล์ของธีม ita-site ไม่อยู่ในเว็บไซต์: {names} (มีปลั๊กอินหรือการตั้งค่าอื่นตัดออก)",
    "ita-site's theme files are not in the site: {names} (another plugin or setting removed them)",
    "ตรวจ exclude_docs และปลั๊กอินอื่นใน mkdocs.yml ที่ตัดไฟล์ในโฟลเดอร์ assets/",
    "check exclude_docs and other plugins in mkdocs.yml that drop files under assets/",
)

NEW_NOT_EMPTY = Text(
    "โฟลเดอร์ {path} มีไฟล์อยู่แล้ว จึงไม่ได้เขียนไฟล์ใด",
    "folder {path} already has content; nothing was written",
    "ระบุโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง หรือเพิ่ม --force เพื่อเขียนเฉพาะไฟล์ที่ยังไม่มี (ไม่เขียนทับไฟล์เดิม)",
    "name a new or empty folder, or add --force to write only the files that are missing "
    "(existing files are never overwritten)",
)
NEW_NOT_A_FOLDER = Text(
    "{path} เป็นไฟล์ ไม่ใช่โฟลเดอร์", "{path} is a file, not a folder",
    "ระบุชื่อโฟลเดอร์ใหม่", "name a new folder",
)
NEW_BAD_VALUE = Text(
    "ค่าของ {option} ต้องเป็นข้อความหนึ่งบรรทัดที่ไม่ว่าง", "{option} must be one non-empty line of text",
    "เช่น {option} \"{example}\"", "e.g. {option} \"{example}\"",
)
NEW_BAD_YEAR = Text(
    "ปี {year} ไม่ใช่ปีงบประมาณ พ.ศ.", "{year} is not a Buddhist-Era fiscal year",
    "ใช้ปี พ.ศ. เช่น --year 2570", "use a Buddhist-Era year such as --year 2570",
)
NEW_WROTE = Text("สร้างเว็บไซต์ใหม่ใน {path} แล้ว ({count} ไฟล์)", "created a new site in {path} ({count} files)")
NEW_SKIPPED = Text("มีไฟล์เหล่านี้อยู่แล้ว จึงไม่ได้เขียนทับ: {names}",
                   "these files exist and were left as they are: {names}")
NEW_NOTHING = Text("มีไฟล์ครบทุกไฟล์แล้ว ไม่ได้เปลี่ยนแปลงสิ่งใด", "every file exists already; nothing changed")
NEW_NEXT = Text(
    "ขั้นต่อไป: แก้บรรทัดที่มีเครื่องหมาย ← แก้ไข ใน {path}/mkdocs.yml และ {path}/content/agency.yml "
    "แล้วรัน cd {path} && ita-site check && ita-site serve",
    "next: replace the values marked ← แก้ไข in mkdocs.yml and content/agency.yml, then run "
    "cd {path} && ita-site check && ita-site serve",
)
SCHEMA_WROTE = Text("เขียน JSON Schema แล้ว: {names}", "wrote JSON Schemas: {names}")
NEW_NO_CATALOG = Text(
    "หมายเหตุ: โปรแกรมรุ่นนี้ยังไม่มีเกณฑ์ ITA ปี {year} (มีปี {years}) หน้ารายการ OIT ของปี {year} "
    "จึงยังไม่แสดง",
    "note: this version has no ITA {year} catalog yet (it has {years}), so the year shows no OIT "
    "index",
    "เมื่อมีเกณฑ์ปี {year} ให้ติดตั้งรุ่นใหม่ หรือเพิ่มไฟล์ {year}.yaml ในโฟลเดอร์ที่ตั้งไว้ใน "
    "catalogs: ของปลั๊กอิน ita",
    "install a newer version once it exists, or add {year}.yaml to the folder named by the ita "
    "plugin's `catalogs:` option",
)
