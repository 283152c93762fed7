"""/<year>/surveys/ with both QR codes, an A4 poster per survey, the code files, and the
compact two-code block of the home page and the current year's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ita_site.content.models import Year
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.pages.surveys import (survey_codes_compact, survey_page_body, survey_page_title,
                                    survey_poster_body, survey_poster_title)
from ita_site.sitemap import Kind, document_url
from ita_site.surveys import SurveyKind, SurveyLinks

if TYPE_CHECKING:
    from ita_site.checked import CheckedSite
    from ita_site.pages.tools import RenderTools, SurveyCodes


def page_url(year: int) -> str:
    return document_url(year, Kind.SURVEYS.value)


def _links(checked: CheckedSite, year: Year) -> SurveyLinks:
    return checked.surveys.get(year.year) or SurveyLinks(None, None)


def _codes(checked: CheckedSite, tools: RenderTools, year: Year) -> SurveyCodes:
    return tools.survey_codes(year.year, _links(checked, year))


def surveys_page(checked: CheckedSite, tools: RenderTools, year: Year) -> str:
    links = _links(checked, year)
    assets, _ = _codes(checked, tools, year)
    title = survey_page_title(year.year)
    body = survey_page_body(checked.site.agency.name, year.year, links, assets)
    return render("html_page.md.j2", title=title, body=body, h1=True)


def poster_page(checked: CheckedSite, tools: RenderTools, year: Year, kind: SurveyKind) -> str:
    """The A4 poster of one published survey link of the year."""
    url = checked.surveys[year.year].get(kind)
    assets, _ = _codes(checked, tools, year)
    body = survey_poster_body(checked.site.agency.name, year.year, kind, url, assets[kind].svg)
    return render("html_page.md.j2", title=survey_poster_title(kind, year.year), body=body,
                  h1=False, hide=["navigation", "toc"])


def code_file(checked: CheckedSite, tools: RenderTools, year: Year, name: str) -> bytes:
    """The downloadable SVG or PNG `name` (qr-iit.svg …) of one of the year's codes."""
    _, files = _codes(checked, tools, year)
    return files[name]


def compact_block(checked: CheckedSite, tools: RenderTools, year: Year, from_url: str) -> str:
    """Both codes, small, linking to the survey page; empty when the year has no links."""
    links = checked.surveys.get(year.year)
    if not links:
        return ""
    assets, _ = _codes(checked, tools, year)
    return survey_codes_compact(year.year, links, assets, href(from_url, page_url(year.year)))


def current_year(checked: CheckedSite) -> Year | None:
    """The latest year whose survey links are published: the one citizens are asked to answer."""
    for number in sorted(checked.site.years, reverse=True):
        if checked.surveys.get(number):
            return checked.site.years[number]
    return None
