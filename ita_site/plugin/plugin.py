"""The `ita` MkDocs plugin: loads content through the core and adds the generated pages.

Event order and why:
- on_config: checks the settings the product relies on (Thai, no third-party fonts, directory
  URLs) and adds the shipped theme parts to Material (ita_site.plugin.theme).
- on_files: reads and validates all content at once (the core's load_site), stops the build on
  any error, then adds every generated page as a `File.generated` and sets the small nav.
  Under `mkdocs serve` (known from on_startup) content that would stop the build is shown on
  every page instead (ita_site.plugin.preview), since a failed build leaves serve stuck.
- on_page_markdown: replaces the Markdown of measure pages and intro pages with their rendered
  form; the data they need was complete after on_files. Only their large HTML blocks stand as
  placeholders until on_page_content, to skip Markdown conversion (ita_site.pages.blocks).
- on_env, on_post_page: stop the build if our stylesheets, scripts or templates were dropped.
- on_page_content: puts back the HTML blocks the renderers kept out of Markdown conversion
  (ita_site.pages.blocks) and escapes the front-matter texts Material prints unescaped.
- on_env: gives the theme the agency's identity and, in `mkdocs serve`, the problems to show;
  pages outside the navigation share its HTML per folder (on_nav keeps it; shared_nav).
- on_post_build: rewrites the search index so Thai words are found (after Material's search).
- on_startup, on_config, on_pre_build, on_build_error and the last post_build handler keep the
  published site whole (ita_site.plugin.publishing): `mkdocs build` writes into a staging
  folder that replaces site_dir only when the build succeeded, and stops before MkDocs walks a
  content/ folder holding symbolic links or special files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ita_site.checking import CheckOptions, check_site
from ita_site.base.yamlfile import split_front_matter
from ita_site.messages import plugin as msg
from ita_site.messages import oit as oit_msg
from ita_site.oit import exports
from ita_site.pages import documents, oit_pages
from ita_site.pages.blocks import HtmlBlocks
from ita_site.pages.context import PageContext
from ita_site.pages.renderers import render_entry
from ita_site.plugin import (assets, identity, material_search, page_text, settings_check,
                             shared_nav, theme)
from ita_site.plugin.config import ItaConfig
from ita_site.plugin.preview import ProblemPreview
from ita_site.plugin.publishing import SitePublisher, refuse_unsafe_files
from ita_site.search import ThaiSearchError, publish_thai_search
from ita_site.surveys import QrCache

log = logging.getLogger("mkdocs.plugins.ita")


class ItaPlugin(BasePlugin[ItaConfig]):
    def __init__(self) -> None:
        self.context: PageContext | None = None
        self.measures: dict = {}
        self.publisher = SitePublisher(None, dirty=False)
        self.agency = None
        self.nav: Navigation | None = None
        self.preview = ProblemPreview()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Learn the command. Only `mkdocs build` (and gh-deploy) publish site_dir, so only they
        build into a staging folder; `mkdocs serve` builds into a temporary folder of its own and
        shows content errors in the browser (ita_site.plugin.preview). Priority: default."""
        self.publisher = SitePublisher(command, dirty)
        self.preview.start(command)

    def on_shutdown(self) -> None:
        self.preview.stop()

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        """Rebuild when a catalog file changes: the catalogs folder lies outside docs_dir, which
        is all `mkdocs serve` watches by itself. Priority: default."""
        if self.config.enabled and self.config.catalogs:
            folder = Path(config.config_file_path).parent / self.config.catalogs
            if folder.is_dir():
                server.watch(str(folder))
        return server

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Refuse settings that would publish a wrong or non-compliant site.

        Priority: default. Nothing here depends on other plugins.
        """
        if not self.config.enabled:
            return None
        problems = []
        if config.theme.name != "material":
            problems.append(msg.THEME.format(got=config.theme.name))
        elif config.theme.get("font") is not False:
            problems.append(msg.FONT)
        if not config.use_directory_urls:
            problems.append(msg.DIRECTORY_URLS)
        problems += settings_check.third_party_settings(config)
        if problems:
            raise PluginError("\n".join(msg.render(p) for p in problems))
        theme.activate(config)
        self.publisher.stage(config)
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Load and validate the content, then add the generated pages.

        Priority 50 (early): pages we generate must exist before other plugins (search, tags)
        look at the list of files.
        """
        if not self.config.enabled:
            return files
        data = check_site(Path(config.docs_dir), self._options(config))
        self.agency = data.site.agency
        identity.use_logo_as_favicon(config, data.site.agency)
        if self.preview.begin(data.problems, config):
            self.context = None
            self._take_inputs(files, data)
            self.preview.placeholders(files, config, data)
            self._add_fonts(files, config)
            return files
        for problem in data.problems.warnings:
            log.warning(problem.format())
        if data.problems.errors:
            raise PluginError(msg.errors_found(data.problems.errors))
        cache = QrCache(self._cache_dir(config) / "qr")
        bodies = self._take_inputs(files, data)
        self.context = PageContext.from_data(data, qr_cache=cache, evidence_bodies=bodies,
                                             site_url=config.site_url, html_blocks=HtmlBlocks())
        self.measures = {m.src_uri: m for y in data.site.years.values() for m in y.measures}
        self._add_generated(files, config)
        if not config.site_url and data.audits:
            log.warning(msg.render_warning(oit_msg.NO_SITE_URL))
        for audit in data.audits.values():
            if audit.missing:
                log.info(msg.render_info(audit.text()))
        if not config.nav:
            config.nav = documents.navigation(self.context)
        return files

    def _take_inputs(self, files: Files, data) -> dict[str, str]:
        """Remove the files that are inputs, not pages: agency.yml, year.yml, and evidence
        pages, whose text becomes part of the item page at its stable URL. Returns those texts."""
        evidence_pages = {item.page_src for item in data.evidence.items.values() if item.page_src}
        bodies = {}
        for file in list(files):
            if _is_data_file(file.src_uri):
                files.remove(file)
            elif file.src_uri in evidence_pages:
                bodies[file.src_uri] = split_front_matter(file.content_string).body
                files.remove(file)
        return bodies

    def _add_generated(self, files: Files, config: MkDocsConfig) -> None:
        """Every entry of the site map, rendered by the renderer of its kind. A generated page
        takes the place of an agency's file at its path (the loader has reported that file)."""
        for entry in self.context.sitemap:
            if entry.intro:
                continue  # rendered around the agency's intro in on_page_markdown
            content = _rendered(self.context, entry)
            if entry.is_page:
                existing = files.get_file_from_path(entry.src_uri)
                if existing is not None:
                    files.remove(existing)
            files.append(File.generated(config, entry.src_uri, content=content))
        self._add_fonts(files, config)

    def _add_fonts(self, files: Files, config: MkDocsConfig) -> None:
        for asset in assets.font_files(config, self._cache_dir(config) / "fonts"):
            files.append(asset)

    @event_priority(-100)
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Give the theme the agency's identity (header logo, footer) and, under `mkdocs serve`,
        the problem report; then stop before anything is written if our stylesheets or scripts
        were dropped.

        Priority -100 (last): every other plugin has had its say about the files by then; pages
        are rendered after every on_env, so the template values are in time.
        """
        if self.config.enabled:
            identity.add_template_values(env, self.agency, self.preview.template_value())
            shared_nav.install(env, config, self.nav, str(theme.THEME_DIR))
            theme.require_assets(files)
        return env

    @event_priority(-100)
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> None:
        """Keep the navigation for on_env (ita_site.plugin.shared_nav).

        Priority -100 (last): the navigation as every other plugin left it.
        """
        self.nav = nav

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Refuse a page rendered without our templates (never publish an unstyled site).

        Priority -100 (last): checks the HTML as it will be written.
        """
        if self.config.enabled:
            theme.require_styled(output, page)
        return output

    @event_priority(100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str | None:
        """Put the generated HTML blocks back in place of their placeholders, with their ids
        among the page's anchors (MkDocs checks links to them); escape the page's title and
        front-matter texts that Material prints as HTML.

        Priority 100 (first): every other plugin, and Material's search (on_page_context), sees
        the page whole; our own page events saw the texts as written.
        """
        if not self.config.enabled:
            return None
        if self.context is not None and self.context.html_blocks is not None:
            html, anchors = self.context.html_blocks.restore(html)
            if anchors and page.present_anchor_ids is not None:
                page.present_anchor_ids = page.present_anchor_ids | anchors
        page_text.escape_printed_texts(page)
        return html

    @event_priority(-50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Make the search index find Thai words (ita_site.search), from Material's index in
        memory (ita_site.plugin.material_search), with word boundaries cached in cache_dir.

        Priority -50 (late): Material's search plugin (priority 0) must have written
        search/search_index.json, and Material's offline plugin (-100) copies it afterwards.
        """
        if not self.config.enabled:
            return
        if not any(name in config.plugins for name in ("search", "material/search")):
            return
        try:
            publish_thai_search(Path(config.site_dir),
                                material_index=material_search.material_index(config),
                                cache_dir=self._cache_dir(config) / "search")
        except ThaiSearchError as error:
            raise PluginError(error.problem.format()) from None

    @event_priority(float("-inf"))
    def _publish_site(self, *, config: MkDocsConfig) -> None:
        """Swap the finished site into place (ita_site.plugin.publishing).

        Priority -inf (last): every other plugin's post_build writes into the staging folder
        first; MkDocs' strict-mode abort comes after this and is foreseen by the publisher.
        """
        self.publisher.publish()

    # Thai search and publishing are two jobs of post_build with different priorities.
    on_post_build = CombinedEvent(on_post_build, _publish_site)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Stop before MkDocs walks content/ if it holds symbolic links or special files: MkDocs
        follows links (a linked folder can loop forever) and would copy what they point to."""
        if self.config.enabled:
            refuse_unsafe_files(Path(config.docs_dir))

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build leaves the published site as it was."""
        self.publisher.discard()

    def _cache_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.cache_dir

    def _options(self, config: MkDocsConfig) -> CheckOptions:
        base = Path(config.config_file_path).parent
        return CheckOptions(
            catalogs_dir=base / self.config.catalogs if self.config.catalogs else None,
            survey_hosts=tuple(self.config.survey_hosts),
            strict_oit=self.config.strict_oit,
        )

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str | None:
        """Measure pages get their summary; intro pages get the generated parts around them.

        Priority: default. Runs before Markdown conversion: the user's Markdown is converted
        with the page, the generated HTML blocks wait for on_page_content.
        """
        if not self.config.enabled:
            return None
        if self.preview.active:
            return self.preview.markdown()
        if self.context is None:
            return None
        src_uri = page.file.src_uri
        if src_uri in self.measures:
            return documents.measure_page(self.context, self.measures[src_uri])
        site = self.context.site
        backlinks = oit_pages.backlinks_html(self.context, page.url)
        if backlinks:
            markdown = backlinks + "\n\n" + markdown
        if src_uri == "index.md" and site.has_intro:
            return _with_title(page, documents.home_page(self.context, markdown))
        parts = src_uri.split("/")
        if len(parts) == 2 and parts[1] == "index.md" and parts[0].isdigit():
            year = site.years.get(int(parts[0]))
            if year is not None and year.has_intro:
                return _with_title(page, documents.year_page(self.context, year, markdown))
        return markdown if backlinks else None


def _is_data_file(src_uri: str) -> bool:
    """agency.yml and year.yml are inputs of the generated pages, not files to publish."""
    parts = src_uri.split("/")
    return src_uri == "agency.yml" or (len(parts) == 2 and parts[1] == "year.yml")


def _with_title(page: Page, rendered: str) -> str:
    """Body of a rendered page; its title applies unless the user's file gave one."""
    source = split_front_matter(rendered)
    for key, value in (source.meta.data or {}).items():
        page.meta.setdefault(key, value)
    return source.body


def _rendered(context: PageContext, entry) -> str | bytes:
    """An entry's content, or the build stops with the link an export refused (never a
    traceback)."""
    try:
        return render_entry(context, entry)
    except exports.UnsafeExport as error:
        raise PluginError(msg.render(error.text)) from None
