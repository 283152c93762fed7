"""Levels (ระดับผลการประเมิน) derived from a year's score bands.

Bands are data from each year's catalog, ordered best first. A band holds when the total
reaches its `min_total` and, if it sets `min_each_tool`, each of IIT, EIT and OIT reaches that
too. The first band that holds is the level. From 2566 the bands read:

    ผ่านดีเยี่ยม  total ≥ 95 and every tool ≥ 95
    ผ่านดี       total ≥ 85 and every tool ≥ 85
    ผ่าน         total ≥ 85
    ต้องปรับปรุง  total ≥ 0 (or whatever lower bands the catalog gives)

so a total of 96 with an EIT of 94 is ผ่านดี, not ผ่านดีเยี่ยม. Until 2565 letter grades had only
totals (AA ≥ 95, A ≥ 85, …). When a band needs a tool's score that year.yml does not give and
the total alone would not settle it, no level is derived: guessing a lower band would publish
a wrong level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ita_site.base.problems import Problems
from ita_site.messages import Text
from ita_site.messages import scores as msg
from ita_site.scores.models import TOOLS, YearScores


@dataclass(frozen=True)
class LevelBand:
    """One level of a year's bands: its name and the scores it needs."""

    name: str
    min_total: float
    min_each_tool: float | None = None

    @classmethod
    def of(cls, band: object) -> "LevelBand":
        """A LevelBand from a mapping `{name, min_total, min_each_tool}` or any object with
        those attributes (such as a catalog's own band type)."""
        if isinstance(band, LevelBand):
            return band
        get = band.get if isinstance(band, Mapping) else lambda key: getattr(band, key, None)
        each = get("min_each_tool")
        return cls(str(get("name")), float(get("min_total")), None if each is None else float(each))


@dataclass(frozen=True)
class LevelDerivation:
    """A level and why: `reasons` lists the better bands missed, then the band that held."""

    name: str | None
    reasons: tuple[Text, ...] = ()

    def explain_th(self) -> str:
        return "; ".join(reason.th for reason in self.reasons)

    def explain_en(self) -> str:
        return "; ".join(reason.en for reason in self.reasons)


def _number(value: float) -> str:
    return f"{value:.2f}"


def explain_level(scores: YearScores, bands: Iterable[object]) -> LevelDerivation:
    """The level `scores` reach under `bands` (best first), with the reason for each step."""
    reasons: list[Text] = []
    total = scores.total
    for band in map(LevelBand.of, bands):
        if total < band.min_total:
            reasons.append(msg.LEVEL_REASON_MISSED_TOTAL.format(
                name=band.name, total=_number(total), min_total=_number(band.min_total)))
            continue
        if band.min_each_tool is None:
            reasons.append(msg.LEVEL_REASON_MET_TOTAL.format(
                total=_number(total), min_total=_number(band.min_total)))
            return LevelDerivation(band.name, tuple(reasons))
        missing = [tool for tool in TOOLS if scores.tool(tool) is None]
        if missing:
            reasons.append(msg.LEVEL_REASON_UNDECIDED.format(
                name=band.name, tools=", ".join(t.upper() for t in missing)))
            return LevelDerivation(None, tuple(reasons))
        low = [tool for tool in TOOLS if scores.tool(tool) < band.min_each_tool]
        if low:
            reasons.append(msg.LEVEL_REASON_MISSED_TOOL.format(
                name=band.name, min_each=_number(band.min_each_tool),
                tools=", ".join(f"{t.upper()} {_number(scores.tool(t))}" for t in low)))
            continue
        reasons.append(msg.LEVEL_REASON_MET_EACH.format(
            total=_number(total), min_total=_number(band.min_total),
            min_each=_number(band.min_each_tool),
            tools=", ".join(f"{t.upper()} {_number(scores.tool(t))}" for t in TOOLS)))
        return LevelDerivation(band.name, tuple(reasons))
    reasons.append(msg.LEVEL_REASON_NO_BAND.format(total=_number(total)))
    return LevelDerivation(None, tuple(reasons))


def derive_level(scores: YearScores, bands: Iterable[object]) -> str | None:
    """Name of the first band (best first) the scores reach; None when none can be decided."""
    return explain_level(scores, bands).name


def level_of(scores: YearScores, bands: Iterable[object]) -> str | None:
    """The level to publish: the one written in year.yml, else the derived one."""
    return scores.level or derive_level(scores, bands)


def check_given_level(scores: YearScores, bands: Iterable[object], *, year: int, path: str,
                      problems: Problems, line_of=lambda keys: None) -> None:
    """Warn when year.yml's `level` is not what the year's bands give for its scores.

    Only a warning: the result sheet is authoritative, but a mismatch is usually a typo in
    a score or a level copied from another year.
    """
    if scores.level is None:
        return
    derived = derive_level(scores, bands)
    if derived is not None and "".join(derived.split()) != "".join(scores.level.split()):
        problems.warning(path, msg.LEVEL_DIFFERS.format(given=scores.level, derived=derived,
                                                        year=year),
                         line=line_of(("scores", "level")), field="scores.level")
