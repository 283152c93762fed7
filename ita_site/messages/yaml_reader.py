"""Messages of the one YAML reader (ita_site.base.yamlfile), for every file it reads.

PyYAML explains a syntax error in English only; `explain_parser_error` puts the common
explanations in Thai beside it, with the fix.
"""

from __future__ import annotations

from ita_site.messages import Text

NOT_UTF8 = Text(
    "ไฟล์ไม่ได้บันทึกแบบ UTF-8 (ไบต์ที่อ่านไม่ได้อยู่ตำแหน่งที่ {column} ของบรรทัด)",
    "the file is not UTF-8 (unreadable byte at position {column} of the line)",
    "เปิดไฟล์ในโปรแกรมแก้ไขข้อความแล้วบันทึกใหม่เป็น UTF-8",
    "open the file in a text editor and save it again as UTF-8",
)
UTF16 = Text(
    "ไฟล์บันทึกเป็น UTF-16 (Unicode ของ Windows) ไม่ใช่ UTF-8",
    "the file is saved as UTF-16 (Windows \"Unicode\"), not UTF-8",
    "เปิดไฟล์แล้วเลือกบันทึกเป็น (Save As) การเข้ารหัส UTF-8",
    "open the file and use Save As with the encoding UTF-8",
)
BAD_CHARACTER = Text(
    "มีอักขระควบคุมหรืออักขระที่ใช้ไม่ได้ {char} (ตำแหน่งที่ {column} ของบรรทัด)",
    "the file holds a control or invalid character {char} (position {column} of the line)",
    "ลบอักขระนี้ออก (มักติดมากับการคัดลอกจากโปรแกรมอื่น) แล้วพิมพ์ข้อความใหม่",
    "delete this character (it often comes with text copied from another program) and retype the text",
)
BAD_ESCAPE_CHARACTER = Text(
    "ค่าที่เขียนแบบมีเครื่องหมาย \\ ได้อักขระควบคุมหรืออักขระที่ใช้ไม่ได้ {char}",
    "a value written with a \\ escape gives a control or invalid character {char}",
    "ลบรหัส \\ นั้นออกจากข้อความ",
    "remove that \\ escape from the text",
)
TAG = Text(
    "ไม่รับแท็ก YAML `{tag}` (ไฟล์เนื้อหาใช้ได้แค่ข้อความ ตัวเลข true/false รายการ และชุดข้อมูล)",
    "YAML tags such as `{tag}` are not accepted (content files hold only text, numbers, "
    "true/false, lists and mappings)",
    "ลบ `{tag}` ออก ถ้าต้องการให้เป็นข้อความให้ใส่เครื่องหมายคำพูด เช่น \"2568-10-01\"",
    "delete `{tag}`; to keep a value as text, put it in quotes, e.g. \"2568-10-01\"",
)
RECURSIVE_ALIAS = Text(
    "ชื่ออ้างอิง *{name} ถูกใช้ภายในค่าของ &{name} เอง จึงวนไม่รู้จบ",
    "the alias *{name} is used inside the value of &{name} itself, which never ends",
    "เขียนค่าออกมาตรง ๆ แทนการใช้ & และ *",
    "write the value out instead of using & and *",
)
UNDEFINED_ALIAS = Text(
    "ไม่พบ &{name} ที่ *{name} อ้างถึง (ต้องประกาศ &{name} ก่อนใช้)",
    "*{name} refers to no &{name} written before it",
    "ประกาศ &{name} ก่อนบรรทัดนี้ หรือเขียนค่าออกมาตรง ๆ",
    "define &{name} above this line, or write the value out",
)
TOO_DEEP = Text(
    "รายการหรือชุดข้อมูลซ้อนกันลึกเกิน {limit} ชั้น",
    "lists or mappings are nested more than {limit} levels deep",
    "ลดชั้นการซ้อน ข้อมูลของเว็บไซต์ไม่ต้องซ้อนลึกขนาดนี้",
    "flatten the data; no field of the site needs that much nesting",
)
TOO_MANY_ALIASES = Text(
    "การอ้างอิง * ขยายเป็นข้อมูลมากเกิน {limit} รายการ",
    "aliases (*) expand to more than {limit} values",
    "เขียนค่าออกมาตรง ๆ แทนการอ้างอิง * ซ้อนกันหลายชั้น",
    "write the values out instead of nesting aliases (*)",
)
NUMBER_TOO_LONG = Text(
    "ตัวเลขยาว {digits} หลัก เกินกว่าที่ใช้ได้ ({limit} หลัก)",
    "a number of {digits} digits is longer than any field accepts ({limit})",
    "แก้ตัวเลขให้ถูกต้อง ถ้าเป็นข้อความให้ใส่เครื่องหมายคำพูด \"...\"",
    "correct the number; if it is text, put it in quotes \"...\"",
)
COMPLEX_KEY = Text(
    "ชื่อฟิลด์ต้องเป็นข้อความหรือตัวเลข แต่พบ {got}",
    "a field name must be text or a number, found {got}",
    "เขียนเป็น ชื่อ: ค่า หนึ่งบรรทัดต่อหนึ่งฟิลด์",
    "write one `name: value` per line",
)
DUPLICATE_KEY = Text(
    "ชื่อ `{key}` เขียนซ้ำในชุดข้อมูลเดียวกัน (ครั้งแรกอยู่บรรทัด {first})",
    "`{key}` appears twice in the same mapping (first on line {first})",
    "เก็บไว้บรรทัดเดียว แล้วลบอีกบรรทัด",
    "keep one of the two lines and delete the other",
)
SECOND_DOCUMENT = Text(
    "มีเอกสาร YAML มากกว่าหนึ่งชุดในไฟล์เดียว (มีบรรทัด --- หรือ ... ซ้ำ)",
    "the file holds more than one YAML document (a second --- or ... line)",
    "ลบบรรทัด --- หรือ ... ที่เกินออก ไฟล์หนึ่งมีข้อมูลได้ชุดเดียว",
    "delete the extra --- or ... line; a file holds one document",
)
SYNTAX = Text(
    "เขียน YAML ไม่ถูกต้อง: {th}",
    "invalid YAML: {en}",
    "{fix_th}",
    "{fix_en}",
)

# Values described in "found ..." parts of messages, the same way in every file.
EMPTY_VALUE = "ค่าว่าง (empty)"
MAPPING_VALUE = "ชุดข้อมูล ชื่อ: ค่า (mapping)"
LIST_VALUE = "รายการ (list)"

_DEFAULT_FIX = (
    "ตรวจเครื่องหมาย : การย่อหน้า และเครื่องหมายคำพูดในบรรทัดนี้และบรรทัดก่อนหน้า",
    "check the `:` signs, the indentation and the quotes on this line and the one before",
)

# PyYAML's problem text (start of it) -> Thai explanation, Thai fix, English fix.
_EXPLAINED: tuple[tuple[str, str, str, str], ...] = (
    ("mapping values are not allowed",
     "มีเครื่องหมาย : ในที่ที่ไม่ควรมี",
     "ถ้าข้อความมี `: ` อยู่ข้างใน ให้ใส่ทั้งข้อความในเครื่องหมายคำพูด \"...\" "
     "หรือตรวจการย่อหน้าของบรรทัดนี้",
     "if the text itself holds `: `, put the whole text in quotes \"...\", "
     "or check this line's indentation"),
    ("could not find expected ':'",
     "ไม่พบเครื่องหมาย : ที่ควรตามหลังชื่อฟิลด์",
     "เขียนเป็น ชื่อ: ค่า (มีเว้นวรรคหลัง :) หรือปิดเครื่องหมายคำพูดที่เปิดไว้",
     "write `name: value` (with a space after `:`), or close an open quote"),
    ("found character '\\t' that cannot start any token",
     "ใช้แท็บ (Tab) ย่อหน้า แต่ YAML ต้องย่อหน้าด้วยเว้นวรรค",
     "แทนแท็บด้วยเว้นวรรค (เช่น 2 ช่อง)",
     "replace the tab with spaces (e.g. 2)"),
    ("found a tab character",
     "ใช้แท็บ (Tab) ย่อหน้า แต่ YAML ต้องย่อหน้าด้วยเว้นวรรค",
     "แทนแท็บด้วยเว้นวรรค (เช่น 2 ช่อง)",
     "replace the tab with spaces (e.g. 2)"),
    ("found character",
     "ค่าขึ้นต้นด้วยเครื่องหมายที่ YAML ใช้เป็นคำสั่ง (เช่น @ หรือ `)",
     "ใส่ทั้งข้อความในเครื่องหมายคำพูด \"...\"",
     "put the whole text in quotes \"...\""),
    ("did not find expected key",
     "การย่อหน้าไม่ตรงกับบรรทัดก่อนหน้า หรือมีข้อความเกินหลังค่าที่อยู่ในเครื่องหมายคำพูด",
     "ย่อหน้าฟิลด์ในระดับเดียวกันให้ตรงกัน และอย่าเขียนต่อหลังเครื่องหมายคำพูดปิด",
     "indent fields of one level alike, and write nothing after a closing quote"),
    ("did not find expected '-' indicator",
     "การย่อหน้าของรายการ (- ...) ไม่ตรงกัน",
     "ย่อหน้าทุกบรรทัดที่ขึ้นต้นด้วย - ในรายการเดียวกันให้ตรงกัน",
     "indent every `-` line of one list alike"),
    ("did not find expected node content",
     "ไม่พบค่าที่ควรมีในตำแหน่งนี้",
     "ตรวจเครื่องหมาย , [ ] { } และ - ในบรรทัดนี้",
     "check the `,` `[ ]` `{ }` and `-` signs on this line"),
    ("did not find expected ',' or ']'",
     "รายการในวงเล็บ [ ] ไม่ได้ปิด หรือขาดเครื่องหมาย ,",
     "ปิดรายการด้วย ] และคั่นแต่ละค่าด้วย , (ข้อความที่มี , ให้ใส่เครื่องหมายคำพูด)",
     "close the list with `]` and separate values with `,` (quote text that holds a `,`)"),
    ("did not find expected ',' or '}'",
     "ชุดข้อมูลในวงเล็บ { } ไม่ได้ปิด หรือขาดเครื่องหมาย ,",
     "ปิดด้วย } และคั่นแต่ละคู่ ชื่อ: ค่า ด้วย ,",
     "close with `}` and separate `name: value` pairs with `,`"),
    ("expected ',' or ']'",
     "รายการในวงเล็บ [ ] ไม่ได้ปิด หรือขาดเครื่องหมาย ,",
     "ปิดรายการด้วย ] และคั่นแต่ละค่าด้วย , (ข้อความที่มี , ให้ใส่เครื่องหมายคำพูด)",
     "close the list with `]` and separate values with `,` (quote text that holds a `,`)"),
    ("expected ',' or '}'",
     "ชุดข้อมูลในวงเล็บ { } ไม่ได้ปิด หรือขาดเครื่องหมาย ,",
     "ปิดด้วย } และคั่นแต่ละคู่ ชื่อ: ค่า ด้วย ,",
     "close with `}` and separate `name: value` pairs with `,`"),
    ("found unexpected end of stream",
     "ไฟล์จบก่อนปิดเครื่องหมายคำพูดหรือวงเล็บ",
     "ปิดเครื่องหมายคำพูด \" ' หรือวงเล็บ ] } ที่เปิดไว้",
     "close the open quote (\" or ') or bracket (] or })"),
    ("found unknown escape character",
     "ในเครื่องหมายคำพูด \"...\" มีเครื่องหมาย \\ ตามด้วยอักษรที่ไม่รู้จัก",
     "เขียน \\\\ แทน \\ หรือใช้เครื่องหมายคำพูดเดี่ยว '...'",
     "write \\\\ for \\, or use single quotes '...'"),
    ("expected <block end>",
     "การย่อหน้าไม่ตรงกับบรรทัดก่อนหน้า",
     "ย่อหน้าฟิลด์ในระดับเดียวกันให้ตรงกัน",
     "indent fields of one level alike"),
    ("exceeded maximum nesting depth",
     "รายการหรือชุดข้อมูลซ้อนกันลึกเกินไป",
     "ลดชั้นการซ้อน ข้อมูลของเว็บไซต์ไม่ต้องซ้อนลึกขนาดนี้",
     "flatten the data; no field of the site needs that much nesting"),
    ("found invalid Unicode character escape code",
     "รหัสอักขระ \\u... หรือ \\U... ในเครื่องหมายคำพูดไม่ใช่อักขระที่ใช้ได้",
     "ลบรหัสนั้นออก แล้วพิมพ์อักขระที่ต้องการลงไปตรง ๆ",
     "delete that escape and type the character itself"),
    ("did not find expected alphabetic or numeric character",
     "ชื่อหลังเครื่องหมาย & หรือ * ไม่ถูกต้อง",
     "ถ้าเป็นข้อความธรรมดา ให้ใส่ในเครื่องหมายคำพูด \"...\"",
     "if it is plain text, put it in quotes \"...\""),
    ("expected alphabetic or numeric character",
     "ชื่อหลังเครื่องหมาย & หรือ * ไม่ถูกต้อง",
     "ถ้าเป็นข้อความธรรมดา ให้ใส่ในเครื่องหมายคำพูด \"...\"",
     "if it is plain text, put it in quotes \"...\""),
    ("found unexpected ':'",
     "มีเครื่องหมาย : ในที่ที่ไม่ควรมี",
     "ใส่ทั้งข้อความในเครื่องหมายคำพูด \"...\"",
     "put the whole text in quotes \"...\""),
    ("while scanning a simple key",
     "ไม่พบเครื่องหมาย : ที่ควรตามหลังชื่อฟิลด์",
     "เขียนเป็น ชื่อ: ค่า (มีเว้นวรรคหลัง :)",
     "write `name: value` (with a space after `:`)"),
    ("expected the node content",
     "ไม่พบค่าที่ควรมีในตำแหน่งนี้",
     "ตรวจเครื่องหมาย , [ ] { } และ - ในบรรทัดนี้",
     "check the `,` `[ ]` `{ }` and `-` signs on this line"),
    ("expected a comment or a line break",
     "มีข้อความเกินหลังค่าในบรรทัดนี้",
     "ใส่ทั้งข้อความในเครื่องหมายคำพูด หรือลบส่วนที่เกิน",
     "put the whole text in quotes, or delete the extra part"),
    ("chr() arg not in range",
     "รหัสอักขระ \\U... ในเครื่องหมายคำพูดเกินช่วงของ Unicode",
     "ลบรหัส \\U... นั้น หรือแก้เป็นรหัสที่มีอยู่จริง",
     "delete that \\U... escape or correct it to a real character"),
    ("expected a single document",
     "มีเอกสาร YAML มากกว่าหนึ่งชุดในไฟล์เดียว",
     "ลบบรรทัด --- ที่เกินออก",
     "delete the extra --- line"),
)

def explain_parser_error(problem: str) -> Text:
    """A PyYAML problem text, explained in Thai when it is one of the common ones."""
    english = " ".join(problem.split())
    for start, th, fix_th, fix_en in _EXPLAINED:
        if english.startswith(start):
            return SYNTAX.format(th=th, en=english, fix_th=fix_th, fix_en=fix_en)
    return SYNTAX.format(th=english, en=english, fix_th=_DEFAULT_FIX[0], fix_en=_DEFAULT_FIX[1])
