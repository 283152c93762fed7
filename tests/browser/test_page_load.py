"""Page load on a phone on a slow link: what holds the first paint, what waits for a searcher,
what a search engine shows, and the compressed copies a host can send.

Every stylesheet in <head> holds the first paint until it has arrived, one round trip each on
a slow link: besides Material's own two, a page links one stylesheet of ours (all of ours
joined at build time). The Thai search code (thai-search.js, typos.js) is fetched by the
search worker on the first query, not with every page. Every page kind has a meta description.
Every text file of the built site has a .gz and a .br copy holding the same bytes.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import pytest

from ita_site.compression import MIN_SIZE, TEXT_SUFFIXES

from .pagekinds import KINDS

pytestmark = pytest.mark.browser

LOADED_KINDS = [k for k in KINDS if k != "search"]
SEARCH_CODE = ("assets/javascripts/search/thai-search.js", "assets/javascripts/search/typos.js")

BLOCKING_STYLESHEETS = """() => [...document.head.querySelectorAll('link[rel~="stylesheet"]')]
  .filter(link => !link.media || link.media === "all" || matchMedia(link.media).matches)
  .map(link => new URL(link.href).pathname)"""


@pytest.mark.parametrize("kind", LOADED_KINDS)
def test_one_stylesheet_of_ours_holds_the_first_paint(kind_visits, kind):
    sheets = kind_visits(kind, "phone").page.evaluate(BLOCKING_STYLESHEETS)
    ours = [s for s in sheets if not s.rsplit("/", 1)[-1].startswith(("main.", "palette."))]
    assert len(ours) == 1, f"{kind}: stylesheets of ours that hold the first paint: {ours}"


@pytest.mark.parametrize("kind", LOADED_KINDS)
def test_search_code_waits_for_a_searcher(kind_visits, kind):
    loaded = [urlsplit(r.url).path for r in kind_visits(kind, "phone").first_load()]
    early = [p for p in loaded if p.endswith(SEARCH_CODE)]
    assert not early, f"{kind}: the search code is downloaded before anyone searches: {early}"


def test_search_code_loads_with_the_first_query(kind_visits):
    opened = kind_visits("search")
    after = [urlsplit(r.url).path for r in opened.finished[opened.loaded:]]
    assert opened.found, "searching found nothing"
    missing = [name for name in SEARCH_CODE if not any(p.endswith(name) for p in after)]
    assert not missing, f"typing a query did not load {missing}; requests after typing: {after}"


@pytest.mark.parametrize("kind", LOADED_KINDS)
def test_every_page_kind_has_a_meta_description(kind_visits, kind):
    text = kind_visits(kind, "phone").page.evaluate(
        "(document.querySelector('meta[name=description]') || {}).content || ''")
    assert len(text.strip()) >= 20, f"{kind}: meta description {text!r}"


def test_text_files_have_compressed_copies_with_the_same_bytes(sample_site: Path):
    checked = 0
    for path in sorted(sample_site.rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or not path.is_file() or path.stat().st_size < MIN_SIZE:
            continue
        data = path.read_bytes()
        packed = path.with_name(path.name + ".gz").read_bytes()
        assert gzip.decompress(packed) == data, f"{path}.gz does not hold {path.name}"
        # no build time in the gzip header: a rebuild of the same site gives the same file
        assert packed[4:8] == b"\0\0\0\0", f"{path}.gz carries a time stamp"
        assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == data
        checked += 1
    assert checked > 20, f"only {checked} text files were found in the built site"
