"""Pages and blocks made from a year's ITA results: /<year>/analysis/, the year page's
scores at a glance, and the home page's charts over the years."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ita_site.content.models import Year
from ita_site.messages.pages import L
from ita_site.pages.analysis import (AnalysisCatalog, analysis_page_html, home_charts_html,
                                     scores_glance_html)
from ita_site.pages.groups import framework_of, grouping_of
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.scores.addresses import measures_by_item
from ita_site.sitemap import Kind, document_url, year_url

if TYPE_CHECKING:
    from ita_site.checked import CheckedSite


def scores_of(checked: CheckedSite, year: Year):
    results = checked.results.get(year.year)
    return results.scores if results else None


def history(checked: CheckedSite) -> dict:
    """Year → scores, for every year that has them."""
    return {n: r.scores for n, r in sorted(checked.results.items()) if r.scores is not None}


def analysis_catalog(checked: CheckedSite, year: Year) -> AnalysisCatalog:
    catalog = checked.catalog(year.ita_year)
    grouping = "indicator" if grouping_of(checked, year) == "indicators" else "issue"
    framework = framework_of(checked, year)  # the year's catalog, or the one whose framework it follows
    if framework is None:
        return AnalysisCatalog(grouping=grouping)
    indicator_names = {n: indicator.name for n, indicator in framework.indicators.items()}
    frame = dict(indicator_names=indicator_names, grouping=grouping,
                 target=framework.pass_mark, scale=framework.score_range.high)
    if catalog is None:
        return AnalysisCatalog(**frame)
    texts = {q.code: q.text for q in catalog.questions if q.text}
    texts.update({item.code: item.title for item in catalog.oit_items})
    groups: dict[str, int] = {}
    for entry in (*catalog.questions, *catalog.oit_items):
        number = entry.issue if grouping == "issue" else entry.indicator
        if number:
            groups[entry.code] = number
    group_names = ({n: i.name for n, i in catalog.issues.items()} if grouping == "issue"
                   else indicator_names)
    return AnalysisCatalog(group_names=group_names, question_texts=texts, item_groups=groups,
                           bands=catalog.levels, **frame)


def item_texts(checked: CheckedSite, year_number: int) -> dict[str, str]:
    """Code → question text or OIT item title of that year's assessment: the catalog's,
    overridden by the questions the agency copied into year.yml."""
    year = checked.site.years.get(year_number)
    catalog = checked.catalog(year.ita_year if year is not None else year_number)
    texts: dict[str, str] = {}
    if catalog is not None:
        texts.update({q.code: q.text for q in catalog.questions if q.text})
        texts.update({item.code: item.title for item in catalog.oit_items if item.title})
    results = checked.results.get(year_number)
    if results is not None:
        texts.update({code: text for code, text in results.questions.items() if text})
    return texts


def analysis_page(checked: CheckedSite, year: Year) -> str:
    results = checked.results[year.year]
    url = document_url(year.year, Kind.ANALYSIS.value)
    next_year = checked.site.years.get(year.year + 1)
    measures = {}
    if next_year is not None:
        measures = measures_by_item(
            (m.title, href(url, m.url), m.addresses) for m in next_year.measures)
    body = analysis_page_html(
        year.year, results.scores, catalog=analysis_catalog(checked, year),
        analysis=results.analysis, questions=results.questions, measures=measures,
        measures_year=next_year.year if next_year else None, history=history(checked))
    return render("analysis.md.j2", title=L.analysis_title.format(year=year.year),
                      agency=checked.site.agency, year=year, url=url,
                      year_url=year_url(year.year), body=body)


def year_glance(checked: CheckedSite, year: Year) -> str:
    scores = scores_of(checked, year)
    if scores is None:
        return ""
    catalog = checked.catalog(year.ita_year)
    return scores_glance_html(year.year, scores, bands=catalog.levels if catalog else (),
                              analysis_href="analysis/")


def home_charts(checked: CheckedSite) -> str:
    scores = history(checked)
    if not scores:
        return ""
    latest = checked.site.years[max(scores)]
    return home_charts_html(scores, analysis_catalog(checked, latest))
