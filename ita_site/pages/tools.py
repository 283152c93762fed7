"""What a build hands the page renderers beside the checked site: things that exist only while
pages are rendered (the QR cache, the agency's evidence texts, the published address), never
facts about the content, which are the model's (ita_site.checked.CheckedSite)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ita_site.pages.surveys import survey_files

if TYPE_CHECKING:
    from ita_site.pages.blocks import HtmlBlocks
    from ita_site.pages.surveys import SurveyCodeAssets
    from ita_site.surveys import QrCache, SurveyKind, SurveyLinks

    # the codes as the pages show them, and the files written beside the survey page
    SurveyCodes = tuple[dict[SurveyKind, SurveyCodeAssets], dict[str, bytes]]


@dataclass
class RenderTools:
    qr_cache: QrCache
    # src_uri → the agency's Markdown of an evidence page, shown on its OIT item's page
    evidence_bodies: dict[str, str] = field(default_factory=dict)
    site_url: str | None = None  # mkdocs.yml's, for the absolute URLs of the OIT exports
    # where large HTML blocks wait out Markdown conversion (the plugin puts them back); None
    # leaves them in the Markdown
    html_blocks: HtmlBlocks | None = None
    _survey_codes: dict[int, SurveyCodes] = field(default_factory=dict, init=False, repr=False)

    def survey_codes(self, year: int, links: SurveyLinks) -> SurveyCodes:
        """(assets, files) of a year's survey codes: drawn once per build, however many pages
        show them (survey page, posters, home and year pages, the code files)."""
        if year not in self._survey_codes:
            self._survey_codes[year] = survey_files(links, self.qr_cache) if links else ({}, {})
        return self._survey_codes[year]
