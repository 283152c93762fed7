"""The Government Website Standard check: statuses, what each finding says, the report page
and the lines of `ita-site check --standard`. The items themselves are data
(ita_site/standard/data/website-standard.yaml)."""

from ita_site.messages import Text

STATUS = {
    "pass": Text("ผ่าน", "pass"),
    "fail": Text("ไม่ผ่าน", "fail"),
    "warn": Text("ควรแก้", "should fix"),
    "pending": Text("ตรวจหลังสร้างเว็บไซต์", "checked in the built site"),
    "agency": Text("หน่วยงานดูแลเอง", "the agency's job"),
}

HEADING = Text("การตรวจตามมาตรฐานเว็บไซต์ภาครัฐ", "Government Website Standard check")
SUMMARY = Text("ผ่าน {passed} ไม่ผ่าน {failed} ควรแก้ {warned} จาก {total} ข้อที่ตรวจได้",
               "{passed} pass, {failed} fail, {warned} should be fixed, of {total} checkable items")
BUILT_FROM = Text("ตรวจหน้าเว็บที่สร้างแล้วในโฟลเดอร์ {site}", "checked the built pages in {site}")
NOT_BUILT = Text(
    "ข้อที่ต้องตรวจจากหน้าเว็บที่สร้างแล้วยังไม่ได้ตรวจ: ไม่พบโฟลเดอร์ {site}",
    "items checked in the built pages were not checked: {site} not found",
    "สั่ง mkdocs build ก่อน แล้วตรวจอีกครั้ง หรือเปิดหน้า /standard-report/ ของเว็บไซต์ที่สร้างแล้ว",
    "run mkdocs build first and check again, or open /standard-report/ of the built site",
)
FIX = Text("วิธีแก้", "fix")
SECTION = Text("หมวด", "section")
MORE = Text("และอีก {count} รายการ", "and {count} more")

# What a finding adds to its item -------------------------------------------------------------

NO_LANGUAGE = Text("theme → language ใน mkdocs.yml เป็น {got}", "theme → language in mkdocs.yml is {got}")
LANG_MISSING = Text("{page}: ไม่มี lang=\"th\"", "{page}: no lang=\"th\"")
VIEWPORT_MISSING = Text("{page}: ไม่มี meta viewport", "{page}: no viewport meta tag")
NO_SITE_URL = Text("mkdocs.yml ไม่มี site_url", "mkdocs.yml has no site_url")
NOT_HTTPS = Text("site_url ไม่ขึ้นต้นด้วย https://: {url}", "site_url does not start with https://: {url}")
NOT_GOVERNMENT = Text(
    "{host} ไม่ใช่โดเมนของรัฐ ({domains})", "{host} is not a government domain ({domains})")
OWN_ROBOTS = Text("content/robots.txt ของหน่วยงานไม่มีบรรทัด Sitemap:",
                  "the agency's content/robots.txt has no Sitemap: line")
ROBOTS_GENERATED = Text("สร้าง robots.txt ให้ ชี้ไปยัง {sitemap}", "robots.txt is generated, naming {sitemap}")
FILE_MISSING = Text("ไม่พบ {name} ในเว็บไซต์ที่สร้างแล้ว", "{name} is missing from the built site")
CONTACT_GENERATED = Text("สร้างหน้าติดต่อจาก agency.yml ที่ /about/contact/",
                         "the contact page is made from agency.yml at /about/contact/")
CONTACT_LACKS = Text("ยังขาด: {missing}", "missing: {missing}")
CONTACT_PARTS = {"address": "ที่อยู่ (address)", "phone": "โทรศัพท์ (phone)",
                 "email": "อีเมล (email)", "map": "ลิงก์แผนที่ (map_url)"}
PAGE_MISSING = Text("ไม่พบ content/{path}", "content/{path} not found")
PAGE_FOUND = Text("content/{path}", "content/{path}")
NO_SEARCH = Text("plugins ใน mkdocs.yml ไม่มี search", "plugins in mkdocs.yml lacks search")
NO_YEARS = Text("ยังไม่มีโฟลเดอร์ปี", "no year folder yet")
OPEN_DATA_FILES = Text("{count} ไฟล์ในหน้า /data/", "{count} files listed on /data/")
NO_E_SERVICE = Text("ไม่พบหน้าที่ชื่อหรือที่อยู่มีคำว่า {words}",
                    "no page whose title or path holds {words}")
OUTSIDE_DRIVE = Text("{path}: {url}", "{path}: {url}")
NO_DATE = Text("{count} หน้าไม่มีวันที่ปรับปรุง เช่น {examples}",
               "{count} pages have no last-updated date, e.g. {examples}")
DATES_FROM = Text("วันที่มาจาก {source}", "dates come from {source}")
MIXED = Text("{page}: {url}", "{page}: {url}")
OTHER_HOST = Text("{page}: {url}", "{page}: {url}")
BROKEN = Text("{page}: {url}", "{page}: {url}")

# Last-updated line on every page (Thai only: the site is in Thai)
UPDATED_LABEL = "ปรับปรุงล่าสุด"

# The report page ---------------------------------------------------------------------------

REPORT_TITLE = "รายงานการตรวจตามมาตรฐานเว็บไซต์ภาครัฐ"
REPORT_INTRO = (
    "หน้านี้สำหรับผู้ดูแลเว็บไซต์ ไม่อยู่ในเมนู ไม่อยู่ในการค้นหาและแผนผังเว็บไซต์ "
    "สร้างใหม่ทุกครั้งที่สั่ง mkdocs build และตรวจได้ก่อนเผยแพร่ด้วยคำสั่ง "
    "`ita-site check --standard` (for the webmaster: not in the menu, search or sitemap)")
REPORT_PLACEHOLDER = "<!-- ita-standard-report -->"
COLUMNS = ("ข้อ (item)", "หมวด (section)", "ผล (status)", "รายละเอียดและวิธีแก้ (details and fix)")
REPORT_LOG = Text("มาตรฐานเว็บไซต์ภาครัฐ: {th} (รายละเอียดที่ /standard-report/)",
                  "Government Website Standard: {en} (details at /standard-report/)")
