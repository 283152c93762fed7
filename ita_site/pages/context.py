"""What every page renderer needs: the site, its catalogs, and how measures are grouped."""

from __future__ import annotations

from dataclasses import dataclass, field

from ita_site.content.models import Measure, Site, Year
from ita_site.messages.pages import INDICATOR_NAMES, ISSUE_NAMES, L
from ita_site.sitemap import SiteMap


@dataclass(frozen=True)
class Group:
    """A section of a year's tables: one issue (ประเด็น) or one indicator."""

    key: int | None
    title: str
    measures: tuple[Measure, ...]

    @property
    def anchor(self) -> str:
        return f"group-{self.key}" if self.key is not None else "group-other"


@dataclass
class PageContext:
    """A checked site (ita_site.checking.SiteData) seen by the page renderers."""

    site: Site
    sitemap: SiteMap = field(default_factory=lambda: SiteMap(()))
    catalogs: object = None  # CatalogSet
    results: dict = field(default_factory=dict)  # year → scores.YearResults
    evidence: object = None  # oit.evidence.EvidenceIndex
    audits: dict = field(default_factory=dict)  # year → oit.audit.YearAudit
    surveys: dict = field(default_factory=dict)  # year → surveys.SurveyLinks
    qr_cache: object = None  # surveys.QrCache; None when no code is to be drawn (check only)
    survey_assets: dict = field(default_factory=dict)  # year → (assets, files), made once
    # src_uri → the agency's Markdown of an evidence page, shown on its OIT item's page
    evidence_bodies: dict[str, str] = field(default_factory=dict)
    site_url: str | None = None  # mkdocs.yml's, for the absolute URLs of the OIT exports
    # pages.blocks.HtmlBlocks: where large HTML blocks wait out Markdown conversion (the plugin
    # puts them back); None leaves them in the Markdown
    html_blocks: object = None

    @classmethod
    def from_data(cls, data, qr_cache=None, evidence_bodies=None,
                  site_url: str | None = None, html_blocks=None) -> "PageContext":
        return cls(site=data.site, sitemap=data.sitemap, catalogs=data.catalogs,
                   results=data.results, evidence=data.evidence, audits=data.audits,
                   surveys=data.surveys, qr_cache=qr_cache,
                   evidence_bodies=evidence_bodies or {}, site_url=site_url,
                   html_blocks=html_blocks)

    def catalog(self, ita_year: int):
        return self.catalogs.get(ita_year) if self.catalogs is not None else None

    def grouping(self, year: Year) -> str:
        """'issues' (2568 on) or 'indicators' (2566, 2567), as the year's catalog says."""
        catalog = self.catalog(year.year)
        if catalog is not None:
            return catalog.grouping
        return "issues" if year.year >= 2568 else "indicators"

    def group_title(self, year: Year, grouping: str, key: int) -> str:
        catalog = self.catalog(year.year)
        if grouping == "issues":
            names = getattr(catalog, "issues", None) or {}
            name = _name_of(names, key) or ISSUE_NAMES.get(key)
            return f"{key}. {name}" if name else L.issue.format(number=key)
        names = getattr(catalog, "indicators", None) or {}
        name = _name_of(names, key) or INDICATOR_NAMES.get(key)
        return f"{key}. {name}" if name else L.indicator.format(number=key)

    def groups(self, year: Year, measures: list[Measure] | None = None) -> list[Group]:
        """Measures by issue or indicator in the order of the official tables; ungrouped last."""
        measures = year.measures if measures is None else measures
        grouping = self.grouping(year)
        buckets: dict[int | None, list[Measure]] = {}
        for measure in measures:
            if grouping == "issues":
                key = measure.issue
            else:
                key = measure.indicators[0] if measure.indicators else None
            buckets.setdefault(key, []).append(measure)
        keys = sorted(k for k in buckets if k is not None)
        groups = [Group(k, self.group_title(year, grouping, k), tuple(buckets[k])) for k in keys]
        if None in buckets:
            groups.append(Group(None, L.ungrouped, tuple(buckets[None])))
        return groups


def _name_of(names, key: int) -> str | None:
    """Catalogs may give names as {n: "name"} or {n: object with .name}."""
    value = names.get(key) if hasattr(names, "get") else None
    if value is None:
        return None
    return getattr(value, "name", value)
