"""Material's script waits for the reader's first touch, and nothing a reader does first is lost.

A page is read without Material's bundle: it is fetched at load but runs only on the first
touch, key, scroll or mouse move (theme/partials/ita-engage.html), which keeps a phone's main
thread free while the page appears. What the first touch meets works before the bundle has
run (theme/partials/ita-before-material.html). To meet a page whose bundle has not arrived yet,
as a reader on a slow link does, some tests hold the bundle's download until they release it.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from tests.sitebuild import shared_project_build, write_project

from .pagekinds import SEARCH_QUERY, require
from .siteserver import DESKTOP, PHONE, open_visit, serve

pytestmark = pytest.mark.browser

BUNDLE = re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")
MATERIAL_RAN = "() => 'component$' in window && typeof document$ !== 'undefined'"
QUERY = "[data-md-component=search-query]"
FOCUSED_QUERY = f"() => document.activeElement && document.activeElement.matches('{QUERY}')"
RESULTS = ".md-search-result__item"


@dataclass
class HeldPage:
    """A page whose Material bundle is still on its way until `release()`."""

    page: object
    held: list = field(default_factory=list)
    released: bool = False

    def material_ran(self) -> bool:
        return self.page.evaluate(MATERIAL_RAN)

    def release(self) -> None:
        self.released = True
        for route in self.held:
            route.continue_()
        self.held.clear()


@contextmanager
def material_held(browser, base_url, url, *, viewport=DESKTOP, color_scheme="light",
                  has_touch=False, shared=None):
    """The page at `url` with Material's bundle held back; in a context of its own, or in
    `shared`'s (SharedContexts) for a test that leaves the site's storage as it found it."""
    if shared is None:
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme,
                                      locale="th-TH", service_workers="block",
                                      has_touch=has_touch)
        page = context.new_page()
        closing = context
    else:
        page = shared.context(viewport, color_scheme, has_touch).new_page()
        closing = page
    try:
        held = HeldPage(page)

        def hold(route):
            if held.released:
                route.continue_()
            else:
                held.held.append(route)

        page.route(BUNDLE, hold)
        page.goto(base_url + url, wait_until="domcontentloaded")
        page.evaluate("document.fonts.ready.then(() => true)")
        yield held
    finally:
        closing.close()


@pytest.mark.parametrize("kind", ["home", "report", "measure"])
def test_material_runs_on_the_first_touch_from_the_download_made_at_load(
        browser, base_url, page_kinds, shared_contexts, kind):
    visit = open_visit(browser, base_url, require(page_kinds, kind), viewport=PHONE,
                       shared=shared_contexts)
    try:
        page = visit.page
        fetched = [r.url for r in visit.first_load() if BUNDLE.search(urlsplit(r.url).path)]
        assert fetched, f"{kind}: Material's bundle was not fetched at load"
        assert not page.evaluate(MATERIAL_RAN), f"{kind}: Material ran before any touch"
        page.mouse.move(PHONE["width"] // 2, PHONE["height"] // 2)
        page.wait_for_function(MATERIAL_RAN)
        # Material's header works: scrolled past the heading, it shows the page's title ...
        page.mouse.wheel(0, 1500)
        page.wait_for_function("() => !!document.querySelector('.md-header__title--active')")
        # ... and its search box opens from the keyboard shortcut
        page.keyboard.press("/")
        page.wait_for_function(FOCUSED_QUERY)
        later = [r.url for r in visit.finished[visit.loaded:] if BUNDLE.search(urlsplit(r.url).path)]
        assert len(fetched) + len(later) == 1, f"{kind}: the bundle was downloaded again: {later}"
    finally:
        visit.close()


def test_a_search_link_runs_material_at_once(browser, base_url, page_kinds, shared_contexts):
    # ?q= opens the search box with those words; ?h= (a search result) marks them on the page
    for query in (f"?q={SEARCH_QUERY}", f"?h={SEARCH_QUERY}"):
        visit = open_visit(browser, base_url, require(page_kinds, "report") + query,
                           shared=shared_contexts)
        try:
            assert visit.page.evaluate(MATERIAL_RAN), f"{query}: Material waits for a touch"
            if query.startswith("?q="):
                visit.page.locator(RESULTS).first.wait_for(state="visible", timeout=15_000)
        finally:
            visit.close()


def _start_search(held: HeldPage, how: str) -> None:
    page = held.page
    if how == "key":
        page.keyboard.press("s")
    elif how == "tap":
        page.locator('label.md-header__button[for="__search"]').tap()
    else:
        page.locator(QUERY).click()
    page.wait_for_function(FOCUSED_QUERY)
    assert page.locator(QUERY).input_value() == "", f"{how}: the box holds text nobody typed"


@pytest.mark.parametrize("how,entry", [("key", "typed"), ("tap", "typed"), ("click", "pasted")])
def test_a_search_begun_before_material_arrived_finds_results(browser, base_url, shared_contexts,
                                                              how, entry):
    phone = how == "tap"
    with material_held(browser, base_url, "", viewport=PHONE if phone else DESKTOP,
                       has_touch=phone, shared=shared_contexts) as held:
        page = held.page
        _start_search(held, how)
        box = page.locator(QUERY)
        if entry == "typed":
            box.press_sequentially(SEARCH_QUERY)
        else:
            # text pasted or spoken reaches the box as one input event, without keys
            page.keyboard.insert_text(SEARCH_QUERY)
        assert not held.material_ran(), "the test meant to type before Material had run"
        held.release()
        page.wait_for_function(MATERIAL_RAN)
        page.locator(RESULTS).first.wait_for(state="visible", timeout=15_000)
        assert box.input_value() == SEARCH_QUERY
        assert page.locator(RESULTS).count() > 0


def _scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def _toggle(page):
    return page.locator('form[data-md-component="palette"] label:not([hidden])')


def test_a_first_click_on_the_colour_toggle_switches_and_is_kept(browser, base_url):
    # A context of its own: the scheme chosen is kept in the site's storage.
    with material_held(browser, base_url, "") as held:
        page = held.page
        assert _scheme(page) == "default"
        assert _toggle(page).count() == 1, "the colour toggle is not shown before Material runs"
        _toggle(page).click()
        assert _scheme(page) == "slate", "the first click on the colour toggle did nothing"
        held.release()
        page.wait_for_function(MATERIAL_RAN)
        assert _scheme(page) == "slate", "Material undid the first click when it started"
        page.reload(wait_until="domcontentloaded")
        assert _scheme(page) == "slate", "the chosen scheme was not kept after a reload"
        label_for = _toggle(page).get_attribute("for")
        _toggle(page).click()
        assert _scheme(page) == "default", "the toggle shown after a reload does not switch back"
        assert label_for == "__palette_0"


def test_a_reader_who_prefers_dark_sees_dark_before_material(browser, base_url, shared_contexts):
    with material_held(browser, base_url, "", color_scheme="dark",
                       shared=shared_contexts) as held:
        assert _scheme(held.page) == "slate"
        assert not held.material_ran()


def test_the_menu_opens_on_a_phone_before_material(browser, base_url, page_kinds,
                                                   shared_contexts):
    with material_held(browser, base_url, require(page_kinds, "report"), viewport=PHONE,
                       has_touch=True, shared=shared_contexts) as held:
        page = held.page
        page.locator('label.md-header__button[for="__drawer"]').tap()
        page.wait_for_function("""() => {
          const box = document.querySelector('.md-sidebar--primary').getBoundingClientRect()
          return box.left >= 0 && box.width > 200 }""")
        link = page.locator(".md-sidebar--primary .md-nav__link[href]").first
        assert link.is_visible(), "the opened menu shows no link"
        assert not held.material_ran()


def test_tab_to_the_first_link_and_enter_follows_it(browser, base_url, page_kinds,
                                                     shared_contexts):
    visit = open_visit(browser, base_url, require(page_kinds, "report"), shared=shared_contexts)
    try:
        page = visit.page
        page.keyboard.press("Tab")
        target = page.evaluate("document.activeElement.tagName === 'A' && document.activeElement.href")
        assert target, "Tab does not reach a link first"
        page.keyboard.press("Enter")
        page.wait_for_url(target)
        page.wait_for_function(MATERIAL_RAN)
    finally:
        visit.close()


AGENCY_SCRIPT = """\
window.agencyScript = { materialFirst: typeof document$ !== "undefined", documentSeen: false,
                        readySeen: false }
if (window.agencyScript.materialFirst)
  document$.subscribe(function () { window.agencyScript.documentSeen = true })
document.addEventListener("DOMContentLoaded", function () { window.agencyScript.readySeen = true })
"""


@pytest.fixture(scope="module")
def agency_script_site(tmp_path_factory):
    def write(root):
        write_project(root, {"index.md": "# หน้าแรก\n\nข้อความของหน่วยงาน\n",
                             "assets/agency.js": AGENCY_SCRIPT})
        config = root / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8")
                          + "extra_javascript: [assets/agency.js]\n", encoding="utf-8")
        return root

    built = shared_project_build(tmp_path_factory, "agency-script", [AGENCY_SCRIPT], write)
    assert built.returncode == 0, built.output
    with serve(built.site) as url:
        yield url


def test_an_agencys_extra_javascript_runs_after_material(browser, agency_script_site):
    visit = open_visit(browser, agency_script_site)
    try:
        page = visit.page
        assert page.evaluate("window.agencyScript") is None, "the agency's script ran at load"
        page.mouse.move(10, 10)
        page.wait_for_function("() => window.agencyScript && window.agencyScript.documentSeen")
        seen = page.evaluate("window.agencyScript")
        assert seen == {"materialFirst": True, "documentSeen": True, "readySeen": True}
    finally:
        visit.close()
