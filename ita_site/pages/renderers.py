"""One renderer per kind of site-map entry: what the build writes for each generated page
(Markdown) or file (bytes). Adding a page kind is a `Kind`, its entry in ita_site.sitemap.build
and one function here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ita_site.content.models import Year
from ita_site.oit import exports
from ita_site.pages import documents, oit_pages, results, survey_pages, tables
from ita_site.sitemap import Entry, Kind
from ita_site.surveys import SurveyKind

if TYPE_CHECKING:
    from ita_site.checked import CheckedSite
    from ita_site.pages.tools import RenderTools

# (checked site, render tools, the entry's year — None for the home page —, entry)
# → Markdown or bytes
Renderer = Callable[["CheckedSite", "RenderTools", "Year | None", Entry], "str | bytes"]


def _export(checked: CheckedSite, tools: RenderTools, year: Year, entry: Entry) -> bytes:
    """/<year>/oit-links.csv or /<year>/oit.json; exports.UnsafeExport names a refused URL."""
    items = exports.rows(checked.catalog(year.ita_year), checked.evidence, year.year,
                         tools.site_url)
    if entry.kind is Kind.OIT_CSV:
        return exports.to_csv(items)
    return exports.to_json(year.year, year.ita_year, items)


RENDERERS: dict[Kind, Renderer] = {
    Kind.HOME: lambda checked, tools, year, entry: documents.home_page(checked, tools),
    Kind.YEAR: lambda checked, tools, year, entry: documents.year_page(checked, tools, year),
    Kind.PLAN: lambda checked, tools, year, entry: documents.table_page(
        checked, year, tables.PLAN),
    Kind.PROGRESS: lambda checked, tools, year, entry: documents.table_page(
        checked, year, tables.PROGRESS),
    Kind.REPORT: lambda checked, tools, year, entry: documents.table_page(
        checked, year, tables.REPORT),
    Kind.ANALYSIS: lambda checked, tools, year, entry: results.analysis_page(checked, year),
    Kind.SURVEYS: lambda checked, tools, year, entry: survey_pages.surveys_page(
        checked, tools, year),
    Kind.POSTER: lambda checked, tools, year, entry: survey_pages.poster_page(
        checked, tools, year, SurveyKind(entry.key)),
    Kind.OIT_INDEX: lambda checked, tools, year, entry: oit_pages.index_page(checked, year),
    Kind.OIT_ITEM: lambda checked, tools, year, entry: oit_pages.item_page_of_code(
        checked, tools, year, entry.key),
    Kind.OIT_CSV: _export,
    Kind.OIT_JSON: _export,
    Kind.SURVEY_CODE: lambda checked, tools, year, entry: survey_pages.code_file(
        checked, tools, year, entry.key),
}


def render_entry(checked: CheckedSite, tools: RenderTools, entry: Entry) -> str | bytes:
    """The Markdown of a generated page or the bytes of a generated file."""
    year = checked.site.years[entry.year] if entry.year is not None else None
    return RENDERERS[entry.kind](checked, tools, year, entry)
