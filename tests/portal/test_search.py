"""The portal's pages wear the agency sites' theme and search Thai as they do: a district or a
part of an agency's name, typed without spaces, finds that agency, and the result leads to its
site (or to its row, for an agency whose site never built)."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest

from tests.browser.siteserver import SharedContexts, serve

pytestmark = pytest.mark.browser

LINKS = ".md-search-result__item a.md-search-result__link"


@pytest.fixture(scope="module")
def portal_url(local_build):
    _, output = local_build
    with serve(output) as base:
        yield base


@pytest.fixture(scope="module")
def portal_contexts(browser, portal_url):
    """A warm context for the portal's pages (SharedContexts)."""
    with SharedContexts(browser, portal_url) as contexts:
        yield contexts


@pytest.fixture
def page(portal_contexts):
    page = portal_contexts.context({"width": 1280, "height": 900}, "light").new_page()
    yield page
    page.close()


def search(page, base: str, query: str) -> list[str]:
    """What a visitor gets for `query` in the search box: each result's link, `path#fragment`
    under the portal."""
    page.goto(base + "?q=" + quote(query))
    page.wait_for_function(
        """() => document.querySelector(".md-search-result__list") &&
                 document.querySelector(".md-search-result__list").children.length > 0""",
        timeout=20000)
    hrefs = page.eval_on_selector_all(LINKS, "els => els.map(e => e.href)")
    root = urlsplit(base).path
    return [urlsplit(h).path[len(root):] + ("#" + urlsplit(h).fragment if urlsplit(h).fragment
                                            else "") for h in hrefs]


def test_a_part_of_an_agency_name_finds_that_agency_first(page, portal_url):
    got = search(page, portal_url, "โคกสูง")
    assert got[0] == "abt-khok-sung/"
    assert "abt-nong-bua/" not in got and "#abt-broken" not in got


def test_a_district_finds_the_agencies_in_it_and_only_them(page, portal_url):
    got = search(page, portal_url, "ภูเวียง")
    assert "abt-khok-sung/" in got
    assert "abt-nong-bua/" not in got and "#abt-broken" not in got
    got = search(page, portal_url, "เมือง")
    assert "abt-nong-bua/" in got and "#abt-broken" in got
    assert "abt-khok-sung/" not in got


def test_the_result_opens_the_agencys_site(page, portal_url):
    search(page, portal_url, "โคกสูง")
    page.click(f'{LINKS}[href$="/abt-khok-sung/"]')
    page.wait_for_url("**/abt-khok-sung/")
    assert "องค์การบริหารส่วนตำบลโคกสูง" in page.title()


def test_an_agency_that_never_built_leads_to_its_row(page, portal_url):
    got = search(page, portal_url, "เสียหาย")
    assert "#abt-broken" in got
    assert page.locator("tr#abt-broken").count() == 1


def test_portal_pages_use_the_agency_sites_theme_and_thai_font(page, portal_url):
    page.goto(portal_url)
    page.wait_for_function("document.fonts.ready.then(() => true)")
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Sarabun" in font
    assert page.evaluate("document.fonts.check('16px Sarabun', 'ก')")
    config = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
    assert config["search"].endswith("assets/javascripts/search/worker.js")
