"""One renderer per kind of site-map entry: what the build writes for each generated page
(Markdown) or file (bytes). Adding a page kind is a `Kind`, its entry in ita_site.sitemap.build
and one function here."""

from __future__ import annotations

from typing import Callable

from ita_site.content.models import Year
from ita_site.oit import exports
from ita_site.opendata import files as opendata
from ita_site.opendata import schemas as data_schemas
from ita_site.pages import (contact, data_page, documents, oit_pages, results, survey_pages,
                            tables)
from ita_site.pages.context import PageContext
from ita_site.sitemap import Entry, Kind
from ita_site.standard import pages as standard_pages
from ita_site.surveys import SurveyKind

# (context, the entry's year — None for the home page —, entry) → Markdown or bytes
Renderer = Callable[[PageContext, "Year | None", Entry], "str | bytes"]


def _export(ctx: PageContext, year: Year, entry: Entry) -> bytes:
    """/<year>/oit-links.csv or /<year>/oit.json; exports.UnsafeExport names a refused URL."""
    items = exports.rows(ctx.catalog(year.ita_year), ctx.evidence, year.year, ctx.site_url)
    if entry.kind is Kind.OIT_CSV:
        return exports.to_csv(items)
    return exports.to_json(year.year, year.ita_year, items)


def _open_data(ctx: PageContext, year: Year, entry: Entry) -> bytes:
    """/<year>/measures.csv|json, /<year>/scores.csv|json (ita_site.opendata)."""
    if entry.kind in (Kind.MEASURES_CSV, Kind.MEASURES_JSON):
        records = opendata.measure_records(year, ctx.site_url)
        if entry.kind is Kind.MEASURES_CSV:
            return opendata.measures_csv(records)
        return opendata.measures_json(year, records)
    record = opendata.score_records(year, ctx.results[year.year], ctx.catalog(year.ita_year))
    if entry.kind is Kind.SCORES_CSV:
        return opendata.scores_csv(record)
    return opendata.scores_json(record)


RENDERERS: dict[Kind, Renderer] = {
    Kind.HOME: lambda ctx, year, entry: documents.home_page(ctx),
    Kind.YEAR: lambda ctx, year, entry: documents.year_page(ctx, year),
    Kind.PLAN: lambda ctx, year, entry: documents.table_page(ctx, year, tables.PLAN),
    Kind.PROGRESS: lambda ctx, year, entry: documents.table_page(ctx, year, tables.PROGRESS),
    Kind.REPORT: lambda ctx, year, entry: documents.table_page(ctx, year, tables.REPORT),
    Kind.ANALYSIS: lambda ctx, year, entry: results.analysis_page(ctx, year),
    Kind.SURVEYS: lambda ctx, year, entry: survey_pages.surveys_page(ctx, year),
    Kind.POSTER: lambda ctx, year, entry: survey_pages.poster_page(
        ctx, year, SurveyKind(entry.key)),
    Kind.OIT_INDEX: lambda ctx, year, entry: oit_pages.index_page(ctx, year),
    Kind.OIT_ITEM: lambda ctx, year, entry: oit_pages.item_page_of_code(ctx, year, entry.key),
    Kind.OIT_CSV: _export,
    Kind.OIT_JSON: _export,
    Kind.SURVEY_CODE: lambda ctx, year, entry: survey_pages.code_file(ctx, year, entry.key),
    Kind.CONTACT: lambda ctx, year, entry: contact.contact_page(ctx.site.agency),
    Kind.MEASURES_CSV: _open_data,
    Kind.MEASURES_JSON: _open_data,
    Kind.SCORES_CSV: _open_data,
    Kind.SCORES_JSON: _open_data,
    Kind.DATA_SCHEMA: lambda ctx, year, entry: data_schemas.schema_bytes(entry.key),
    Kind.DATA: lambda ctx, year, entry: data_page.data_page(
        ctx.sitemap, ctx.site.year_numbers, ctx.site.agency.data_licence),
    Kind.STANDARD_REPORT: lambda ctx, year, entry: standard_pages.report_page(),
    Kind.ROBOTS: lambda ctx, year, entry: standard_pages.robots_txt(ctx.site_url),
}


def render_entry(ctx: PageContext, entry: Entry) -> str | bytes:
    """The Markdown of a generated page or the bytes of a generated file."""
    year = ctx.site.years[entry.year] if entry.year is not None else None
    return RENDERERS[entry.kind](ctx, year, entry)
