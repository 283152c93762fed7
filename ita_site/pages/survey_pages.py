"""/<year>/surveys/ with both QR codes, an A4 poster per survey, the code files, and the
compact two-code block of the home page and the current year's page."""

from __future__ import annotations

from ita_site.content.models import Year
from ita_site.pages.context import PageContext
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.pages.surveys import (survey_codes_compact, survey_files, survey_page_body,
                                    survey_page_title, survey_poster_body, survey_poster_title)
from ita_site.sitemap import Kind, document_url
from ita_site.surveys import SurveyKind, SurveyLinks


def page_url(year: int) -> str:
    return document_url(year, Kind.SURVEYS.value)


def _codes(ctx: PageContext, year: Year):
    """(assets, files) of a year's codes, made once per build; codes come from the cache."""
    if year.year not in ctx.survey_assets:
        links = ctx.surveys.get(year.year) or SurveyLinks(None, None)
        ctx.survey_assets[year.year] = survey_files(links, ctx.qr_cache) if links else ({}, {})
    return ctx.survey_assets[year.year]


def surveys_page(ctx: PageContext, year: Year) -> str:
    links = ctx.surveys.get(year.year) or SurveyLinks(None, None)
    assets, _ = _codes(ctx, year)
    title = survey_page_title(year.year)
    body = survey_page_body(ctx.site.agency.name, year.year, links, assets)
    return render("html_page.md.j2", title=title, body=body, h1=True)


def poster_page(ctx: PageContext, year: Year, kind: SurveyKind) -> str:
    """The A4 poster of one published survey link of the year."""
    url = ctx.surveys[year.year].get(kind)
    assets, _ = _codes(ctx, year)
    body = survey_poster_body(ctx.site.agency.name, year.year, kind, url, assets[kind].svg)
    return render("html_page.md.j2", title=survey_poster_title(kind, year.year), body=body,
                  h1=False, hide=["navigation", "toc"])


def code_file(ctx: PageContext, year: Year, name: str) -> bytes:
    """The downloadable SVG or PNG `name` (qr-iit.svg …) of one of the year's codes."""
    _, files = _codes(ctx, year)
    return files[name]


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
