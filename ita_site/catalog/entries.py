"""A catalog's entries: its IIT/EIT questions and its OIT items, validated against the year's
indicators and issues."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ita_site.catalog.codes import code_number, normalize_code, sheet_order, tool_of_code
from ita_site.catalog.fields import FieldReader
from ita_site.catalog.located import LocatedList, LocatedMap, Where, describe
from ita_site.catalog.model import (CONFIDENCES, PAGES, PERIODS, Indicator, Issue, ItemRef,
                                    OitItem, PageRef, Question)
from ita_site.messages import catalog as msg

QUESTION_FIELDS = ("code", "indicator", "issue", "text", "confidence", "sources", "note")
OIT_FIELDS = ("code", "title", "indicator", "subindicator", "issue", "requires", "period",
              "confidence", "sources", "note", "satisfied_by", "same_as")
PAGE_FIELDS = ("page", "fiscal_offset")
REF_FIELDS = ("year", "code")
YEARS = (2500, 2700)


def entry_label(section: str, value: LocatedMap, index: int) -> str:
    """How problems name an entry: by the code as written, by position when it has none."""
    raw = value.get("code")
    return f"{section}[{describe(raw)}]" if raw is not None else f"{section}[{index + 1}]"


def entry_code(value: LocatedMap, fields: FieldReader, label: str, kind: str) -> str | None:
    """The normalised code of an entry, checked to be of `kind` ('oit' or 'question')."""
    raw = value.get("code")
    if raw is None:
        fields.error(value.where, msg.MISSING_FIELD.format(
            field=f"{label}.code", example="code: O1" if kind == "oit" else "code: i1"),
            f"{label}.code")
        return None
    code = normalize_code(raw if isinstance(raw, str) else str(raw))
    if code is None:
        fields.error(value.where_of("code"), msg.NOT_A_CODE.format(
            field=f"{label}.code", got=describe(raw)), f"{label}.code")
        return None
    if (tool_of_code(code) == "oit") != (kind == "oit"):
        th, en = msg.CODE_KINDS[kind]
        fields.error(value.where_of("code"), msg.WRONG_CODE_KIND.format(
            field=f"{label}.code", code=code, kind_th=th, kind_en=en), f"{label}.code")
        return None
    return code


def read_questions(data: LocatedMap, fields: FieldReader, indicators: Mapping[int, Indicator],
                   issues: Mapping[int, Issue]) -> tuple[Question, ...]:
    raw = fields.listing(data, "questions", "questions")
    if raw is None:
        return ()
    questions: dict[str, Question] = {}
    firsts: dict[str, Where] = {}
    for index, value in enumerate(raw):
        if not isinstance(value, LocatedMap):
            fields.wrong_type(raw.where_at(index), f"questions[{index + 1}]", value, "mapping",
                              "- {code: i1, indicator: 1}")
            continue
        code = entry_code(value, fields, entry_label("questions", value, index), "question")
        if code is None or _duplicate(code, value.where, firsts, fields, "questions"):
            continue
        label = f"questions[{code}]"
        fields.check_keys(value, QUESTION_FIELDS, label)
        questions[code] = Question(
            code=code,
            indicator=_indicator(value, fields, label, indicators, code),
            issue=_issue(value, fields, label, issues),
            text=fields.text(value, "text", f"{label}.text"),
            confidence=fields.choice(value, "confidence", f"{label}.confidence", CONFIDENCES),
            sources=fields.texts(value, "sources", f"{label}.sources"),
            note=fields.text(value, "note", f"{label}.note"))
    return tuple(sorted(questions.values(), key=lambda q: sheet_order(q.code)))


def read_oit_items(data: LocatedMap, fields: FieldReader, indicators: Mapping[int, Indicator],
                   issues: Mapping[int, Issue],
                   known_items: Mapping[int, Collection[str]]) -> tuple[OitItem, ...]:
    """The year's OIT items in code order. `same_as` links are checked against `known_items`
    (the OIT codes of every year that has a catalog); links to other years are kept as written."""
    raw = fields.listing(data, "oit", "oit", required=True,
                         example="oit: [{code: O1, title: ...}, ...]")
    if raw is None:
        return ()
    if not raw:
        fields.error(raw.where, msg.EMPTY_LIST.format(field="oit"), "oit")
    items: dict[str, OitItem] = {}
    firsts: dict[str, Where] = {}
    for index, value in enumerate(raw):
        if not isinstance(value, LocatedMap):
            fields.wrong_type(raw.where_at(index), f"oit[{index + 1}]", value, "mapping",
                              "- {code: O1, title: ...}")
            continue
        code = entry_code(value, fields, entry_label("oit", value, index), "oit")
        if code is None or _duplicate(code, value.where, firsts, fields, "oit"):
            continue
        item = _read_item(code, value, fields, indicators, issues, known_items)
        if item is not None:
            items[code] = item
    return tuple(sorted(items.values(), key=lambda item: code_number(item.code)))


def _read_item(code: str, value: LocatedMap, fields: FieldReader,
               indicators: Mapping[int, Indicator], issues: Mapping[int, Issue],
               known_items: Mapping[int, Collection[str]]) -> OitItem | None:
    label = f"oit[{code}]"
    fields.check_keys(value, OIT_FIELDS, label)
    title = fields.text(value, "title", f"{label}.title", required=True)
    if title is None:
        return None
    return OitItem(
        code=code, title=title,
        indicator=_indicator(value, fields, label, indicators, code),
        subindicator=fields.text(value, "subindicator", f"{label}.subindicator"),
        issue=_issue(value, fields, label, issues),
        requires=fields.text(value, "requires", f"{label}.requires") or "",
        period=fields.choice(value, "period", f"{label}.period", PERIODS, default="unknown"),
        confidence=fields.choice(value, "confidence", f"{label}.confidence", CONFIDENCES),
        sources=fields.texts(value, "sources", f"{label}.sources"),
        note=fields.text(value, "note", f"{label}.note"),
        satisfied_by=_page_refs(value, fields, label),
        same_as=_item_refs(value, fields, label, known_items))


def _duplicate(code: str, where: Where, firsts: dict[str, Where], fields: FieldReader,
               section: str) -> bool:
    if code in firsts:
        first = firsts[code]
        fields.error(where, msg.DUPLICATE_CODE.format(code=code, first=f"{first[0]}:{first[1]}"),
                     f"{section}[{code}]")
        return True
    firsts[code] = where
    return False


def _indicator(value: LocatedMap, fields: FieldReader, label: str,
               indicators: Mapping[int, Indicator], code: str) -> int | None:
    number = fields.integer(value, "indicator", f"{label}.indicator", low=1, high=99)
    if number is None or not indicators:
        return number
    tool = tool_of_code(code)
    own = [str(n) for n, indicator in indicators.items() if indicator.tool == tool]
    if number not in indicators:
        fields.error(value.where_of("indicator"), msg.UNKNOWN_INDICATOR.format(
            field=f"{label}.indicator", got=number, allowed=", ".join(own)), f"{label}.indicator")
        return None
    if indicators[number].tool != tool:
        fields.error(value.where_of("indicator"), msg.INDICATOR_OF_OTHER_TOOL.format(
            field=f"{label}.indicator", got=number, tool=indicators[number].tool.upper(),
            code=code, allowed=", ".join(own)), f"{label}.indicator")
        return None
    return number


def _issue(value: LocatedMap, fields: FieldReader, label: str,
           issues: Mapping[int, Issue]) -> int | None:
    number = fields.integer(value, "issue", f"{label}.issue", low=1, high=99)
    if number is not None and number not in issues:
        fields.error(value.where_of("issue"), msg.UNKNOWN_ISSUE.format(
            field=f"{label}.issue", got=number,
            allowed=", ".join(map(str, issues)) or "-"), f"{label}.issue")
        return None
    return number


def _as_list(value: LocatedMap, key: str) -> list[tuple[object, Where]]:
    """A field that may hold one mapping or a list of them, as (mapping, where) pairs."""
    raw = value.get(key)
    if raw is None:
        return []
    if isinstance(raw, LocatedList):
        return [(item, raw.where_at(i)) for i, item in enumerate(raw)]
    return [(raw, value.where_of(key))]


def _page_refs(value: LocatedMap, fields: FieldReader, label: str) -> tuple[PageRef, ...]:
    refs = []
    for raw, where in _as_list(value, "satisfied_by"):
        field = f"{label}.satisfied_by"
        if not isinstance(raw, LocatedMap):
            fields.wrong_type(where, field, raw, "mapping", "{page: plan, fiscal_offset: 0}")
            continue
        fields.check_keys(raw, PAGE_FIELDS, field)
        page = fields.choice(raw, "page", f"{field}.page", PAGES, required=True)
        offset = fields.integer(raw, "fiscal_offset", f"{field}.fiscal_offset", low=-2, high=1)
        if page is not None:
            refs.append(PageRef(page, offset or 0))
    return tuple(refs)


def _item_refs(value: LocatedMap, fields: FieldReader, label: str,
               known_items: Mapping[int, Collection[str]]) -> tuple[ItemRef, ...]:
    refs = []
    for raw, where in _as_list(value, "same_as"):
        field = f"{label}.same_as"
        if not isinstance(raw, LocatedMap):
            fields.wrong_type(where, field, raw, "mapping", "{year: 2567, code: O43}")
            continue
        fields.check_keys(raw, REF_FIELDS, field)
        year = fields.integer(raw, "year", f"{field}.year", low=YEARS[0], high=YEARS[1],
                              required=True)
        code = entry_code(raw, fields, field, "oit")
        if year is None or code is None:
            continue
        if year in known_items and code not in known_items[year]:
            fields.warning(raw.where_of("code"), msg.SAME_AS_UNKNOWN.format(
                field=field, code=code, year=year), field)
        refs.append(ItemRef(year, code))
    return tuple(refs)
