"""The frame of a year's assessment in its catalog: tools and weights, the score range,
indicators, issues and level bands. Each reader validates its part and returns only what is
valid. Nothing about a year's framework is assumed here: how many indicators or issues there
are, how they are numbered and on what scale scores are given all come from the file."""

from __future__ import annotations

from ita_site.catalog.fields import FieldReader
from ita_site.catalog.located import LocatedMap
from ita_site.catalog.model import (CONFIDENCES, TOOLS, Indicator, Issue, LevelBand, ScoreRange,
                                    Tool)
from ita_site.messages import catalog as msg

TOOL_FIELDS = ("name", "weight", "confidence", "sources", "note")
INDICATOR_FIELDS = ("name", "tool", "aliases")
ISSUE_FIELDS = ("name", "aliases")
SCORE_RANGE_FIELDS = ("min", "max")
LEVEL_FIELDS = ("name", "name_en", "passes", "min_total", "min_each_tool", "confidence",
                "note", "sources")
# The widest numbering a catalog may use for indicators and issues: two digits, as agency
# tables write them ("๑๐.การป้องกันการทุจริต"); each year's own numbers are its file's.
MAX_NUMBER = 99
# Tool weights are percentages of the total whatever the score range.
PERCENT = (0, 100)
# A guard against typing slips in a score range (10000 for 100), not a framework fact: any
# year's scale, 0–5 or 0–100, lies well inside it.
SCORE_LIMITS = (0, 1000)


def read_score_range(data: LocatedMap, fields: FieldReader) -> ScoreRange | None:
    """`score_range: {min: 0, max: 100}`: the scale of every score of the year."""
    example = "score_range: {min: 0, max: 100}"
    raw = fields.mapping(data, "score_range", "score_range", required=True, example=example)
    if raw is None:
        return None
    fields.check_keys(raw, SCORE_RANGE_FIELDS, "score_range")
    low = fields.number(raw, "min", "score_range.min", low=SCORE_LIMITS[0],
                        high=SCORE_LIMITS[1], required=True)
    high = fields.number(raw, "max", "score_range.max", low=SCORE_LIMITS[0],
                         high=SCORE_LIMITS[1], required=True)
    if low is None or high is None:
        return None
    if low >= high:
        fields.error(raw.where_of("max"), msg.SCORE_RANGE_EMPTY.format(
            low=f"{low:g}", high=f"{high:g}"), "score_range")
        return None
    return ScoreRange(low, high)


def read_tools(data: LocatedMap, fields: FieldReader) -> dict[str, Tool]:
    raw = fields.mapping(data, "tools", "tools", required=True,
                         example="tools: {iit: {name: ..., weight: 30}, ...}")
    if raw is None:
        return {}
    tools: dict[str, Tool] = {}
    for key, value in raw.items():
        label = f"tools.{key}"
        if key not in TOOLS:
            fields.error(raw.where_of(key), msg.NOT_ONE_OF.format(
                field="tools", got=key, allowed=", ".join(TOOLS)), label)
            continue
        if not isinstance(value, LocatedMap):
            fields.wrong_type(raw.where_of(key), label, value, "mapping", f"{key}: {{name: ...}}")
            continue
        fields.check_keys(value, TOOL_FIELDS, label)
        name = fields.text(value, "name", f"{label}.name", required=True)
        if name is None:
            continue
        tools[key] = Tool(
            key=key, name=name,
            weight=fields.number(value, "weight", f"{label}.weight", low=PERCENT[0],
                                 high=PERCENT[1]),
            confidence=fields.choice(value, "confidence", f"{label}.confidence", CONFIDENCES),
            sources=fields.texts(value, "sources", f"{label}.sources"),
            note=fields.text(value, "note", f"{label}.note"))
    for key in TOOLS:
        if key not in raw:
            fields.error(raw.where, msg.MISSING_FIELD.format(
                field=f"tools.{key}", example=f"{key}: {{name: ...}}"), f"tools.{key}")
    weights = [tool.weight for tool in tools.values()]
    if len(weights) == len(TOOLS) and None not in weights and abs(sum(weights) - 100) > 0.01:
        fields.warning(raw.where, msg.WEIGHTS_NOT_100.format(total=f"{sum(weights):g}"), "tools")
    return tools


def read_indicators(data: LocatedMap, fields: FieldReader) -> dict[int, Indicator]:
    raw = fields.mapping(data, "indicators", "indicators", required=True,
                         example="indicators: {1: {name: การปฏิบัติหน้าที่, tool: iit}, ...}")
    if raw is None:
        return {}
    indicators: dict[int, Indicator] = {}
    for key, value in raw.items():
        label = f"indicators.{key}"
        number = fields.integer_value(key, raw.where_of(key), label, low=1, high=MAX_NUMBER)
        if number is None:
            continue
        if not isinstance(value, LocatedMap):
            fields.wrong_type(raw.where_of(key), label, value, "mapping",
                              f"{key}: {{name: ..., tool: iit}}")
            continue
        fields.check_keys(value, INDICATOR_FIELDS, label)
        name = fields.text(value, "name", f"{label}.name", required=True)
        tool = fields.choice(value, "tool", f"{label}.tool", TOOLS, required=True)
        aliases = fields.texts(value, "aliases", f"{label}.aliases")
        if name is not None and tool is not None:
            indicators[number] = Indicator(number, name, tool, aliases)
    return dict(sorted(indicators.items()))


def read_issues(data: LocatedMap, fields: FieldReader, grouping: str | None) -> dict[int, Issue]:
    raw = fields.mapping(data, "issues", "issues", example="issues: {1: ..., 2: ...}")
    if raw is None or not raw:
        if grouping == "issues":
            fields.error(data.where_of("issues") if "issues" in data else data.where,
                         msg.ISSUES_REQUIRED, "issues")
        return {}
    issues: dict[int, Issue] = {}
    for key, value in raw.items():
        label = f"issues.{key}"
        number = fields.integer_value(key, raw.where_of(key), label, low=1, high=MAX_NUMBER)
        if isinstance(value, LocatedMap):  # {name: ..., aliases: [...]}
            fields.check_keys(value, ISSUE_FIELDS, label)
            name = fields.text(value, "name", f"{label}.name", required=True)
            aliases = fields.texts(value, "aliases", f"{label}.aliases")
        else:
            name, aliases = fields.text(raw, key, label, required=True), ()
        if number is not None and name is not None:
            issues[number] = Issue(number, name, aliases)
    return dict(sorted(issues.items()))


def read_levels(data: LocatedMap, fields: FieldReader,
                scale: ScoreRange | None) -> tuple[LevelBand, ...]:
    """The level bands, best first; their thresholds lie within the year's `scale` (when the
    score range itself is unusable, within the widest range a catalog may give)."""
    raw = fields.listing(data, "levels", "levels", required=True,
                         example="levels: [{name: ผ่าน, min_total: 85}, ...]")
    if raw is None:
        return ()
    if not raw:
        fields.error(raw.where, msg.EMPTY_LIST.format(field="levels"), "levels")
        return ()
    bands: list[LevelBand] = []
    for index, value in enumerate(raw):
        label = f"levels[{index + 1}]"
        if not isinstance(value, LocatedMap):
            fields.wrong_type(raw.where_at(index), label, value, "mapping",
                              "- {name: ผ่าน, min_total: 85}")
            continue
        band = _read_band(value, fields, label, scale)
        if band is None:
            continue
        _check_band_reachable(band, bands, value, fields, label)
        bands.append(band)
    if bands and scale is not None and bands[-1].min_total > scale.low:
        fields.warning(raw.where_at(len(raw) - 1), msg.BANDS_LEAVE_GAP.format(
            low=f"{bands[-1].min_total:g}", floor=f"{scale.low:g}"), "levels")
    return tuple(bands)


def _read_band(value: LocatedMap, fields: FieldReader, label: str,
               scale: ScoreRange | None) -> LevelBand | None:
    fields.check_keys(value, LEVEL_FIELDS, label)
    low, high = (scale.low, scale.high) if scale is not None else SCORE_LIMITS
    name = fields.text(value, "name", f"{label}.name", required=True)
    min_total = fields.number(value, "min_total", f"{label}.min_total", low=low, high=high,
                              required=True)
    min_each = fields.number(value, "min_each_tool", f"{label}.min_each_tool", low=low,
                             high=high)
    if name is None or min_total is None:
        return None
    return LevelBand(
        name=name, min_total=min_total, min_each_tool=min_each,
        name_en=fields.text(value, "name_en", f"{label}.name_en"),
        passes=fields.boolean(value, "passes", f"{label}.passes", default=True),
        confidence=fields.choice(value, "confidence", f"{label}.confidence", CONFIDENCES),
        note=fields.text(value, "note", f"{label}.note"),
        sources=fields.texts(value, "sources", f"{label}.sources"))


def _check_band_reachable(band: LevelBand, before: list[LevelBand], value: LocatedMap,
                          fields: FieldReader, label: str) -> None:
    """Bands are tried best first, so a band no stricter than an earlier one is never reached."""
    for earlier in before:
        if earlier.name == band.name:
            fields.error(value.where, msg.DUPLICATE_LEVEL.format(name=band.name), label)
            return
        if (earlier.min_total <= band.min_total
                and (earlier.min_each_tool or 0) <= (band.min_each_tool or 0)):
            fields.error(value.where, msg.BAND_UNREACHABLE.format(
                name=band.name, before=earlier.name), label)
            return
