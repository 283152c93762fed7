"""Page load on a phone on a slow link: what holds the first paint, what waits for a searcher,
what a search engine shows, and the compressed copies a host can send.

Every stylesheet in <head> holds the first paint until it has arrived, one round trip each on
a slow link: besides Material's own two, a page links one stylesheet of ours (all of ours
joined at build time). The Thai search code (thai-search.js, typos.js) is fetched by the
search worker on the first query, not with every page. Every page kind has a meta description.
Every text file of the built site has a .gz and a .br copy holding the same bytes.
No script file holds the parser; Material's ~110 KB bundle is fetched at load and runs on the
reader's first touch (tests/browser/test_first_touch.py: it then runs, and nothing the first
touch does is lost). On a phone, the cards of a long document
are laid out only when they come near the screen, and every card is there when scrolled to.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import pytest

from ita_site.compression import MIN_SIZE, TEXT_SUFFIXES

from .pagekinds import KINDS, REPORT_KINDS, require
from .siteserver import PHONE, open_visit

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


SCRIPTS_HOLDING_THE_PARSER = """() => [...document.querySelectorAll("script[src]")]
  .filter(s => !s.defer && !s.async && s.type !== "module").map(s => s.getAttribute("src"))"""


@pytest.mark.parametrize("kind", LOADED_KINDS)
def test_script_files_wait_until_the_page_is_painted(kind_visits, kind):
    visit = kind_visits(kind, "phone")
    page = visit.page
    assert page.evaluate(SCRIPTS_HOLDING_THE_PARSER) == [], f"{kind}: scripts run before paint"
    # Material's bundle is still part of the page, in the browser's cache for the first touch
    loaded = [urlsplit(r.url).path.rsplit("/", 1)[-1] for r in visit.first_load()]
    assert any(p.startswith("bundle.") and p.endswith(".js") for p in loaded), (
        f"{kind}: Material's bundle was not fetched at load: {loaded}")
    # the page is laid out for script from the start: Material's CSS shows the search box
    classes = page.evaluate("document.documentElement.className").split()
    assert "js" in classes and "no-js" not in classes, f"{kind}: <html class> is {classes}"


# The first cell of the page's last card: content the browser may skip until it is near.
LAST_CARD_CELL = ("[...document.querySelectorAll('table.ita-table--cards tbody tr > :first-child')]"
                  ".at(-1)")


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_phone_lays_out_far_cards_only_when_they_come_near(browser, base_url, page_kinds,
                                                           shared_contexts, kind):
    visit = open_visit(browser, base_url, require(page_kinds, kind), viewport=PHONE,
                       shared=shared_contexts)
    try:
        page = visit.page
        shown = f"{LAST_CARD_CELL}.checkVisibility({{contentVisibilityAuto: true}})"
        assert page.evaluate(shown) is False, f"{kind}: the last card was laid out at load"
        page.evaluate(f"{LAST_CARD_CELL}.closest('tr').scrollIntoView()")
        page.wait_for_function(shown)
        card = page.locator("table.ita-table--cards tbody tr").last
        box = card.bounding_box()
        assert box and box["height"] > 100, f"{kind}: the last card is {box} when scrolled to"
        assert box["y"] < PHONE["height"], f"{kind}: the last card is not on screen: {box}"
        assert len(card.inner_text().strip()) > 50, f"{kind}: the last card shows no text"
    finally:
        visit.close()
