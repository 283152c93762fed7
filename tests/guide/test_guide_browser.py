"""The guide as a reader opens it in Chromium: Thai search finds its chapters, nothing is
fetched from another host, and a phone reads it without scrolling sideways."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.siteserver import PHONE, SharedContexts, open_search, open_visit, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def guide_url(guide_site):
    with serve(guide_site[0]) as url:
        yield url


@pytest.fixture(scope="module")
def shared(browser, guide_url):
    """Warm contexts for the guide's pages (SharedContexts)."""
    with SharedContexts(browser, guide_url) as contexts:
        yield contexts


@pytest.mark.parametrize("query, chapter", [
    ("สภาพแวดล้อมเสมือน", "install/"),   # a compound written without spaces
    ("แวดล้อม", "install/"),             # a part of that compound
    ("๒๕๗๐", "new-year/"),               # Thai digits find Arabic ones
])
def test_thai_search_finds_the_chapter(browser, guide_url, shared, query, chapter):
    visit = open_visit(browser, guide_url, viewport=PHONE, shared=shared)
    try:
        assert open_search(visit.page, query) > 0, f"no result for {query}"
        links = visit.page.locator(".md-search-result__link").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")
        assert any(chapter in (href or "") for href in links), (query, links)
    finally:
        visit.close()


@pytest.mark.parametrize("url", ["", "install/", "content/measures/", "troubleshooting/"])
def test_guide_pages_load_nothing_from_other_hosts_and_fit_a_phone(browser, guide_url, shared,
                                                                   url):
    visit = open_visit(browser, guide_url, url, viewport=PHONE, shared=shared)
    try:
        assert visit.foreign == []
        overflow = visit.page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{url or '/'} scrolls sideways by {overflow}px on a phone"
    finally:
        visit.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("url", ["install/", "content/year/"])
def test_axe_finds_no_serious_violation_in_the_guide(browser, guide_url, shared, url, scheme):
    # The guide's pages hold highlighted code, which agencies' sites rarely show.
    visit = open_visit(browser, guide_url, url, color_scheme=scheme, shared=shared)
    try:
        results = Axe().run(visit.page, options={"resultTypes": ["violations"]})
        blocking = [f"{v['id']}: {v['nodes'][0]['html'][:120]}"
                    for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert not blocking, "\n".join(blocking)
    finally:
        visit.close()
