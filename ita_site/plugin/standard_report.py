"""The Government Website Standard in the build: each page's last-updated date, and the
report page, filled in once every page has been written (ita_site.standard).

The content findings are known once the content is checked (on_files); the built findings
need every page's HTML (on_post_page) and the files of the finished site (on_post_build),
so the report page is written with a placeholder and completed last, as Material's tags
plugin completes its listings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from ita_site.messages import standard as msg
from ita_site.messages.plugin import render_info
from ita_site.sitemap import Kind
from ita_site.standard import built_checks, updated
from ita_site.standard.content_checks import SiteSettings, check_content
from ita_site.standard.report import StandardReport, html_table
from ita_site.sitemap.urls import STANDARD_REPORT_PAGE, src_to_url
from ita_site.text.dates import format_thai_date

log = logging.getLogger("mkdocs.plugins.ita")


def site_settings(config: MkDocsConfig) -> SiteSettings:
    return SiteSettings(language=config.theme.get("language"), site_url=config.site_url,
                        search=any(n in config.plugins for n in ("search", "material/search")))


class StandardBuild:
    """One build's dates and findings; a new one is made for every build. `scans` (page URL →
    what its HTML showed) outlives a build under `mkdocs serve --dirty`, where only the pages
    an edit touched are written again: the report still covers every page. So does `memo`,
    each page's findings, so that only the pages written again are checked again."""

    def __init__(self, data, docs_dir: Path, config: MkDocsConfig,
                 scans: dict[str, built_checks.PageScan] | None = None,
                 memo: built_checks.FindingsMemo | None = None):
        self.dates = updated.page_dates(data.site, docs_dir)
        self.generated = {e.src_uri: e for e in data.sitemap if e.is_page}
        self.content = check_content(data.site, data.sitemap, docs_dir, site_settings(config),
                                     dates=self.dates)
        self.scans = {} if scans is None else scans
        self.memo = memo
        self.site_url = config.site_url
        self.has_report = data.sitemap.find(Kind.STANDARD_REPORT, None) is not None

    def set_revision_date(self, page: Page) -> None:
        """Material shows `revision_date` under the page (partials/source-file.html) as HTML;
        the value is always ours, never a front-matter text, which would land unescaped."""
        src = page.file.src_uri
        entry = self.generated.get(src)
        year = entry.year if entry is not None else None
        date = updated.date_of(self.dates, src, year, generated=entry is not None)
        if date is None:
            page.meta.pop("revision_date", None)
            return
        page.update_date = date.isoformat()  # sitemap.xml's lastmod: the content's date too
        page.meta["revision_date"] = (
            f'{msg.UPDATED_LABEL} <time datetime="{date.isoformat()}">'
            f"{format_thai_date(date)}</time>")

    def scan(self, page: Page, output: str) -> None:
        self.scans[page.url] = built_checks.scan_page(page.url, output)

    def forget_report(self, site_dir: Path) -> None:
        """Under `mkdocs serve --dirty`: remove the report page's last output, so MkDocs writes
        it again (with its placeholder) after any edit, whatever the edit touched."""
        (site_dir / src_to_url(STANDARD_REPORT_PAGE) / "index.html").unlink(missing_ok=True)

    def finish(self, site_dir: Path) -> StandardReport:
        """Check the built site and write the findings into the report page."""
        files = built_checks.site_files(site_dir)
        error_page = site_dir / "404.html"
        # Pages written in an earlier build of a serve session, still in the site.
        scans = [scan for url, scan in self.scans.items()
                 if url + "index.html" in files or url in files]
        if error_page.is_file():
            scans.append(built_checks.scan_page(
                "404.html", error_page.read_text(encoding="utf-8", errors="replace")))
        report = StandardReport(self.content.catalog, dict(self.content.findings))
        report.merge(built_checks.check_built(scans, files, self.site_url, self.content.catalog,
                                              self.memo))
        target = site_dir / src_to_url(STANDARD_REPORT_PAGE) / "index.html"
        if self.has_report and target.is_file():
            html = target.read_text(encoding="utf-8")
            target.write_text(html.replace(msg.REPORT_PLACEHOLDER, html_table(report), 1),
                              encoding="utf-8")
        summary = report.summary()
        log.info(render_info(msg.REPORT_LOG.format(th=summary.th, en=summary.en)))
        return report
