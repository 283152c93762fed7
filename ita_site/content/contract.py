"""The content contract as data: every field of agency.yml, year.yml and measure front matter.

One declaration serves three readers: the validator takes names, ranges and allowed values from
here (ita_site.content.schema, loading), `ita-site schema` turns it into JSON Schemas for editors
(ita_site.content.jsonschema), and the guide can list it. Each field says what it holds in Thai
and English and gives an example a webmaster can copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita_site.catalog.framework import MAX_NUMBER
from ita_site.content.models import STATUSES

# Kinds of value. The validator is lenient where webmasters are (Thai digits, one value for a
# list of one, codes in any case); the JSON Schema of each kind accepts the same spellings.
TEXT = "text"              # a non-empty line of text (numbers are read as text)
INTEGER = "integer"        # a whole number in `low`..`high`, Arabic or Thai digits
INTEGERS = "integers"      # a list of such numbers, or one number
TEXTS = "texts"            # a list of texts
TEXTS_OR_ONE = "texts-or-one"  # a list of texts, or one text
CHOICE = "choice"          # one of `choices`
DATE = "date"              # a date in either era, e.g. 2568-03-31 or 31 มี.ค. 2568
PERIOD = "period"          # a text, or {label, start, end}
OIT_CODES = "oit-codes"    # OIT item codes (O1 …), a list or one
CODES = "codes"            # codes of questions or items (i10, e7, O12), a list or one
EMAIL = "email"
WEB_URL = "web-url"        # http(s):// address
SURVEY_CODE = "survey-code"
SURVEY_URLS = "survey-urls"  # {iit: URL, eit: URL}
SCORES = "scores"
QUESTIONS = "questions"
ANALYSIS = "analysis"
EVIDENCE = "evidence"      # OIT code → evidence links
RESULTS = "results"        # a nested round of results (progress:)
ANY = "any"                # read by MkDocs or Material, not by us


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    th: str
    en: str
    example: object = None
    required: bool = False
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    # "issues" or "indicators": the numbers are those of the year's ITA catalog, checked with
    # the catalogs (ita_site.checking); low/high only bound how a number may be written.
    catalog_groups: str | None = None

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        return self.low, self.high

    @property
    def description(self) -> str:
        return f"{self.th} / {self.en}"


@dataclass(frozen=True)
class Contract:
    """The fields of one kind of file."""

    title: str
    fields: tuple[Field, ...]

    @property
    def names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields)

    def __getitem__(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


AGENCY = Contract("agency.yml", (
    Field("name", TEXT, "ชื่อเต็มของหน่วยงาน", "the agency's full name",
          "องค์การบริหารส่วนตำบลบ้านตัวอย่าง", required=True),
    Field("type", TEXT, "ประเภทหน่วยงาน", "kind of agency", "องค์การบริหารส่วนตำบล"),
    Field("subdistrict", TEXT, "ตำบล (ไม่ต้องเขียนคำว่า ตำบล)", "subdistrict (tambon)", "บ้านตัวอย่าง"),
    Field("district", TEXT, "อำเภอ (ไม่ต้องเขียนคำว่า อำเภอ)", "district (amphoe)", "หนองสาธิต"),
    Field("province", TEXT, "จังหวัด (ไม่ต้องเขียนคำว่า จังหวัด)", "province", "ขอนแก่น"),
    Field("address", TEXT, "ที่อยู่สำหรับติดต่อ", "postal address",
          "เลขที่ 99 หมู่ที่ 1 ตำบลบ้านตัวอย่าง อำเภอหนองสาธิต จังหวัดขอนแก่น 40999"),
    Field("phone", TEXT, "หมายเลขโทรศัพท์", "phone number", "0 4300 0000"),
    Field("email", EMAIL, "อีเมลของหน่วยงาน", "the agency's email address",
          "saraban@bantuayang.example.go.th"),
    Field("website", WEB_URL, "ที่อยู่เว็บไซต์ เริ่มด้วย https://", "website address, with https://",
          "https://www.bantuayang.example.go.th/"),
    Field("logo", TEXT, "ไฟล์ตราหน่วยงาน ในโฟลเดอร์ content/", "logo file, relative to content/",
          "assets/logo.svg"),
    Field("contact_page", TEXT, "หน้าติดต่อหน่วยงาน (ไฟล์ .md ใน content/) ที่ท้ายทุกหน้าลิงก์ไป",
          "contact page linked from every footer (a .md file under content/)", "about/contact.md"),
    Field("privacy_page", TEXT, "หน้านโยบายคุ้มครองข้อมูลส่วนบุคคล ที่ท้ายทุกหน้าลิงก์ไป",
          "privacy policy page linked from every footer (a .md file under content/)",
          "about/privacy.md"),
))

_RESULT_FIELDS = (
    Field("outputs", TEXTS, "ผลการดำเนินการ (output)", "outputs", ["จัดอบรมแล้ว 1 ครั้ง"]),
    Field("outcomes", TEXTS, "ผลลัพธ์ / ผลสัมฤทธิ์ (outcome)", "outcomes",
          ["เจ้าหน้าที่เข้าใจขั้นตอนมากขึ้น"]),
    Field("suggestions", TEXTS, "ข้อเสนอแนะ", "suggestions", ["ควรจัดต่อเนื่องทุกปี"]),
    Field("status", CHOICE, "สถานะ: planned (ตามแผน) in-progress (กำลังดำเนินการ) done (เสร็จแล้ว)",
          "status", "done", choices=STATUSES),
)

RESULTS = Contract("progress", _RESULT_FIELDS + (
    Field("as_of", DATE, "ข้อมูล ณ วันที่", "results as of", "2568-03-31"),
))

MEASURE = Contract("measure front matter", (
    Field("title", TEXT, "ชื่อมาตรการ", "the measure's title",
          "การจัดทำข้อตกลงระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา", required=True),
    Field("order", INTEGER, "ลำดับในตาราง", "position in the year's tables", 1, low=0, high=100000),
    Field("issue", INTEGER, "ประเด็นของการประเมิน (เลขตาม catalog ของปี ITA ที่จัดกลุ่มตามประเด็น)",
          "issue of the ITA framework (a number of the year's catalog, years grouped by issues)",
          1, low=1, high=MAX_NUMBER, catalog_groups="issues"),
    Field("indicators", INTEGERS, "ตัวชี้วัด ITA (เลขตาม catalog ของปี ITA ที่จัดกลุ่มตามตัวชี้วัด)",
          "ITA indicators (numbers of the year's catalog, years grouped by indicators)", [3],
          low=1, high=MAX_NUMBER, catalog_groups="indicators"),
    Field("oit", OIT_CODES, "ข้อ OIT ที่หน้านี้เป็นหลักฐาน", "OIT items this page is evidence for",
          ["O27"]),
    Field("addresses", CODES, "ข้อคำถาม/ข้อ OIT ของผลปีก่อนที่มาตรการนี้ยกระดับ",
          "questions or items of last year's results it aims to raise", ["i13", "O6"]),
    Field("steps", TEXTS, "ขั้นตอน / วิธีการปฏิบัติ", "steps", ["จัดทำคู่มือ", "เผยแพร่คู่มือ"]),
    Field("period", PERIOD, "ระยะเวลาดำเนินการ", "period", "ต.ค. 2567 – ก.ย. 2568"),
    Field("responsible", TEXTS_OR_ONE, "ผู้รับผิดชอบ", "responsible units", ["สำนักปลัด"]),
    *_RESULT_FIELDS,
    Field("progress", RESULTS, "ผลรอบ 6 เดือน (ต.ค.–มี.ค.)", "six-month results (October–March)",
          {"outputs": ["ร่างคู่มือเสร็จ"], "status": "in-progress", "as_of": "2568-03-31"}),
))

# Page meta that MkDocs and Material themselves understand: allowed on every page.
THEME = Contract("page meta", tuple(
    Field(name, ANY, "ใช้โดย MkDocs/Material", "read by MkDocs or Material")
    for name in ("template", "hide", "search", "description", "icon", "subtitle", "tags",
                 "comments")))

SCORE_FIELDS = ("total", "level", "iit", "eit", "oit", "indicators", "items")
ANALYSIS_FIELDS = ("items", "lowest", "cause", "note", "plan")

YEAR = Contract("year.yml", (
    Field("ita_year", INTEGER, "ปีของเกณฑ์ ITA ที่ใช้ (ค่าเริ่มต้น: ชื่อโฟลเดอร์)",
          "which ITA catalog applies (default: the folder's year)", 2568, low=2500, high=2700),
    Field("survey_code", SURVEY_CODE, "รหัสแบบสำรวจ IIT/EIT ท้ายลิงก์ itas.nacc.go.th/go/iit/…",
          "the IIT/EIT survey code at the end of itas.nacc.go.th/go/iit/…", "x0demo"),
    Field("surveys", SURVEY_URLS, "ลิงก์แบบสำรวจแบบเต็ม (แทน survey_code)",
          "full survey links (instead of survey_code)",
          {"iit": "https://itas.nacc.go.th/go/iit/x0demo",
           "eit": "https://itas.nacc.go.th/go/eit/x0demo"}),
    Field("scores", SCORES, "คะแนน ITA ของปีนี้ เมื่อประกาศผลแล้ว", "this year's ITA scores",
          {"total": 93.89, "iit": 94.87, "eit": 89.52, "oit": 96.43}),
    Field("questions", QUESTIONS, "ข้อความข้อคำถามตามแบบรายงานผล ITAS",
          "question wording from the ITAS result sheet", {"i10": "เจ้าหน้าที่ในหน่วยงานของท่าน ..."}),
    Field("analysis", ANALYSIS, "การวิเคราะห์ผลคะแนนรายประเด็น", "analysis of the scores per issue",
          {4: {"lowest": "i10", "cause": "...", "plan": "..."}}),
    Field("oit", EVIDENCE, "ลิงก์หลักฐานของข้อ OIT", "evidence links per OIT item",
          {"O1": [{"title": "โครงสร้างองค์กร", "url": "/about/structure/"}]}),
))
