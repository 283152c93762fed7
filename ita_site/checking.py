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
from ita_site.content.models import Site
from ita_site.content.problems import Problems
from ita_site.scores.models import YearResults
from ita_site.scores.parsing import parse_year_results


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


def check_site(content_dir: Path, options: CheckOptions | None = None) -> SiteData:
    """Load `content_dir`, read catalogs, scores and analyses; every problem in `.problems`."""
    options = options or CheckOptions()
    loaded = load_site(Path(content_dir))
    catalogs = load_catalogs(options.catalogs_dir)
    data = SiteData(site=loaded.site, catalogs=catalogs)
    data.problems.extend(catalogs.problems)
    data.problems.extend(loaded.problems)
    _read_results(data)
    return data
