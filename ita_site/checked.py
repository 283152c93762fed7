"""The checked site: the one model every generated page and file is made from.

`ita_site.checking.check_site` makes it; `ita-site check`, the portal and the MkDocs plugin read
it, and the page renderers (ita_site.pages) receive it together with the few things only a
build has (ita_site.pages.tools.RenderTools). It holds facts about the content, never anything
about how a page is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model's field types; checking imports them all at run time
    from ita_site.base.problems import Problems
    from ita_site.catalog import Catalog, CatalogSet
    from ita_site.content.models import Measure, Site
    from ita_site.oit.audit import YearAudit
    from ita_site.oit.evidence import EvidenceIndex
    from ita_site.scores.models import YearResults
    from ita_site.sitemap import SiteMap
    from ita_site.surveys import SurveyLinks


@dataclass
class CheckedSite:
    """A content folder read and checked against the catalogs of its years.

    Every mapping keyed by an int is keyed by the year folder's B.E. number (not the ITA year
    of its catalog, which year.yml may set apart).
    """

    site: Site
    catalogs: CatalogSet
    problems: Problems
    results: dict[int, YearResults]  # per year with a year.yml: its scores and analysis, if any
    surveys: dict[int, SurveyLinks]  # survey links of the years with a year.yml
    sitemap: SiteMap  # every page and file the build generates
    evidence: EvidenceIndex  # OIT evidence per item, and the items each page serves
    audits: dict[int, YearAudit]  # per year with a catalog: its OIT items without evidence

    def catalog(self, ita_year: int) -> Catalog | None:
        """The catalog of an ITA year; None for a year no catalog describes."""
        return self.catalogs.get(ita_year)

    def measure(self, src_uri: str) -> Measure | None:
        """The measure whose file is `src_uri` (relative to the content folder), if it is one."""
        return self.measures_by_file.get(src_uri)

    @cached_property
    def measures_by_file(self) -> dict[str, Measure]:
        """Every measure by its file (src_uri), built once."""
        return {m.src_uri: m for year in self.site.years.values() for m in year.measures}

    @property
    def measure_count(self) -> int:
        return sum(len(y.measures) for y in self.site.years.values())
