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
    "ตรวจ exclude_docs, not_in_nav และปลั๊กอินอื่นใน mkdocs.yml ที่ตัดไฟล์ในโฟลเดอร์ assets/",
    "check exclude_docs and other plugins in mkdocs.yml that drop files under assets/",
)
