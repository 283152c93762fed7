"""The `ita-portal` MkDocs plugin: the portal's own pages in the product's theme, with Thai search.

`ita-site portal build` writes the portal pages (ita_site.portal) as a small MkDocs project and
builds it with this plugin instead of `ita`, which builds one agency's content and has nothing
to do here. It gives those pages what the `ita` plugin gives an agency's: the shipped theme
(templates, stylesheets, the self-hosted Thai font) and the Thai search index; and it adds one
search result per agency (ita_site.portal.search_docs). theme/main.html accepts either plugin.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ita_site.plugin import assets, identity, theme
from ita_site.portal.search_docs import add_documents_file
from ita_site.search import ThaiSearchError, publish_thai_search


class PortalConfig(Config):
    search_documents = c.Optional(c.Type(str))
    """JSON file (relative to mkdocs.yml) of search documents to add to the home page."""


class PortalPlugin(BasePlugin[PortalConfig]):
    def __init__(self) -> None:
        self.nav = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Add the shipped theme parts to Material. Priority: default."""
        theme.activate(config)
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """The Thai font, which the shipped stylesheet loads. Priority 50, as in the ita plugin."""
        for asset in assets.font_files(config, None):
            files.append(asset)
        return files

    @event_priority(-100)
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """No agency identity on portal pages; stop if our stylesheets or scripts were dropped.
        Priority -100 (last), as in the ita plugin."""
        identity.add_template_values(env, None, None)
        theme.prepare_env(env, config, files, self.nav)
        return env

    @event_priority(-100)
    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        """Keep the navigation for on_env (theme.prepare_env). Priority -100 (last)."""
        self.nav = nav
        return nav

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Refuse a page rendered without our templates. Priority -100 (last)."""
        theme.require_styled(output, page)
        return output

    @event_priority(-50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Add the agencies to Material's index, then make the Thai index from it.

        Priority -50: after Material's search plugin (0) wrote search/search_index.json.
        """
        site = Path(config.site_dir)
        try:
            if self.config.search_documents:
                add_documents_file(site, Path(config.config_file_path).parent
                                   / self.config.search_documents)
            publish_thai_search(site)
        except ThaiSearchError as error:
            raise PluginError(error.problem.format()) from None
