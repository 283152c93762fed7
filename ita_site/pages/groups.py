"""How a year's measures are grouped in its tables and pages: by issue (ประเด็น) or by
indicator, as the catalog of the year says, each group with its title."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ita_site.content.models import Measure, Year
from ita_site.messages.pages import L

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


def framework_of(checked: CheckedSite, year: Year):
    """The catalog whose grouping, numbers and names the year follows: its own ITA year's,
    else the nearest earlier one's (CatalogSet.framework_for)."""
    return checked.catalogs.framework_for(year.ita_year)


def grouping_of(checked: CheckedSite, year: Year) -> str:
    """'issues' or 'indicators', as the year's catalog says."""
    catalog = framework_of(checked, year)
    return catalog.grouping if catalog is not None else "indicators"


def group_title(checked: CheckedSite, year: Year, grouping: str, key: int) -> str:
    catalog = framework_of(checked, year)
    name = catalog.group_name(key, grouping) if catalog is not None else None
    label = L.issue if grouping == "issues" else L.indicator
    return f"{key}. {name}" if name else label.format(number=key)


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
