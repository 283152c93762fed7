"""The pages of DESIGN.md's URL scheme, as Markdown with their source URIs.

`generated_pages` lists every page the site gets from data; `measure_page`, `year_page` and
`home_page` also render pages whose Markdown the user wrote (a measure's body, an intro).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Callable

from ita_site.content.models import Measure, Year
from ita_site.messages.pages import L
from ita_site.pages import tables
from ita_site.pages import oit_pages, results, survey_pages
from ita_site.pages.context import GeneratedPage, PageContext
from ita_site.oit.model import item_url
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.text.escaping import html_text


@dataclass(frozen=True)
class DocumentLink:
    """A link to one of a year's documents, as shown on the year and home pages."""

    url: str
    title: str
    note: str = ""


def year_url(year: int) -> str:
    return f"{year}/"


def document_url(year: int, kind: str) -> str:
    return f"{year}/{kind}/"


def numbering(year: Year) -> dict[str, int]:
    """ลำดับ of each measure in the year's tables: 1, 2, 3 … in order across groups."""
    return {m.src_uri: i for i, m in enumerate(year.measures, start=1)}


def year_documents(ctx: PageContext, year: Year) -> list[DocumentLink]:
    """Every document of a year, in the order of the yearly cycle (ITA.md)."""
    done = sum(1 for m in year.measures if m.results)
    links = [DocumentLink(document_url(year.year, "plan"), L.plan_nav,
                          L.measure_count.format(count=len(year.measures)))]
    if year.has_progress:
        links.append(DocumentLink(document_url(year.year, "progress"), L.progress_nav))
    links.append(DocumentLink(document_url(year.year, "report"), L.report_nav,
                              L.reported_count.format(done=done, count=len(year.measures))))
    if results.has_analysis(ctx, year):
        links.append(DocumentLink(document_url(year.year, "analysis"), L.analysis_nav))
    links.append(DocumentLink(survey_pages.page_url(year.year), L.surveys_nav))
    audit = ctx.audits.get(year.year)
    if audit is not None:
        links.append(DocumentLink(f"{year.year}/oit/", L.oit_nav,
                                  L.oit_coverage.format(have=audit.covered, total=audit.total)))
    return links


def table_page(ctx: PageContext, year: Year, kind: str) -> GeneratedPage:
    """Plan, six-month progress or results report of one fiscal year."""
    measures = tables.measures_for(kind, year.measures)
    title = {tables.PLAN: L.plan_title, tables.PROGRESS: L.progress_title,
             tables.REPORT: L.report_title}[kind].format(year=year.year)
    subtitle = (L.progress_span.format(start=year.year - 1, end=year.year)
                if kind == tables.PROGRESS else "")
    caption = {tables.PLAN: L.table_caption_plan, tables.PROGRESS: L.table_caption_progress,
               tables.REPORT: L.table_caption_report}[kind]
    url = document_url(year.year, kind)
    markdown = render(
        "report.md.j2", kind=kind, title=title, subtitle=subtitle, caption=caption,
        agency=ctx.site.agency, year=year, url=url, year_url=year_url(year.year),
        groups=ctx.groups(year, measures), columns=tables.columns(kind, measures),
        numbers=numbering(year),
    )
    return GeneratedPage(f"{year.year}/{kind}.md", markdown)


def measure_page(ctx: PageContext, measure: Measure) -> str:
    """The Markdown a measure page is built from: a summary of its fields, then its body."""
    year = ctx.site.years[measure.year]
    grouping = ctx.grouping(year)
    if grouping == "issues" and measure.issue:
        group_label, group_title = L.issue_label, ctx.group_title(year, grouping, measure.issue)
    elif grouping == "indicators" and measure.indicators:
        group_label = L.indicators_label
        group_title = ", ".join(ctx.group_title(year, grouping, i) for i in measure.indicators)
    else:
        group_label = group_title = ""
    result_sets = []
    if measure.progress:
        result_sets.append((L.progress_heading, "progress", measure.progress))
    if measure.results:
        result_sets.append((L.results_heading, "results", measure.results))
    status_key = measure.status
    backlinks = oit_pages.backlinks(ctx, measure.url)
    addresses = [(code, _address_link(ctx, measure, code)) for code in measure.addresses]
    return render(
        "measure.md.j2", m=measure, group_label=group_label, group_title=group_title,
        status_key=status_key, status=L.status.get(status_key) if status_key else "",
        result_sets=result_sets, backlinks=backlinks, body=measure.body, addresses=addresses,
        # A body holding only comments (the importer's "imported from" note) shows nothing.
        has_body=bool(re.sub(r"<!--.*?-->", "", measure.body, flags=re.S).strip()),
    )


def _address_link(ctx: PageContext, measure: Measure, code: str) -> str | None:
    """Where the item a measure aims to raise is shown: the previous year's OIT item page, or
    for a survey question that year's analysis (when those pages exist)."""
    previous = ctx.site.years.get(measure.year - 1)
    if previous is None:
        return None
    if code.startswith("O") and (previous.year, code) in getattr(ctx.evidence, "items", {}):
        return href(measure.url, item_url(previous.year, code))
    if results.has_analysis(ctx, previous):
        return href(measure.url, document_url(previous.year, "analysis"))
    return None


def year_page(ctx: PageContext, year: Year, intro: str = "") -> GeneratedPage:
    url = year_url(year.year)
    fragments = [results.year_glance(ctx, year)]
    if year is survey_pages.current_year(ctx):
        fragments.append(survey_pages.compact_block(ctx, year, url))
    markdown = render(
        "year.md.j2", title=L.year_title.format(year=year.year), intro=intro, year=year,
        url=url, documents=year_documents(ctx, year), groups=ctx.groups(year),
        done=sum(1 for m in year.measures if m.status == "done"),
        fragments=[f for f in fragments if f],
        other_pages=[p for p in year.pages if p.src_uri != f"{year.year}/index.md"
                     and not p.src_uri.startswith(f"{year.year}/oit/")],
    )
    return GeneratedPage(f"{year.year}/index.md", markdown)


def home_page(ctx: PageContext, intro: str = "") -> GeneratedPage:
    site = ctx.site
    latest = site.latest_year
    current = survey_pages.current_year(ctx)
    fragments = [survey_pages.compact_block(ctx, current, "") if current else "",
                 results.home_charts(ctx)]
    markdown = render(
        "home.md.j2", agency=site.agency, intro=intro, url="", latest=latest,
        latest_documents=year_documents(ctx, latest) if latest else [],
        latest_done=sum(1 for m in latest.measures
                        if m.status == "done") if latest else 0,
        years=[site.years[y] for y in sorted(site.years, reverse=True)],
        fragments=[f for f in fragments if f],
    )
    return GeneratedPage("index.md", markdown)


def planned_pages(ctx: PageContext) -> list[tuple[str, Callable[[], GeneratedPage]]]:
    """(src_uri, render) of every page the data alone makes, without rendering any: the OIT
    audit needs to know which pages will exist before evidence is collected."""
    planned: list[tuple[str, Callable[[], GeneratedPage]]] = []
    if not ctx.site.has_intro:
        planned.append(("index.md", lambda: home_page(ctx)))
    for year in ctx.site.years.values():
        if not year.has_intro:
            planned.append((f"{year.year}/index.md", partial(year_page, ctx, year)))
        planned.append((f"{year.year}/plan.md", partial(table_page, ctx, year, tables.PLAN)))
        if year.has_progress:
            planned.append((f"{year.year}/progress.md",
                            partial(table_page, ctx, year, tables.PROGRESS)))
        planned.append((f"{year.year}/report.md", partial(table_page, ctx, year, tables.REPORT)))
        if results.has_analysis(ctx, year):
            planned.append((f"{year.year}/analysis.md", partial(results.analysis_page, ctx, year)))
        planned.append((f"{year.year}/surveys.md", partial(survey_pages.surveys_page, ctx, year)))
    return planned


def generated_pages(ctx: PageContext) -> list[GeneratedPage]:
    """Every page the data alone makes. Home and year pages are here only when the user wrote
    no intro for them; otherwise the plugin renders them around the user's file."""
    return [render_page() for _, render_page in planned_pages(ctx)]


def navigation(ctx: PageContext) -> list:
    """The global navigation: home, each year with its documents, the ordinary page folders.

    Measures and evidence pages are left out on purpose: MkDocs copies the navigation into every
    page, so listing them would make build time and site size grow with the square of their count.
    """
    nav: list = [{L.home: "index.md"}]
    for number in sorted(ctx.site.years, reverse=True):
        year = ctx.site.years[number]
        entries = [{L.overview: f"{number}/index.md"}]
        for doc in year_documents(ctx, year):
            kind = doc.url.rstrip("/").split("/")[-1]
            entries.append({doc.title: f"{number}/{kind}.md" if kind != "oit" else f"{number}/oit/index.md"})
        nav.append({L.year_nav.format(year=number): entries})
    folders: dict[str, list] = {}
    for page in ctx.site.pages:
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
    return nav
