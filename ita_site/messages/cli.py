"""Messages of the `ita-site` command."""

from ita_site.messages import Text

CHECK_OK = Text("ตรวจแล้ว ไม่พบข้อผิดพลาด ({measures} มาตรการ ใน {years} ปี)",
                "checked: no errors ({measures} measure(s) in {years} year(s))")
CHECK_FAILED = Text("พบข้อผิดพลาด {errors} รายการ และคำเตือน {warnings} รายการ",
                    "found {errors} error(s) and {warnings} warning(s)")
CHECK_WARNINGS = Text("ไม่พบข้อผิดพลาด แต่มีคำเตือน {warnings} รายการ",
                      "no errors, {warnings} warning(s)")
NO_CONTENT = Text("ไม่พบโฟลเดอร์เนื้อหา {path}", "content folder {path} not found",
                  "ระบุด้วย --content หรือรันคำสั่งในโฟลเดอร์ที่มี mkdocs.yml",
                  "pass --content or run the command next to mkdocs.yml")
NO_CONFIG = Text("ไม่พบไฟล์ตั้งค่า {path}", "settings file {path} not found",
                 "รันคำสั่งในโฟลเดอร์ของเว็บไซต์ (ที่มี mkdocs.yml) หรือระบุด้วย --config",
                 "run the command in the site's folder (where mkdocs.yml is) or pass --config")
YEAR_EXISTS = Text("มีโฟลเดอร์ปี {year} อยู่แล้ว จึงไม่สร้างทับ", "year folder {year} exists; nothing was overwritten",
                   "แก้ไขไฟล์ในโฟลเดอร์นั้นโดยตรง", "edit the files in that folder instead")
YEAR_CREATED = Text("สร้างโฟลเดอร์ปี {year} แล้ว: {files}", "created year {year}: {files}")
BAD_YEAR = Text("ปี {year} ไม่ใช่ปี พ.ศ.", "{year} is not a B.E. year",
                "ใช้ปี พ.ศ. เช่น 2569", "use a Buddhist-Era year such as 2569")
