"""What one ITA year's catalog holds: its tools, indicators, issues, level bands, questions and
OIT items. Built by :mod:`ita_site.catalog.building`; read by pages, scores and checks.

An item is identified by (ITA year, code), never by code alone: the OIT list is renumbered
almost every year (the same document is O43 in 2567 and O28 in 2568).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from ita_site.catalog.codes import compact_codes, normalize_code, tool_of_code
from ita_site.sitemap.model import EVIDENCE_KINDS

TOOLS = ("iit", "eit", "oit")
GROUPINGS = ("issues", "indicators")
# Generated pages of a year folder that can be an OIT item's evidence.
PAGES = tuple(kind.value for kind in EVIDENCE_KINDS)
# What time the evidence of an item must cover, relative to the fiscal year of the assessment.
PERIODS = ("current", "previous", "half-year", "ongoing", "unknown")
CONFIDENCES = ("high", "medium-high", "medium", "low-medium", "low", "unconfirmed")


@dataclass(frozen=True)
class Tool:
    """One of the three assessment tools (IIT, EIT, OIT) and its weight in the total."""

    key: str
    name: str
    weight: float | None = None
    confidence: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class ScoreRange:
    """The scale of the year's scores (`score_range: {min: 0, max: 100}`): totals, tools,
    indicators, items and level bands all lie within it."""

    low: float
    high: float

    def __contains__(self, value: object) -> bool:
        return isinstance(value, (int, float)) and self.low <= value <= self.high


@dataclass(frozen=True)
class Indicator:
    """An indicator (ตัวชี้วัด); `aliases` are other wordings agency reports use for its name."""

    number: int
    name: str
    tool: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Issue:
    """An issue (ประเด็น) of a year whose measures are grouped by issue (2568 on)."""

    number: int
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class LevelBand:
    """A level (ระดับผลการประเมิน): reached when the total is at least `min_total` and, when
    `min_each_tool` is set, each of IIT, EIT and OIT is at least that too."""

    name: str
    min_total: float
    min_each_tool: float | None = None
    name_en: str | None = None
    passes: bool = True
    confidence: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()

    def decides(self, total: float, tools: Mapping[str, float | None]) -> bool | None:
        """True when these scores reach the band, False when they do not, None when a tool
        score the band needs is missing and the total alone does not settle it."""
        if total < self.min_total:
            return False
        if self.min_each_tool is None:
            return True
        values = [tools.get(tool) for tool in TOOLS]
        if any(value is not None and value < self.min_each_tool for value in values):
            return False
        return None if any(value is None for value in values) else True


@dataclass(frozen=True)
class Question:
    """An IIT (i…) or EIT (e…) question; `text` is None when no source gave its wording."""

    code: str
    indicator: int | None = None
    issue: int | None = None
    text: str | None = None
    confidence: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None

    @property
    def tool(self) -> str:
        return tool_of_code(self.code)


@dataclass(frozen=True)
class PageRef:
    """A generated page that satisfies an item: `/<ita_year + fiscal_offset>/<page>/`.

    For plan, progress and report pages the folder year is the fiscal year they cover; for
    the analysis page it is the ITA year whose results are analysed."""

    page: str
    fiscal_offset: int = 0

    def year_for(self, ita_year: int) -> int:
        """The year folder holding the page, for an item of `ita_year`."""
        return ita_year + self.fiscal_offset

    def url_for(self, ita_year: int) -> str:
        return f"/{self.year_for(ita_year)}/{self.page}/"


@dataclass(frozen=True)
class ItemRef:
    """An OIT item of another year, by (year, code)."""

    year: int
    code: str


@dataclass(frozen=True)
class OitItem:
    """One OIT item of one ITA year."""

    code: str
    title: str
    indicator: int | None = None
    subindicator: str | None = None
    issue: int | None = None
    requires: str = ""
    period: str = "unknown"
    confidence: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None
    satisfied_by: tuple[PageRef, ...] = ()
    same_as: tuple[ItemRef, ...] = ()

    @property
    def number(self) -> int:
        return int(self.code[1:])

    @property
    def unconfirmed(self) -> bool:
        """True when no source confirmed the item's title: it is kept so numbering stays right."""
        return self.confidence == "unconfirmed"


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: it holds mappings
class Catalog:
    """Everything known about one ITA year. Lookups take codes in any spelling."""

    ita_year: int
    grouping: str
    tools: Mapping[str, Tool] = field(repr=False)
    indicators: Mapping[int, Indicator] = field(repr=False)
    issues: Mapping[int, Issue] = field(repr=False)
    levels: tuple[LevelBand, ...] = field(repr=False)
    questions: tuple[Question, ...] = field(repr=False)
    oit_items: tuple[OitItem, ...] = field(repr=False)
    score_range: ScoreRange = field(repr=False)
    sources: tuple[str, ...] = field(default=(), repr=False)
    # Tools ("iit", "eit") whose questions are all listed; codes of the others are not judged.
    complete_question_lists: frozenset[str] = field(default=frozenset(), repr=False)
    files: tuple[str, ...] = field(default=(), compare=False)  # where it was read from

    @cached_property
    def _oit_by_code(self) -> dict[str, OitItem]:
        return {item.code: item for item in self.oit_items}

    @cached_property
    def _questions_by_code(self) -> dict[str, Question]:
        return {question.code: question for question in self.questions}

    def oit(self, code: str) -> OitItem | None:
        normal = normalize_code(code)
        return self._oit_by_code.get(normal) if normal else None

    def question(self, code: str) -> Question | None:
        normal = normalize_code(code)
        return self._questions_by_code.get(normal) if normal else None

    def entry(self, code: str) -> OitItem | Question | None:
        """The item or question `code` names, whatever its tool."""
        return self.oit(code) or self.question(code)

    def knows_all_questions(self, tool: str) -> bool:
        """True when the catalog lists every question of `tool` ("iit" or "eit") for its year;
        for some years no list was found, and a site may add only the texts it needs."""
        return tool in self.complete_question_lists

    def accepts(self, code: str) -> bool:
        """True when content may use `code` in this year: it is one of the year's items or
        questions, or a question of a tool whose full list the catalog does not have."""
        normal = normalize_code(code)
        if normal is None:
            return False
        if normal in self._oit_by_code or normal in self._questions_by_code:
            return True
        tool = tool_of_code(normal)
        return tool != "oit" and not self.knows_all_questions(tool)

    def valid_codes(self, tool: str | None = None) -> str:
        """The year's codes in short runs, e.g. `i1–i30, e1–e15, O1–O43`: OIT items and the
        complete question lists, or only those of `tool`."""
        codes = [*self._oit_by_code, *(code for code, question in self._questions_by_code.items()
                                       if self.knows_all_questions(question.tool))]
        return compact_codes(code for code in codes if tool is None or tool_of_code(code) == tool)

    def level_for(self, total: float | None, iit: float | None = None,
                  eit: float | None = None, oit: float | None = None) -> LevelBand | None:
        """The first band (best first) the scores reach; None without a total, or when a tool
        score needed to tell two bands apart is missing (a guessed level would be published)."""
        if total is None:
            return None
        tools = {"iit": iit, "eit": eit, "oit": oit}
        for band in self.levels:
            decided = band.decides(total, tools)
            if decided is None:
                return None
            if decided:
                return band
        return None

    @property
    def pass_mark(self) -> float | None:
        """The lowest total that still passes (the `min_total` of the last passing band): the
        score agencies aim every item at. None when no band passes."""
        marks = [band.min_total for band in self.levels if band.passes]
        return min(marks) if marks else None

    def group_numbers(self, grouping: str | None = None) -> tuple[int, ...]:
        """The numbers measures and analyses are grouped under: the issues' when `grouping`
        (default: the year's) is "issues", else the indicators'."""
        groups = self.issues if (grouping or self.grouping) == "issues" else self.indicators
        return tuple(sorted(groups))

    def group_name(self, number: int, grouping: str | None = None) -> str | None:
        groups = self.issues if (grouping or self.grouping) == "issues" else self.indicators
        entry = groups.get(number)
        return entry.name if entry is not None else None

    def items_for_issue(self, number: int) -> tuple[OitItem, ...]:
        return tuple(item for item in self.oit_items if item.issue == number)

    def items_for_indicator(self, number: int) -> tuple[OitItem, ...]:
        return tuple(item for item in self.oit_items if item.indicator == number)

    def satisfied_by(self, page: str) -> tuple[tuple[OitItem, PageRef], ...]:
        """The items a generated page of that kind satisfies, each with its page reference."""
        return tuple((item, ref) for item in self.oit_items
                     for ref in item.satisfied_by if ref.page == page)
