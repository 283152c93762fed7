"""What an agency's year.yml says about its ITA results, after validation."""

from __future__ import annotations

from dataclasses import dataclass, field

TOOLS = ("iit", "eit", "oit")


@dataclass(frozen=True)
class YearScores:
    """The published ITA scores of one year; every number lies in its catalog's score_range.

    `level` is the level as written in year.yml, None when it is to be derived from the
    year's bands (see ita_site.scores.levels). Item codes are normalised (i10, e7, O12).
    """

    total: float
    iit: float | None = None
    eit: float | None = None
    oit: float | None = None
    level: str | None = None
    indicators: dict[int, float] = field(default_factory=dict)
    items: dict[str, float] = field(default_factory=dict)

    def tool(self, name: str) -> float | None:
        """Score of one tool: `iit`, `eit` or `oit`."""
        return {"iit": self.iit, "eit": self.eit, "oit": self.oit}[name]

    def series(self, key: str) -> float | None:
        """A chart series: `total`, a tool, or `indicator-N`."""
        if key == "total":
            return self.total
        if key.startswith("indicator-"):
            return self.indicators.get(int(key.removeprefix("indicator-")))
        return self.tool(key)


@dataclass(frozen=True)
class IssueAnalysis:
    """What the agency wrote about one issue (or, before 2568, one indicator).

    `items` lists the codes shown under it, empty when the catalog's mapping is to be used;
    `lowest` lists the code(s) the agency named as lowest, empty when they are to be found
    from the scores. Texts keep the agency's line breaks.
    """

    number: int
    items: list[str] = field(default_factory=list)
    lowest: list[str] = field(default_factory=list)
    cause: str = ""
    note: str = ""
    plan: str = ""


@dataclass(frozen=True)
class YearResults:
    """The `scores`, `questions` and `analysis` parts of one year.yml."""

    scores: YearScores | None = None
    questions: dict[str, str] = field(default_factory=dict)
    analysis: dict[int, IssueAnalysis] = field(default_factory=dict)
