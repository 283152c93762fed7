"""Messages about files and folders under content/, year folders, dates, links, and publishing
the built site."""

from ita_site.messages import Text

SYMLINK = Text(
    "`{path}` เป็นลิงก์สัญลักษณ์ (symbolic link) ไปยัง `{target}` ซึ่งจะไม่ถูกเผยแพร่"
    " เพราะอาจเปิดเผยไฟล์นอกโฟลเดอร์ content/",
    "`{path}` is a symbolic link to `{target}` and is not published: a link can expose files"
    " from outside content/",
    "ลบลิงก์นี้ แล้วคัดลอกไฟล์ (หรือโฟลเดอร์) ที่ต้องการเผยแพร่มาวางไว้ใน content/ แทน",
    "delete the link and copy the file (or folder) you mean to publish into content/ instead",
)
SPECIAL_FILE = Text(
    "`{path}` ไม่ใช่ไฟล์ธรรมดา ({kind}) จึงอ่านและเผยแพร่ไม่ได้",
    "`{path}` is not a regular file ({kind}) and cannot be read or published",
    "ลบ `{path}` ออกจาก content/ แล้ววางไฟล์ธรรมดาไว้แทน",
    "remove `{path}` from content/ and put a regular file there instead",
)
BAD_NAME = Text(
    "ชื่อ `{path}` ใช้เป็น URL ไม่ได้: {why}",
    "the name `{path}` cannot become a URL: {why_en}",
    "ตั้งชื่อใหม่ด้วยตัวอักษร ตัวเลข - หรือ _ (ไฟล์ที่แตกจาก zip รุ่นเก่ามักมีชื่อเป็นรหัส TIS-620)",
    "rename it with letters, digits, - or _ (files unpacked from old zip archives often have"
    " TIS-620 names)",
)
WHY_NOT_UTF8 = ("ชื่อไม่ได้เข้ารหัสแบบ UTF-8", "it is not UTF-8")
WHY_CONTROL = ("มีอักขระควบคุม เช่น การขึ้นบรรทัดใหม่หรือแท็บ", "it holds a control character such as"
               " a line break or a tab")
FOLDER_NAMED_LIKE_PAGE = Text(
    "`{path}` เป็นโฟลเดอร์ ไม่ใช่ไฟล์ Markdown: ไฟล์ในโฟลเดอร์นี้จะเป็นหน้าภายใต้ /{path}/",
    "`{path}` is a folder, not a Markdown file: the files in it become pages under /{path}/",
    "ถ้าตั้งใจให้เป็นหน้าเดียว ให้ใช้ไฟล์ `{path}` แทนโฟลเดอร์;"
    " ถ้าเป็นโฟลเดอร์ ให้ตั้งชื่อไม่ลงท้ายด้วย .md",
    "if it should be one page, make `{path}` a file; if it is a folder, give it a name not ending"
    " in .md",
)
TOO_DEEP = Text(
    "โฟลเดอร์ `{path}` ซ้อนกันลึกเกิน {limit} ชั้น",
    "folder `{path}` is nested deeper than {limit} levels",
    "ย้ายไฟล์ขึ้นมาไว้ในโฟลเดอร์ที่ตื้นกว่านี้",
    "move its files into a shallower folder",
)
UNREADABLE_FOLDER = Text(
    "อ่านโฟลเดอร์ `{path}` ไม่ได้: {reason}",
    "cannot read folder `{path}`: {reason}",
    "ตรวจสิทธิ์การอ่านของโฟลเดอร์นี้ หรือย้ายออกจาก content/",
    "check the folder's read permission or move it out of content/",
)

YEAR_FOLDER_DIGITS = Text(
    "โฟลเดอร์ปี `{name}/` ต้องตั้งชื่อเป็นปี พ.ศ. ด้วยเลขอารบิกเท่านั้น"
    " มิฉะนั้นลิงก์ไปยังหน้าของปีนี้จะเสีย",
    "year folder `{name}/` must be named as the B.E. year in Arabic digits only, or the links"
    " to its pages break",
    "เปลี่ยนชื่อโฟลเดอร์ `{name}/` เป็น `{arabic}/`",
    "rename the folder `{name}/` to `{arabic}/`",
)
YEAR_FOLDER_DUPLICATE = Text(
    "โฟลเดอร์ `{name}/` และ `{other}/` เป็นปี {year} เดียวกัน",
    "folders `{name}/` and `{other}/` are the same year {year}",
    "ย้ายไฟล์ทั้งหมดไปไว้ใน `{other}/` แล้วลบ `{name}/`",
    "move every file into `{other}/` and delete `{name}/`",
)
YEAR_FOLDER_RANGE = Text(
    "โฟลเดอร์ `{name}/` {why} แต่ชื่อโฟลเดอร์ไม่ใช่ปี พ.ศ. {low}–{high}",
    "folder `{name}/` {why_en}, but its name is not a Buddhist-Era year from {low} to {high}",
    "เปลี่ยนชื่อโฟลเดอร์เป็นปี พ.ศ. ด้วยเลขอารบิก เช่น 2568"
    " หรือถ้าไม่ใช่โฟลเดอร์ปี ให้ตั้งชื่อที่มีตัวอักษร เช่น news",
    "rename the folder to the Buddhist-Era year in Arabic digits, e.g. 2568, or, if it is not a"
    " year, give it a name with letters, e.g. news",
)
WHY_DIGITS = ("มีชื่อเป็นตัวเลข", "is named with digits only")
WHY_MEASURES = ("มีโฟลเดอร์ measures/", "holds a measures/ folder")
WHY_YEAR_YML = ("มีไฟล์ year.yml", "holds a year.yml file")

LINK_NOT_PUBLISHED = Text(
    "หลักฐานของ {code} ชี้ไปที่ `{url}` ซึ่งเป็นไฟล์ที่ไม่ถูกเผยแพร่"
    " (ไฟล์ข้อมูล ไฟล์ซ่อน หรือลิงก์สัญลักษณ์)",
    "evidence for {code} points to `{url}`, a file the build does not publish (a data file,"
    " a hidden file or a symbolic link)",
    "ชี้ไปที่หน้าหรือไฟล์เอกสารที่เผยแพร่ เช่น /about/structure/ หรือ /files/org.pdf",
    "point to a published page or document, e.g. /about/structure/ or /files/org.pdf",
)
URL_WHITESPACE = Text(
    "`{field}` มีช่องว่าง การขึ้นบรรทัดใหม่ หรืออักขระควบคุมอยู่ใน URL: `{got}`",
    "`{field}` has a space, a line break or a control character in its URL: `{got}`",
    "ลบช่องว่างออก หรือเขียนช่องว่างเป็น %20",
    "remove the spaces or write each as %20",
)
LOGO_NOT_PUBLISHED = Text(
    "`logo` ต้องเป็นไฟล์ภาพที่อยู่ในโฟลเดอร์ content/ (ไม่ใช่ไฟล์ซ่อนหรือลิงก์สัญลักษณ์)"
    " แต่พบ `{got}`",
    "`logo` must be an image file inside content/ (not hidden, not a symbolic link), found `{got}`",
    "วางไฟล์โลโก้ไว้ใน content/ เช่น content/files/logo.png แล้วเขียน logo: files/logo.png",
    "put the logo under content/, e.g. content/files/logo.png, and write logo: files/logo.png",
)

STAGING = Text(
    "สร้างเว็บไซต์ในโฟลเดอร์ชั่วคราว {staging} ก่อน"
    " แล้วจึงแทนที่ `{site_dir}` ทั้งโฟลเดอร์เมื่อสร้างสำเร็จ",
    "building into the temporary folder {staging}; `{site_dir}` is replaced whole only when the"
    " build succeeds",
)
STAGING_FAILED = Text(
    "สร้างโฟลเดอร์ชั่วคราวสำหรับสร้างเว็บไซต์ข้าง `{site_dir}` ไม่ได้: {reason}",
    "cannot create the temporary build folder next to `{site_dir}`: {reason}",
    "ให้สิทธิ์เขียนในโฟลเดอร์ที่มี `{site_dir}` อยู่"
    " หรือตั้ง site_dir ให้อยู่ในโฟลเดอร์ที่เขียนได้",
    "make the folder that holds `{site_dir}` writable, or set site_dir to a writable folder",
)
SWAP_FAILED = Text(
    "แทนที่ `{site_dir}` ด้วยเว็บไซต์ที่สร้างใหม่ไม่ได้: {reason}; เว็บไซต์เดิมยังอยู่ครบ",
    "cannot replace `{site_dir}` with the new build: {reason}; the previous site is unchanged",
    "ปิดโปรแกรมที่เปิดไฟล์ใน `{site_dir}` อยู่ แล้วสร้างใหม่อีกครั้ง",
    "close any program that holds files in `{site_dir}` open, then build again",
)
KEPT_PREVIOUS_SITE = Text(
    "การสร้างเว็บไซต์ไม่สำเร็จ: `{site_dir}` ยังเป็นเว็บไซต์เดิม ไม่มีการเปลี่ยนแปลง",
    "the build failed: `{site_dir}` still holds the previous site, unchanged",
)
