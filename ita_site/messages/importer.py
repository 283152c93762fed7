"""What `ita-site import` tells the webmaster, in Thai with English beside it."""

from __future__ import annotations

from ita_site.messages import Text

# Places in a source document.
WHERE_LINE = Text("บรรทัด {number}", "line {number}")
WHERE_PARAGRAPH = Text("ย่อหน้า {number}", "paragraph {number}")
WHERE_TABLE = Text("ตารางที่ {container} แถว {number}", "table {container}, row {number}")
WHERE_SHEET = Text("แผ่นงาน {container} แถว {number}", "sheet {container}, row {number}")

# Reading the file.
UNSUPPORTED = Text(
    "ไม่รองรับไฟล์ชนิด {suffix}",
    "files of type {suffix} are not supported",
    "ใช้ไฟล์ .docx, .xlsx หรือข้อความที่แปลงจาก PDF (.txt, .md)",
    "use a .docx or .xlsx file, or text extracted from a PDF (.txt, .md)",
)
MISSING_FILE = Text(
    "ไม่พบไฟล์ {path}",
    "file {path} not found",
    "ตรวจชื่อและตำแหน่งของไฟล์",
    "check the file's name and folder",
)
UNREADABLE = Text(
    "อ่านไฟล์ไม่ได้: {reason}",
    "the file could not be read: {reason}",
    "เปิดไฟล์ด้วยโปรแกรมของไฟล์นั้นแล้วบันทึกใหม่ (ข้อความต้องเป็น UTF-8)",
    "open the file in its program and save it again (text must be UTF-8)",
)
NO_TABLE = Text(
    "ไม่พบตารางมาตรการ: ไม่มีแถวหัวตารางที่อ่านได้",
    "no measures table found: no header row could be read",
    "หัวตารางต้องมีอย่างน้อยสองคอลัมน์ เช่น มาตรการ/โครงการ/กิจกรรม, ขั้นตอน, ระยะเวลา, ผู้รับผิดชอบ",
    "the header needs at least two known columns, e.g. มาตรการ/โครงการ/กิจกรรม, ขั้นตอน, ระยะเวลา, ผู้รับผิดชอบ",
)
NO_MEASURES = Text(
    "พบหัวตารางแต่ไม่พบแถวมาตรการ",
    "a table header was found but no measure rows",
    "ตรวจว่าตารางมีแถวข้อมูลใต้หัวตาราง",
    "check that the table has rows under its header",
)

# Year and kind.
YEAR_DETECTED = Text(
    "ปีงบประมาณ {year} อ่านจาก{where_th}: \"{line}\"",
    "fiscal year {year} read from {where_en}: \"{line}\"",
)
YEAR_MISSING = Text(
    "ไม่ทราบปีงบประมาณของเอกสาร",
    "the document's fiscal year is not known",
    "ระบุปีด้วย --year เช่น --year 2568",
    "give the year with --year, e.g. --year 2568",
)
YEAR_DIFFERS = Text(
    "เอกสารระบุปี {detected} ({where_th}) แต่สั่งให้นำเข้าเป็นปี {year}",
    "the document says {detected} ({where_en}) but the import was asked for {year}",
    "ตรวจว่า --year ถูกต้อง",
    "check that --year is right",
)
YEAR_INVALID = Text(
    "ปี {value} ไม่ใช่ปี พ.ศ.",
    "{value} is not a Buddhist-Era year",
    "ใช้ปี พ.ศ. สี่หลัก เช่น 2568",
    "use a four-digit B.E. year, e.g. 2568",
)
YEAR_CONVERTED = Text("ปี ค.ศ. {ce} คือ พ.ศ. {be}", "C.E. {ce} is B.E. {be}")
KIND_PROGRESS = Text(
    "เป็นรายงานรอบ 6 เดือน ({where_th}: \"{line}\"): ผลการดำเนินการจะอยู่ใน progress",
    "a six-month report ({where_en}: \"{line}\"): results go under progress",
)
KIND_REPORT = Text(
    "เป็นรายงานผลการดำเนินการ: มีคอลัมน์ผลการดำเนินการ",
    "a results report: the table has result columns",
)
KIND_PLAN = Text(
    "เป็นแผนมาตรการ: ไม่มีคอลัมน์ผลการดำเนินการ",
    "a measures plan: the table has no result columns",
)
KIND_GIVEN = Text("นำเข้าเป็นชนิด {kind} ตามที่สั่ง", "importing as {kind}, as asked")

# Rows.
PREAMBLE = Text(
    "ข้อความก่อนตาราง ({first_th} ถึง {last_th}) ไม่ได้นำเข้า: \"{start}\"",
    "text before the table ({first_en} to {last_en}) is not imported: \"{start}\"",
)
OUTSIDE_TEXT = Text(
    "ข้อความนอกตาราง (ถึง{last_th}) ไม่ได้นำเข้า: \"{start}\"",
    "text outside the table (to {last_en}) is not imported: \"{start}\"",
    "ถ้าเป็นส่วนหนึ่งของมาตรการ ให้คัดลอกไปใส่ในไฟล์มาตรการเอง",
    "if it belongs to a measure, copy it into that measure's file",
)
RULE_ROW = Text("แถวเส้นตาราง \"{text}\" ข้ามไป", "table rule \"{text}\" skipped")
DUPLICATE_ROW = Text(
    "แถวซ้ำกับ{first_th} ทุกช่อง: นำเข้าครั้งเดียว",
    "row repeats {first_en} cell for cell: imported once",
)
REPEATED_CELL = Text(
    "ช่อง \"{column}\" ซ้ำกับข้อความด้านบนของมาตรการเดียวกัน: นำเข้าครั้งเดียว",
    "cell \"{column}\" repeats the text above in the same measure: imported once",
)
CONTINUED = Text(
    "แถวต่อจากมาตรการด้านบน (ช่องชื่อมาตรการว่าง): รวมเข้ากับ \"{title}\"",
    "row continues the measure above (empty name cell): merged into \"{title}\"",
)
NEW_HEADER = Text(
    "ตารางใหม่ที่{where_th} มีคอลัมน์ต่างจากตารางก่อนหน้า",
    "a new table at {where_en} has different columns from the one before",
)
NO_TITLE_COLUMN = Text(
    "ไม่พบคอลัมน์ชื่อมาตรการ: ใช้คอลัมน์แรก \"{header}\" เป็นชื่อมาตรการ",
    "no measure-name column: the first column \"{header}\" is used as the name",
    "ตั้งหัวคอลัมน์ชื่อมาตรการว่า มาตรการ/โครงการ/กิจกรรม",
    "head the name column มาตรการ/โครงการ/กิจกรรม",
)
NO_TITLE = Text(
    "แถวนี้ไม่มีชื่อมาตรการและไม่มีมาตรการด้านบนให้ต่อ",
    "this row has no measure name and no measure above to continue",
    "เขียนชื่อมาตรการในไฟล์ที่นำเข้า (ตั้งชื่อชั่วคราวให้แล้ว)",
    "write the measure's name in the imported file (a placeholder was given)",
)
PLACEHOLDER_TITLE = Text("มาตรการจาก{where}", "measure from {where}")
SECTION_AS_TITLE = Text(
    "หัวข้อ \"{label}\" มีแถวต่อใต้หัวข้อโดยไม่มีชื่อมาตรการ: ใช้หัวข้อเป็นชื่อมาตรการ",
    "section \"{label}\" is followed by rows without a name: the section is used as the measure's name",
)
SECTION_ONLY_TITLE = Text(
    "แถว \"{label}\" ไม่มีแถวมาตรการใต้แถว: นำเข้าเป็นมาตรการที่มีแต่ชื่อ",
    "row \"{label}\" has no measure rows under it: imported as a measure with only a name",
)
SECTION_EMPTY = Text(
    "หัวข้อ \"{label}\" ไม่มีมาตรการใต้หัวข้อ",
    "section \"{label}\" has no measures under it",
)
SECTION_READ = Text(
    "หัวข้อ \"{label}\" อ่านเป็น{what_th}",
    "section \"{label}\" read as {what_en}",
)
SECTION_UNKNOWN = Text(
    "หัวข้อ \"{label}\" ไม่ตรงกับประเด็นหรือตัวชี้วัดใด: เก็บไว้ในเนื้อหาของมาตรการใต้หัวข้อ",
    "section \"{label}\" matches no issue or indicator: kept in the body of the measures under it",
    "ถ้าเป็นประเด็นหรือตัวชี้วัด ให้เพิ่ม issue: หรือ indicators: ในไฟล์มาตรการ",
    "if it is an issue or indicator, add issue: or indicators: to those measure files",
)
ISSUE_WORDS = Text("ประเด็นที่ {number}", "issue {number}")
INDICATOR_WORDS = Text("ตัวชี้วัดที่ {number}", "indicator {number}")

# Cells.
UNMAPPED_COLUMN = Text(
    "คอลัมน์ \"{column}\" ไม่ตรงกับช่องข้อมูลใด: เก็บไว้ในเนื้อหาใต้หัวข้อ \"{column}\"",
    "column \"{column}\" matches no field: kept in the body under the heading \"{column}\"",
    "ย้ายข้อความไปใส่ช่องที่ถูกต้องในไฟล์มาตรการ ถ้ามี",
    "move the text to the right field of the measure file, if there is one",
)
UNNAMED_COLUMN = Text("คอลัมน์ที่ {number}", "column {number}")
RESULT_IN_PLAN = Text(
    "คอลัมน์ผลการดำเนินการ \"{column}\" ในการนำเข้าแผน: เก็บไว้ในเนื้อหา",
    "result column \"{column}\" in a plan import: kept in the body",
    "นำเข้าเป็น --kind report หรือ progress ถ้าเอกสารเป็นรายงานผล",
    "import with --kind report or progress if the document reports results",
)
SECOND_TITLE = Text(
    "คอลัมน์ชื่อมาตรการที่สอง \"{column}\": เก็บไว้ในเนื้อหา",
    "a second name column \"{column}\": kept in the body",
)
UNREAD_VALUE = Text(
    "อ่านค่า \"{value}\" ในคอลัมน์ \"{column}\" ไม่ได้: เก็บไว้ในเนื้อหา",
    "value \"{value}\" in column \"{column}\" could not be read: kept in the body",
    "แก้ค่าในไฟล์มาตรการให้ถูกต้อง",
    "correct the value in the measure file",
)
ORDER_NOT_USED = Text(
    "เลขลำดับในคอลัมน์ \"{column}\" ซ้ำหรือไม่ครบ: ใช้ลำดับตามแถวในเอกสารแทน",
    "numbers in column \"{column}\" repeat or are missing: the document's row order is used",
)
TITLE_NUMBERS_NOT_USED = Text(
    "เลขหน้าชื่อมาตรการซ้ำกันหรือไม่ครบทุกแถว: นำเลขออกจากชื่อและใช้ลำดับตามแถวในเอกสารแทน",
    "the numbers before the measures' names repeat or are missing: they are taken out of the "
    "names and the document's row order is used",
    "ถ้าต้องการลำดับอื่น แก้ order: ในไฟล์มาตรการ",
    "to use another order, change order: in the measure files",
)
SECTION_HEADING = Text("หัวข้อในเอกสารต้นฉบับ", "Section in the source document")

# Writing.
WRITE_CREATE = Text("สร้าง {path}", "create {path}")
WRITE_OVERWRITE = Text("เขียนทับ {path}", "overwrite {path}")
WRITE_SAME = Text("ไม่เปลี่ยน {path} (เหมือนเดิมทุกตัวอักษร)", "unchanged {path} (already exactly this)")
WRITE_KEEP = Text(
    "มีไฟล์ {path} อยู่แล้ว: ไม่เขียนทับ",
    "{path} already exists: not overwritten",
    "ใช้ --force ถ้าต้องการเขียนทับ",
    "use --force to overwrite it",
)
ORDERS_SHIFTED = Text(
    "ปี {year} มีมาตรการที่ใช้ลำดับเหล่านี้อยู่แล้ว: มาตรการที่นำเข้าเริ่มที่ลำดับ {first}",
    "measures of {year} already use these order numbers: the imported ones start at {first}",
)
WRITE_FAILED = Text(
    "เขียนไฟล์ไม่ได้: {reason}",
    "files could not be written: {reason}",
    "ตรวจว่าโฟลเดอร์เนื้อหาถูกต้องและมีสิทธิ์เขียน",
    "check the content folder and that it can be written to",
)
DRY_RUN = Text("ทดลองเท่านั้น (--dry-run): ไม่ได้เขียนไฟล์ใด", "dry run (--dry-run): no file was written")
SUMMARY = Text(
    "นำเข้า {count} มาตรการ ปี {year} ({kind}) จาก {source}",
    "{count} measures of {year} ({kind}) imported from {source}",
)

# The summary at the end of every import.
SUMMARY_HEAD = Text("สรุปการนำเข้า {source}", "summary of the import of {source}")
SUMMARY_FILES = Text(
    "มาตรการ {count} รายการ ปี {year}: เขียน {written} ไฟล์, เหมือนเดิม {same} ไฟล์, ไม่เขียนทับ {kept} ไฟล์",
    "{count} measures of {year}: {written} files written, {same} unchanged, {kept} kept as they were",
)
SUMMARY_FILES_DRY = Text(
    "มาตรการ {count} รายการ ปี {year}: จะเขียน {written} ไฟล์, เหมือนเดิม {same} ไฟล์, "
    "ไม่เขียนทับ {kept} ไฟล์ (ยังไม่ได้เขียนจริง)",
    "{count} measures of {year}: {written} files would be written, {same} unchanged, {kept} kept "
    "as they are (nothing written yet)",
)
SUMMARY_NONE_WRITTEN = Text(
    "อ่านได้ {count} มาตรการ แต่ไม่ได้เขียนไฟล์ใด: แก้ข้อผิดพลาดด้านบนก่อน",
    "{count} measures read but no file written: fix the errors above first",
)
SUMMARY_PLACED = Text("{count} ช่องลงในช่องข้อมูลของมาตรการแล้ว", "{count} cells placed in measure fields")
SUMMARY_REPEATED = Text(
    "{count} ช่องซ้ำกับข้อความที่นำเข้าแล้วในมาตรการเดียวกัน: นำเข้าครั้งเดียว",
    "{count} cells repeated text already taken in the same measure: imported once",
)
SUMMARY_ALL_PLACED = Text("ไม่มีช่องที่ค้างอยู่: ทุกช่องลงในช่องข้อมูลแล้ว", "no cell left over: every cell was placed in a field")
SUMMARY_UNPLACED = Text(
    "{count} ช่องไม่ได้ลงในช่องข้อมูลใด: เก็บไว้ในเนื้อหาของไฟล์มาตรการใต้หัวข้อชื่อคอลัมน์",
    "{count} cells were placed in no field: they are kept in the measure file's body under their column's name",
    "เปิดไฟล์ตามรายการด้านล่าง ย้ายข้อความไปใส่ช่องที่ถูกต้อง (เช่น steps:, outputs:) หรือปล่อยไว้ในเนื้อหา",
    "open each file listed below and move the text to its field (e.g. steps:, outputs:), or leave it in the body",
)
SUMMARY_CELL = Text("{where_th} คอลัมน์ \"{column}\" → {path}", "{where_en}, column \"{column}\" → {path}")
NOTHING_WRITTEN = Text(
    "ไม่ได้เขียนไฟล์ใดเพราะเอกสารมีข้อผิดพลาด",
    "no file was written because the document has errors",
)

# Command-line help.
HELP_SOURCE = "ไฟล์ .docx, .xlsx หรือข้อความจาก PDF (.txt/.md) / the .docx, .xlsx or PDF-extracted text file"
HELP_YEAR = "ปีงบประมาณ พ.ศ. (ถ้าไม่ระบุ อ่านจากเอกสาร) / fiscal year B.E. (default: read from the document)"
HELP_CONTENT = "โฟลเดอร์เนื้อหา / content folder (default: content)"
HELP_DRY_RUN = "แสดงไฟล์ที่จะเขียนโดยไม่เขียนจริง / show what would be written, write nothing"
HELP_FORCE = "เขียนทับไฟล์ที่มีอยู่ / overwrite existing files"
HELP_KIND = (
    "ชนิดเอกสาร: plan แผน, report รายงานผล, progress รอบ 6 เดือน / "
    "document kind (default auto: read from the title and columns)"
)
