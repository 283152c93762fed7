"""Reading the `scores`, `questions` and `analysis` parts of a year.yml.

Input is the already parsed YAML (plain Python data); `line_of` maps a path into the document
to its line, as ita_site.base.yamlfile.YamlDocument.line_of does. Mapping keys in such a
path are the key as written (`str(key)`), list positions are ints. Every mistake becomes a
Problem naming the field; parsing goes on so one check shows them all.

What the numbers may be (the score range, the indicators, the issues or indicators analyses
are written under) is the year's catalog's, passed in by the caller; a reader given none checks
only that a score is a number and a group a whole number from 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from ita_site.catalog.codes import compact_numbers, normalize_code, sheet_order as code_sort_key
from ita_site.content.fields import describe
from ita_site.base.problems import Problems
from ita_site.messages import Text
from ita_site.messages import scores as msg
from ita_site.scores.models import IssueAnalysis, YearResults, YearScores
from ita_site.text.digits import parse_int, parse_number

LineOf = Callable[[tuple], "int | None"]

SCORE_FIELDS = ("total", "level", "iit", "eit", "oit", "indicators", "items")
ANALYSIS_FIELDS = ("items", "lowest", "cause", "note", "plan")
_GROUP_LABELS = {"issue": ("ประเด็น", "issue"), "indicator": ("ตัวชี้วัด", "indicator")}


def _no_line(path: tuple) -> None:
    return None


@dataclass(frozen=True)
class Frame:
    """What a year's catalog says about its numbers: the score range, the indicators' numbers,
    and the numbers analyses are grouped under (issues or indicators, as `grouping` says)."""

    score_range: tuple[float, float] | None = None
    indicators: Collection[int] | None = None
    grouping: str = "issue"
    groups: Collection[int] | None = None
    year: int | None = None  # the catalog's ITA year, named in messages

    @classmethod
    def of(cls, catalog) -> "Frame":
        """The frame of a catalog.Catalog (None: nothing is known, only the form is checked)."""
        if catalog is None:
            return cls()
        grouping = "indicator" if catalog.grouping == "indicators" else "issue"
        return cls((catalog.score_range.low, catalog.score_range.high),
                   tuple(sorted(catalog.indicators)), grouping, catalog.group_numbers(),
                   catalog.ita_year)


@dataclass(frozen=True)
class _Where:
    """The file being read, where its problems go, and the year's frame."""

    path: str
    problems: Problems
    line_of: LineOf
    frame: Frame = Frame()

    def _place(self, keys: tuple) -> dict:
        return {"line": self.line_of(tuple(_key(k) for k in keys)), "field": _field(keys)}

    def error(self, text: Text, keys: tuple) -> None:
        self.problems.error(self.path, text, **self._place(keys))

    def warning(self, text: Text, keys: tuple) -> None:
        self.problems.warning(self.path, text, **self._place(keys))


class _Pos(int):
    """A position in a YAML list (0-based), as opposed to a mapping key that reads as a number."""


def _key(key: object) -> object:
    # line_of knows list positions as ints and mapping keys as written
    return int(key) if isinstance(key, _Pos) else str(key)


def _field(keys: tuple) -> str:
    """`analysis.1.items[2]`: the field as a user finds it in the file (positions 1-based)."""
    out = ""
    for key in keys:
        out += f"[{key + 1}]" if isinstance(key, _Pos) else (f".{key}" if out else str(key))
    return out


def _mapping(value: object, keys: tuple, where: _Where, example: str) -> Mapping | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        where.error(msg.WANT_MAPPING.format(field=_field(keys), got=describe(value),
                                            example=example), keys)
        return None
    return value


def _score(value: object, keys: tuple, where: _Where) -> float | None:
    """A score within the year's range, in Thai or Arabic digits, or None after reporting why
    not."""
    number = parse_number(value)
    if number is None:
        where.error(msg.SCORE_NOT_NUMBER.format(field=_field(keys), got=describe(value)), keys)
        return None
    scale = where.frame.score_range
    if scale is not None and not scale[0] <= number <= scale[1]:
        where.error(msg.SCORE_OUT_OF_RANGE.format(
            field=_field(keys), got=describe(value), low=f"{scale[0]:g}", high=f"{scale[1]:g}",
            year=where.frame.year or ""), keys)
        return None
    return number


def _unknown_fields(data: Mapping, known: tuple, keys: tuple, where: _Where) -> None:
    for name in data:
        if str(name).strip().lower() not in known:
            where.warning(msg.UNKNOWN_FIELD.format(field=_field(keys + (name,)),
                                                   known=", ".join(known)), keys + (name,))


def _by_lower_name(data: Mapping) -> dict[str, object]:
    # `IIT:` and `iit:` are both written by webmasters copying from result sheets
    return {str(name).strip().lower(): name for name in data}


def _code_mapping(data: Mapping, keys: tuple, where: _Where) -> dict[str, tuple[object, object]]:
    """Normalised code → (key as written, value); bad and repeated codes reported."""
    out: dict[str, tuple[object, object]] = {}
    for raw, value in data.items():
        code = normalize_code(raw)
        if code is None:
            where.error(msg.BAD_CODE.format(field=_field(keys), got=describe(raw)), keys + (raw,))
            continue
        if code in out:
            where.error(msg.DUPLICATE_CODE.format(field=_field(keys), code=code,
                                                  first=out[code][0], second=raw), keys + (raw,))
            continue
        out[code] = (raw, value)
    return out


def parse_scores(data: object, *, path: str, problems: Problems, line_of: LineOf = _no_line,
                 frame: Frame = Frame()) -> YearScores | None:
    """The `scores` mapping as YearScores; None when absent or without a usable total."""
    where = _Where(path, problems, line_of, frame)
    scores = _mapping(data, ("scores",), where, "total: 95.42")
    if scores is None:
        return None
    _unknown_fields(scores, SCORE_FIELDS, ("scores",), where)
    names = _by_lower_name(scores)

    def raw(name: str) -> tuple[object, tuple]:
        """The value of a field and its path, whatever case the key was written in."""
        key = names.get(name, name)
        return scores.get(key), ("scores", key)

    def score_of(name: str) -> float | None:
        value, keys = raw(name)
        return None if value is None else _score(value, keys, where)

    total = score_of("total")
    if raw("total")[0] is None:
        where.error(msg.TOTAL_MISSING, ("scores",))
    level = None
    level_value, level_keys = raw("level")
    if isinstance(level_value, str) and level_value.strip():
        level = level_value.strip()
    elif level_value is not None:
        where.error(msg.LEVEL_NOT_TEXT.format(got=describe(level_value)), level_keys)
    indicators = _indicator_scores(*raw("indicators"), where)
    items = _item_scores(*raw("items"), where)
    tools = {name: score_of(name) for name in ("iit", "eit", "oit")}
    if total is None:
        return None
    return YearScores(total=total, level=level, indicators=indicators, items=items, **tools)


def _indicator_scores(data: object, keys: tuple, where: _Where) -> dict[int, float]:
    indicators = _mapping(data, keys, where, "1: 97.56")
    out: dict[int, float] = {}
    known = where.frame.indicators
    for raw, value in (indicators or {}).items():
        number = parse_int(raw)
        if number is None or number < 1 or (known is not None and number not in known):
            where.error(msg.BAD_INDICATOR_KEY.format(
                field=_field(keys), got=describe(raw),
                valid=compact_numbers(known) if known else "1, 2, 3, …"), keys + (raw,))
            continue
        if number in out:
            where.error(msg.DUPLICATE_GROUP.format(field=_field(keys), label="ตัวชี้วัด",
                                                   label_en="indicator", number=number),
                        keys + (raw,))
            continue
        score = _score(value, keys + (raw,), where)
        if score is not None:
            out[number] = score
    return dict(sorted(out.items()))


def _item_scores(data: object, keys: tuple, where: _Where) -> dict[str, float]:
    items = _mapping(data, keys, where, "i10: 81.90")
    out: dict[str, float] = {}
    for code, (raw, value) in _code_mapping(items or {}, keys, where).items():
        score = _score(value, keys + (raw,), where)
        if score is not None:
            out[code] = score
    return {code: out[code] for code in sorted(out, key=code_sort_key)}


def parse_questions(data: object, *, path: str, problems: Problems,
                    line_of: LineOf = _no_line) -> dict[str, str]:
    """The `questions` mapping: normalised code → wording as on the ITAS result sheet."""
    where = _Where(path, problems, line_of)
    keys = ("questions",)
    questions = _mapping(data, keys, where, "i10: เจ้าหน้าที่ในหน่วยงานของท่าน ...")
    out: dict[str, str] = {}
    for code, (raw, value) in _code_mapping(questions or {}, keys, where).items():
        if not isinstance(value, str) or not value.strip():
            where.error(msg.QUESTION_NOT_TEXT.format(field=_field(keys + (raw,)),
                                                     got=describe(value)), keys + (raw,))
            continue
        out[code] = " ".join(value.split())
    return out


def _text(value: object, keys: tuple, where: _Where) -> str:
    """Free text, or a list of paragraphs joined by line breaks."""
    if value is None:
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip()
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) and not isinstance(v, bool)
                                       for v in value):
        return "\n".join(str(v).strip() for v in value if str(v).strip())
    where.error(msg.ANALYSIS_TEXT_WRONG.format(field=_field(keys), got=describe(value)), keys)
    return ""


def _codes(value: object, keys: tuple, where: _Where) -> list[str]:
    """A list of codes; one code, or codes separated by commas, also count as a list."""
    if value is None:
        return []
    # "i1, i10 O5" is three codes; "O 5" is one (a space may follow the letter)
    raw_items = (re.split(r"\s*[,;]\s*|\s+(?=[OoIiEe])", value.strip())
                 if isinstance(value, str) else value)
    if not isinstance(raw_items, list):
        raw_items = [value]
    out: list[str] = []
    for index, raw in enumerate(raw_items):
        if raw == "":
            continue
        code = normalize_code(raw)
        place = keys + (_Pos(index),) if isinstance(value, list) else keys
        if code is None:
            where.error(msg.BAD_CODE.format(field=_field(keys), got=describe(raw)), place)
        elif code not in out:
            out.append(code)
    return out


def parse_analysis(data: object, *, path: str, problems: Problems, line_of: LineOf = _no_line,
                   frame: Frame = Frame()) -> dict[int, IssueAnalysis]:
    """The `analysis` mapping: issue or, for years grouped by indicator, indicator (numbers
    as the year's catalog has them) → IssueAnalysis, in number order."""
    return _read_analysis(data, _Where(path, problems, line_of, frame))[0]


def _read_analysis(data: object, where: _Where
                   ) -> tuple[dict[int, IssueAnalysis], dict[int, object]]:
    """Entries by number, and each number's key as written (for line numbers)."""
    keys = ("analysis",)
    numbers = where.frame.groups
    label, label_en = _GROUP_LABELS[where.frame.grouping]
    analysis = _mapping(data, keys, where, "1: {lowest: i10, cause: ...}")
    out: dict[int, IssueAnalysis] = {}
    written: dict[int, object] = {}
    for raw, entry in (analysis or {}).items():
        number = parse_int(raw)
        here = keys + (raw,)
        if number is None or number < 1 or (numbers is not None and number not in numbers):
            where.error(msg.BAD_GROUP_KEY.format(
                field=_field(keys), label=label, label_en=label_en, got=describe(raw),
                valid=compact_numbers(numbers) if numbers else "1, 2, 3, …"), here)
            continue
        if number in out:
            where.error(msg.DUPLICATE_GROUP.format(field=_field(keys), label=label,
                                                   label_en=label_en, number=number), here)
            continue
        fields = _mapping(entry, here, where, "lowest: i10") or {}
        _unknown_fields(fields, ANALYSIS_FIELDS, here, where)
        names = _by_lower_name(fields)

        def get(name: str) -> tuple[object, tuple]:
            key = names.get(name, name)
            return fields.get(key), here + (key,)

        written[number] = raw
        out[number] = IssueAnalysis(
            number=number,
            items=_codes(*get("items"), where),
            lowest=_codes(*get("lowest"), where),
            cause=_text(*get("cause"), where),
            note=_text(*get("note"), where),
            plan=_text(*get("plan"), where),
        )
    return dict(sorted(out.items())), written


def parse_year_results(year_data: Mapping, *, path: str, problems: Problems,
                       line_of: LineOf = _no_line, frame: Frame = Frame(),
                       known_codes: Collection[str] | None = None,
                       ita_year: int | None = None) -> YearResults:
    """`scores`, `questions` and `analysis` of one year.yml, checked against each other and
    against `frame`, the numbers of the year's catalog.

    `known_codes` (the catalog's question and item codes of `ita_year`) adds a warning for
    every code neither the catalog nor `questions` knows; leave it None to skip that check.
    """
    scores = parse_scores(year_data.get("scores"), path=path, problems=problems, line_of=line_of,
                          frame=frame)
    questions = parse_questions(year_data.get("questions"), path=path, problems=problems,
                                line_of=line_of)
    where = _Where(path, problems, line_of, frame)
    analysis, written = _read_analysis(year_data.get("analysis"), where)
    _check_analysis(analysis, written, scores, where)
    if known_codes is not None:
        _check_known(scores, analysis, written, set(known_codes) | set(questions), ita_year, where)
    return YearResults(scores, questions, analysis)


def _check_analysis(analysis: dict[int, IssueAnalysis], written: dict[int, object],
                    scores: YearScores | None, where: _Where) -> None:
    item_scores = scores.items if scores else {}
    for number, entry in analysis.items():
        here = ("analysis", written[number])
        for code in entry.lowest:
            if entry.items and code not in entry.items:
                where.warning(msg.LOWEST_NOT_LISTED.format(field=_field(here + ("lowest",)),
                                                           code=code), here + ("lowest",))
        if scores is None:
            continue
        for code in dict.fromkeys(entry.items + entry.lowest):
            if code not in item_scores:
                where.warning(msg.ITEM_WITHOUT_SCORE.format(field=_field(here), code=code), here)
        scored = [c for c in entry.items if c in item_scores]
        named = [c for c in entry.lowest if c in item_scores]
        if scored and named:
            lowest = min(scored, key=lambda c: item_scores[c])
            given = max(named, key=lambda c: item_scores[c])
            if item_scores[lowest] < item_scores[given]:
                where.warning(msg.NOT_LOWEST.format(
                    field=_field(here + ("lowest",)), given=given,
                    given_score=f"{item_scores[given]:.2f}", other=lowest,
                    other_score=f"{item_scores[lowest]:.2f}"), here + ("lowest",))


def _check_known(scores: YearScores | None, analysis: dict[int, IssueAnalysis],
                 written: dict[int, object], known: set[str], year: int | None,
                 where: _Where) -> None:
    seen: set[str] = set()
    for code in (scores.items if scores else {}):
        if code not in known and code not in seen:
            seen.add(code)
            where.warning(msg.UNKNOWN_CODE.format(field="scores.items", code=code, year=year or ""),
                          ("scores", "items"))
    for number, entry in analysis.items():
        for code in entry.items + entry.lowest:
            if code not in known and code not in seen:
                seen.add(code)
                here = ("analysis", written[number])
                where.warning(msg.UNKNOWN_CODE.format(field=_field(here), code=code,
                                                      year=year or ""), here)
