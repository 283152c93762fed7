"""Domain objects of an agency's site, as read from content/.

URLs follow the scheme of ita_site.sitemap and are relative to the site root, without a slash
("2568/measures/x/"), so they can be joined to any base.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

STATUSES = ("planned", "in-progress", "done")


@dataclass(frozen=True)
class Period:
    """ระยะเวลา: as written, with dates when they were given or can be read."""

    label: str
    start: _dt.date | None = None
    end: _dt.date | None = None


@dataclass(frozen=True)
class Results:
    """What a measure achieved: ผลการดำเนินการ (outputs), ผลลัพธ์ (outcomes), ข้อเสนอแนะ."""

    outputs: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    status: str | None = None
    as_of: _dt.date | None = None

    def __bool__(self) -> bool:
        return bool(self.outputs or self.outcomes or self.suggestions)


@dataclass
class Measure:
    """One measure (มาตรการ) of a fiscal year, from content/<year>/measures/<slug>.md."""

    year: int
    slug: str
    src_uri: str
    title: str
    order: int | None = None
    issue: int | None = None
    indicators: tuple[int, ...] = ()
    oit: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    period: Period | None = None
    responsible: tuple[str, ...] = ()
    results: Results = field(default_factory=Results)
    progress: Results | None = None  # six-month round (รอบ 6 เดือน)
    status: str | None = None
    updated: _dt.date | None = None  # front matter `updated:`; else the file's git history
    body: str = ""
    body_line: int = 1
    lines: dict[str, int] = field(default_factory=dict)  # front-matter line of each field

    @property
    def url(self) -> str:
        return f"{self.year}/measures/{self.slug}/"

    @property
    def outputs(self) -> tuple[str, ...]:
        return self.results.outputs

    @property
    def outcomes(self) -> tuple[str, ...]:
        return self.results.outcomes

    @property
    def suggestions(self) -> tuple[str, ...]:
        return self.results.suggestions


@dataclass
class Page:
    """Any other Markdown page; it matters to us only for what it declares (OIT evidence)."""

    src_uri: str
    title: str | None
    year: int | None  # the year folder it stands in, if any
    oit: dict[int, tuple[str, ...]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    updated: _dt.date | None = None  # front matter `updated:`

    @property
    def url(self) -> str:
        stem = self.src_uri[:-3]
        if stem == "index" or stem.endswith("/index"):
            stem = stem[: -len("index")]
            return stem
        return stem + "/"


@dataclass
class Agency:
    """agency.yml: who publishes the site."""

    name: str
    type: str | None = None
    subdistrict: str | None = None
    district: str | None = None
    province: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    logo: str | None = None
    contact_page: str | None = None   # Markdown file under content/, linked from every footer
    privacy_page: str | None = None
    website_policy_page: str | None = None
    security_policy_page: str | None = None
    cookie_policy_page: str | None = None
    accessibility_page: str | None = None
    map_url: str | None = None        # a link to the office on a map, for the contact page
    data_licence: str | None = None   # licence of the open data (/data/); a default otherwise

    @property
    def place(self) -> str:
        """"ตำบล… อำเภอ… จังหวัด…" as far as it is known."""
        parts = []
        if self.subdistrict:
            parts.append(f"ตำบล{self.subdistrict}")
        if self.district:
            parts.append(f"อำเภอ{self.district}")
        if self.province:
            parts.append(f"จังหวัด{self.province}")
        return " ".join(parts)


@dataclass
class EvidenceLink:
    """A link given in year.yml `oit:` for one item."""

    title: str
    url: str
    line: int | None = None


@dataclass
class YearData:
    """year.yml of one year folder. Parts owned by other areas stay raw until they parse them."""

    year: int
    ita_year: int
    src_path: str
    raw: dict = field(default_factory=dict)
    oit_links: dict[str, list[EvidenceLink]] = field(default_factory=dict)
    document: object = None  # the YamlDocument, for areas that report lines of their own parts


@dataclass
class Year:
    """Everything labelled with one B.E. year: its ITA data, measures and pages."""

    year: int
    data: YearData | None = None
    measures: list[Measure] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    has_intro: bool = False

    @property
    def ita_year(self) -> int:
        return self.data.ita_year if self.data else self.year

    @property
    def has_progress(self) -> bool:
        return any(m.progress for m in self.measures)

    @property
    def has_results(self) -> bool:
        return any(m.results for m in self.measures)


@dataclass
class Site:
    """The whole content folder, validated."""

    agency: Agency
    years: dict[int, Year] = field(default_factory=dict)
    pages: list[Page] = field(default_factory=list)  # pages outside year folders
    has_intro: bool = False

    @property
    def year_numbers(self) -> list[int]:
        return sorted(self.years)

    @property
    def latest_year(self) -> Year | None:
        return self.years[max(self.years)] if self.years else None

    def all_pages(self):
        yield from self.pages
        for year in self.years.values():
            yield from year.pages
