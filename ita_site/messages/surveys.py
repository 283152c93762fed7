"""Wording of the IIT/EIT survey feature: problems with survey links, and the page texts.

Page texts are Thai only (the pages are `lang="th"`); their `en` is there for reviewers.
"""

from ita_site.messages import Text

# --- Problems in year.yml (`survey_code`, `surveys`) and mkdocs.yml (`survey_hosts`) -----------

_FIX_COPY = (
    "คัดลอกลิงก์แบบวัดจากระบบ ITAS ของสำนักงาน ป.ป.ช. มาวางใหม่ทั้งบรรทัด "
    "หรือใช้ survey_code: รหัส แทน",
    "copy the survey link again from NACC's ITAS system, or use `survey_code: <code>` instead",
)

URL_NOT_TEXT = Text(
    "ลิงก์แบบวัด {kind} ต้องเป็นข้อความ แต่พบ {got}",
    "the {kind} survey link must be text, found {got}",
    "เขียนเป็นบรรทัดเดียวในเครื่องหมายคำพูด เช่น {kind_lower}: \"https://itas.nacc.go.th/go/{kind_lower}/รหัส\"",
    "write it on one line in quotes, e.g. {kind_lower}: \"https://itas.nacc.go.th/go/{kind_lower}/<code>\"",
)
URL_TOO_LONG = Text(
    "ลิงก์แบบวัด {kind} ยาว {length} ตัวอักษร เกิน {limit} ตัวอักษร คิวอาร์โค้ดจะแน่นจนสแกนยาก",
    "the {kind} survey link is {length} characters long, over {limit}: its QR code would be too dense to scan",
    *_FIX_COPY,
)
URL_SPACE_OR_CONTROL = Text(
    "ลิงก์แบบวัด {kind} มีช่องว่างหรืออักขระควบคุม ({char}) ที่ตำแหน่ง {position}: {shown}",
    "the {kind} survey link holds a space or control character ({char}) at position {position}: {shown}",
    "ลบช่องว่าง การขึ้นบรรทัดใหม่ และแท็บออกจากลิงก์ " + _FIX_COPY[0],
    "remove spaces, line breaks and tabs from the link; or " + _FIX_COPY[1],
)
URL_NOT_ASCII = Text(
    "ลิงก์แบบวัด {kind} มีอักขระที่ไม่ใช่อักษรละติน/ตัวเลขธรรมดา ({char}) ที่ตำแหน่ง {position}: {shown} "
    "ลิงก์ที่มีอักษรหน้าตาคล้ายกันอาจพาผู้ตอบไปเว็บไซต์ปลอม",
    "the {kind} survey link holds a non-ASCII character ({char}) at position {position}: {shown}; "
    "look-alike letters can send people to a fake site",
    *_FIX_COPY,
)
URL_BACKSLASH = Text(
    "ลิงก์แบบวัด {kind} มีเครื่องหมาย \\ ซึ่งเว็บเบราว์เซอร์แต่ละตัวอ่านต่างกัน: {shown}",
    "the {kind} survey link holds a backslash, which browsers read differently: {shown}",
    "ใช้เครื่องหมาย / แทน \\ หรือ" + _FIX_COPY[0],
    "use / instead of \\; or " + _FIX_COPY[1],
)
URL_NOT_HTTPS = Text(
    "ลิงก์แบบวัด {kind} ต้องขึ้นต้นด้วย https:// (การเชื่อมต่อที่เข้ารหัส) แต่พบ {shown}",
    "the {kind} survey link must start with https:// (an encrypted connection), found {shown}",
    "เปลี่ยน http:// เป็น https:// หรือ" + _FIX_COPY[0],
    "change http:// to https://; or " + _FIX_COPY[1],
)
URL_BAD_SCHEME = Text(
    "ลิงก์แบบวัด {kind} ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย https:// แต่พบ {shown}",
    "the {kind} survey link must be a web address starting with https://, found {shown}",
    *_FIX_COPY,
)
URL_USERINFO = Text(
    "ลิงก์แบบวัด {kind} มีเครื่องหมาย @ ในส่วนชื่อเว็บไซต์: {shown} "
    "ลิงก์แบบนี้พาผู้ตอบไปยังเว็บไซต์ที่อยู่หลัง @ ไม่ใช่เว็บไซต์ที่เห็นข้างหน้า",
    "the {kind} survey link has an @ in its host part: {shown}; such a link leads to the site "
    "after the @, not the one shown before it",
    *_FIX_COPY,
)
URL_PORT = Text(
    "ลิงก์แบบวัด {kind} ระบุพอร์ต (:ตัวเลข หลังชื่อเว็บไซต์): {shown}",
    "the {kind} survey link names a port (:number after the host): {shown}",
    "ลบ :ตัวเลข หลังชื่อเว็บไซต์ออก หรือ" + _FIX_COPY[0],
    "remove the :number after the host; or " + _FIX_COPY[1],
)
URL_BAD_HOST = Text(
    "ชื่อเว็บไซต์ในลิงก์แบบวัด {kind} ไม่ถูกต้อง: {host}",
    "the host in the {kind} survey link is not a valid host name: {host}",
    *_FIX_COPY,
)
URL_HOST_NOT_ALLOWED = Text(
    "ลิงก์แบบวัด {kind} ชี้ไปที่เว็บไซต์ {host} ซึ่งไม่อยู่ในรายชื่อเว็บไซต์แบบวัดที่อนุญาต ({allowed}) "
    "คิวอาร์โค้ดที่ผิดจะพาผู้ตอบไปเว็บไซต์ผิดหรือเว็บไซต์ปลอม",
    "the {kind} survey link points to {host}, which is not an allowed survey host ({allowed}); "
    "a wrong QR code sends people to a wrong or hostile site",
    "ใช้ลิงก์จากระบบ ITAS (https://itas.nacc.go.th/...) หากหน่วยงานได้รับลิงก์จากเว็บไซต์อื่นจริง "
    "ให้ผู้ดูแลเว็บเพิ่มชื่อเว็บไซต์นั้นใน survey_hosts ของปลั๊กอิน ita ใน mkdocs.yml",
    "use the link from ITAS (https://itas.nacc.go.th/...); if the survey truly lives on another "
    "host, add that host to the ita plugin's survey_hosts in mkdocs.yml",
)
URL_NO_PATH = Text(
    "ลิงก์แบบวัด {kind} มีแต่ชื่อเว็บไซต์ ไม่ได้ชี้ไปที่แบบวัด: {shown}",
    "the {kind} survey link names only a host, not a survey: {shown}",
    *_FIX_COPY,
)
URL_BAD_CHAR = Text(
    "ลิงก์แบบวัด {kind} มีอักขระ {char} ที่ใช้ในที่อยู่เว็บไม่ได้ (ตำแหน่ง {position}): {shown}",
    "the {kind} survey link holds {char}, which a web address cannot hold (position {position}): {shown}",
    *_FIX_COPY,
)
URL_BAD_PERCENT = Text(
    "ลิงก์แบบวัด {kind} มีเครื่องหมาย % ที่ไม่ตามด้วยเลขฐานสิบหกสองหลัก (ตำแหน่ง {position}): {shown}",
    "the {kind} survey link has a % not followed by two hex digits (position {position}): {shown}",
    *_FIX_COPY,
)
URL_ODD_PATH = Text(
    "ลิงก์แบบวัด {kind} มีส่วน // . หรือ .. ในเส้นทาง ซึ่งลิงก์แบบวัดจริงไม่มี: {shown}",
    "the {kind} survey link has //, . or .. in its path, which real survey links never have: {shown}",
    *_FIX_COPY,
)
URL_EMBEDDED = Text(
    "ลิงก์แบบวัด {kind} มีที่อยู่เว็บอื่นซ่อนอยู่ข้างใน ซึ่งอาจพาผู้ตอบต่อไปยังเว็บไซต์อื่น: {shown}",
    "the {kind} survey link carries another web address inside it, which can forward people "
    "to another site: {shown}",
    *_FIX_COPY,
)
URL_WRONG_KIND = Text(
    "ลิงก์ใน surveys.{kind_lower} เป็นลิงก์แบบวัด {other} ({shown}) ลิงก์ทั้งสองอาจสลับกัน",
    "the link under surveys.{kind_lower} is the {other} survey's link ({shown}); the two may be swapped",
    "ใส่ลิงก์ /go/iit/ ที่ iit: และลิงก์ /go/eit/ ที่ eit:",
    "put the /go/iit/ link under iit: and the /go/eit/ link under eit:",
)
URL_SAME_FOR_BOTH = Text(
    "ลิงก์แบบวัด IIT และ EIT เป็นลิงก์เดียวกัน ({shown}) อย่างน้อยหนึ่งลิงก์ผิด",
    "the IIT and EIT survey links are the same ({shown}); at least one of them is wrong",
    "คัดลอกลิงก์ของแต่ละแบบวัดจากระบบ ITAS แยกกัน",
    "copy each survey's own link from ITAS",
)
CODE_NOT_TEXT = Text(
    "survey_code ต้องเป็นข้อความ แต่พบ {got}",
    "survey_code must be text, found {got}",
    "เขียนรหัสในเครื่องหมายคำพูด เช่น survey_code: \"x0demo\" (ตัวเลขที่ไม่อยู่ในเครื่องหมายคำพูด "
    "อาจถูกอ่านผิด เช่น 0123 กลายเป็น 83)",
    "write the code in quotes, e.g. survey_code: \"x0demo\" (unquoted digits can be misread: "
    "0123 becomes 83)",
)
CODE_BAD = Text(
    "survey_code {shown} ไม่ใช่รหัสแบบวัดที่ถูกต้อง: รหัสต้องมี 1–32 ตัว ประกอบด้วย a–z A–Z 0–9 - _ เท่านั้น",
    "survey_code {shown} is not a valid survey code: 1–32 characters of a–z A–Z 0–9 - _ only",
    "ใส่เฉพาะรหัสท้ายลิงก์ เช่น ลิงก์ https://itas.nacc.go.th/go/iit/x0demo มีรหัส x0demo "
    "(ใช้เลขอารบิก ไม่ใช้เลขไทย) หรือใส่ลิงก์เต็มใน surveys: {{iit: ..., eit: ...}}",
    "give only the code at the end of the link: https://itas.nacc.go.th/go/iit/x0demo has the code "
    "x0demo (Arabic digits, not Thai); or give full links in surveys: {{iit: ..., eit: ...}}",
)
SURVEYS_NOT_MAPPING = Text(
    "surveys ต้องเป็นรายการ iit: ลิงก์ และ eit: ลิงก์ แต่พบ {got}",
    "surveys must be a mapping of iit: URL and eit: URL, found {got}",
    "เขียนเป็น\nsurveys:\n  iit: \"https://itas.nacc.go.th/go/iit/รหัส\"\n  eit: \"https://itas.nacc.go.th/go/eit/รหัส\"",
    "write it as\nsurveys:\n  iit: \"https://itas.nacc.go.th/go/iit/<code>\"\n  eit: \"https://itas.nacc.go.th/go/eit/<code>\"",
)
SURVEYS_UNKNOWN_KEY = Text(
    "surveys มีชื่อ {key} ที่ไม่รู้จัก",
    "surveys has an unknown key {key}",
    "ใช้ได้เฉพาะ iit และ eit",
    "use only iit and eit",
)
CODE_AND_SURVEYS = Text(
    "year.yml มีทั้ง survey_code และ surveys จึงไม่รู้ว่าควรใช้ลิงก์ใด",
    "year.yml has both survey_code and surveys, so it is unclear which links to use",
    "เก็บไว้อย่างใดอย่างหนึ่ง: survey_code (ลิงก์ตามรูปแบบของ ITAS) หรือ surveys (ลิงก์เต็ม)",
    "keep one: survey_code (links in ITAS's usual shape) or surveys (full links)",
)
HOST_ENTRY_BAD = Text(
    "survey_hosts มีค่า {shown} ซึ่งไม่ใช่ชื่อเว็บไซต์",
    "survey_hosts holds {shown}, which is not a host name",
    "เขียนเฉพาะชื่อเว็บไซต์ตัวพิมพ์เล็ก ไม่มี https:// ไม่มี / และไม่มี * เช่น survey.example.go.th",
    "write only the lower-case host name, without https://, / or *, e.g. survey.example.go.th",
)

# --- Page texts ------------------------------------------------------------------------------

IIT_LABEL = Text(
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "Internal Integrity and Transparency Assessment survey (IIT)",
)
EIT_LABEL = Text(
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "External Integrity and Transparency Assessment survey (EIT)",
)
IIT_AUDIENCE = Text(
    "สำหรับบุคลากรของหน่วยงาน: ผู้บริหาร ข้าราชการ พนักงาน และลูกจ้าง",
    "for the agency's own staff: executives, officials, employees",
)
EIT_AUDIENCE = Text(
    "สำหรับประชาชน ผู้รับบริการ และผู้มาติดต่อหน่วยงาน",
    "for citizens, service users and anyone who dealt with the agency",
)
IIT_INVITE = Text("ขอเชิญบุคลากรของหน่วยงานร่วมตอบ", "staff are invited to answer")
EIT_INVITE = Text("ขอเชิญประชาชนและผู้รับบริการร่วมตอบ", "citizens and service users are invited to answer")
ASSESSMENT = Text(
    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
    "ประจำปีงบประมาณ พ.ศ. {year}",
    "Integrity and Transparency Assessment (ITA) of fiscal year {year} B.E.",
)
PAGE_TITLE = Text("แบบวัด IIT และ EIT ประจำปี พ.ศ. {year}", "IIT and EIT surveys of {year} B.E.")
PAGE_INTRO = Text(
    "{agency} ขอเชิญบุคลากรและผู้รับบริการร่วมตอบแบบวัดของสำนักงาน ป.ป.ช. "
    "ใน{assessment} คำตอบของท่านช่วยให้หน่วยงานปรับปรุงการทำงานให้โปร่งใสยิ่งขึ้น",
    "{agency} invites its staff and service users to answer NACC's surveys of the {assessment}",
)
QR_LABEL = Text("คิวอาร์โค้ด{label}: {url}", "QR code of the {label}: {url}")
LINK_LABEL = Text("ลิงก์แบบวัด:", "survey link:")
OPEN_BUTTON = Text("เปิดแบบวัด {short}", "open the {short} survey")
DOWNLOADS = Text("ดาวน์โหลดคิวอาร์โค้ด:", "download the QR code:")
DOWNLOAD_SVG = Text("SVG (สำหรับงานพิมพ์)", "SVG (for print)")
DOWNLOAD_PNG = Text("PNG (รูปภาพ)", "PNG (image)")
POSTER_LINK = Text("โปสเตอร์ A4 สำหรับพิมพ์", "printable A4 poster")
HOWTO_TITLE = Text("วิธีตอบแบบวัด", "how to answer")
HOWTO_STEPS = (
    Text("เปิดกล้องของโทรศัพท์มือถือหรือแอปพลิเคชัน LINE แล้วสแกนคิวอาร์โค้ดของแบบวัดที่ตรงกับท่าน",
         "scan the right survey's QR code with the phone camera or LINE"),
    Text("หรือกดปุ่ม “เปิดแบบวัด” หรือคัดลอกลิงก์ไปเปิดในเว็บเบราว์เซอร์",
         "or press the open button, or copy the link into a browser"),
    Text("ก่อนตอบ ตรวจสอบว่าที่อยู่เว็บไซต์ขึ้นต้นด้วย {origins}",
         "before answering, check that the address starts with {origins}"),
    Text("ตอบคำถามให้ครบทุกข้อ แล้วกดส่งแบบวัด", "answer every question, then submit"),
)
NOT_PUBLISHED_ALL = Text(
    "หน่วยงานยังไม่ได้เผยแพร่ลิงก์แบบวัด IIT และ EIT ของปี พ.ศ. {year} โปรดกลับมาตรวจสอบอีกครั้ง",
    "the IIT and EIT survey links of {year} B.E. are not yet published; please check again later",
)
NOT_PUBLISHED_ONE = Text(
    "ยังไม่ได้เผยแพร่ลิงก์แบบวัดนี้ของปี พ.ศ. {year}",
    "this survey's link of {year} B.E. is not yet published",
)
COMPACT_TITLE = Text("ร่วมตอบแบบวัด ITA ประจำปี พ.ศ. {year}", "answer the ITA surveys of {year} B.E.")
COMPACT_MORE = Text("วิธีตอบ ลิงก์ และโปสเตอร์สำหรับพิมพ์", "how to answer, links and printable posters")
POSTER_TITLE = Text("โปสเตอร์แบบวัด {short} ประจำปี พ.ศ. {year}", "{short} survey poster, {year} B.E.")
POSTER_SCAN = Text("สแกนคิวอาร์โค้ดเพื่อตอบแบบวัด", "scan the QR code to answer")
POSTER_PRINT = Text("พิมพ์โปสเตอร์ (A4)", "print the poster (A4)")
POSTER_PRINT_HINT = Text(
    "เลือกกระดาษ A4 แนวตั้ง และปิดการพิมพ์หัวกระดาษ/ท้ายกระดาษของเบราว์เซอร์",
    "choose A4 portrait and switch off the browser's headers and footers",
)
