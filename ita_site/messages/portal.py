"""Messages of `ita-site portal build`."""

from ita_site.messages import Text

PORTAL_MISSING = Text(
    "ไม่พบไฟล์ตั้งค่าพอร์ทัล {path}",
    "the portal file {path} was not found",
    "ตรวจชื่อไฟล์ (เช่น portal.yml) ที่ระบุหลังคำสั่ง portal build",
    "check the file name (e.g. portal.yml) given after `portal build`",
)
PORTAL_UNREADABLE = Text(
    "{path} บรรทัด {line}: อ่านไฟล์ YAML ไม่ได้: {problem}",
    "{path} line {line}: the YAML cannot be read: {problem}",
    "แก้บรรทัดนั้นให้เป็น YAML ที่ถูกต้อง เช่น name: ITA จังหวัดตัวอย่าง",
    "fix that line so it is valid YAML, e.g. name: ITA จังหวัดตัวอย่าง",
)
FIELD_MISSING = Text(
    "{path}: ไม่มีช่อง {field} หรือค่าว่าง",
    "{path}: the field {field} is missing or empty",
    "เพิ่มบรรทัด {example}",
    "add a line {example}",
)
FIELD_BAD = Text(
    "{path} บรรทัด {line}: ค่าของ {field} ใช้ไม่ได้",
    "{path} line {line}: the value of {field} cannot be used",
    "{fix_th}",
    "{fix_en}",
)
NO_AGENCY_MATCH = Text(
    "{path}: รายการ agencies \"{pattern}\" ไม่ตรงกับโฟลเดอร์ใดที่มี mkdocs.yml",
    "{path}: the agencies entry \"{pattern}\" matches no folder holding a mkdocs.yml",
    "ระบุโฟลเดอร์ของเว็บไซต์หน่วยงาน (ที่สร้างด้วย ita-site new) เทียบกับที่ตั้งของ {path}",
    "name agency site folders (made by `ita-site new`) relative to where {path} is",
)
SLUG_DUPLICATE = Text(
    "โฟลเดอร์ {first} และ {second} ได้ชื่อในที่อยู่เว็บ /{slug}/ เหมือนกัน",
    "the folders {first} and {second} both give the web address /{slug}/",
    "เปลี่ยนชื่อโฟลเดอร์หนึ่งให้ต่างกัน (ใช้อักษรอังกฤษ ตัวเลข และ -) ที่อยู่ของหน่วยงานมาจากชื่อโฟลเดอร์",
    "rename one of the folders (ASCII letters, digits and -): an agency's address comes from its "
    "folder name",
)
SLUG_BAD = Text(
    "ชื่อโฟลเดอร์ {folder} ใช้เป็นที่อยู่เว็บไม่ได้ ({reason})",
    "the folder name {folder} cannot be a web address ({reason})",
    "เปลี่ยนชื่อโฟลเดอร์เป็นอักษรอังกฤษ ตัวเลข และ - เช่น abt-ban-tuayang ที่ไม่ใช่ชื่อที่สงวนไว้ ({reserved})",
    "rename the folder with ASCII letters, digits and -, e.g. abt-ban-tuayang, not a reserved "
    "name ({reserved})",
)
OUTPUT_INSIDE = Text(
    "{path}: โฟลเดอร์ output ({output}) ต้องไม่อยู่ในโฟลเดอร์ของหน่วยงาน {folder}",
    "{path}: the output folder ({output}) must not lie inside the agency folder {folder}",
    "ตั้ง output เป็นโฟลเดอร์แยก เช่น output: public",
    "set output to a separate folder, e.g. output: public",
)
SCHEDULER_UNREACHABLE = Text(
    "ติดต่อ Dask scheduler ที่ {address} ไม่ได้: {reason}",
    "cannot reach the Dask scheduler at {address}: {reason}",
    "ตรวจว่าเริ่ม dask scheduler แล้วและที่อยู่ถูกต้อง (tcp://HOST:PORT) หรือไม่ใส่ --scheduler "
    "เพื่อสร้างบนเครื่องนี้",
    "check that the scheduler is running and the address (tcp://HOST:PORT) is right, or leave out "
    "--scheduler to build on this machine",
)
BUILD_FAILED = Text(
    "สร้างเว็บไซต์ของ {slug} ไม่สำเร็จ (mkdocs build ออกด้วยรหัส {code})",
    "the site of {slug} did not build (mkdocs build exited with {code})",
    "ตรวจด้วย ita-site check ในโฟลเดอร์ {folder} แล้วแก้ตามที่แจ้ง",
    "run `ita-site check` in {folder} and fix what it reports",
)
BUILD_TIMEOUT = Text(
    "สร้างเว็บไซต์ของ {slug} เกินเวลา {seconds} วินาที จึงหยุด",
    "the site of {slug} took longer than {seconds} seconds and was stopped",
    "ลองสร้างเว็บไซต์นั้นเองด้วย mkdocs build หรือเพิ่มเวลาด้วย --timeout",
    "build that site alone with `mkdocs build`, or allow more time with --timeout",
)
TASK_LOST = Text(
    "งานสร้างเว็บไซต์ของ {slug} ไม่สำเร็จบนเครื่องประมวลผล: {reason}",
    "the build task of {slug} failed on the workers: {reason}",
    "สั่ง portal build อีกครั้ง หน่วยงานที่สร้างสำเร็จแล้วจะไม่ถูกสร้างซ้ำ",
    "run portal build again; agencies already built are not rebuilt",
)
NOT_POSITIVE = Text(
    "ค่า {value} ใช้ไม่ได้ ต้องเป็นจำนวนที่มากกว่า 0",
    "{value} cannot be used: give a number above 0",
)
PROGRESS = "หน่วยงาน {done}/{total} สำเร็จ {ok} ไม่สำเร็จ {failed} เหลือ {left} " \
           "(agencies done {done}/{total}, ok {ok}, failed {failed}, left {left})"
SUMMARY_OK = Text(
    "สร้างพอร์ทัลแล้วที่ {output}: {count} หน่วยงาน (สร้างใหม่ {built}, ไม่เปลี่ยน {kept})",
    "the portal is built in {output}: {count} agencies ({built} built, {kept} unchanged)",
)
SUMMARY_FAILED = Text(
    "สร้างพอร์ทัลแล้ว แต่หน่วยงาน {failed} แห่งสร้างไม่สำเร็จ: {slugs}",
    "the portal is built, but {failed} agencies failed: {slugs}",
    "แก้เนื้อหาของหน่วยงานเหล่านั้นตามที่แจ้ง (หน้าเว็บเดิมที่สร้างสำเร็จล่าสุดยังคงอยู่)",
    "fix those agencies' content as reported (their last good sites are kept)",
)
PORTAL_SITE_FAILED = Text(
    "สร้างหน้าพอร์ทัลไม่สำเร็จ (mkdocs build ออกด้วยรหัส {code}): {detail}",
    "the portal pages did not build (mkdocs build exited with {code}): {detail}",
    "แจ้งปัญหานี้แก่ผู้พัฒนาพร้อมข้อความข้างต้น",
    "report this to the developers with the text above",
)

# Labels of the portal pages (Thai, with English where a column needs it).
LABELS = {
    "agencies": "หน่วยงาน (Agencies)",
    "name": "หน่วยงาน", "type": "ประเภท", "district": "อำเภอ", "year": "ปีล่าสุด",
    "total": "คะแนน ITA", "level": "ระดับ", "coverage": "OIT ที่มีข้อมูล", "links": "ลิงก์",
    "site": "เว็บไซต์", "oit": "ข้อ OIT", "report": "รายงานผล", "status": "สถานะ",
    "failed": "สร้างไม่สำเร็จ (build failed)", "ok": "ปกติ",
    "all": "ทั้งหมด", "filter_district": "อำเภอ", "filter_type": "ประเภท",
    "coverage_title": "ข้อ OIT ที่เผยแพร่ ITA {year} (OIT coverage)",
    "has": "มี", "missing": "ยังไม่มี",
    "data_title": "ข้อมูลเปิด (Open data)",
    "kept": "แสดงเว็บไซต์ที่สร้างสำเร็จครั้งล่าสุด (last good site kept)",
    "dashboard": "ภาพรวม (Dashboard)", "no_data": "ยังไม่มีคะแนนหรือข้อ OIT ของหน่วยงานใด",
    "chart_means": "คะแนน ITA เฉลี่ย และร้อยละของข้อ OIT ที่มีข้อมูลเฉลี่ย รายปี",
    "coverage_pct": "ข้อ OIT ที่มีข้อมูล (ร้อยละ)",
    "chart_levels": "ร้อยละของหน่วยงานในแต่ละระดับ รายปี", "no_level": "ไม่ระบุระดับ",
    "chart_spread": "คะแนน ITA รายปี: ต่ำสุด มัธยฐาน และสูงสุด (ITA scores over the years)",
    "chart_spread_desc": "คะแนน ITA รวมของหน่วยงานในพอร์ทัลที่มีคะแนนในแต่ละปี "
                         "(จำนวนหน่วยงาน: {counts})",
    "lowest": "ต่ำสุด (lowest)", "median": "มัธยฐาน (median)", "highest": "สูงสุด (highest)",
    "scored": "จำนวนหน่วยงานที่มีคะแนน (agencies with scores)",
}
