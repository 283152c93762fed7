"""The home, year and document pages, and the navigation, as Markdown with their source URIs.

Which of them exist is the site map's say (ita_site.sitemap); `measure_page`, `year_page` and
`home_page` also render pages whose Markdown the user wrote (a measure's body, an intro).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ita_site.content.models import Measure, Year
from ita_site.messages.pages import L
from ita_site.pages import tables
from ita_site.pages import oit_pages, results, survey_pages
from ita_site.pages.groups import group_title, grouping_of, measure_groups
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.sitemap import (DOCUMENT_KINDS, Entry, Kind, document_url, oit_index_url,
                              oit_item_url, year_url)
from ita_site.text.escaping import html_text

if TYPE_CHECKING:
    from ita_site.checked import CheckedSite
    from ita_site.pages.blocks import HtmlBlocks
    from ita_site.pages.tools import RenderTools


@dataclass(frozen=True)
class DocumentLink:
    """A link to one of a year's documents, as shown on the year and home pages."""

    url: str
    title: str
    note: str = ""
    src_uri: str = ""


def numbering(year: Year) -> dict[str, int]:
    """ลำดับ of each measure in the year's tables: 1, 2, 3 … in order across groups."""
    return {m.src_uri: i for i, m in enumerate(year.measures, start=1)}


_NAV_TITLES = {Kind.PLAN: L.plan_nav, Kind.PROGRESS: L.progress_nav, Kind.REPORT: L.report_nav,
               Kind.ANALYSIS: L.analysis_nav, Kind.SURVEYS: L.surveys_nav, Kind.OIT_INDEX: L.oit_nav}


def year_documents(checked: CheckedSite, year: Year) -> list[DocumentLink]:
    """Every document of a year in the site map, in the order of the yearly cycle."""
    return [DocumentLink(entry.url, _NAV_TITLES[entry.kind], _note(checked, year, entry),
                         entry.src_uri)
            for entry in checked.sitemap.of_year(year.year, DOCUMENT_KINDS)]


def _note(checked: CheckedSite, year: Year, entry: Entry) -> str:
    """What the year and home pages say beside a document's link."""
    count = len(year.measures)
    if entry.kind is Kind.PLAN:
        return L.measure_count.format(count=count)
    if entry.kind is Kind.REPORT:
        done = sum(1 for m in year.measures if m.results)
        return L.reported_count.format(done=done, count=count)
    audit = checked.audits.get(year.year)
    if entry.kind is Kind.OIT_INDEX and audit is not None:
        return L.oit_coverage.format(have=audit.covered, total=audit.total)
    return ""


def table_page(checked: CheckedSite, year: Year, kind: str,
               blocks: HtmlBlocks | None = None) -> str:
    """Plan, six-month progress or results report of one fiscal year."""
    measures = tables.measures_for(kind, year.measures)
    title = {tables.PLAN: L.plan_title, tables.PROGRESS: L.progress_title,
             tables.REPORT: L.report_title}[kind].format(year=year.year)
    subtitle = (L.progress_span.format(start=year.year - 1, end=year.year)
                if kind == tables.PROGRESS else "")
    caption = {tables.PLAN: L.table_caption_plan, tables.PROGRESS: L.table_caption_progress,
               tables.REPORT: L.table_caption_report}[kind]
    url = document_url(year.year, kind)
    return render(
        "report.md.j2", kind=kind, title=title, subtitle=subtitle, caption=caption,
        agency=checked.site.agency, year=year, url=url, year_url=year_url(year.year),
        groups=measure_groups(checked, year, measures),
        columns=tables.columns(kind, measures, results.item_texts(checked, year.year - 1)),
        numbers=numbering(year), blocks=blocks,
    )


def measure_page(checked: CheckedSite, measure: Measure,
                 blocks: HtmlBlocks | None = None) -> str:
    """The Markdown a measure page is built from: a summary of its fields, then its body."""
    year = checked.site.years[measure.year]
    grouping = grouping_of(checked, year)
    if grouping == "issues" and measure.issue:
        group_label, group = L.issue_label, group_title(checked, year, grouping, measure.issue)
    elif grouping == "indicators" and measure.indicators:
        group_label = L.indicators_label
        group = ", ".join(group_title(checked, year, grouping, i) for i in measure.indicators)
    else:
        group_label = group = ""
    result_sets = []
    if measure.progress:
        result_sets.append((L.progress_heading, "progress", measure.progress))
    if measure.results:
        result_sets.append((L.results_heading, "results", measure.results))
    status_key = measure.status
    backlinks = oit_pages.backlinks(checked, measure.url)
    addresses = [(code, _address_link(checked, measure, code)) for code in measure.addresses]
    return render(
        "measure.md.j2", m=measure, group_label=group_label, group_title=group,
        status_key=status_key, status=L.status.get(status_key) if status_key else "",
        result_sets=result_sets, backlinks=backlinks, body=measure.body, addresses=addresses,
        # A body holding only comments (the importer's "imported from" note) shows nothing.
        has_body=bool(re.sub(r"<!--.*?-->", "", measure.body, flags=re.S).strip()),
        blocks=blocks,
    )


def _address_link(checked: CheckedSite, measure: Measure, code: str) -> str | None:
    """Where the item a measure aims to raise is shown: the previous year's OIT item page, or
    for a survey question that year's analysis (when those pages exist)."""
    previous = checked.site.years.get(measure.year - 1)
    if previous is None:
        return None
    if code.startswith("O") and (previous.year, code) in checked.evidence.items:
        return href(measure.url, oit_item_url(previous.year, code))
    analysis = checked.sitemap.find(Kind.ANALYSIS, previous.year)
    if analysis is not None:
        return href(measure.url, analysis.url)
    return None


def year_page(checked: CheckedSite, tools: RenderTools, year: Year, intro: str = "") -> str:
    page = checked.sitemap.find(Kind.YEAR, year.year)
    url = page.url
    fragments = [results.year_glance(checked, year)]
    if year is survey_pages.current_year(checked):
        fragments.append(survey_pages.compact_block(checked, tools, year, url))
    return render(
        "year.md.j2", title=L.year_title.format(year=year.year), intro=intro, year=year,
        url=url, documents=year_documents(checked, year), groups=measure_groups(checked, year),
        done=sum(1 for m in year.measures if m.status == "done"),
        fragments=[f for f in fragments if f],
        other_pages=[p for p in year.pages if p.src_uri != page.src_uri
                     and not p.src_uri.startswith(oit_index_url(year.year))],
        blocks=tools.html_blocks,
    )


def home_page(checked: CheckedSite, tools: RenderTools, intro: str = "") -> str:
    site = checked.site
    latest = site.latest_year
    current = survey_pages.current_year(checked)
    fragments = [survey_pages.compact_block(checked, tools, current, "") if current else "",
                 results.home_charts(checked)]
    return render(
        "home.md.j2", agency=site.agency, intro=intro, url="", latest=latest,
        latest_documents=year_documents(checked, latest) if latest else [],
        latest_done=sum(1 for m in latest.measures
                        if m.status == "done") if latest else 0,
        years=[site.years[y] for y in sorted(site.years, reverse=True)],
        fragments=[f for f in fragments if f],
    )


def navigation(checked: CheckedSite) -> list:
    """The global navigation: home, each year with its documents, the ordinary page folders.

    Measures and evidence pages are left out on purpose: MkDocs copies the navigation into every
    page, so listing them would make build time and site size grow with the square of their count.
    """
    nav: list = [{L.home: checked.sitemap.find(Kind.HOME, None).src_uri}]
    for number in sorted(checked.site.years, reverse=True):
        year = checked.site.years[number]
        entries = [{L.overview: checked.sitemap.find(Kind.YEAR, number).src_uri}]
        entries += [{doc.title: doc.src_uri} for doc in year_documents(checked, year)]
        nav.append({L.year_nav.format(year=number): entries})
    folders: dict[str, list] = {}
    for page in checked.site.pages:
        top = page.src_uri.split("/")[0]
        folders.setdefault(top, []).append(page)
    for top, pages in folders.items():
        pages.sort(key=lambda p: (not p.src_uri.endswith("index.md"), p.src_uri))
        # Without a title MkDocs takes the page's first heading, as it would anywhere else.
        # Material prints navigation titles as HTML: the user's titles and folder names are
        # text, so they go in escaped.
        entries = [{html_text(p.title): p.src_uri} if p.title else p.src_uri for p in pages]
        title = pages[0].title if pages[0].src_uri.endswith("index.md") and pages[0].title else top
        nav.append({html_text(title): entries} if len(entries) > 1 else entries[0])
    data = checked.sitemap.find(Kind.DATA, None)
    if data is not None:
        nav.append({data.title: data.src_uri})
    return nav
