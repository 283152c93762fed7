"""Building the site map from checked data, before any page is rendered: checking needs the
URLs that will exist to resolve links and collect OIT evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from ita_site.messages import oit as oit_msg
from ita_site.messages import surveys as survey_msg
from ita_site.messages.pages import L
from ita_site.sitemap.model import Entry, Kind, SiteMap
from ita_site.sitemap.urls import (DATA_PAGE, GENERATED_CONTACT_PAGE, ROBOTS_FILE,
                                   STANDARD_REPORT_PAGE, document_url, oit_index_url,
                                   oit_item_url, src_to_url)

if TYPE_CHECKING:  # only for the reader: the site map depends on no other layer at run time
    from ita_site.catalog import CatalogSet
    from ita_site.content.models import Site, Year
    from ita_site.scores.models import YearResults
    from ita_site.surveys import SurveyLinks

_TITLES = {Kind.PLAN: L.plan_title, Kind.PROGRESS: L.progress_title,
           Kind.REPORT: L.report_title, Kind.ANALYSIS: L.analysis_title}


def _page(kind: Kind, year: int | None, src_uri: str, title: str, key: str = "",
          intro: bool = False) -> Entry:
    return Entry(kind, year, src_uri, src_to_url(src_uri), title, key, intro)


def _document(kind: Kind, year: int) -> Entry:
    url = document_url(year, kind.value)
    return Entry(kind, year, f"{year}/{kind.value}.md", url, _TITLES[kind].format(year=year))


def _year_documents(year: Year, results: Mapping[int, YearResults]) -> list[Entry]:
    number = year.year
    entries = [_page(Kind.YEAR, number, f"{number}/index.md", L.year_title.format(year=number),
                     intro=year.has_intro),
               _document(Kind.PLAN, number)]
    if year.has_progress:
        entries.append(_document(Kind.PROGRESS, number))
    entries.append(_document(Kind.REPORT, number))
    scored = results.get(number)
    if scored is not None and scored.scores is not None:
        entries.append(_document(Kind.ANALYSIS, number))
    entries.append(Entry(Kind.SURVEYS, number, f"{number}/surveys.md",
                         document_url(number, Kind.SURVEYS.value),
                         survey_msg.PAGE_TITLE.th.format(year=number)))
    return entries


def _posters(year: int, links: SurveyLinks | None) -> list[Entry]:
    if not links:
        return []
    return [_page(Kind.POSTER, year, f"{year}/surveys/poster-{kind.value}.md",
                  survey_msg.POSTER_TITLE.th.format(short=kind.short, year=year), kind.value)
            for kind, _ in links.published()]


def _oit_pages(year: int, catalog) -> list[Entry]:
    entries = [Entry(Kind.OIT_INDEX, year, f"{year}/oit/index.md", oit_index_url(year),
                     oit_msg.L.index_title.format(year=year))]
    entries += [Entry(Kind.OIT_ITEM, year, f"{year}/oit/{item.code.lower()}.md",
                      oit_item_url(year, item.code),
                      oit_msg.L.item_title.format(code=item.code, title=item.title), item.code)
                for item in catalog.oit_items]
    return entries


def _survey_codes(year: int, links: SurveyLinks | None) -> list[Entry]:
    """qr-eit.png, qr-eit.svg, qr-iit.png, qr-iit.svg beside /<year>/surveys/ (name order)."""
    if not links:
        return []
    names = sorted(f"qr-{kind.value}.{ext}" for kind, _ in links.published()
                   for ext in ("svg", "png"))
    return [Entry(Kind.SURVEY_CODE, year, f"{document_url(year, Kind.SURVEYS.value)}{name}",
                  "", name, name) for name in names]


def build_sitemap(site: Site, catalogs: CatalogSet, results: Mapping[int, YearResults],
                  surveys: Mapping[int, SurveyLinks]) -> SiteMap:
    """Every generated page and file of `site`, grouped as the build adds them: the pages of
    the yearly documents, survey posters, OIT pages, OIT exports, survey codes."""
    entries = [_page(Kind.HOME, None, "index.md", L.home, intro=site.has_intro)]
    years = list(site.years.values())
    for year in years:
        entries += _year_documents(year, results)
    for year in years:
        entries += _posters(year.year, surveys.get(year.year))
    audited = []
    for year in years:
        catalog = catalogs.get(year.ita_year)
        if catalog is not None:
            entries += _oit_pages(year.year, catalog)
            audited.append(year.year)
    for number in sorted(audited):
        entries += [Entry(Kind.OIT_CSV, number, f"{number}/oit-links.csv", "", "", "csv"),
                    Entry(Kind.OIT_JSON, number, f"{number}/oit.json", "", "", "json")]
    for year in years:
        entries += _survey_codes(year.year, surveys.get(year.year))
    entries += _site_pages(site, results, audited)
    return SiteMap(tuple(entries))


def _open_data(site: Site, results: Mapping[int, YearResults], audited: list[int]) -> list[Entry]:
    """Each year's measures (and scores, once published) as CSV and JSON, beside its OIT
    exports, and the JSON Schema of each kind of file."""
    entries = []
    for number in sorted(site.years):
        kinds = [Kind.MEASURES_CSV, Kind.MEASURES_JSON]
        scored = results.get(number)
        if scored is not None and scored.scores is not None:
            kinds += [Kind.SCORES_CSV, Kind.SCORES_JSON]
        entries += [Entry(kind, number, f"{number}/{kind.value}", "", "", kind.value)
                    for kind in kinds]
    schemas = ["measures", "scores", "oit"] if audited else ["measures", "scores"]
    entries += [Entry(Kind.DATA_SCHEMA, None, f"data/schemas/{name}.schema.json", "", "", name)
                for name in schemas]
    return entries


def _site_pages(site: Site, results: Mapping[int, YearResults], audited: list[int]) -> list[Entry]:
    """The contact page when the agency has none, the open data and its /data/ page, the
    standard report and robots.txt."""
    entries = []
    if site.agency.contact_page is None:
        entries.append(_page(Kind.CONTACT, None, GENERATED_CONTACT_PAGE, L.contact_title))
    if site.years:  # open data is made from the year folders
        entries += _open_data(site, results, audited)
        entries.append(_page(Kind.DATA, None, DATA_PAGE, L.data_title))
    entries.append(_page(Kind.STANDARD_REPORT, None, STANDARD_REPORT_PAGE, L.standard_title))
    entries.append(Entry(Kind.ROBOTS, None, ROBOTS_FILE, "", "", ROBOTS_FILE))
    return entries
