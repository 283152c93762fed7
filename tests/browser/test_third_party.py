"""Nothing from third parties: a reader's browser talks only to the agency's own site (PDPA).

In Chromium every page kind is loaded (and for "search" the search box used) with every
request to another origin recorded and aborted; one such request fails the test. A static
scan of the whole built site then finds any page or stylesheet that would load something from
elsewhere (scripts, styles, fonts, images, frames, preconnects), including pages of kinds the
browser test does not open. Ordinary links to other sites (<a href>) are not loads and are
allowed; test_links lists them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .pagekinds import KINDS
from .siteserver import is_local

# Attributes through which a page makes the browser fetch something by itself.
LOADING = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"),
    "iframe": ("src",), "frame": ("src",), "embed": ("src",), "object": ("data",),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "input": ("src",),
}
# <link rel=...> values that fetch or contact the target.
LINK_LOADS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch",
              "preconnect", "dns-prefetch", "modulepreload", "manifest", "mask-icon"}
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", re.I)


@pytest.mark.browser
@pytest.mark.parametrize("variant", ["desktop", "phone"])
@pytest.mark.parametrize("kind", KINDS)
def test_page_makes_no_request_outside_the_site(kind_visits, kind, variant):
    opened = kind_visits(kind, variant)
    others = sorted({r.url for r in opened.finished if not is_local(r.url, opened.origin)})
    assert not opened.foreign, (f"{kind} ({variant}) asked other origins for: "
                                f"{sorted(set(opened.foreign))}")
    assert not others, f"{kind} ({variant}) loaded from other origins: {others}"


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.remote: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        names = LOADING.get(tag, ())
        if tag == "link" and LINK_LOADS & set((values.get("rel") or "").lower().split()):
            names = ("href",)
        for name in names:
            for candidate in (values.get(name) or "").split(","):
                url = candidate.strip().split(" ")[0]
                if REMOTE.match(url):
                    self.remote.append(f"<{tag} {name}={url}>")
        style = values.get("style") or ""
        self.remote.extend(f"style url({u})" for u in CSS_URL.findall(style) if REMOTE.match(u))


def test_no_built_page_or_stylesheet_loads_anything_from_elsewhere(sample_site: Path):
    found: dict[str, list[str]] = {}
    pages = sorted(sample_site.rglob("*.html"))
    for path in pages:
        parser = _Loads()
        parser.feed(path.read_text(encoding="utf-8"))
        if parser.remote:
            found[str(path.relative_to(sample_site))] = parser.remote
    for path in sorted(sample_site.rglob("*.css")):
        remote = [u for u in CSS_URL.findall(path.read_text(encoding="utf-8")) if REMOTE.match(u)]
        if remote:
            found[str(path.relative_to(sample_site))] = remote
    assert pages, "the built site has no pages"
    assert not found, f"these files load from other sites: {found}"
