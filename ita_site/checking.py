"""The whole check of a site, shared by `ita-site check` and the MkDocs plugin.

Loading (ita_site.content) validates each file on its own; here the parts that need the ITA
catalogs or several files at once are read and checked: scores and analyses, survey links,
OIT codes and evidence. The result, :class:`ita_site.checked.CheckedSite`, is everything the
generated pages are made from, so the command and the build can never disagree about what is
wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ita_site.base.problems import Problems
from ita_site.catalog import CatalogSet, load_catalogs
from ita_site.checked import CheckedSite
from ita_site.content.loading import load_site
from ita_site.content.source_cache import SourceCache
from ita_site.content.models import Site
from ita_site.oit import audit as oit_audit
from ita_site.oit import evidence as oit_evidence
from ita_site.oit.targets import TargetResolver
from ita_site.scores.models import YearResults
from ita_site.scores.parsing import Frame, parse_year_results
from ita_site.sitemap import Kind, SiteMap, build_sitemap
from ita_site.surveys import SurveyLinks, allowed_survey_hosts, read_survey_links


@dataclass
class CheckOptions:
    catalogs_dir: Path | None = None
    survey_hosts: tuple[str, ...] = ()
    strict_oit: bool = False


def _read_results(site: Site, catalogs: CatalogSet,
                  problems: Problems) -> dict[int, YearResults]:
    results = {}
    for number, year in site.years.items():
        if year.data is None:
            continue
        catalog = catalogs.get(year.ita_year)
        known = None
        if catalog is not None:
            known = {q.code for q in catalog.questions} | {i.code for i in catalog.oit_items}
        doc = year.data.document
        results[number] = parse_year_results(
            year.data.raw, path=year.data.src_path, problems=problems,
            line_of=doc.line_of, frame=Frame.of(catalogs.framework_for(year.ita_year)),
            known_codes=known or None, ita_year=year.ita_year)
    return results


def _read_surveys(site: Site, options: CheckOptions,
                  problems: Problems) -> dict[int, SurveyLinks]:
    hosts = allowed_survey_hosts(options.survey_hosts, problems=problems)
    return {number: read_survey_links(year.data.raw, path=year.data.src_path, problems=problems,
                                      line_of=year.data.document.line_of, allowed_hosts=hosts)
            for number, year in site.years.items() if year.data is not None}


def _check_codes(site: Site, catalogs: CatalogSet, problems: Problems) -> None:
    """OIT codes against the catalog of their ITA year; `addresses` against the year before,
    whose results a measure aims to raise."""
    for number, year in site.years.items():
        for measure in year.measures:
            _check_groups(catalogs, measure, year.ita_year, problems)
            for code in measure.oit:
                catalogs.check_code(code, year.ita_year, problems, measure.src_uri,
                                    line=measure.lines.get("oit"), field="oit")
            if catalogs.get(year.ita_year - 1) is not None:
                for code in measure.addresses:
                    catalogs.check_code(code, year.ita_year - 1, problems, measure.src_uri,
                                        line=measure.lines.get("addresses"), field="addresses")
        if year.data is not None:
            for code in list(year.data.oit_links):
                line = year.data.document.line_of(("oit",))
                if catalogs.check_code(code, year.ita_year, problems, year.data.src_path,
                                       line=line, field="oit") is None:
                    del year.data.oit_links[code]
    for page in site.all_pages():
        for number, codes in page.oit.items():
            ita_year = site.years[number].ita_year if number in site.years else number
            for code in codes:
                catalogs.check_code(code, ita_year, problems, page.src_uri,
                                    line=page.lines.get("oit"), field="oit")


def _check_groups(catalogs: CatalogSet, measure, ita_year: int, problems: Problems) -> None:
    """`issue` and `indicators` against the numbers of the year's catalog."""
    if measure.issue is not None:
        catalogs.check_groups((measure.issue,), "issues", ita_year, problems, measure.src_uri,
                              line=measure.lines.get("issue"), field="issue")
    catalogs.check_groups(measure.indicators, "indicators", ita_year, problems,
                          measure.src_uri, line=measure.lines.get("indicators"),
                          field="indicators")


def _page_urls(site: Site, sitemap: SiteMap, content_dir: Path) -> TargetResolver:
    """Where links in the agency's files may point: their own pages and measures, generated
    pages by file name or URL, OIT pages by URL."""
    src_to_url = {}
    for page in site.all_pages():
        src_to_url[page.src_uri] = page.url
    for year in site.years.values():
        for measure in year.measures:
            src_to_url[measure.src_uri] = measure.url
    src_to_url.update(sitemap.pages_linked_by_file())
    urls = set(src_to_url.values())
    urls.update(e.url for e in sitemap if e.kind in (Kind.OIT_INDEX, Kind.OIT_ITEM))
    return TargetResolver(content_dir, urls, src_to_url)


def check_site(content_dir: Path, options: CheckOptions | None = None,
               cache: SourceCache | None = None) -> CheckedSite:
    """Load `content_dir`, read catalogs, scores and analyses; every problem in `.problems`.
    A `cache` kept between calls (`mkdocs serve`) parses only the files that changed."""
    options = options or CheckOptions()
    loaded = load_site(Path(content_dir), cache)
    site = loaded.site
    catalogs = (load_catalogs(options.catalogs_dir) if cache is None
                else cache.catalogs(options.catalogs_dir, load_catalogs))
    problems = Problems()
    problems.extend(catalogs.problems)
    problems.extend(loaded.problems)
    results = _read_results(site, catalogs, problems)
    surveys = _read_surveys(site, options, problems)
    _check_codes(site, catalogs, problems)
    sitemap = build_sitemap(site, catalogs, results, surveys)
    resolver = _page_urls(site, sitemap, Path(content_dir))
    evidence = oit_evidence.collect(site, catalogs, sitemap, resolver, problems)
    audits = oit_audit.audit(evidence, catalogs, site)
    if options.strict_oit:
        for audit in audits.values():
            if audit.missing:
                problems.error(f"{audit.year}/", audit.text())
    return CheckedSite(site=site, catalogs=catalogs, problems=problems, results=results,
                       surveys=surveys, sitemap=sitemap, evidence=evidence, audits=audits)
