"""Column headers by meaning: the wordings agencies use, mapped to measure fields.

Headers differ from one agency to the next and even from page to page of one report
("ผลการดำเนินการตามมาตรการหรือ กิจกรรม" / "ผลการดำเนินการตาม มาตรการหรือกิจกรรม"), so a
header is read by the words it contains, never by its position. Rules are tried in order:
the more specific first, because "ผลการดำเนินการตามมาตรการ" also contains "มาตรการ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_site.importer.html_text import strip_tags
from ita_site.importer.source import Row, squeeze

# Fields of the contract a column can fill; anything else goes to the body.
LIST_FIELDS = ("steps", "responsible", "outputs", "outcomes", "suggestions")
RESULT_FIELDS = ("outputs", "outcomes", "suggestions")

# Headers of columns that are known but fill no field: they stay in the body. Checked first,
# because a success indicator (ตัวชี้วัดความสำเร็จ) is not an outcome.
_BODY_WORDS = ("ตัวชี้วัดความสำเร็จ", "ตัวชี้วัดผลสำเร็จ", "ค่าเป้าหมาย", "เป้าหมาย", "งบประมาณที่ใช้", "หมายเหตุ")
# (field, words): the first rule with a word found in the header wins.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("status:done", ("ดำเนินการแล้ว", "เสร็จสิ้น", "แล้วเสร็จ")),
    ("status:in-progress", ("อยู่ระหว่างดำเนินการ", "อยู่ระหว่าง", "กำลังดำเนินการ")),
    ("status:planned", ("ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ")),
    ("status", ("สถานะ", "status")),
    ("outcomes", ("ผลลัพธ์", "ผลสัมฤทธิ์", "outcome", "result", "ความสำเร็จ")),
    ("outputs", ("ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลการปฏิบัติ", "ผลผลิต", "output", "ความก้าวหน้า")),
    ("suggestions", ("ข้อเสนอแนะ", "suggestion", "recommendation")),
    ("addresses", ("ประเด็นที่ต้องยกระดับ", "ประเด็นที่ต้องปรับปรุง", "ประเด็นที่ต้องพัฒนา", "ข้อคำถาม", "ประเด็นการประเมิน")),
    ("oit", ("oit",)),
    ("period", ("ระยะเวลา", "ช่วงเวลา", "ห้วงเวลา", "กำหนดเวลา", "period")),
    ("responsible", ("ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ", "ผู้ดำเนินการ", "responsible")),
    ("steps", ("ขั้นตอน", "วิธีการ", "วิธีดำเนินการ", "แนวทางการดำเนินการ", "แนวทางปฏิบัติ", "step")),
    ("indicators", ("ตัวชี้วัด", "indicator")),
    ("issue", ("ประเด็น", "issue")),
    ("title", ("มาตรการ", "โครงการ", "กิจกรรม", "แนวทาง", "measure", "ชื่อ")),
)
# Headers that are the whole word only: "ที่" and "ข้อ" are far too common inside other headers.
_ORDER_HEADERS = {"ที่", "ลำดับ", "ลำดับที่", "ข้อ", "no", "no.", "ลำดับที่/ข้อ"}
_SIX_MONTHS = re.compile(r"(6|๖|หก)เดือน")
# A header is short; a long cell that happens to contain "ผลการดำเนินงาน" is data.
_MAX_HEADER = 70


@dataclass(frozen=True)
class Column:
    """One column of a table: its header as written and what it fills.

    field is a contract field, "status:<value>" for a column of ticks, or None for a column
    kept in the body. `six_months` marks a column of six-month results ("รอบ 6 เดือน").
    """

    index: int
    header: str
    field: str | None
    six_months: bool = False


def header_field(header: str) -> tuple[str | None, bool]:
    """The field a header names (None when none) and whether it is a six-month column."""
    key = squeeze(header).lower()
    if not key:
        return None, False
    six = bool(_SIX_MONTHS.search(key))
    if key in _ORDER_HEADERS:
        return "order", six
    if any(word in key for word in _BODY_WORDS):
        return None, six
    for field, words in _RULES:
        if any(word in key for word in words):
            return field, six
    return None, six


def _is_known(header: str) -> bool:
    """True for a header naming a field, or one of the known columns kept in the body."""
    field, _ = header_field(header)
    return field is not None or any(word in squeeze(header).lower() for word in _BODY_WORDS)


# Words that join heading words in real headings ("ผลการดำเนินการตามมาตรการหรือ กิจกรรม",
# "ผลลัพธ์หรือผลสัมฤทธิ์ในการ ดำเนินการ (outcome/result)"): with the field words above they
# make up a whole heading, while a data cell always says something more.
_HEADING_GLUE = (
    "ดำเนินการ", "ดำเนินงาน", "ปฏิบัติ", "หน่วยงาน", "การ", "ความ", "ของ", "ตาม", "หรือ", "และ",
    "ใน", "ที่", "ให้", "ผล", "ข้อ", "งาน", "ลำดับ", "รายละเอียด", "รายการ", "ชื่อ", "no",
)
_HEADING_WORDS = tuple(sorted(
    {w for _, words in _RULES for w in words} | set(_BODY_WORDS) | set(_ORDER_HEADERS) | set(_HEADING_GLUE),
    key=len, reverse=True))
_HEADING_WORD = re.compile("|".join(re.escape(w) for w in _HEADING_WORDS))
_SIX_MONTH_WORDS = re.compile(r"(?:รอบ)?(?:6|๖|หก|12|๑๒|สิบสอง)เดือน")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NOT_LETTERS = re.compile(r"[^\w\u0E00-\u0E7F]+|_")  # Thai marks are not \w
# At most this share of a heading's letters may be words that are not heading words.
_HEADING_REST = 0.25


def looks_like_heading(text: str) -> bool:
    """True when the text is a column heading, not a data cell that mentions a heading word.

    "ขั้นตอนหรือวิธีการปฏิบัติ" is all heading words; "ประชุมชี้แจงขั้นตอน" and "ระยะเวลา 3
    เดือน" say more than a heading does, so they are data even though they contain one.
    """
    if len(text) > _MAX_HEADER or not _is_known(text):
        return False
    # What a heading says in brackets qualifies it: "ระยะเวลาดำเนินการ (ต.ค. 67 – ก.ย. 68)",
    # "ผู้รับผิดชอบ (กอง/ฝ่าย)"; the words outside must all be heading words.
    outside = _BRACKETED.sub(" ", text)
    key = _NOT_LETTERS.sub("", squeeze(outside if _is_known(outside) else text).lower())
    if not key:
        return False
    rest = _HEADING_WORD.sub("", _SIX_MONTH_WORDS.sub("", key))
    return len(rest) <= len(key) * _HEADING_REST


@dataclass(frozen=True)
class Header:
    """The columns of a table, read from its header row."""

    columns: tuple[Column, ...]

    @property
    def title_index(self) -> int:
        """The measure-name column: the first "title" column, else the first column."""
        return next((c.index for c in self.columns if c.field == "title"), 0)

    @property
    def signature(self) -> tuple[str | None, ...]:
        """What the columns mean, to know a header repeated on the next page."""
        return tuple(c.field for c in self.columns)

    def column(self, index: int) -> Column:
        if index < len(self.columns):
            return self.columns[index]
        return Column(index, "", None)

    @property
    def has_results(self) -> bool:
        """Columns of results or of status: the document reports what was done."""
        return any(c.field in RESULT_FIELDS or (c.field or "").startswith("status") for c in self.columns)

    @property
    def has_title(self) -> bool:
        return any(c.field == "title" for c in self.columns)


def read_header(row: Row) -> Header | None:
    """The row's columns when it is a header row, else None.

    A header row has a measure-name column and one more known column, or three known columns;
    most of its cells are known headers, and every cell is short.
    """
    texts = [strip_tags(cell.text) for cell in row.cells]
    filled = [t for t in texts if t]
    if len(filled) < 2 or any(len(t) > _MAX_HEADER for t in filled):
        return None
    # Only cells that read as headings count: a data row often holds a heading word or two
    # ("ประชุมชี้แจงขั้นตอน", "ผู้รับผิดชอบโครงการ"), never mostly headings.
    known = [t for t in filled if looks_like_heading(t)]
    named = any(header_field(t)[0] == "title" for t in known)
    if len(known) < (2 if named else 3) or len(known) * 10 < len(filled) * 6:
        return None
    columns = []
    for index, text in enumerate(texts):
        field, six = header_field(text)
        columns.append(Column(index, " ".join(text.split()), field, six))
    return Header(tuple(columns))


def merge_subheader(header: Header, row: Row) -> Header | None:
    """A two-row header: the second row names sub-columns (e.g. the ticks of สถานะ).

    Returns the combined header when at least two cells of `row` are filled, every one a
    known header word other than a measure name, one of them stands under an empty header
    cell (the span of a merged group header above), and its measure-name column is empty;
    else None: such a row is data.
    """
    texts = [strip_tags(cell.text) for cell in row.cells]
    filled = [(i, t) for i, t in enumerate(texts) if t]
    title = header.title_index
    if len(filled) < 2 or (title < len(texts) and texts[title]):
        return None
    if all(header.column(i).header for i, _ in filled):
        return None
    if any(not looks_like_heading(t) or header_field(t)[0] == "title" for _, t in filled):
        return None
    columns = list(header.columns)
    for index, text in filled:
        field, six = header_field(text)
        above = header.column(index)
        label = f"{above.header} {text}".strip() if above.header and above.header != text else text
        column = Column(index, " ".join(label.split()), field, six or above.six_months)
        if index < len(columns):
            columns[index] = column
        else:
            columns.extend(Column(i, "", None) for i in range(len(columns), index))
            columns.append(column)
    return Header(tuple(columns))
