"""Messages about the content folder: agency.yml, year.yml and Markdown front matter."""

from ita_site.messages import Text

NOT_A_MAPPING = Text(
    "ไฟล์ต้องเป็นรายการ ชื่อ: ค่า",
    "the file must be a mapping of name: value",
    "เขียนแต่ละบรรทัดเป็น ชื่อ: ค่า เช่น title: ชื่อมาตรการ",
    "write each line as name: value, e.g. title: measure name",
)
MISSING_FILE = Text(
    "ไม่พบไฟล์ {name}",
    "{name} not found",
    "สร้างไฟล์ {name} (ดูตัวอย่างใน README)",
    "create {name} (see the example in the README)",
)
REQUIRED = Text(
    "ไม่มีฟิลด์ `{field}` ซึ่งจำเป็นต้องมี",
    "required field `{field}` is missing",
    "เพิ่มบรรทัด {field}: ... ในส่วนหัวของไฟล์",
    "add a line `{field}: ...` to the front matter",
)
EMPTY_TEXT = Text(
    "ฟิลด์ `{field}` ว่างอยู่",
    "field `{field}` is empty",
    "ใส่ข้อความ หรือลบฟิลด์นี้ออก",
    "write a value or remove the field",
)
WANT_TEXT = Text(
    "ฟิลด์ `{field}` ต้องเป็นข้อความ แต่พบ {got}",
    "field `{field}` must be text, found {got}",
    "เขียนเป็นข้อความบรรทัดเดียว เช่น {field}: ...",
    "write it as one line of text, e.g. `{field}: ...`",
)
WANT_LIST = Text(
    "ฟิลด์ `{field}` ต้องเป็นรายการ (list) แต่พบ {got}",
    "field `{field}` must be a list, found {got}",
    "เขียนเป็นรายการ เช่น {field}: [ ... ] หรือขึ้นบรรทัดใหม่แต่ละข้อด้วย - ",
    "write a list, e.g. `{field}: [ ... ]` or one `- item` per line",
)
WANT_LIST_OF_TEXT = Text(
    "รายการใน `{field}` ข้อที่ {index} ต้องเป็นข้อความ แต่พบ {got}",
    "item {index} of `{field}` must be text, found {got}",
    "เขียนแต่ละข้อเป็นข้อความ (ใส่เครื่องหมายคำพูดถ้ามี : อยู่ในข้อความ)",
    "write each item as text (quote it if it contains a colon)",
)
WANT_INT_RANGE = Text(
    "ฟิลด์ `{field}` ต้องเป็นตัวเลข {low}–{high} แต่พบ {got}",
    "field `{field}` must be a number from {low} to {high}, found {got}",
    "ใช้ตัวเลขอารบิกหรือเลขไทยระหว่าง {low} ถึง {high}",
    "use a number from {low} to {high} (Thai or Arabic digits)",
)
WANT_INT = Text(
    "ฟิลด์ `{field}` ต้องเป็นจำนวนเต็ม แต่พบ {got}",
    "field `{field}` must be a whole number, found {got}",
    "ใช้ตัวเลข เช่น 1, 2, 3 (หรือเลขไทย ๑, ๒, ๓)",
    "use a whole number such as 1, 2, 3 (Thai digits are fine)",
)
UNKNOWN_STATUS = Text(
    "สถานะ `{got}` ไม่รู้จัก",
    "unknown status `{got}`",
    "ใช้ planned (ตามแผน), in-progress (กำลังดำเนินการ) หรือ done (ดำเนินการแล้ว)",
    "use planned, in-progress or done",
)
BAD_DATE = Text(
    "`{field}` ไม่ใช่วันที่ที่อ่านได้: {got}",
    "`{field}` is not a date: {got}",
    "เขียนวันที่ เช่น 2567-10-01 หรือ 1 ต.ค. 2567 (ปี พ.ศ. 2400–2800 หรือ ค.ศ. 1857–2257)",
    "write a date such as 2567-10-01 or 1 ต.ค. 2567 (B.E. year 2400–2800 or C.E. 1857–2257)",
)
PERIOD_ORDER = Text(
    "วันเริ่ม {start} อยู่หลังวันสิ้นสุด {end}",
    "start {start} is after end {end}",
    "สลับวันที่ หรือแก้ปีให้ถูกต้อง",
    "swap the dates or correct the year",
)
PERIOD_SHAPE = Text(
    "`period` ต้องเป็นข้อความ หรือ {{label, start, end}}",
    "`period` must be text or a mapping {{label, start, end}}",
    "เช่น period: ต.ค. 2567 – ก.ย. 2568 หรือ period: {{start: 2567-10-01, end: 2568-09-30}}",
    "e.g. `period: ต.ค. 2567 – ก.ย. 2568` or `period: {{start: 2567-10-01, end: 2568-09-30}}`",
)
UNKNOWN_FIELD = Text(
    "ไม่รู้จักฟิลด์ `{field}` จึงไม่ถูกนำไปแสดง{hint_th}",
    "unknown field `{field}` is ignored{hint_en}",
    "แก้ชื่อฟิลด์ หรือลบออก (ฟิลด์ที่ใช้ได้: {valid})",
    "correct or remove it (valid fields: {valid})",
)
BAD_CODE = Text(
    "`{got}` ใน `{field}` ไม่ใช่รหัสข้อ ITA (เช่น O1, i10, e7)",
    "`{got}` in `{field}` is not an ITA code (such as O1, i10, e7)",
    "เขียนรหัสข้อตามแบบ ITAS เช่น O27, i13, e5",
    "write codes as ITAS does, e.g. O27, i13, e5",
)
YEAR_FOLDER = Text(
    "โฟลเดอร์ `{name}` ดูเหมือนปี แต่ไม่ใช่ปี พ.ศ. (2500–2700)",
    "folder `{name}` looks like a year but is not a B.E. year (2500–2700)",
    "ตั้งชื่อโฟลเดอร์ปีเป็นปี พ.ศ. เช่น 2568",
    "name year folders by the Buddhist-Era year, e.g. 2568",
)
YEAR_MISMATCH = Text(
    "`{field}` เป็น {got} แต่ไฟล์อยู่ในโฟลเดอร์ปี {year}",
    "`{field}` is {got} but the file is in the {year} folder",
    "แก้ตัวเลข หรือย้ายไฟล์ไปโฟลเดอร์ที่ถูกต้อง",
    "correct the number or move the file to the right folder",
)
DUPLICATE_ORDER = Text(
    "ลำดับ `order: {order}` ซ้ำกับ {other}",
    "`order: {order}` is also used by {other}",
    "ให้แต่ละมาตรการมีลำดับไม่ซ้ำกัน",
    "give each measure its own order number",
)
RESERVED_NAME = Text(
    "ชื่อไฟล์ `{name}` สงวนไว้สำหรับหน้าที่ระบบสร้างเอง ({url})",
    "file name `{name}` is reserved for a generated page ({url})",
    "เปลี่ยนชื่อไฟล์ เช่น {suggestion}",
    "rename the file, e.g. to {suggestion}",
)
BAD_SLUG = Text(
    "ชื่อไฟล์ `{name}` มีอักขระที่ใช้ใน URL ไม่ได้ ({chars})",
    "file name `{name}` has characters that cannot be used in a URL ({chars})",
    "ใช้ตัวอักษร ตัวเลข และ - เท่านั้น เช่น {suggestion}.md",
    "use letters, digits and - only, e.g. {suggestion}.md",
)
OIT_YEAR_KEY = Text(
    "หน้านอกโฟลเดอร์ปีต้องระบุปีของข้อ OIT เช่น oit: {{2568: [O1]}} แต่พบ {got}",
    "a page outside a year folder must give the year of its OIT items, e.g. oit: {{2568: [O1]}}; found {got}",
    "เขียน oit เป็น ปี: [รหัสข้อ] หรือย้ายหน้าไปไว้ในโฟลเดอร์ปี",
    "write oit as year: [codes], or move the page into a year folder",
)
EMAIL = Text(
    "`{field}` ไม่ใช่อีเมลที่ถูกต้อง: {got}",
    "`{field}` is not a valid e-mail address: {got}",
    "เขียนเป็น name@example.go.th",
    "write it as name@example.go.th",
)
URL = Text(
    "`{field}` ต้องเป็น URL ที่ขึ้นต้นด้วย https:// หรือ http:// แต่พบ {got}",
    "`{field}` must be a URL starting with https:// or http://, found {got}",
    "เขียน URL เต็ม เช่น https://www.example.go.th/",
    "write the full URL, e.g. https://www.example.go.th/",
)
FILE_MISSING = Text(
    "ไม่พบไฟล์ `{got}` ที่อ้างถึงใน `{field}`",
    "file `{got}` named in `{field}` does not exist",
    "วางไฟล์ไว้ในโฟลเดอร์ content/ หรือแก้ชื่อไฟล์ให้ตรง",
    "put the file under content/ or correct its name",
)
NO_MEASURES = Text(
    "ยังไม่มีมาตรการในปี {year}",
    "no measures yet for {year}",
    "เพิ่มไฟล์มาตรการใน content/{year}/measures/ หรือใช้ ita-site import",
    "add measure files under content/{year}/measures/ or use ita-site import",
)
EVIDENCE_LINK = Text(
    "หลักฐานของ {code} ต้องมี url",
    "evidence for {code} needs a url",
    "เขียนเป็น - {{title: ชื่อเอกสาร, url: files/doc.pdf}}",
    "write it as `- {{title: document name, url: files/doc.pdf}}`",
)
