"""Messages and labels about ITA scores, levels, the analysis page and the score charts.

Problems (`Text`) come first; page labels (plain Thai, as agencies word them) after.
"""

from ita_site.messages import Text

# --- problems in year.yml: scores, questions, analysis ------------------------------------

WANT_MAPPING = Text(
    "`{field}` ต้องเป็นชุดข้อมูล ชื่อ: ค่า แต่พบ {got}",
    "`{field}` must be a mapping of name: value, found {got}",
    "เขียนแต่ละรายการในบรรทัดใหม่ที่ย่อหน้าเข้าไป เช่น {example}",
    "write one indented `name: value` line per entry, e.g. {example}",
)
SCORE_NOT_NUMBER = Text(
    "คะแนน `{field}` ต้องเป็นตัวเลข แต่พบ {got}",
    "score `{field}` must be a number, found {got}",
    "เขียนคะแนนเป็นตัวเลข เช่น 95.42 หรือ ๙๕.๔๒ (ไม่ต้องใส่ % หรือคำอื่น)",
    "write the score as a number, e.g. 95.42 or ๙๕.๔๒ (no % or words)",
)
SCORE_OUT_OF_RANGE = Text(
    "คะแนน `{field}` ต้องอยู่ระหว่าง {low} ถึง {high} แต่พบ {got}",
    "score `{field}` must be between {low} and {high}, found {got}",
    "ตรวจตัวเลขกับใบแจ้งผลจากระบบ ITAS (คะแนนเต็ม {high} ตาม catalog ของ ITA ปี {year})",
    "check the number against the ITAS result sheet (scores are out of {high} in the ITA {year} "
    "catalog)",
)
TOTAL_MISSING = Text(
    "`scores` ไม่มีคะแนนรวม `total`",
    "`scores` has no `total`",
    "เพิ่มบรรทัด total: ... ใต้ scores (คะแนนรวมจากใบแจ้งผล ITAS)",
    "add a `total: ...` line under `scores` (the total from the ITAS result sheet)",
)
LEVEL_NOT_TEXT = Text(
    "`scores.level` ต้องเป็นชื่อระดับ เช่น ผ่านดี แต่พบ {got}",
    "`scores.level` must be a level name such as ผ่านดี, found {got}",
    "เขียนชื่อระดับตามใบแจ้งผล หรือลบบรรทัดนี้เพื่อให้คำนวณจากเกณฑ์ของปี",
    "write the level as on the result sheet, or delete the line to derive it from the year's bands",
)
LEVEL_DIFFERS = Text(
    "`scores.level` เขียนว่า {given} แต่ตามเกณฑ์ของปี {year} คะแนนนี้อยู่ในระดับ {derived}",
    "`scores.level` says {given}, but by the {year} bands these scores are {derived}",
    "ตรวจคะแนนและระดับกับใบแจ้งผล ITAS; ถ้าใบแจ้งผลเขียนไว้อย่างนั้นจริง ให้คงไว้",
    "check scores and level against the ITAS result sheet; keep it if the sheet says so",
)
UNKNOWN_FIELD = Text(
    "ไม่รู้จักฟิลด์ `{field}`",
    "unknown field `{field}`",
    "ฟิลด์ที่ใช้ได้: {known} (ตรวจการสะกด)",
    "known fields: {known} (check the spelling)",
)
BAD_INDICATOR_KEY = Text(
    "`{field}`: ตัวชี้วัดต้องเป็นเลข {valid} แต่พบ {got}",
    "`{field}`: an indicator must be one of {valid}, found {got}",
    "เขียนเลขตัวชี้วัดของปีนั้น เช่น 3: 99.78",
    "write an indicator number of that year, e.g. `3: 99.78`",
)
BAD_CODE = Text(
    "`{field}`: {got} ไม่ใช่รหัสข้อคำถามหรือข้อ OIT",
    "`{field}`: {got} is not a question or OIT item code",
    "ใช้รหัสตามใบแจ้งผล ITAS เช่น i10 (IIT), e7 (EIT), O12 (OIT)",
    "use codes as on the ITAS result sheet, e.g. i10 (IIT), e7 (EIT), O12 (OIT)",
)
DUPLICATE_CODE = Text(
    "`{field}`: รหัส {code} ซ้ำกัน ({first} และ {second})",
    "`{field}`: code {code} appears twice ({first} and {second})",
    "เก็บไว้บรรทัดเดียว (O01 กับ O1 คือข้อเดียวกัน)",
    "keep one line (O01 and O1 are the same item)",
)
DUPLICATE_GROUP = Text(
    "`{field}`: {label}ที่ {number} ซ้ำกัน",
    "`{field}`: {label_en} {number} appears twice",
    "รวมเนื้อหาไว้ในหัวข้อเดียว",
    "merge both entries into one",
)
QUESTION_NOT_TEXT = Text(
    "`{field}`: ข้อความของข้อคำถามต้องเป็นข้อความ แต่พบ {got}",
    "`{field}`: a question's wording must be text, found {got}",
    "คัดลอกข้อความข้อคำถามจากใบแจ้งผล ITAS มาเป็นบรรทัดเดียว",
    "copy the question's wording from the ITAS result sheet as one line",
)
BAD_GROUP_KEY = Text(
    "`{field}`: {label}ต้องเป็นเลข {valid} แต่พบ {got}",
    "`{field}`: the {label_en} must be one of {valid}, found {got}",
    "ใช้เลข{label}ตามกรอบการประเมินของปีนั้น",
    "use the {label_en} numbers of that year's framework",
)
ANALYSIS_TEXT_WRONG = Text(
    "`{field}` ต้องเป็นข้อความหรือรายการข้อความ แต่พบ {got}",
    "`{field}` must be text or a list of text, found {got}",
    "เขียนเป็นข้อความ (ใช้ | แล้วขึ้นบรรทัดใหม่สำหรับหลายย่อหน้า) หรือรายการ - ...",
    "write text (use `|` and new lines for several paragraphs) or a list of `- ...`",
)
LOWEST_NOT_LISTED = Text(
    "`{field}`: {code} ไม่อยู่ในรายการ items ของหัวข้อนี้",
    "`{field}`: {code} is not among this entry's items",
    "เพิ่ม {code} ใน items หรือแก้รหัสใน lowest",
    "add {code} to items or correct the code in lowest",
)
ITEM_WITHOUT_SCORE = Text(
    "`{field}`: ข้อ {code} ไม่มีคะแนนใน scores.items",
    "`{field}`: item {code} has no score in scores.items",
    "เพิ่ม {code}: <คะแนน> ใต้ scores.items ตามใบแจ้งผล ITAS",
    "add `{code}: <score>` under scores.items from the ITAS result sheet",
)
UNKNOWN_CODE = Text(
    "`{field}`: ไม่พบข้อ {code} ในรายการข้อคำถามของปี {year}",
    "`{field}`: item {code} is not in the {year} catalog",
    "ตรวจรหัสกับใบแจ้งผล ITAS ของปี {year} หรือเพิ่มข้อความไว้ใน questions",
    "check the code against the {year} ITAS result sheet, or give its wording under questions",
)
NOT_LOWEST = Text(
    "`{field}`: {given} ({given_score}) ไม่ใช่ข้อที่ได้คะแนนต่ำสุด; {other} ได้ {other_score}",
    "`{field}`: {given} ({given_score}) is not the lowest; {other} has {other_score}",
    "ตรวจคะแนนหรือรหัสใน lowest (ลบ lowest ออกเพื่อให้เลือกข้อที่ต่ำสุดให้อัตโนมัติ)",
    "check the scores or the code in lowest (delete lowest to have it picked automatically)",
)

# --- level derivation explained ----------------------------------------------------------

LEVEL_REASON_MET_EACH = Text(
    "คะแนนรวม {total} ≥ {min_total} และคะแนนทุกแบบวัด ≥ {min_each} ({tools})",
    "total {total} ≥ {min_total} and every tool ≥ {min_each} ({tools})",
)
LEVEL_REASON_MET_TOTAL = Text(
    "คะแนนรวม {total} ≥ {min_total}",
    "total {total} ≥ {min_total}",
)
LEVEL_REASON_MISSED_TOTAL = Text(
    "ไม่ถึงระดับ{name}: คะแนนรวม {total} < {min_total}",
    "not {name}: total {total} < {min_total}",
)
LEVEL_REASON_MISSED_TOOL = Text(
    "ไม่ถึงระดับ{name}: {tools} ต่ำกว่า {min_each}",
    "not {name}: {tools} below {min_each}",
)
LEVEL_REASON_UNDECIDED = Text(
    "ไม่สามารถคำนวณระดับได้: ระดับ{name}ต้องใช้คะแนนทุกแบบวัด แต่ไม่มีคะแนน {tools}",
    "level cannot be derived: {name} needs every tool's score, but {tools} is missing",
)
LEVEL_REASON_NO_BAND = Text(
    "ไม่สามารถคำนวณระดับได้: ไม่มีเกณฑ์ระดับที่ตรงกับคะแนนรวม {total}",
    "level cannot be derived: no band matches the total {total}",
)

# --- page labels (Thai only: what citizens and assessors read) -----------------------------

SCORES_HEADING = "ผลคะแนน ITA"
LEVEL = "ระดับผลการประเมิน"
TOTAL = "คะแนนรวม"
TOOL = "แบบวัด"
SCORE = "คะแนน"
INDICATOR = "ตัวชี้วัด"
INDICATOR_NUMBERED = "ตัวชี้วัดที่"
ISSUE = "ประเด็น"
ISSUE_NUMBERED = "ประเด็นที่"
CODE = "ข้อ"
QUESTION = "ข้อคำถาม"
LOWEST = "ข้อที่ได้คะแนนต่ำสุด"
CAUSE = "สาเหตุ"
NOTE = "หมายเหตุ"
PLAN = "แนวทางการยกระดับ"
MEASURES = "มาตรการที่ยกระดับ"
ANALYSIS_TEXT = "ผลการวิเคราะห์"
OTHER_ITEMS = "ข้ออื่น ๆ ที่มีคะแนน"
LOWEST_MARK = "▼ ต่ำสุด"
BELOW_TARGET_MARK = "ต่ำกว่า {target}"
NO_SCORE = "–"
NO_LEVEL = "ไม่ทราบ"
LEVEL_DERIVED_NOTE = "ระดับคำนวณจากเกณฑ์ของปี พ.ศ. {year}: {reason}"
NO_MEASURES = "ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. {year} ที่ระบุว่ายกระดับข้อเหล่านี้"
MEASURES_FOR_YEAR = "มาตรการที่ยกระดับ ปีงบประมาณ พ.ศ. {year}"
ADDRESSES = "ข้อที่ยกระดับ"
READ_ANALYSIS = "อ่านการวิเคราะห์ผลการประเมิน ITA ปี พ.ศ. {year}"
SCORES_OF_YEAR = "ผลคะแนน ITA ปี พ.ศ. {year}"
INDICATORS_OF_YEAR = "คะแนนรายตัวชี้วัด ปี พ.ศ. {year}"
ITEMS_OF_GROUP = "คะแนนรายข้อ {group}"
ANALYSIS_OF_GROUP = "ผลการวิเคราะห์ {group}"
ANALYSIS_BY_GROUP = "การวิเคราะห์ผลการประเมินราย{label}"
HISTORY = "คะแนนย้อนหลัง"
YEAR = "ปี พ.ศ."

TOOL_NAMES = {
    "total": "คะแนนรวม",
    "iit": "IIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    "eit": "EIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    "oit": "OIT การเปิดเผยข้อมูลสาธารณะ",
}
TOOL_SHORT = {"total": "คะแนนรวม", "iit": "IIT", "eit": "EIT", "oit": "OIT"}

# --- charts ------------------------------------------------------------------------------

CHART_TOOLS_TITLE = "คะแนน ITA รวมและรายแบบวัด ปี พ.ศ. {years}"
CHART_TOOLS_DESC = "แผนภูมิแท่งแนวนอน คะแนนเต็ม {scale} แต่ละกลุ่มคือคะแนนหนึ่งชุด แต่ละแท่งคือหนึ่งปี"
CHART_INDICATORS_TITLE = "คะแนน ITA รายตัวชี้วัด ปี พ.ศ. {years}"
CHART_INDICATORS_DESC = (
    "แผนภูมิแท่งแนวนอน คะแนนเต็ม {scale} แต่ละกลุ่มคือหนึ่งตัวชี้วัด แต่ละแท่งคือหนึ่งปี")
CHART_VALUE = "{series} ปี {year}: {value}"
CHART_NO_VALUE = "{series} ปี {year}: ไม่มีข้อมูล"
CHART_TABLE_CAPTION = "ข้อมูลของแผนภูมิ: {title}"
CHART_INDICATOR_LABEL = "{number}. {name}"
