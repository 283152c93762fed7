"""Messages about ITA catalogs: the shipped catalog files, a site's catalog overrides, and codes
(i…, e…, O…) that content uses against a year's catalog."""

from ita_site.messages import Text

# --- reading a catalog file ----------------------------------------------------------------

NOT_A_MAPPING = Text(
    "ไฟล์ catalog ต้องเป็นชุดข้อมูล ชื่อ: ค่า (เช่น ita_year: 2568) แต่พบ {got}",
    "a catalog file must be a mapping of name: value (e.g. `ita_year: 2568`), found {got}",
    "เริ่มไฟล์ด้วยบรรทัด ita_year: <ปี> แล้วตามด้วยส่วนที่ต้องการเพิ่มหรือแก้ เช่น oit:",
    "start the file with `ita_year: <year>`, then the parts to add or change, e.g. `oit:`",
)
EMPTY_FILE = Text(
    "ไฟล์ catalog ว่างเปล่า",
    "the catalog file is empty",
    "ใส่อย่างน้อย ita_year: <ปี> และรายการที่ต้องการเพิ่มหรือแก้ หรือลบไฟล์นี้",
    "write at least `ita_year: <year>` and the entries to add or change, or delete the file",
)

# --- fields ---------------------------------------------------------------------------------

MISSING_FIELD = Text(
    "ไม่มีฟิลด์ `{field}` ซึ่งต้องมี",
    "the required field `{field}` is missing",
    "เพิ่มบรรทัด {example}",
    "add a line `{example}`",
)
WRONG_TYPE = Text(
    "`{field}` ต้องเป็น{expected_th} แต่พบ {got}",
    "`{field}` must be {expected_en}, found {got}",
    "แก้ค่าให้เป็น{expected_th} เช่น {example}",
    "write {expected_en}, e.g. `{example}`",
)
OUT_OF_RANGE = Text(
    "`{field}` ต้องอยู่ระหว่าง {low} ถึง {high} แต่พบ {got}",
    "`{field}` must be between {low} and {high}, found {got}",
    "ตรวจตัวเลขกับแหล่งที่มา",
    "check the number against its source",
)
NOT_ONE_OF = Text(
    "`{field}` เป็น {got} ไม่ได้",
    "`{field}` cannot be {got}",
    "ใช้ค่าใดค่าหนึ่งต่อไปนี้: {allowed}",
    "use one of: {allowed}",
)
UNKNOWN_FIELD = Text(
    "ไม่รู้จักฟิลด์ `{field}`",
    "unknown field `{field}`",
    "ฟิลด์ที่ใช้ได้: {allowed} (ตรวจการสะกด)",
    "known fields: {allowed} (check the spelling)",
)

# --- the file and its year --------------------------------------------------------------------

BAD_FILE_NAME = Text(
    "ชื่อไฟล์ {name} ไม่ใช่ปี พ.ศ. ของ ITA",
    "the file name {name} is not an ITA year",
    "ตั้งชื่อไฟล์เป็นปี พ.ศ. ที่ประเมิน เช่น 2570.yaml",
    "name the file after the ITA year in the Buddhist Era, e.g. 2570.yaml",
)
YEAR_MISMATCH = Text(
    "ไฟล์ {name} เขียน ita_year: {year} ซึ่งไม่ตรงกับชื่อไฟล์",
    "the file {name} says ita_year: {year}, which does not match its name",
    "แก้ ita_year ให้ตรงกับชื่อไฟล์ หรือเปลี่ยนชื่อไฟล์เป็น {year}.yaml",
    "make ita_year match the file name, or rename the file to {year}.yaml",
)
OVERRIDE_DIR_MISSING = Text(
    "ไม่พบโฟลเดอร์ {dir} ที่ตั้งไว้เป็น catalogs ของปลั๊กอิน ita ใน mkdocs.yml",
    "the folder {dir}, set as the ita plugin's `catalogs` option in mkdocs.yml, does not exist",
    "สร้างโฟลเดอร์นี้แล้ววางไฟล์ <ปี>.yaml ไว้ในนั้น หรือแก้ค่า catalogs ใต้ plugins: - ita: "
    "ใน mkdocs.yml ให้ชี้ไปยังโฟลเดอร์ที่มีอยู่ (ลบบรรทัดนี้ถ้าไม่มีไฟล์ catalog ของเว็บไซต์เอง)",
    "create the folder with its <year>.yaml files, or correct `catalogs:` under `plugins: - ita:` "
    "in mkdocs.yml (remove it if the site has no catalog files of its own)",
)
REMOVE_UNKNOWN = Text(
    "สั่งลบรายการ {code} แต่ catalog ปี {year} ไม่มีรายการนี้",
    "asks to remove {code}, but the {year} catalog has no such entry",
    "ลบบรรทัด remove: true หรือแก้รหัสให้ถูกต้อง",
    "delete `remove: true` or correct the code",
)

# --- codes --------------------------------------------------------------------------------

NOT_A_CODE = Text(
    "`{field}`: {got} ไม่ใช่รหัสข้อคำถามหรือข้อ OIT",
    "`{field}`: {got} is not a question or OIT item code",
    "เขียนรหัสตามใบแจ้งผล ITAS เช่น O1, i10 หรือ e7",
    "write the code as on the ITAS sheet, e.g. O1, i10 or e7",
)
WRONG_CODE_KIND = Text(
    "`{field}`: {code} ไม่ใช่รหัส{kind_th}",
    "`{field}`: {code} is not {kind_en} code",
    "รายการ OIT ใช้รหัส O… ข้อคำถาม IIT ใช้ i… และ EIT ใช้ e…",
    "OIT items use O…, IIT questions i… and EIT questions e…",
)
DUPLICATE_CODE = Text(
    "รหัส {code} มีมากกว่าหนึ่งรายการ (รายการแรกอยู่ที่ {first})",
    "{code} is listed more than once (first at {first})",
    "รวมเป็นรายการเดียว",
    "merge them into one entry",
)
UNKNOWN_CODE = Text(
    "`{field}`: ITA ปี {year} ไม่มีรหัส {code}",
    "`{field}`: the {year} ITA has no {code}",
    "รหัสที่ใช้ได้ในปี {year}: {valid} — รายการเปลี่ยนเลขเกือบทุกปี ตรวจว่าใช้รหัสของปีที่ถูกต้อง",
    "codes of {year}: {valid} — items are renumbered almost every year; "
    "check the code is of the right year",
)
NO_CATALOG = Text(
    "ไม่มี catalog ของ ITA ปี {year} จึงตรวจรหัส {code} ไม่ได้",
    "there is no catalog for the {year} ITA, so {code} cannot be checked",
    "ปีที่มี catalog: {years} — หรือเพิ่มไฟล์ {year}.yaml ในโฟลเดอร์ catalog ของเว็บไซต์",
    "years with a catalog: {years} — or add {year}.yaml to the site's catalog folder",
)

# Measures' `issue` and `indicators` against the numbers of their year's catalog. The first
# sentence is the one the content loader used when the numbers were fixed, so a webmaster who
# knows it reads the same words.
GROUP_LABELS = {"issues": {"label_th": "ประเด็น", "label_en": "issue"},
                "indicators": {"label_th": "ตัวชี้วัด", "label_en": "indicator"}}
UNKNOWN_GROUP_RANGE = Text(
    "ฟิลด์ `{field}` ต้องเป็นตัวเลข {low}–{high} แต่พบ {got}",
    "field `{field}` must be a number from {low} to {high}, found {got}",
    "ใช้เลข{label_th}ของ ITA ปี {year} ระหว่าง {low} ถึง {high} (ตาม {file})",
    "use an {label_en} number of ITA {year}, from {low} to {high} (as listed in {file})",
)
UNKNOWN_GROUP_LIST = Text(
    "ฟิลด์ `{field}` ต้องเป็นเลข{label_th}ของ ITA ปี {year} แต่พบ {got}",
    "field `{field}` must be an {label_en} number of ITA {year}, found {got}",
    "ใช้เลขใดเลขหนึ่งต่อไปนี้: {valid} (ตาม {file})",
    "use one of: {valid} (as listed in {file})",
)
NO_GROUPS = Text(
    "ฟิลด์ `{field}`: ITA ปี {year} ไม่มี{label_th} จึงไม่ใช้ค่า {got}",
    "field `{field}`: ITA {year} has no {label_en}s, so {got} is not used",
    "ลบฟิลด์นี้ หรือใช้ฟิลด์ที่ปีนั้นจัดกลุ่มมาตรการ (ดู grouping ใน {file})",
    "delete the field, or use the one the year groups measures by (see `grouping` in {file})",
)

# --- cross-checks inside a catalog ----------------------------------------------------------

UNKNOWN_INDICATOR = Text(
    "`{field}`: ไม่มีตัวชี้วัดที่ {got} ใน catalog ปีนี้",
    "`{field}`: indicator {got} is not in this year's catalog",
    "ใช้ตัวชี้วัดที่มี: {allowed}",
    "use one of the indicators: {allowed}",
)
INDICATOR_OF_OTHER_TOOL = Text(
    "`{field}`: ตัวชี้วัดที่ {got} เป็นของแบบวัด {tool} ไม่ใช่ของ {code}",
    "`{field}`: indicator {got} belongs to {tool}, not to {code}",
    "ใช้ตัวชี้วัดของแบบวัดเดียวกับรหัส: {allowed}",
    "use an indicator of the code's own tool: {allowed}",
)
UNKNOWN_ISSUE = Text(
    "`{field}`: ไม่มีประเด็นที่ {got} ใน catalog ปีนี้",
    "`{field}`: issue {got} is not in this year's catalog",
    "ใช้ประเด็นที่มี: {allowed}",
    "use one of the issues: {allowed}",
)
ISSUES_REQUIRED = Text(
    "grouping: issues ต้องมีรายชื่อประเด็นใน `issues`",
    "`grouping: issues` needs the list of issues under `issues`",
    "เพิ่ม issues: แล้วเขียนแต่ละประเด็นเป็น เลข: ชื่อ หรือใช้ grouping: indicators",
    "add `issues:` with one `number: name` per issue, or use `grouping: indicators`",
)
EMPTY_LIST = Text(
    "`{field}` ต้องมีอย่างน้อยหนึ่งรายการ",
    "`{field}` needs at least one entry",
    "เพิ่มรายการ หรือลบ `{field}` ออกถ้าไม่ต้องการแก้ส่วนนี้",
    "add an entry, or leave `{field}` out if this part is not to change",
)
WEIGHTS_NOT_100 = Text(
    "น้ำหนักของแบบวัดรวมกันได้ {total} ไม่ใช่ 100",
    "the tools' weights add up to {total}, not 100",
    "ตรวจน้ำหนัก IIT, EIT และ OIT กับคู่มือการประเมินของปีนั้น",
    "check the IIT, EIT and OIT weights against that year's manual",
)
BAND_UNREACHABLE = Text(
    "ระดับ {name} ไม่มีวันได้ เพราะระดับ {before} ที่อยู่ก่อนหน้ารับคะแนนเดียวกันไปหมดแล้ว",
    "level {name} can never be reached: {before}, listed before it, takes every such score",
    "เรียงระดับจากสูงไปต่ำ ระดับที่เข้มกว่า (คะแนนขั้นต่ำสูงกว่า) อยู่ก่อน",
    "order the levels best first; the stricter one (higher minimums) comes first",
)
BANDS_LEAVE_GAP = Text(
    "คะแนนรวมต่ำกว่า {low} ไม่ตรงกับระดับใดเลย",
    "a total below {low} matches no level",
    "ให้ระดับสุดท้ายมี min_total: {floor} (คะแนนต่ำสุดของ score_range)",
    "give the last level `min_total: {floor}` (the lowest score of score_range)",
)
SCORE_RANGE_EMPTY = Text(
    "`score_range` ต้องมี min น้อยกว่า max แต่พบ min: {low}, max: {high}",
    "`score_range` needs min below max, found min: {low}, max: {high}",
    "เขียนช่วงคะแนนของปีนั้น เช่น score_range: {{min: 0, max: 100}}",
    "write the year's score scale, e.g. `score_range: {{min: 0, max: 100}}`",
)
DUPLICATE_LEVEL = Text(
    "ชื่อระดับ {name} ซ้ำกัน",
    "the level name {name} is used twice",
    "ตั้งชื่อระดับไม่ให้ซ้ำกัน",
    "give every level its own name",
)
SAME_AS_UNKNOWN = Text(
    "`{field}` อ้างถึง {code} ของ ITA ปี {year} ซึ่งไม่มีใน catalog",
    "`{field}` points to {code} of the {year} ITA, which is not in the catalog",
    "แก้ปีหรือรหัสให้ถูกต้อง หรือลบ same_as นี้",
    "correct the year or the code, or delete this same_as",
)

# --- names used when describing types in WRONG_TYPE ------------------------------------------

TYPE_NAMES = {
    "text": ("ข้อความ", "text"),
    "number": ("ตัวเลข", "a number"),
    "integer": ("จำนวนเต็ม", "a whole number"),
    "list": ("รายการ (list)", "a list"),
    "mapping": ("ชุดข้อมูล ชื่อ: ค่า", "a mapping of name: value"),
    "boolean": ("true หรือ false", "true or false"),
    "text list": ("รายการข้อความ", "a list of texts"),
}
CODE_KINDS = {
    "oit": ("ข้อ OIT (O…)", "an OIT item (O…)"),
    "question": ("ข้อคำถาม IIT/EIT (i… หรือ e…)", "an IIT/EIT question (i… or e…)"),
}
