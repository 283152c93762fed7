"""HTML blocks about ITA scores: the analysis page, the year page's glance, the home charts.

The analysis page follows the documents agencies publish (การวิเคราะห์ผลการประเมิน): the
total and level, the three tools, the ten indicators, then per issue the questions and OIT
items with their scores, the lowest, the cause, remarks and the way to raise it, and last
the measures of the next fiscal year that name those items in `addresses`.

Every block is one HTML fragment without blank lines, so Python-Markdown passes it through
untouched when a generated Markdown page embeds it. All agency text is escaped. Markers for
the lowest item and for scores under the target are words, not colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

from ita_site.messages import scores as msg
from ita_site.scores.charts import indicators_chart, tools_chart
from ita_site.catalog.codes import sheet_order as code_sort_key
from ita_site.scores.format import format_score
from ita_site.scores.levels import explain_level
from ita_site.scores.models import TOOLS, IssueAnalysis, YearScores

@dataclass(frozen=True)
class AnalysisCatalog:
    """What these pages need from the year's catalog, as plain data.

    `group_names` and `item_groups` are by issue (1–7) when `grouping` is "issue", by
    indicator (1–10) for years before 2568 whose analyses follow the indicators.
    `bands` are level bands best first: mappings {name, min_total, min_each_tool} or LevelBand.
    `target` is the pass mark agencies aim every item at (scores under it are marked; None
    marks nothing) and `scale` the top of the year's score range (the charts' full bar); both
    come from the catalog (Catalog.pass_mark, score_range).
    """

    indicator_names: Mapping[int, str] = field(default_factory=dict)
    group_names: Mapping[int, str] = field(default_factory=dict)
    question_texts: Mapping[str, str] = field(default_factory=dict)
    item_groups: Mapping[str, int] = field(default_factory=dict)
    bands: Sequence[object] = ()
    grouping: str = "issue"
    target: float | None = None
    scale: float | None = None


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _lines(text: str) -> str:
    """Agency text with its line breaks kept as <br>; a dash when empty."""
    lines = [_e(line.strip()) for line in text.splitlines() if line.strip()]
    return "<br>".join(lines) if lines else msg.NO_SCORE


def _below(value: float | None, target: float | None) -> bool:
    # compare what is shown: 84.999 prints as 85.00 and must not be marked
    return value is not None and target is not None and round(value, 2) < target


def score_cell(value: float | None, target: float | None) -> str:
    """A <td> with the score; under `target` it carries a class and a visible marker."""
    if not _below(value, target):
        return f'<td class="ita-num">{format_score(value)}</td>'
    mark = msg.BELOW_TARGET_MARK.format(target=format_score(target).removesuffix(".00"))
    return (f'<td class="ita-num ita-below-target">{format_score(value)} '
            f'<span class="ita-marker ita-marker--below">({_e(mark)})</span></td>')


def level_text(scores: YearScores, bands: Sequence[object]) -> tuple[str | None, str]:
    """(level to show, how it was derived — empty when written in year.yml)."""
    if scores.level:
        return scores.level, ""
    derivation = explain_level(scores, bands)
    return derivation.name, derivation.explain_th()


# --- the summary: total, level, tools, indicators ----------------------------------------

def scores_table_html(year: int, scores: YearScores, *, target: float | None = None) -> str:
    """Table แบบวัด | คะแนน: total, then IIT, EIT, OIT."""
    rows = [f'<tr class="ita-total"><th scope="row">{msg.TOTAL}</th>'
            f'{score_cell(scores.total, target)}</tr>']
    rows += [f'<tr data-tool="{tool}"><th scope="row">{_e(msg.TOOL_NAMES[tool])}</th>'
             f'{score_cell(scores.tool(tool), target)}</tr>' for tool in TOOLS]
    return (f'<table class="ita-table ita-scores-table"><caption>'
            f'{_e(msg.SCORES_OF_YEAR.format(year=year))}</caption>\n'
            f'<thead><tr><th scope="col">{msg.TOOL}</th><th scope="col">{msg.SCORE}</th>'
            f'</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody></table>")


def level_html(scores: YearScores, bands: Sequence[object], *, year: int) -> str:
    """`ระดับผลการประเมิน: ผ่านดี (คะแนนรวม 95.42)`, with the derivation when derived."""
    name, reason = level_text(scores, bands)
    out = (f'<p class="ita-level">{msg.LEVEL}: <strong>{_e(name or msg.NO_LEVEL)}</strong> '
           f'({msg.TOTAL} {format_score(scores.total)})</p>')
    if reason:
        out += (f'\n<p class="ita-level-note">'
                f'{_e(msg.LEVEL_DERIVED_NOTE.format(year=year, reason=reason))}</p>')
    return out


def indicators_table_html(year: int, scores: YearScores, indicator_names: Mapping[int, str], *,
                          target: float | None = None) -> str:
    """Table ตัวชี้วัด | คะแนน of the indicators the year has scores for."""
    rows = [f'<tr data-indicator="{n}"><th scope="row">{n}. {_e(indicator_names.get(n, ""))}'
            f'</th>{score_cell(value, target)}</tr>'
            for n, value in sorted(scores.indicators.items())]
    return (f'<table class="ita-table ita-indicators-table"><caption>'
            f'{_e(msg.INDICATORS_OF_YEAR.format(year=year))}</caption>\n'
            f'<thead><tr><th scope="col">{msg.INDICATOR}</th><th scope="col">{msg.SCORE}</th>'
            f'</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody></table>")


# --- per issue ----------------------------------------------------------------------------

def group_items(number: int, entry: IssueAnalysis | None, scores: YearScores,
                item_groups: Mapping[str, int]) -> list[str]:
    """Codes shown under a group: the agency's `items`, else the catalog's scored codes."""
    if entry is not None and entry.items:
        return list(entry.items)
    return sorted((c for c, g in item_groups.items() if g == number and c in scores.items),
                  key=code_sort_key)


def lowest_items(codes: Sequence[str], entry: IssueAnalysis | None,
                 scores: YearScores) -> list[str]:
    """The agency's `lowest`, else every listed code sharing the lowest score."""
    if entry is not None and entry.lowest:
        return list(entry.lowest)
    scored = [c for c in codes if c in scores.items]
    if not scored:
        return []
    low = min(scores.items[c] for c in scored)
    return [c for c in scored if scores.items[c] == low]


def items_table_html(caption: str, codes: Sequence[str], scores: YearScores,
                     texts: Mapping[str, str], lowest: Sequence[str], *,
                     target: float | None = None) -> str:
    """Table ข้อ | ข้อคำถาม | คะแนน; lowest rows get `ita-lowest` and the word ต่ำสุด."""
    rows = []
    for code in codes:
        is_lowest = code in lowest
        text = _e(texts.get(code, ""))
        mark = (f'<strong class="ita-marker ita-marker--lowest">{msg.LOWEST_MARK}</strong>'
                if is_lowest else "")
        row_class = ' class="ita-lowest"' if is_lowest else ""
        rows.append(f'<tr{row_class} data-code="{_e(code)}"><th scope="row">{_e(code)}</th>'
                    f'<td>{" ".join(part for part in (text, mark) if part)}</td>'
                    f'{score_cell(scores.items.get(code), target)}</tr>')
    return (f'<table class="ita-table ita-items-table"><caption>{_e(caption)}</caption>\n'
            f'<thead><tr><th scope="col">{msg.CODE}</th><th scope="col">{msg.QUESTION}</th>'
            f'<th scope="col">{msg.SCORE}</th></tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody></table>")


def findings_table_html(caption: str, entry: IssueAnalysis, lowest: Sequence[str],
                        scores: YearScores, texts: Mapping[str, str]) -> str:
    """Table of the agency's analysis: lowest item, สาเหตุ, หมายเหตุ, แนวทางการยกระดับ."""
    named = "<br>".join(
        " ".join(part for part in (_e(code), _e(texts.get(code, "")),
                                   f"({format_score(scores.items.get(code))})") if part)
        for code in lowest) or msg.NO_SCORE
    rows = [(msg.LOWEST, named, "lowest"), (msg.CAUSE, _lines(entry.cause), "cause"),
            (msg.NOTE, _lines(entry.note), "note"), (msg.PLAN, _lines(entry.plan), "plan")]
    body = "\n".join(f'<tr data-field="{key}"><th scope="row">{label}</th><td>{value}</td></tr>'
                     for label, value, key in rows)
    return (f'<table class="ita-table ita-findings-table"><caption>{_e(caption)}</caption>\n'
            f'<tbody>\n{body}\n</tbody></table>')


def measures_list_html(codes: Sequence[str], measures: Mapping[str, Sequence[tuple[str, str]]],
                       measures_year: int) -> str:
    """The next fiscal year's measures that address any of `codes`, each linked, with the
    codes it addresses; a sentence saying so when there is none."""
    found: dict[tuple[str, str], list[str]] = {}
    for code in codes:
        for link in measures.get(code, ()):
            found.setdefault(tuple(link), []).append(code)
    heading = (f'<p class="ita-measures-heading"><strong>'
               f'{_e(msg.MEASURES_FOR_YEAR.format(year=measures_year))}</strong></p>')
    if not found:
        none = msg.NO_MEASURES.format(year=measures_year)
        return heading + f'\n<p class="ita-none">{_e(none)}</p>'
    items = "\n".join(
        f'<li><a href="{_e(href)}">{_e(title)}</a> '
        f'<span class="ita-addresses">({msg.ADDRESSES} {_e(", ".join(addressed))})</span></li>'
        for (title, href), addressed in found.items())
    return heading + f'\n<ul class="ita-measures">\n{items}\n</ul>'


def group_heading(number: int, catalog: AnalysisCatalog) -> str:
    """`ประเด็นที่ 1 กระบวนการ…` or, for years grouped by indicator, `ตัวชี้วัดที่ 3 …`."""
    label = msg.INDICATOR_NUMBERED if catalog.grouping == "indicator" else msg.ISSUE_NUMBERED
    return f"{label} {number} {catalog.group_names.get(number, '')}".strip()


def issue_section_html(number: int, scores: YearScores, *, catalog: AnalysisCatalog,
                       entry: IssueAnalysis | None = None, texts: Mapping[str, str] = {},
                       measures: Mapping[str, Sequence[tuple[str, str]]] = {},
                       measures_year: int | None = None, target: float | None = None) -> str:
    """One issue: heading, its items table, the agency's findings, the linked measures."""
    heading = group_heading(number, catalog)
    codes = group_items(number, entry, scores, catalog.item_groups)
    lowest = lowest_items(codes, entry, scores)
    # a lowest item left out of `items` is still shown, so its highlight is seen
    codes += [code for code in lowest if code not in codes]
    slug = "indicator" if catalog.grouping == "indicator" else "issue"
    parts = [f'<section class="ita-issue" id="{slug}-{number}">', f"<h3>{_e(heading)}</h3>"]
    if codes:
        parts.append(_table_scroll(items_table_html(msg.ITEMS_OF_GROUP.format(group=heading),
                                                    codes, scores, texts, lowest, target=target)))
    if entry is not None:
        parts.append(_table_scroll(findings_table_html(
            msg.ANALYSIS_OF_GROUP.format(group=heading), entry, lowest, scores, texts)))
    if measures_year is not None:
        parts.append(measures_list_html(codes, measures, measures_year))
    parts.append("</section>")
    return "\n".join(parts)


def _table_scroll(table: str) -> str:
    # a wide table scrolls inside its own box on a phone instead of widening the page
    return f'<div class="ita-table-scroll">\n{table}\n</div>'


def analysis_page_html(year: int, scores: YearScores, *, catalog: AnalysisCatalog,
                       analysis: Mapping[int, IssueAnalysis] = {},
                       questions: Mapping[str, str] = {},
                       measures: Mapping[str, Sequence[tuple[str, str]]] = {},
                       measures_year: int | None = None,
                       history: Mapping[int, YearScores] = {}) -> str:
    """The body of /<year>/analysis/ (without its H1); scores under the catalog's `target`
    are marked.

    `questions` (from year.yml) override the catalog's wording; `measures` maps a code to
    the (title, href) of measures of fiscal year `measures_year` (normally year + 1) that
    address it — see ita_site.scores.addresses.measures_by_item; with `measures_year` None
    the measures lists are left out. `history` (year → scores, this year included) adds the
    charts when it is not empty.
    """
    texts = {**catalog.question_texts, **questions}
    target = catalog.target
    label = msg.INDICATOR if catalog.grouping == "indicator" else msg.ISSUE
    parts = ['<div class="ita-analysis">',
             f'<h2 id="ita-scores">{_e(msg.SCORES_OF_YEAR.format(year=year))}</h2>',
             level_html(scores, catalog.bands, year=year),
             _table_scroll(scores_table_html(year, scores, target=target))]
    if scores.indicators:
        parts += [f'<h2 id="ita-indicators">{_e(msg.INDICATORS_OF_YEAR.format(year=year))}</h2>',
                  _table_scroll(indicators_table_html(year, scores, catalog.indicator_names,
                                                      target=target))]
    numbers = sorted(set(analysis) | {g for c, g in catalog.item_groups.items()
                                      if c in scores.items})
    shown: set[str] = set()
    if numbers:
        parts.append(f'<h2 id="ita-analysis">{_e(msg.ANALYSIS_BY_GROUP.format(label=label))}</h2>')
    for number in numbers:
        entry = analysis.get(number)
        shown.update(group_items(number, entry, scores, catalog.item_groups))
        shown.update(entry.lowest if entry else ())
        parts.append(issue_section_html(number, scores, catalog=catalog, entry=entry, texts=texts,
                                        measures=measures, measures_year=measures_year,
                                        target=target))
    others = sorted((c for c in scores.items if c not in shown), key=code_sort_key)
    if others:
        parts += [f'<h2 id="ita-other-items">{msg.OTHER_ITEMS}</h2>',
                  _table_scroll(items_table_html(msg.OTHER_ITEMS, others, scores, texts, [],
                                                 target=target))]
    if history:
        parts += [f'<h2 id="ita-history">{msg.HISTORY}</h2>',
                  charts_html(history, catalog, id_prefix="ita-analysis")]
    parts.append("</div>")
    return "\n".join(parts)


# --- the year page and the home page ------------------------------------------------------

def scores_glance_html(year: int, scores: YearScores, *, bands: Sequence[object] = (),
                       analysis_href: str | None = "analysis/") -> str:
    """The year page's summary: total and level first, IIT/EIT/OIT, a link to the analysis."""
    name, _ = level_text(scores, bands)
    tools = "\n".join(
        f'<div class="ita-glance-tool" data-tool="{tool}"><dt>{msg.TOOL_SHORT[tool]}</dt>'
        f'<dd>{format_score(scores.tool(tool))}</dd></div>' for tool in TOOLS)
    label = msg.SCORES_OF_YEAR.format(year=year)
    parts = [f'<section class="ita-glance" aria-label="{_e(label)}">',
             '<dl class="ita-glance-scores">',
             f'<div class="ita-glance-total"><dt>{msg.TOTAL}</dt>'
             f'<dd>{format_score(scores.total)}</dd></div>',
             f'<div class="ita-glance-level"><dt>{msg.LEVEL}</dt>'
             f'<dd>{_e(name or msg.NO_LEVEL)}</dd></div>',
             tools, "</dl>"]
    if analysis_href:
        parts.append(f'<p class="ita-glance-link"><a href="{_e(analysis_href)}">'
                     f'{_e(msg.READ_ANALYSIS.format(year=year))}</a></p>')
    parts.append("</section>")
    return "\n".join(parts)


def chart_figure_html(svg: str, table: str) -> str:
    """A chart with its data table under it, both visible."""
    return (f'<figure class="ita-chart-figure">\n{svg}\n'
            f'{_table_scroll(table)}\n</figure>')


def charts_html(history: Mapping[int, YearScores], catalog: AnalysisCatalog, *,
                id_prefix: str = "ita") -> str:
    """The tools chart and, when some year has indicator scores, the indicators chart, on the
    catalog's score scale with its pass mark drawn."""
    scale = {"scale": catalog.scale, "reference": catalog.target}
    figures = [chart_figure_html(*tools_chart(history, chart_id=f"{id_prefix}-chart-tools",
                                              **scale))]
    if any(scores.indicators for scores in history.values()):
        figures.append(chart_figure_html(*indicators_chart(
            history, catalog.indicator_names, chart_id=f"{id_prefix}-chart-indicators",
            **scale)))
    return "\n".join(figures)


def home_charts_html(history: Mapping[int, YearScores], catalog: AnalysisCatalog, *,
                     heading_level: int = 2) -> str:
    """The home page's block of score charts over all years with scores; empty without any.
    `catalog` is the latest year's: its indicator names, scale and pass mark."""
    if not history:
        return ""
    return (f'<section class="ita-home-charts">\n<h{heading_level} id="ita-history">'
            f'{msg.HISTORY}</h{heading_level}>\n'
            f'{charts_html(history, catalog, id_prefix="ita-home")}\n</section>')
