"""The dashboard's "scores over the years": the lowest, median and highest ITA total of each
year, drawn and tabled from the agencies' recorded years."""

from __future__ import annotations

import re

from ita_site.portal.dashboard import dashboard_page
from ita_site.portal.rows import AgencyRow


def _row(slug: str, totals: dict[int, float | None]) -> AgencyRow:
    years = [{"year": y, "ita_year": y, "total": t, "level": None} for y, t in totals.items()]
    return AgencyRow(slug=slug, name=slug, type="", district="", province="", ok=True,
                     has_site=True, years=years)


def test_each_year_shows_lowest_median_and_highest_of_the_agencies_scored_that_year():
    rows = [_row("a", {2567: 70.0, 2568: 60.0}), _row("b", {2567: 80.0, 2568: 90.0}),
            _row("c", {2567: 95.5, 2568: None})]
    page = dashboard_page(rows)
    svg = page[page.index('id="portal-spread"'):page.index("</svg>")]
    bars = dict(((year, series), value) for year, series, value in re.findall(
        r'data-year="(\d+)" data-series="(\w+)" data-value="([\d.]+)"', svg))
    assert bars == {("2567", "lowest"): "70.00", ("2567", "median"): "80.00",
                    ("2567", "highest"): "95.50", ("2568", "lowest"): "60.00",
                    ("2568", "median"): "75.00", ("2568", "highest"): "90.00"}
    table = page[page.index("</svg>"):page.index("</table>")]
    assert '<td class="ita-num" data-year="2568" data-series="median">75.00</td>' in table
    # agency c had no 2568 score: it is not counted in that year
    assert "2567: 3 · 2568: 2" in page


def test_no_scores_gives_no_scores_chart():
    page = dashboard_page([_row("a", {2568: None})])
    assert 'id="portal-spread"' not in page
