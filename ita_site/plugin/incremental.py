"""`mkdocs serve`: rebuild only the pages an edit changes, and still serve what a clean build
would write.

MkDocs keeps this plugin's instance across the rebuilds of one `mkdocs serve` (the plugin has
on_startup). With `--dirty`, MkDocs reads and writes again only the pages whose source file is
newer than the page it wrote before, or whose page is missing. That alone would be wrong here:
a measure's title shows on its year's pages, an evidence link on an OIT item's page, the
agency's name on every page. :class:`ServeState` therefore decides, at each rebuild:

- which inputs changed: digests of everything the generated pages are made from (the
  content's files, measures by their front matter only, since a measure's body shows on its
  own page only; one digest per year of measures and one of the rest), and a key of what
  every page shows (settings, the list of files, the agency, the navigation, the problem
  report);
- when that key changed: the whole site is built again (the served folder is emptied, as a
  clean build does);
- when the digest changed: every generated page is rendered and compared with the last build,
  as is every measure page; the page MkDocs wrote for a changed one is removed, so `--dirty`
  builds it again. When only measures of some years changed (a title edited), only the pages
  of those years that show measures are rendered (ita_site.pages.renderers.OWN_YEAR_ONLY),
  and the measure pages of those years. Generated pages are written as source files into a
  folder of their own (never into content/), rewritten only when their text changed;
- otherwise nothing is rendered again: an edit of a measure's text costs that one page.

Pages MkDocs does not read again keep the title and front matter they had (the navigation of
the pages it does build shows them), and the search index is put together from the sections
of the pages built now and those kept from before, in the order of a clean build.
Without `--dirty` MkDocs builds every page anyway; the parse cache still saves the reading.

What else a rebuild would redo for pages it did not write is kept too: the standard report's
findings of each page (ita_site.standard.built_checks.FindingsMemo), each search section's Thai
index entry, and the generated HTML blocks the kept Markdown names (ita_site.pages.blocks), so
a page built again skips Markdown conversion of its tables as in `mkdocs build`. (The theme's
compiled templates are kept by the process, for every build: ita_site.plugin.template_code.)
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils import clean_directory

from ita_site.content.source_cache import SourceCache, folder_digest
from ita_site.pages.blocks import HtmlBlocks
from ita_site.pages.renderers import OWN_YEAR_ONLY
from ita_site.messages import plugin as msg
from ita_site.plugin import search_merge
from ita_site.sitemap import Entry
from ita_site.standard.built_checks import FindingsMemo, PageScan

log = logging.getLogger("mkdocs.plugins.ita")


class DirtyNotice(logging.Filter):
    """MkDocs warns on every `--dirty` build that links and navigation may be stale, and strict
    mode turns that warning into a failed build. Under `mkdocs serve` with this plugin they are
    not stale (see the module's docstring), so the warning is said once, as information."""

    def __init__(self) -> None:
        super().__init__()
        self.said = False

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and "'dirty' build" in record.getMessage():
            if not self.said:
                log.info(msg.render_info(msg.SERVE_DIRTY))
                self.said = True
            return False
        return True


class ServeState:
    """What one `mkdocs serve` keeps between its builds; inactive for `mkdocs build`."""

    def __init__(self) -> None:
        self.serving = False
        self.dirty = False
        self.cache = SourceCache()
        self._notice = DirtyNotice()
        self._folder: Path | None = None
        self._key: str | None = None
        self._inputs: dict[str, str] | None = None  # digests of the inputs by year, see settle
        self._generated: dict[str, str | bytes] = {}
        self._measures: dict[str, str] = {}
        self._pages: dict[str, tuple[object, dict]] = {}  # src_uri → (title, meta) last read
        self._fronts: dict[str, str | None] = {}  # src_uri → front matter, of the nav's pages
        self._sources: dict[str, str] = {}  # src_uri → digest of the bytes, of the nav's pages
        self._built: list[tuple[str, bool]] = []  # (url, left out of search) built this time
        self.search = search_merge.SearchSections()
        # page URL → what its HTML showed the standard check (ita_site.plugin.standard_report),
        # and each page's findings
        self.standard_scans: dict[str, PageScan] = {}
        self.standard_findings = FindingsMemo()
        self.segmented: dict | None = None  # Thai index entries by section, while serving
        # The generated HTML blocks the Markdown of kept pages names (ita_site.pages.blocks).
        self.blocks = HtmlBlocks(lasting=True)

    def standard_kept(self) -> tuple[dict[str, PageScan] | None, FindingsMemo | None]:
        """What the standard report keeps between the builds of one `mkdocs serve`."""
        if self.serving:
            return self.standard_scans, self.standard_findings
        return None, None

    @property
    def incremental(self) -> bool:
        return self.serving and self.dirty

    def start(self, command: str, dirty: bool) -> None:
        self.serving, self.dirty = command == "serve", dirty
        self.segmented = {} if self.serving else None
        if self.incremental:
            logging.getLogger("mkdocs.commands.build").addFilter(self._notice)

    def stop(self) -> None:
        logging.getLogger("mkdocs.commands.build").removeFilter(self._notice)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self.__init__()

    # --- on_files -------------------------------------------------------------------------

    def inputs(self, measures: dict, catalogs_dir: Path | None) -> dict[str, str] | None:
        """While serving, what the generated pages are made from: digests by year of measures
        and one ("") of the rest, the site's catalogs among the rest (see SourceCache)."""
        if not self.serving:
            return None
        inputs = self.cache.fingerprint({uri: measure.year for uri, measure in measures.items()})
        inputs[""] += folder_digest(catalogs_dir)
        return inputs

    def contents(self, entries: list[Entry], inputs: dict[str, str] | None,
                 render: Callable[[Entry], str | bytes]) -> dict[str, str | bytes]:
        """Each entry's Markdown or bytes: rendered, or as the last build rendered it when what
        it shows cannot have changed (ita_site.pages.renderers.OWN_YEAR_ONLY)."""
        changed = self.changed_years(inputs)
        previous = self._generated
        if changed is None or list(previous) != [entry.src_uri for entry in entries]:
            return {entry.src_uri: render(entry) for entry in entries}
        return {entry.src_uri: render(entry)
                if changed and (entry.kind not in OWN_YEAR_ONLY or entry.year in changed)
                else previous[entry.src_uri] for entry in entries}

    def changed_years(self, inputs: dict[str, str] | None) -> set[int] | None:
        """The years whose measures changed since the last build (empty: nothing changed);
        None when every generated page must be rendered: not serving, the first build, or a
        change besides measures (or a year added or removed)."""
        if not self.serving or inputs is None or self._inputs is None \
                or inputs.keys() != self._inputs.keys() or inputs[""] != self._inputs[""]:
            return None
        return {int(group) for group, digest in inputs.items() if self._inputs[group] != digest}

    def add_generated(self, files: Files, config: MkDocsConfig, contents: dict[str, str | bytes],
                      is_page) -> None:
        """Add the generated pages and files; under `--dirty`, pages are backed by source files
        rewritten only when their text changed, and a changed page's output is removed."""
        for uri, content in contents.items():
            if not (self.incremental and is_page(uri)):
                files.append(File.generated(config, uri, content=content))
                continue
            source = self._source_folder() / uri
            file = File.generated(config, uri, abs_src_path=str(source))
            if self._generated.get(uri) != content or not source.is_file():
                source.parent.mkdir(parents=True, exist_ok=True)
                source.write_text(content, encoding="utf-8")
                _remove(file.abs_dest_path)
            files.append(file)

    def settle(self, config: MkDocsConfig, files: Files, key_parts: list,
               inputs: dict[str, str] | None, contents: dict[str, str | bytes], render_measure,
               measures: dict, sitemap: Iterable[Entry]) -> None:
        """Decide what this rebuild builds again (see the module's docstring); then remember
        this build's inputs: digests by year of measures, and "" for the rest."""
        key = _digest(key_parts)
        if self.serving:
            # Before the measures are compared: their Markdown names blocks of this build.
            self.blocks.prune(contents.values())
        if self.incremental and self._key is not None:
            if key != self._key:
                clean_directory(config.site_dir)
                self._measures.clear()
            elif inputs != self._inputs:
                self._inputs_changed(files, render_measure, measures, self.changed_years(inputs),
                                     sitemap)
        self._key, self._inputs, self._generated = key, inputs, contents

    def _inputs_changed(self, files: Files, render_measure, measures: dict,
                        years: set[int] | None, sitemap: Iterable[Entry]) -> None:
        for uri, measure in measures.items():
            if years is not None and measure.year not in years:
                continue  # a measure's page shows no measure of another year
            markdown = render_measure(measure)
            if self._measures.get(uri) != markdown:
                self._measures[uri] = markdown
                _remove_page(files, uri)
        # the agency's intro pages of the years whose measures did not change show nothing new
        unchanged = set() if years is None else {
            entry.src_uri for entry in sitemap
            if entry.intro and entry.kind in OWN_YEAR_ONLY and entry.year not in years}
        for file in files.documentation_pages():
            if file.generated_by is None and file.src_uri not in measures \
                    and file.src_uri not in unchanged:
                _remove(file.abs_dest_path)  # intro and evidence-linked pages show generated parts

    def measure_rendered(self, src_uri: str, markdown: str) -> None:
        self._measures[src_uri] = markdown

    # --- on_nav, pages, post_build ----------------------------------------------------------

    def keep_unread_pages(self, nav, files: Files) -> None:
        """Give the navigation's pages that MkDocs will not read again the title and front
        matter they had; if one the agency wrote changed, build every page again (all show it
        in their navigation)."""
        if not self.incremental:
            return
        own = [page for page in nav.pages if page.file.generated_by is None]
        fronts = {page.file.src_uri: self.cache.front_matter(page.file.src_uri) for page in own}
        # By their bytes, not is_modified(): a page whose output was removed because it shows
        # generated parts (an intro page) is built again, but its title cannot have changed.
        sources = {page.file.src_uri: _digest([Path(page.file.abs_src_path).read_bytes()])
                   for page in own}
        changed = [page for page in own
                   if sources[page.file.src_uri] != self._sources.get(page.file.src_uri)
                   and ("title" not in page.__dict__
                        or fronts[page.file.src_uri] != self._fronts.get(page.file.src_uri))]
        self._fronts, self._sources = fronts, sources
        if changed:
            for file in files.documentation_pages():
                _remove(file.abs_dest_path)
            return
        for page in nav.pages:
            kept = self._pages.get(page.file.src_uri)
            if kept is not None and not page.file.is_modified():
                if "title" not in page.__dict__:
                    page.title = kept[0]
                page.meta = dict(kept[1])

    def page_built(self, page) -> None:
        if self.serving:
            self._pages[page.file.src_uri] = (page.title, dict(page.meta))
            search = page.meta.get("search") or {}
            self._built.append((page.url, bool(isinstance(search, dict) and search.get("exclude"))))

    def merge_search(self, site_dir: Path, material: dict | None) -> dict | None:
        """Under `--dirty`, Material's search index as a clean build writes it (else None:
        the file Material wrote is right); `material`: Material's index in memory, if known."""
        built, self._built = self._built, []
        if self.incremental:
            return self.search.merge(site_dir / "search" / "search_index.json", built, material)
        return None

    def _source_folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="ita-serve-"))
        return self._folder


def _remove_page(files: Files, src_uri: str) -> None:
    file = files.get_file_from_path(src_uri)
    if file is not None:
        _remove(file.abs_dest_path)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def _digest(parts: list) -> str:
    total = hashlib.blake2b(digest_size=16)
    for part in parts:
        total.update(part if isinstance(part, bytes) else repr(part).encode("utf-8"))
        total.update(b"\0")
    return total.hexdigest()
