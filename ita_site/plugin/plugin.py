"""The `ita` MkDocs plugin: loads content through the core and adds the generated pages.

Event order and why:
- on_config: refuses settings the product cannot publish with (another theme than Material,
  third-party fonts or scripts, no directory URLs, a `catalogs` folder that does not exist) and
  adds the shipped theme parts to Material (ita_site.plugin.theme).
- on_files: reads and checks all content at once (the core's check_site), stops the build on
  any error, then adds every generated page as a `File.generated` and sets the small nav.
  Under `mkdocs serve` (known from on_startup) content that would stop the build is shown on
  every page instead (ita_site.plugin.preview), since a failed build leaves serve stuck.
- on_page_markdown: replaces the Markdown of measure pages and intro pages with their rendered
  form; the data they need was complete after on_files. Only their large HTML blocks stand as
  placeholders until on_page_content, to skip Markdown conversion (ita_site.pages.blocks).
- on_env, on_post_page: stop the build if our stylesheets, scripts or templates were dropped.
- on_page_content: puts back the HTML blocks the renderers kept out of Markdown conversion
  (ita_site.pages.blocks), adds a description and escapes the front-matter texts Material
  prints unescaped.
- on_env: gives the theme the agency's identity and, in `mkdocs serve`, the problems to show;
  pages outside the navigation share its HTML per folder (on_nav keeps it; shared_nav).
- on_page_markdown also gives each page its last-updated date (ita_site.standard.updated);
  on_post_page scans each page and on_post_build completes the Government Website Standard
  report page from the whole built site (ita_site.plugin.standard_report).
- on_post_build: rewrites the search index so Thai words are found (after Material's search);
  last of all, writes compressed copies of the text files (ita_site.compression).
- on_startup, on_files, on_nav, on_post_page and on_post_build also serve `mkdocs serve --dirty`:
  what survives between rebuilds and which pages an edit builds again
  (ita_site.plugin.incremental).
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
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ita_site.compression import precompress_site
from ita_site.base.yamlfile import split_front_matter
from ita_site.checked import CheckedSite
from ita_site.checking import CheckOptions, check_site
from ita_site.messages import catalog as catalog_msg
from ita_site.messages import plugin as msg
from ita_site.messages import oit as oit_msg
from ita_site.oit import exports
from ita_site.pages import documents, oit_pages
from ita_site.pages.blocks import HtmlBlocks
from ita_site.pages.renderers import render_entry
from ita_site.pages.tools import RenderTools
from ita_site.plugin import (assets, identity, material_search, page_text, settings_check,
                             template_code, theme)
from ita_site.plugin.config import ItaConfig
from ita_site.plugin.incremental import ServeState
from ita_site.plugin.preview import ProblemPreview
from ita_site.plugin.publishing import SitePublisher, refuse_unsafe_files
from ita_site.plugin.standard_report import StandardBuild
from ita_site.search import ThaiSearchError, publish_thai_search
from ita_site.sitemap import Kind
from ita_site.surveys import QrCache

log = logging.getLogger("mkdocs.plugins.ita")


class ItaPlugin(BasePlugin[ItaConfig]):
    def __init__(self) -> None:
        self.checked: CheckedSite | None = None  # None while serve shows problems instead
        self.tools: RenderTools | None = None
        self.publisher = SitePublisher(None, dirty=False)
        self.agency = None
        self.nav: Navigation | None = None
        self.preview = ProblemPreview()
        self.standard: StandardBuild | None = None
        self.serve = ServeState()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Learn the command. Only `mkdocs build` (and gh-deploy) publish site_dir, so only they
        build into a staging folder; `mkdocs serve` builds into a temporary folder of its own,
        shows content errors in the browser (ita_site.plugin.preview) and, with `--dirty`,
        rebuilds only what an edit changes (ita_site.plugin.incremental). Priority: default."""
        self.publisher = SitePublisher(command, dirty)
        self.preview.start(command)
        if not self.config.enabled:
            return
        self.serve.start(command, dirty)
        if command == "serve" and not dirty:
            log.info(msg.render_info(msg.SERVE_NOT_DIRTY))

    def on_shutdown(self) -> None:
        self.preview.stop()
        self.serve.stop()

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        """Rebuild when a catalog file changes: the catalogs folder lies outside docs_dir, which
        is all `mkdocs serve` watches by itself. Priority: default."""
        folder = self._catalogs_dir(config) if self.config.enabled else None
        if folder is not None and folder.is_dir():
            server.watch(str(folder))
        return server

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Refuse settings that would publish a wrong or non-compliant site: a theme other than
        Material, Google Fonts, `use_directory_urls: false`, settings that load files from
        other hosts (ita_site.plugin.settings_check) and a `catalogs` folder that does not
        exist; all are reported at once, in Thai and English. Then put the shipped theme folder
        into Material's and prepare the staging folder of `mkdocs build`. Whether the theme's
        stylesheets, scripts and templates reach the site is checked later, in on_env and
        on_post_page, once other plugins have had their say.

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
        catalogs = self._catalogs_dir(config)
        if catalogs is not None and not catalogs.is_dir():
            # Checked here, not by MkDocs' c.Dir option, whose message is English only.
            problems.append(catalog_msg.OVERRIDE_DIR_MISSING.format(dir=catalogs))
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
        listed = sorted(file.src_uri for file in files)
        data = check_site(Path(config.docs_dir), self._options(config),
                          cache=self.serve.cache if self.serve.serving else None)
        self.agency = data.site.agency
        identity.use_logo_as_favicon(config, data.site.agency)
        if self.preview.begin(data.problems, config):
            self.checked = None
            self.standard = None
            self._take_inputs(files, data)
            self.preview.placeholders(files, config, data)
            self._add_fonts(files, config)
            self.serve.settle(config, files, [listed, self.preview.template_value()], None, {},
                              None, {}, ())
            return files
        for problem in data.problems.warnings:
            log.warning(problem.format())
        if data.problems.errors:
            raise PluginError(msg.errors_found(data.problems.errors))
        bodies = self._take_inputs(files, data)
        self.checked = data
        self.tools = RenderTools(QrCache(self._cache_dir(config) / "qr"), evidence_bodies=bodies,
                                 site_url=config.site_url,
                                 # Under serve, rendered pages outlive a build, and so do blocks.
                                 html_blocks=self.serve.blocks if self.serve.serving
                                 else HtmlBlocks())
        self.standard = StandardBuild(data, Path(config.docs_dir), config,
                                      *self.serve.standard_kept())
        if self.serve.serving:
            self.standard.forget_report(Path(config.site_dir))
        measures = data.measures_by_file
        inputs = self.serve.inputs(measures, self._options(config).catalogs_dir)
        contents = self._add_generated(files, config, inputs)
        if not config.site_url and data.audits:
            log.warning(msg.render_warning(oit_msg.NO_SITE_URL))
        for audit in data.audits.values():
            if audit.missing:
                log.info(msg.render_info(audit.text()))
        if not config.nav:
            config.nav = documents.navigation(self.checked)
        key = [_file_bytes(config.config_file_path), listed, self.agency, config.nav,
               sorted(contents), config.site_url]
        self.serve.settle(config, files, key, inputs, contents,
                          lambda measure: documents.measure_page(self.checked, measure,
                                                                 blocks=self.tools.html_blocks),
                          measures, self.checked.sitemap)
        return files

    def _take_inputs(self, files: Files, data: CheckedSite) -> dict[str, str]:
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

    def _add_generated(self, files: Files, config: MkDocsConfig,
                       inputs: dict[str, str] | None) -> dict:
        """Every entry of the site map, rendered by the renderer of its kind, or as the last
        build under `mkdocs serve` rendered it from the same inputs. A generated page takes the
        place of an agency's file at its path (the loader has reported that file)."""
        # The agency's own robots.txt wins (the standard check reads it).
        entries = [entry for entry in self.checked.sitemap if not entry.intro and not (
            entry.kind is Kind.ROBOTS and files.get_file_from_path(entry.src_uri))]
        pages = {entry.src_uri for entry in entries if entry.is_page}
        # intro pages are rendered around the agency's text in on_page_markdown
        contents = self.serve.contents(entries, inputs,
                                       lambda entry: _rendered(self.checked, self.tools, entry))
        for uri in pages:
            existing = files.get_file_from_path(uri)
            if existing is not None:
                files.remove(existing)
        self.serve.add_generated(files, config, contents, pages.__contains__)
        self._add_fonts(files, config)
        return contents

    def _add_fonts(self, files: Files, config: MkDocsConfig) -> None:
        for asset in assets.font_files(config, self._cache_dir(config) / "fonts"):
            files.append(asset)

    @event_priority(-100)
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Give the theme the templates compiled by this process's builds before
        (ita_site.plugin.template_code), the agency's identity (header logo, footer) and, under
        `mkdocs serve`, the problem report; then stop before anything is written if our
        stylesheets or scripts were dropped.

        Priority -100 (last): every other plugin has had its say about the files by then; pages
        are rendered after every on_env, so the template values are in time.
        """
        if self.config.enabled:
            template_code.in_this_process().attach(env)
            identity.add_template_values(env, self.agency, self.preview.template_value())
            theme.prepare_env(env, config, files, self.nav)
            self.serve.search.order = [file.page.url for file in files.documentation_pages(
                inclusion=InclusionLevel.is_in_serve) if file.page is not None]
        return env

    @event_priority(-100)
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Under `mkdocs serve --dirty`, pages MkDocs will not read again keep their titles in
        the navigation (ita_site.plugin.incremental); then keep the navigation for on_env
        (ita_site.plugin.shared_nav).

        Priority -100 (last): the navigation as every other plugin left it.
        """
        if self.config.enabled:
            self.serve.keep_unread_pages(nav, files)
        self.nav = nav
        return nav

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Refuse a page rendered without our templates (never publish an unstyled site).

        Priority -100 (last): checks the HTML as it will be written.
        """
        if self.config.enabled:
            theme.require_styled(output, page)
            if self.standard is not None:
                self.standard.scan(page, output)
            self.serve.page_built(page)
        return output

    @event_priority(100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str | None:
        """Put the generated HTML blocks back in place of their placeholders, with their ids
        among the page's anchors (MkDocs checks links to them); give the page a description when
        it has none; escape the page's title and
        front-matter texts that Material prints as HTML.

        Priority 100 (first): every other plugin, and Material's search (on_page_context), sees
        the page whole; our own page events saw the texts as written.
        """
        if not self.config.enabled:
            return None
        if self.tools is not None and self.tools.html_blocks is not None:
            html, anchors = self.tools.html_blocks.restore(html)
            if anchors and page.present_anchor_ids is not None:
                page.present_anchor_ids = page.present_anchor_ids | anchors
        page_text.add_description(page, self.agency, config.site_description)
        page_text.escape_printed_texts(page)
        return html

    @event_priority(-50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Complete the Government Website Standard report from the built pages, then make the
        search index find Thai words (ita_site.search), from Material's index in memory
        (ita_site.plugin.material_search) or, under `mkdocs serve --dirty`, as merged over the
        rebuilds, with word boundaries cached in cache_dir.

        Priority -50 (late): Material's search plugin (priority 0) must have written
        search/search_index.json, and Material's offline plugin (-100) copies it afterwards.
        """
        if not self.config.enabled:
            return
        if self.standard is not None:
            self.standard.finish(Path(config.site_dir))
        if not any(name in config.plugins for name in ("search", "material/search")):
            return
        material = material_search.material_index(config)
        merged = self.serve.merge_search(Path(config.site_dir), material)
        try:
            publish_thai_search(Path(config.site_dir), memo=self.serve.segmented,
                                material_index=merged if merged is not None else material,
                                cache_dir=self._cache_dir(config) / "search")
        except ThaiSearchError as error:
            raise PluginError(error.problem.format()) from None

    @event_priority(float("-inf"))
    def _publish_site(self, *, config: MkDocsConfig) -> None:
        """Swap the finished site into place (ita_site.plugin.publishing).

        Priority -inf (last): every other plugin's post_build writes into the staging folder
        first; MkDocs' strict-mode abort comes after this and is foreseen by the publisher.
        The compressed copies are made here for the same reason: every file is written.
        """
        if self.config.enabled and self.config.precompress and self.publisher.active:
            precompress_site(Path(config.site_dir))
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

    def _catalogs_dir(self, config: MkDocsConfig) -> Path | None:
        """The site's own catalog folder (relative to mkdocs.yml), when one is set."""
        if not self.config.catalogs:
            return None
        return Path(config.config_file_path).parent / self.config.catalogs

    def _options(self, config: MkDocsConfig) -> CheckOptions:
        return CheckOptions(
            catalogs_dir=self._catalogs_dir(config),
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
        if self.checked is None:
            return None
        self.standard.set_revision_date(page)
        src_uri = page.file.src_uri
        measure = self.checked.measure(src_uri)
        if measure is not None:
            markdown = documents.measure_page(self.checked, measure,
                                              blocks=self.tools.html_blocks)
            self.serve.measure_rendered(src_uri, markdown)
            return markdown
        site = self.checked.site
        backlinks = oit_pages.backlinks_html(self.checked, page.url)
        if backlinks:
            markdown = backlinks + "\n\n" + markdown
        if src_uri == "index.md" and site.has_intro:
            return _with_title(page, documents.home_page(self.checked, self.tools, markdown))
        parts = src_uri.split("/")
        if len(parts) == 2 and parts[1] == "index.md" and parts[0].isdigit():
            year = site.years.get(int(parts[0]))
            if year is not None and year.has_intro:
                rendered = documents.year_page(self.checked, self.tools, year, markdown)
                return _with_title(page, rendered)
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


def _rendered(checked: CheckedSite, tools: RenderTools, entry) -> str | bytes:
    """An entry's content, or the build stops with the link an export refused (never a
    traceback)."""
    try:
        return render_entry(checked, tools, entry)
    except exports.UnsafeExport as error:
        raise PluginError(msg.render(error.text)) from None


def _file_bytes(path: str | None) -> bytes:
    try:
        return Path(path).read_bytes() if path else b""
    except OSError:
        return b""

