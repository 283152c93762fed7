"""Material's primary navigation, rendered once per folder for pages that are not in it.

Measures and OIT items are left out of the navigation (ita_site.pages.documents.navigation),
yet each of their pages carries the whole navigation: the same HTML for every page of a folder,
since no item of it is that page or its section and every link is relative to the folder. It
was the largest part of each page's rendering. Our `partials/nav.html` asks
:class:`SharedNavigation` for a key: pages with the same key get the HTML rendered for the first
of them; a page in the navigation gets no key and Material's own rendering.
"""

from __future__ import annotations

import os

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

# Our partials/nav.html includes Material's under this prefix (the theme folders after ours).
UNDER_PREFIX = "ita-under"
_OVERRIDES = ("partials/nav.html", "partials/nav-item.html")


class SharedNavigation:
    """The `ita_shared_nav` template value of one build."""

    def __init__(self, nav: Navigation | None) -> None:
        self._in_nav: set[str] = set()
        self._above_links: set[str] = set()  # every folder that holds a link's target
        self._html: dict[str, str] = {}
        if nav is not None:
            self._in_nav = {page.file.src_uri for page in nav.pages}
            for url in _urls_of(nav.items):
                parts = url.split("/")
                self._above_links.update("/".join(parts[:n]) + "/" for n in range(1, len(parts)))

    def key(self, page) -> str | None:
        """The folder whose pages share `page`'s navigation HTML; None when it is its own."""
        if not isinstance(page, Page) or page.file.src_uri in self._in_nav:
            return None
        url = page.url
        if not url.endswith("/") or url == "/":
            return None
        # A link to something below the page itself would be written relative to the page,
        # not to its folder: such a page renders its own.
        if url in self._above_links:
            return None
        return url[:-1].rpartition("/")[0] + "/"

    def has(self, key: str) -> bool:
        return key in self._html

    def get(self, key: str) -> str:
        return self._html[key]

    def keep(self, key: str, html: str) -> str:
        """Remember the navigation rendered for `key` and return it."""
        self._html[key] = html
        return html


def _urls_of(items) -> list[str]:
    found = []
    for item in items:
        url = getattr(item, "url", None)
        if isinstance(url, str):
            found.append(url.lstrip("/"))
        found += _urls_of(getattr(item, "children", None) or [])
    return found


def install(env: Environment, config: MkDocsConfig, nav: Navigation | None,
            theme_dir: str) -> None:
    """Give `env` the shared navigation, and Material's nav.html under `ita-under/`.

    A site whose custom_dir overrides the navigation templates keeps its own rendering for
    every page (its templates may depend on the page), so nothing is shared there.
    """
    dirs = [os.path.realpath(d) for d in config.theme.dirs]
    ours = os.path.realpath(theme_dir)
    if ours not in dirs:
        return
    position = dirs.index(ours)
    overridden = any(os.path.isfile(os.path.join(d, name))
                     for d in dirs[:position] for name in _OVERRIDES)
    env.loader = ChoiceLoader([env.loader, PrefixLoader(
        {UNDER_PREFIX: FileSystemLoader(config.theme.dirs[position + 1:])})])
    if not overridden:
        env.globals["ita_shared_nav"] = SharedNavigation(nav)
