"""One renderer per kind of site-map entry: what the build writes for each generated page
(Markdown) or file (bytes). Adding a page kind is a `Kind`, its entry in ita_site.sitemap.build
and one function here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ita_site.content.models import Year
from ita_site.oit import exports
from ita_site.opendata import files as opendata
from ita_site.opendata import schemas as data_schemas
from ita_site.pages import (contact, data_page, documents, oit_pages, results, survey_pages,
                            tables)
from ita_site.sitemap import Entry, Kind
from ita_site.standard import pages as standard_pages
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


def _open_data(checked: CheckedSite, tools: RenderTools, year: Year, entry: Entry) -> bytes:
    """/<year>/measures.csv|json, /<year>/scores.csv|json (ita_site.opendata)."""
    if entry.kind in (Kind.MEASURES_CSV, Kind.MEASURES_JSON):
        records = opendata.measure_records(year, tools.site_url)
        if entry.kind is Kind.MEASURES_CSV:
            return opendata.measures_csv(records)
        return opendata.measures_json(year, records)
    record = opendata.score_records(year, checked.results[year.year],
                                    checked.catalog(year.ita_year))
    if entry.kind is Kind.SCORES_CSV:
        return opendata.scores_csv(record)
    return opendata.scores_json(record)


RENDERERS: dict[Kind, Renderer] = {
    Kind.HOME: lambda checked, tools, year, entry: documents.home_page(checked, tools),
    Kind.YEAR: lambda checked, tools, year, entry: documents.year_page(checked, tools, year),
    Kind.PLAN: lambda checked, tools, year, entry: documents.table_page(
        checked, year, tables.PLAN, tools.html_blocks),
    Kind.PROGRESS: lambda checked, tools, year, entry: documents.table_page(
        checked, year, tables.PROGRESS, tools.html_blocks),
    Kind.REPORT: lambda checked, tools, year, entry: documents.table_page(
        checked, year, tables.REPORT, tools.html_blocks),
    Kind.ANALYSIS: lambda checked, tools, year, entry: results.analysis_page(checked, year),
    Kind.SURVEYS: lambda checked, tools, year, entry: survey_pages.surveys_page(
        checked, tools, year),
    Kind.POSTER: lambda checked, tools, year, entry: survey_pages.poster_page(
        checked, tools, year, SurveyKind(entry.key)),
    Kind.OIT_INDEX: lambda checked, tools, year, entry: oit_pages.index_page(
        checked, year, tools.html_blocks),
    Kind.OIT_ITEM: lambda checked, tools, year, entry: oit_pages.item_page_of_code(
        checked, tools, year, entry.key),
    Kind.OIT_CSV: _export,
    Kind.OIT_JSON: _export,
    Kind.SURVEY_CODE: lambda checked, tools, year, entry: survey_pages.code_file(
        checked, tools, year, entry.key),
    Kind.CONTACT: lambda checked, tools, year, entry: contact.contact_page(checked.site.agency),
    Kind.MEASURES_CSV: _open_data,
    Kind.MEASURES_JSON: _open_data,
    Kind.SCORES_CSV: _open_data,
    Kind.SCORES_JSON: _open_data,
    Kind.DATA_SCHEMA: lambda checked, tools, year, entry: data_schemas.schema_bytes(entry.key),
    Kind.DATA: lambda checked, tools, year, entry: data_page.data_page(
        checked.sitemap, checked.site.year_numbers, checked.site.agency.data_licence),
    Kind.STANDARD_REPORT: lambda checked, tools, year, entry: standard_pages.report_page(),
    Kind.ROBOTS: lambda checked, tools, year, entry: standard_pages.robots_txt(tools.site_url),
}


# Kinds whose page or file shows no measure of another year than its own: under `mkdocs serve`,
# an edit of a measure's front matter renders them again only for that measure's year. A kind
# left out is rendered again after any such edit (the analysis page of a year shows the next
# year's measures). tests/serve/test_dependencies.py holds this list to what renders show.
OWN_YEAR_ONLY = frozenset({
    Kind.YEAR, Kind.PLAN, Kind.PROGRESS, Kind.REPORT, Kind.SURVEYS, Kind.POSTER, Kind.OIT_INDEX,
    Kind.OIT_ITEM, Kind.OIT_CSV, Kind.OIT_JSON, Kind.SURVEY_CODE, Kind.MEASURES_CSV,
    Kind.MEASURES_JSON, Kind.SCORES_CSV, Kind.SCORES_JSON,
})


def render_entry(checked: CheckedSite, tools: RenderTools, entry: Entry) -> str | bytes:
    """The Markdown of a generated page or the bytes of a generated file."""
    year = checked.site.years[entry.year] if entry.year is not None else None
    return RENDERERS[entry.kind](checked, tools, year, entry)
