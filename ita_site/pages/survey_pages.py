"""/<year>/surveys/ with both QR codes, an A4 poster per survey, the code files, and the
compact two-code block of the home page and the current year's page."""

from __future__ import annotations

from ita_site.content.models import Year
from ita_site.pages.context import GeneratedPage, PageContext
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.pages.surveys import (survey_codes_compact, survey_files, survey_page_body,
                                    survey_page_title, survey_poster_body, survey_poster_title)
from ita_site.surveys import SurveyLinks


def page_url(year: int) -> str:
    return f"{year}/surveys/"


def _codes(ctx: PageContext, year: Year):
    """(assets, files) of a year's codes, made once per build; codes come from the cache."""
    if year.year not in ctx.survey_assets:
        links = ctx.surveys.get(year.year) or SurveyLinks(None, None)
        ctx.survey_assets[year.year] = survey_files(links, ctx.qr_cache) if links else ({}, {})
    return ctx.survey_assets[year.year]


def surveys_page(ctx: PageContext, year: Year) -> GeneratedPage:
    links = ctx.surveys.get(year.year) or SurveyLinks(None, None)
    assets, _ = _codes(ctx, year)
    title = survey_page_title(year.year)
    body = survey_page_body(ctx.site.agency.name, year.year, links, assets)
    return GeneratedPage(f"{year.year}/surveys.md",
                         render("html_page.md.j2", title=title, body=body, h1=True))


def poster_pages(ctx: PageContext, year: Year) -> list[GeneratedPage]:
    links = ctx.surveys.get(year.year)
    if not links:
        return []
    assets, _ = _codes(ctx, year)
    pages = []
    for kind, url in links.published():
        body = survey_poster_body(ctx.site.agency.name, year.year, kind, url, assets[kind].svg)
        pages.append(GeneratedPage(
            f"{year.year}/surveys/poster-{kind.value}.md",
            render("html_page.md.j2", title=survey_poster_title(kind, year.year), body=body,
                   h1=False, hide=["navigation", "toc"])))
    return pages


def code_files(ctx: PageContext) -> list[tuple[str, bytes]]:
    """(src_uri, bytes) of the downloadable SVG and PNG of every published code."""
    out = []
    for year in ctx.site.years.values():
        _, files = _codes(ctx, year)
        out += [(f"{page_url(year.year)}{name}", data) for name, data in sorted(files.items())]
    return out


def compact_block(ctx: PageContext, year: Year, from_url: str) -> str:
    """Both codes, small, linking to the survey page; empty when the year has no links."""
    links = ctx.surveys.get(year.year)
    if not links:
        return ""
    assets, _ = _codes(ctx, year)
    return survey_codes_compact(year.year, links, assets, href(from_url, page_url(year.year)))


def current_year(ctx: PageContext) -> Year | None:
    """The latest year whose survey links are published: the one citizens are asked to answer."""
    for number in sorted(ctx.site.years, reverse=True):
        if ctx.surveys.get(number):
            return ctx.site.years[number]
    return None
