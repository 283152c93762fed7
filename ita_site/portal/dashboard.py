"""/dashboard/: the portal's charts, drawn at build time like the agency charts (SVG, no
script, each with its numbers as a table): the ITA totals over the years (lowest, median and
highest of the agencies scored that year), the mean ITA total and mean OIT coverage (per cent
of items) over the years, and the share of agencies at each level in each year."""

from __future__ import annotations

from html import escape
from statistics import mean, median

from ita_site.messages.portal import LABELS as L
from ita_site.portal.core import bar_chart
from ita_site.portal.rows import AgencyRow


def _per_year(rows: list[AgencyRow]):
    totals: dict[int, list[float]] = {}
    coverage: dict[int, list[float]] = {}
    levels: dict[int, list[str]] = {}
    for row in rows:
        for year in row.years:
            if year["total"] is not None:
                totals.setdefault(year["year"], []).append(year["total"])
                levels.setdefault(year["year"], []).append(year["level"] or L["no_level"])
        for year in row.coverage:
            if year["total"]:
                coverage.setdefault(year["year"], []).append(100 * year["covered"] / year["total"])
    return totals, coverage, levels


def dashboard_page(rows: list[AgencyRow]) -> str:
    totals, coverage, levels = _per_year(rows)
    years = sorted(set(totals) | set(coverage))
    parts = [f"# {L['dashboard']}", ""]
    if not years:
        return "\n".join(parts + [L["no_data"], ""])

    def means(year: int, key: str):
        values = (totals if key == "total" else coverage).get(year)
        return round(mean(values), 2) if values else None

    if totals:
        parts += _spread_chart(totals)
    parts += [f"## {escape(L['chart_means'])}", "",
              bar_chart(chart_id="portal-means", title=L["chart_means"],
                        desc=L["chart_means"], years=years, value_of=means,
                        groups=[("total", L["total"]), ("coverage", L["coverage_pct"])]), ""]
    names = sorted({name for values in levels.values() for name in values})
    if names:
        def share(year: int, key: str):
            values = levels.get(year)
            return round(100 * values.count(key) / len(values), 2) if values else None

        parts += [f"## {escape(L['chart_levels'])}", "",
                  bar_chart(chart_id="portal-levels", title=L["chart_levels"],
                            desc=L["chart_levels"], years=sorted(levels), value_of=share,
                            groups=[(name, name) for name in names]), ""]
    return "\n".join(parts) + "\n"


def _spread_chart(totals: dict[int, list[float]]) -> list[str]:
    """Lowest, median and highest ITA total per year, and how many agencies each year counts."""
    summaries = {"lowest": min, "median": median, "highest": max}
    counts = " · ".join(f"{year}: {len(values)}" for year, values in sorted(totals.items()))

    def value_of(year: int, key: str):
        values = totals.get(year)
        return round(summaries[key](values), 2) if values else None

    return [f"## {escape(L['chart_spread'])}", "",
            bar_chart(chart_id="portal-spread", title=L["chart_spread"],
                      desc=L["chart_spread_desc"].format(counts=counts), years=sorted(totals),
                      value_of=value_of, groups=[(k, L[k]) for k in summaries]), "",
            f'<p class="portal-chart-count">{escape(L["scored"])}: {escape(counts)}</p>', ""]
