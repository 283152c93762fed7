"""How a year's measures are grouped in its tables and pages: by issue (ประเด็น) or by
indicator, as the catalog of the year says, each group with its title."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ita_site.content.models import Measure, Year
from ita_site.messages.pages import INDICATOR_NAMES, ISSUE_NAMES, L

if TYPE_CHECKING:
    from ita_site.checked import CheckedSite


@dataclass(frozen=True)
class Group:
    """A section of a year's tables: one issue (ประเด็น) or one indicator."""

    key: int | None
    title: str
    measures: tuple[Measure, ...]

    @property
    def anchor(self) -> str:
        return f"group-{self.key}" if self.key is not None else "group-other"


def grouping_of(checked: CheckedSite, year: Year) -> str:
    """'issues' (2568 on) or 'indicators' (2566, 2567), as the year's catalog says."""
    catalog = checked.catalog(year.year)
    if catalog is not None:
        return catalog.grouping
    return "issues" if year.year >= 2568 else "indicators"


def group_title(checked: CheckedSite, year: Year, grouping: str, key: int) -> str:
    catalog = checked.catalog(year.year)
    if grouping == "issues":
        names = getattr(catalog, "issues", None) or {}
        name = _name_of(names, key) or ISSUE_NAMES.get(key)
        return f"{key}. {name}" if name else L.issue.format(number=key)
    names = getattr(catalog, "indicators", None) or {}
    name = _name_of(names, key) or INDICATOR_NAMES.get(key)
    return f"{key}. {name}" if name else L.indicator.format(number=key)


def measure_groups(checked: CheckedSite, year: Year,
                   measures: list[Measure] | None = None) -> list[Group]:
    """Measures by issue or indicator in the order of the official tables; ungrouped last."""
    measures = year.measures if measures is None else measures
    grouping = grouping_of(checked, year)
    buckets: dict[int | None, list[Measure]] = {}
    for measure in measures:
        if grouping == "issues":
            key = measure.issue
        else:
            key = measure.indicators[0] if measure.indicators else None
        buckets.setdefault(key, []).append(measure)
    keys = sorted(k for k in buckets if k is not None)
    groups = [Group(k, group_title(checked, year, grouping, k), tuple(buckets[k])) for k in keys]
    if None in buckets:
        groups.append(Group(None, L.ungrouped, tuple(buckets[None])))
    return groups


def _name_of(names, key: int) -> str | None:
    """Catalogs may give names as {n: "name"} or {n: object with .name}."""
    value = names.get(key) if hasattr(names, "get") else None
    if value is None:
        return None
    return getattr(value, "name", value)
