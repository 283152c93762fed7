"""Score charts as plain SVG made at build time, with a data table beside each.

No script and no chart library: the site must work offline, print, and pass the government
accessibility rules. Each chart is a horizontal grouped bar chart from 0 to the top of the year's
score range (its catalog's `score_range`; 100 on ITAS result sheets so far): one
group per series (total, IIT, EIT, OIT, or an indicator), one bar per year inside it, the year
written at the bar's left and the score at its end, so nothing is told by colour alone.

The viewBox is 360 units wide (a phone's width) and the SVG has no pixel size, so it scales to
its column. Colours come from `currentColor` and CSS classes (theme/assets/stylesheets/
charts.css), so dark mode and print follow the page. Every bar carries `data-year`,
`data-series` and `data-value`; its width is `data-value` / the scale's top of the plot width.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from ita_site.messages import scores as msg
from ita_site.scores.format import format_score
from ita_site.scores.models import YearScores

WIDTH = 360
PLOT_X = 44            # left of the 0 line; the year label sits before it
PLOT_WIDTH = 268       # leaves room for "100.00" after a full bar
AXIS_HEIGHT = 18
GROUP_LABEL_HEIGHT = 19
BAR_HEIGHT = 14
BAR_GAP = 3
GROUP_GAP = 8
FONT_SIZE = 12
GRID_PARTS = 4         # grid lines at 0, ¼, ½, ¾ and all of the scale
LABEL_MAX_CHARS = 52

TOOL_SERIES = ("total", "iit", "eit", "oit")


@dataclass(frozen=True)
class ChartGroup:
    """One group of bars: `key` goes into data-series, `label` is shown above the bars."""

    key: str
    label: str


def _x(value: float, scale: float) -> float:
    return round(PLOT_X + PLOT_WIDTH * value / scale, 2)


def _label(text: str) -> str:
    return text if len(text) <= LABEL_MAX_CHARS else text[: LABEL_MAX_CHARS - 1] + "…"


def chart_height(groups: int, years: int) -> int:
    """Height in viewBox units of a chart of `groups` groups of `years` bars."""
    per_group = GROUP_LABEL_HEIGHT + years * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
    return AXIS_HEIGHT + groups * per_group


def bar_chart_svg(*, chart_id: str, title: str, desc: str, groups: Sequence[ChartGroup],
                  years: Sequence[int], value_of: Callable[[int, str], float | None],
                  reference: float | None = None, scale: float = 100) -> str:
    """A grouped horizontal bar chart (see the module docstring) as an SVG element.

    `value_of(year, group_key)` gives each bar's score or None (no bar, a dash instead), on a
    scale from 0 to `scale` (the score range's top; 100 for percentages).
    `reference` draws a dashed line at that score, e.g. the pass mark.
    `chart_id` must be unique on the page: it prefixes the ids of <title> and <desc>.
    """
    height = chart_height(len(groups), len(years))
    latest = max(years) if years else None
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    values_text = "; ".join(
        (msg.CHART_VALUE if value_of(year, g.key) is not None else msg.CHART_NO_VALUE).format(
            series=g.label, year=year, value=format_score(value_of(year, g.key)))
        for g in groups for year in years)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ita-chart" id="{escape(chart_id)}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'font-size="{FONT_SIZE}" fill="currentColor" data-plot-x="{PLOT_X}" '
        f'data-plot-width="{PLOT_WIDTH}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(desc)} {escape(values_text)}</desc>',
    ]
    out.extend(_grid(height, reference, scale))
    y = AXIS_HEIGHT
    for group in groups:
        out.append(f'<text class="ita-chart-group" x="0" y="{y + GROUP_LABEL_HEIGHT - 5}">'
                   f'{escape(_label(group.label))}</text>')
        y += GROUP_LABEL_HEIGHT
        for year in years:
            out.extend(_bar(year, group, value_of(year, group.key), y, year == latest, scale))
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
    out.append("</svg>")
    return "\n".join(out)


def _grid(height: int, reference: float | None, scale: float) -> list[str]:
    parts = ['<g class="ita-chart-grid" aria-hidden="true">']
    for part in range(GRID_PARTS + 1):
        step = f"{scale * part / GRID_PARTS:g}"
        x = _x(scale * part / GRID_PARTS, scale)
        parts.append(f'<line x1="{x}" x2="{x}" y1="{AXIS_HEIGHT - 4}" y2="{height}" '
                     f'stroke="currentColor" stroke-opacity="0.25"/>')
        parts.append(f'<text class="ita-chart-axis" x="{x}" y="{AXIS_HEIGHT - 7}" '
                     f'text-anchor="middle">{step}</text>')
    if reference is not None:
        x = _x(reference, scale)
        parts.append(f'<line class="ita-chart-reference" x1="{x}" x2="{x}" y1="{AXIS_HEIGHT - 4}" '
                     f'y2="{height}" stroke="currentColor" stroke-dasharray="3 3" '
                     f'data-value="{reference}"/>')
    parts.append("</g>")
    return parts


def _bar(year: int, group: ChartGroup, value: float | None, y: float, latest: bool,
         scale: float) -> list[str]:
    middle = y + BAR_HEIGHT / 2
    parts = [f'<text class="ita-chart-year" x="{PLOT_X - 4}" y="{middle}" text-anchor="end" '
             f'dominant-baseline="central">{year}</text>']
    if value is None:
        parts.append(f'<text class="ita-chart-value ita-chart-missing" x="{PLOT_X + 4}" '
                     f'y="{middle}" dominant-baseline="central">–</text>')
        return parts
    recency = "ita-chart-bar--latest" if latest else "ita-chart-bar--past"
    width = round(PLOT_WIDTH * value / scale, 2)
    shown = format_score(value)
    parts.append(
        f'<rect class="ita-chart-bar {recency}" x="{PLOT_X}" y="{y}" width="{width}" '
        f'height="{BAR_HEIGHT}" data-year="{year}" data-series="{escape(group.key)}" '
        f'data-value="{shown}"><title>{escape(group.label)} {year}: {shown}</title></rect>')
    parts.append(f'<text class="ita-chart-value" x="{round(PLOT_X + width + 4, 2)}" y="{middle}" '
                 f'dominant-baseline="central">{shown}</text>')
    return parts


def chart_table_html(*, caption: str, groups: Sequence[ChartGroup], years: Sequence[int],
                     value_of: Callable[[int, str], float | None], table_class: str) -> str:
    """The chart's numbers as a table: one row per group, one column per year."""
    head = "".join(f'<th scope="col">{year}</th>' for year in years)
    rows = []
    for group in groups:
        cells = "".join(
            f'<td class="ita-num" data-year="{year}" data-series="{escape(group.key)}">'
            f'{format_score(value_of(year, group.key))}</td>' for year in years)
        rows.append(f'<tr><th scope="row">{escape(group.label)}</th>{cells}</tr>')
    return (f'<table class="ita-table ita-chart-table {table_class}">'
            f'<caption>{escape(caption)}</caption>\n'
            f'<thead><tr><th scope="col">{msg.YEAR}</th>{head}</tr></thead>\n'
            f'<tbody>\n' + "\n".join(rows) + '\n</tbody></table>')


def _years_label(years: Sequence[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]) if years else ""


def _value_getter(history: Mapping[int, YearScores]) -> Callable[[int, str], float | None]:
    def value_of(year: int, key: str) -> float | None:
        scores = history.get(year)
        return scores.series(key) if scores is not None else None
    return value_of


def tool_groups() -> list[ChartGroup]:
    """Groups of the tools chart: total, IIT, EIT, OIT."""
    return [ChartGroup(key, msg.TOOL_NAMES[key]) for key in TOOL_SERIES]


def indicator_groups(indicator_names: Mapping[int, str],
                     scored: Iterable[int] = ()) -> list[ChartGroup]:
    """Groups of the indicators chart: the indicators of the latest year's catalog, named as
    there, and any other number a year was scored on (an earlier framework's), by number."""
    numbers = sorted({*indicator_names, *scored})
    return [ChartGroup(f"indicator-{n}", msg.CHART_INDICATOR_LABEL.format(
        number=n, name=indicator_names.get(n, "")).rstrip(". ")) for n in numbers]


def _scale_of(scale: float | None, history: Mapping[int, YearScores],
              groups: Sequence[ChartGroup]) -> float:
    """The catalog's top score; without a catalog, the highest score shown, so bars fit."""
    if scale is not None:
        return scale
    values = [scores.series(group.key) for scores in history.values() for group in groups]
    return max((value for value in values if value), default=1.0)


def tools_chart(history: Mapping[int, YearScores], *, scale: float | None,
                reference: float | None = None,
                chart_id: str = "ita-chart-tools") -> tuple[str, str]:
    """(SVG, table) of total, IIT, EIT and OIT for every year in `history`, from 0 to `scale`
    (the top of the latest catalog's score range), with a line at `reference` (its pass mark)."""
    years = sorted(history)
    title = msg.CHART_TOOLS_TITLE.format(years=_years_label(years))
    groups, value_of = tool_groups(), _value_getter(history)
    top = _scale_of(scale, history, groups)
    svg = bar_chart_svg(chart_id=chart_id, title=title,
                        desc=msg.CHART_TOOLS_DESC.format(scale=f"{top:g}"), groups=groups,
                        years=years, value_of=value_of, reference=reference, scale=top)
    table = chart_table_html(caption=msg.CHART_TABLE_CAPTION.format(title=title), groups=groups,
                             years=years, value_of=value_of, table_class="ita-chart-table--tools")
    return svg, table


def indicators_chart(history: Mapping[int, YearScores], indicator_names: Mapping[int, str], *,
                     scale: float | None, reference: float | None = None,
                     chart_id: str = "ita-chart-indicators") -> tuple[str, str]:
    """(SVG, table) of the indicators for every year in `history` that has them; `scale` and
    `reference` as for tools_chart."""
    years = sorted(year for year, scores in history.items() if scores.indicators)
    title = msg.CHART_INDICATORS_TITLE.format(years=_years_label(years))
    scored = {n for year in years for n in history[year].indicators}
    groups, value_of = indicator_groups(indicator_names, scored), _value_getter(history)
    top = _scale_of(scale, {year: history[year] for year in years}, groups)
    svg = bar_chart_svg(chart_id=chart_id, title=title,
                        desc=msg.CHART_INDICATORS_DESC.format(scale=f"{top:g}"), groups=groups,
                        years=years, value_of=value_of, reference=reference, scale=top)
    table = chart_table_html(caption=msg.CHART_TABLE_CAPTION.format(title=title), groups=groups,
                             years=years, value_of=value_of,
                             table_class="ita-chart-table--indicators")
    return svg, table
