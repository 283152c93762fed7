"""The whole check of a site, shared by `ita-site check` and the MkDocs plugin.

Loading (ita_site.content) validates each file on its own; here the parts that need the ITA
catalogs or several files at once are read and checked: scores and analyses, OIT codes.
The result, :class:`SiteData`, is everything the generated pages are made from, so the
command and the build can never disagree about what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ita_site.catalog import CatalogSet, load_catalogs
from ita_site.content.loading import load_site
from ita_site.content.source_cache import SourceCache
from ita_site.content.models import Site
from ita_site.base.problems import Problems
from ita_site.oit import audit as oit_audit
from ita_site.oit import evidence as oit_evidence
from ita_site.oit.targets import TargetResolver
from ita_site.scores.models import YearResults
from ita_site.scores.parsing import parse_year_results
from ita_site.sitemap import Kind, SiteMap, build_sitemap
from ita_site.surveys import allowed_survey_hosts, read_survey_links


@dataclass
class CheckOptions:
    catalogs_dir: Path | None = None
    survey_hosts: tuple[str, ...] = ()
    strict_oit: bool = False


@dataclass
class SiteData:
    """A checked site: content, the catalogs of its years, and each year's parsed ITA data."""

    site: Site
    catalogs: CatalogSet
    results: dict[int, YearResults] = field(default_factory=dict)
    problems: Problems = field(default_factory=Problems)
    evidence: object = None  # oit.evidence.EvidenceIndex
    audits: dict = field(default_factory=dict)  # year → oit.audit.YearAudit
    sitemap: SiteMap = field(default_factory=lambda: SiteMap(()))
    surveys: dict = field(default_factory=dict)  # year → surveys.SurveyLinks

    @property
    def measure_count(self) -> int:
        return sum(len(y.measures) for y in self.site.years.values())


def _grouping(catalog) -> str:
    return "indicator" if catalog is not None and catalog.grouping == "indicators" else "issue"


def _read_results(data: SiteData) -> None:
    for number, year in data.site.years.items():
        if year.data is None:
            continue
        catalog = data.catalogs.get(year.ita_year)
        grouping = _grouping(catalog)
        if catalog is None:
            groups = None
        elif grouping == "issue":
            groups = sorted(catalog.issues)
        else:
            groups = sorted(catalog.indicators)
        known = None
        if catalog is not None:
            known = {q.code for q in catalog.questions} | {i.code for i in catalog.oit_items}
        doc = year.data.document
        data.results[number] = parse_year_results(
            year.data.raw, path=year.data.src_path, problems=data.problems,
            line_of=doc.line_of, grouping=grouping, group_numbers=groups,
            known_codes=known or None, ita_year=year.ita_year)


def _read_surveys(data: SiteData, options: CheckOptions) -> None:
    hosts = allowed_survey_hosts(options.survey_hosts, problems=data.problems)
    for number, year in data.site.years.items():
        if year.data is None:
            continue
        data.surveys[number] = read_survey_links(
            year.data.raw, path=year.data.src_path, problems=data.problems,
            line_of=year.data.document.line_of, allowed_hosts=hosts)


def _check_codes(data: SiteData) -> None:
    """OIT codes against the catalog of their ITA year; `addresses` against the year before,
    whose results a measure aims to raise."""
    catalogs = data.catalogs
    for number, year in data.site.years.items():
        for measure in year.measures:
            for code in measure.oit:
                catalogs.check_code(code, year.ita_year, data.problems, measure.src_uri,
                                    line=measure.lines.get("oit"), field="oit")
            if catalogs.get(year.ita_year - 1) is not None:
                for code in measure.addresses:
                    catalogs.check_code(code, year.ita_year - 1, data.problems, measure.src_uri,
                                        line=measure.lines.get("addresses"), field="addresses")
        if year.data is not None:
            for code in list(year.data.oit_links):
                line = year.data.document.line_of(("oit",))
                if catalogs.check_code(code, year.ita_year, data.problems, year.data.src_path,
                                       line=line, field="oit") is None:
                    del year.data.oit_links[code]
    for page in data.site.all_pages():
        for number, codes in page.oit.items():
            ita_year = data.site.years[number].ita_year if number in data.site.years else number
            for code in codes:
                catalogs.check_code(code, ita_year, data.problems, page.src_uri,
                                    line=page.lines.get("oit"), field="oit")


def _page_urls(data: SiteData, content_dir: Path) -> TargetResolver:
    """Where links in the agency's files may point: their own pages and measures, generated
    pages by file name or URL, OIT pages by URL."""
    src_to_url = {}
    for page in data.site.all_pages():
        src_to_url[page.src_uri] = page.url
    for year in data.site.years.values():
        for measure in year.measures:
            src_to_url[measure.src_uri] = measure.url
    src_to_url.update(data.sitemap.pages_linked_by_file())
    urls = set(src_to_url.values())
    urls.update(e.url for e in data.sitemap if e.kind in (Kind.OIT_INDEX, Kind.OIT_ITEM))
    return TargetResolver(content_dir, urls, src_to_url)


def check_site(content_dir: Path, options: CheckOptions | None = None,
               cache: SourceCache | None = None) -> SiteData:
    """Load `content_dir`, read catalogs, scores and analyses; every problem in `.problems`.
    A `cache` kept between calls (`mkdocs serve`) parses only the files that changed."""
    options = options or CheckOptions()
    loaded = load_site(Path(content_dir), cache)
    catalogs = (load_catalogs(options.catalogs_dir) if cache is None
                else cache.catalogs(options.catalogs_dir, load_catalogs))
    data = SiteData(site=loaded.site, catalogs=catalogs)
    data.problems.extend(catalogs.problems)
    data.problems.extend(loaded.problems)
    _read_results(data)
    _read_surveys(data, options)
    _check_codes(data)
    data.sitemap = build_sitemap(data.site, data.catalogs, data.results, data.surveys)
    resolver = _page_urls(data, Path(content_dir))
    data.evidence = oit_evidence.collect(data.site, data.catalogs, data.sitemap, resolver,
                                         data.problems)
    data.audits = oit_audit.audit(data.evidence, data.catalogs, data.site)
    if options.strict_oit:
        for audit in data.audits.values():
            if audit.missing:
                data.problems.error(f"{audit.year}/", audit.text())
    return data
