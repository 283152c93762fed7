"""Entries of the site map and the map itself."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterator


class Kind(Enum):
    """What an entry is; each kind has one renderer (ita_site.pages.renderers)."""

    HOME = "home"
    YEAR = "year"
    PLAN = "plan"
    PROGRESS = "progress"
    REPORT = "report"
    ANALYSIS = "analysis"
    SURVEYS = "surveys"
    POSTER = "poster"
    OIT_INDEX = "oit"
    OIT_ITEM = "oit-item"
    OIT_CSV = "oit-links.csv"
    OIT_JSON = "oit.json"
    SURVEY_CODE = "survey-code"
    CONTACT = "contact"                  # made from agency.yml when the site has no contact page
    MEASURES_CSV = "measures.csv"        # open data of a year (ita_site.opendata)
    MEASURES_JSON = "measures.json"
    SCORES_CSV = "scores.csv"
    SCORES_JSON = "scores.json"
    DATA_SCHEMA = "data-schema"          # JSON Schema of an open-data file, under /data/schemas/
    DATA = "data"                        # /data/: every open-data file, described
    STANDARD_REPORT = "standard-report"  # the webmaster's Government Website Standard report
    ROBOTS = "robots.txt"


# A year's documents in the order of the yearly cycle: the year page lists them, the
# navigation shows them, catalogs may name them as an OIT item's evidence ("plan", "report" …).
DOCUMENT_KINDS = (Kind.PLAN, Kind.PROGRESS, Kind.REPORT, Kind.ANALYSIS, Kind.SURVEYS,
                  Kind.OIT_INDEX)
# Generated pages a catalog may name as an OIT item's evidence (catalog `satisfied_by.page`).
EVIDENCE_KINDS = (Kind.PLAN, Kind.REPORT, Kind.PROGRESS, Kind.ANALYSIS, Kind.SURVEYS)
# Pages a link in the agency's files may point at by their file name (2568/plan.md).
LINKED_BY_FILE = (Kind.HOME, Kind.YEAR, Kind.PLAN, Kind.PROGRESS, Kind.REPORT, Kind.ANALYSIS,
                  Kind.SURVEYS)


@dataclass(frozen=True)
class Entry:
    """One generated page or file.

    `src_uri` is where it pretends to be in content/ ("2568/plan.md"); `url` is '' for a file
    that is not a page. `key` tells entries of one kind and year apart (an OIT code, a survey
    kind, a file name). `intro` marks a home or year page whose Markdown the agency wrote: the
    plugin renders it around that file instead of adding a page.
    """

    kind: Kind
    year: int | None
    src_uri: str
    url: str
    title: str
    key: str = ""
    intro: bool = False

    @property
    def is_page(self) -> bool:
        return self.src_uri.endswith(".md")


@dataclass(frozen=True)
class SiteMap:
    """Every entry, in the order the files are added to the build (which MkDocs keeps in the
    search index and sitemap.xml)."""

    entries: tuple[Entry, ...]

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def of_year(self, year: int, kinds: tuple[Kind, ...]) -> list[Entry]:
        """The year's entries of `kinds`, in the order of `kinds`."""
        found = {e.kind: e for e in self.entries if e.year == year and e.kind in kinds}
        return [found[k] for k in kinds if k in found]

    def find(self, kind: Kind, year: int | None) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind and e.year == year), None)

    def pages_linked_by_file(self) -> dict[str, str]:
        """src_uri → URL of the generated pages other files may link to by file name."""
        return {e.src_uri: e.url for e in self.entries
                if e.kind in LINKED_BY_FILE and not e.intro}
