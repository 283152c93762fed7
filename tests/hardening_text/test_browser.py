"""In Chromium, markup written in any text field of the content contract runs on no page.

Every page of the hostile site (hostile.py) is opened; a payload that ran would have set
`window.__pwned` or opened a dialog. A few pages are also read as a visitor reads them: the
payload is there as text. Requests to other hosts are aborted (no test reaches the internet).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.browser.siteserver import foreign_requests, open_search, serve

from .hostile import ALL, ATTRS, IMG, PAYLOADS, TAG

pytestmark = pytest.mark.browser

# What a payload would have left behind, as the page itself sees it after loading.
PAGE_STATE = """() => ({
  pwned: typeof window.__pwned !== "undefined",
  handlers: [...document.querySelectorAll("*")].flatMap(el => [...el.attributes]
      .filter(a => a.name.startsWith("on") && a.value.includes("__pwned"))
      .map(a => el.tagName + " " + a.name)),
  links: [...document.querySelectorAll("[href], [src], [action], [formaction]")]
      .map(el => el.getAttribute("href") || el.getAttribute("src") || el.getAttribute("action")
                 || el.getAttribute("formaction") || "")
      .filter(url => /^[\\s\\x00-\\x1f]*(javascript|data|vbscript):/i.test(url.replace(/[\\t\\n\\r]/g, ""))),
  autofocus: document.querySelectorAll("[autofocus]").length,
})"""


@pytest.fixture(scope="module")
def hostile_browser(browser, hostile_site):
    """(page, base URL, dialogs seen) in one context for the whole hostile site."""
    with serve(hostile_site.site) as base_url:
        origin = base_url.rstrip("/")
        context = browser.new_context(locale="th-TH", service_workers="block")
        dialogs: list[str] = []

        # Only requests to other hosts come through Python (the pattern is matched in the
        # browser): routing every request of ~100 pages through here costs more than opening them.
        context.route(foreign_requests(origin), lambda route: route.abort())
        page = context.new_page()

        def on_dialog(dialog):
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        yield page, base_url, dialogs
        context.close()


def _urls(site) -> list[str]:
    """Site URL of every page ("" for home, "2568/plan/" …)."""
    folders = (p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return sorted("" if folder == "." else folder + "/" for folder in folders)


# The site's own stylesheets, fonts and images: scripts run the same without them, and drawing
# them took a third of the CPU of opening every page.
LOOKS = re.compile(r"\.(?:css|woff2?|png|jpe?g|gif|svg|webp|ico)(?:[?#]|$)")


def test_no_payload_runs_on_any_page(hostile_browser, hostile_site):
    page, base_url, dialogs = hostile_browser
    urls = _urls(hostile_site.site)
    assert len(urls) > 60
    ran = {}
    # An aborted image still fires its onerror, and a handler that never fired is still found
    # in PAGE_STATE's scan of every element's attributes.
    page.route(LOOKS, lambda route: route.abort())
    try:
        for url in urls:
            page.goto(base_url + url, wait_until="load")
            state = page.evaluate(PAGE_STATE)
            if state["pwned"] or state["handlers"] or state["links"] or state["autofocus"]:
                ran[url] = state
    finally:
        page.unroute(LOOKS)
    assert ran == {}
    assert dialogs == []


def _text(page, selector: str) -> str:
    return " ".join(page.locator(selector).first.inner_text().replace("¶", "").split())


def test_payloads_are_read_as_text(hostile_browser):
    page, base_url, _ = hostile_browser
    page.goto(base_url, wait_until="load")
    assert _text(page, "article h1") == ATTRS
    assert page.title().startswith(ATTRS)
    page.goto(base_url + "2568/measures/m1/", wait_until="load")
    assert _text(page, "article h1") == PAYLOADS[1] + " " + ALL
    assert ALL in page.locator("article").inner_text()
    page.goto(base_url + "2568/oit/o1/", wait_until="load")
    assert _text(page, "article h1") == "O1 " + ALL
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_search_results_show_titles_as_text(hostile_browser):
    page, base_url, dialogs = hostile_browser
    page.goto(base_url, wait_until="load")
    found = open_search(page, "PWN-IMG")
    assert found > 0
    results = page.locator(".md-search-result").inner_text()
    assert IMG.split(">")[0] in results  # '<img src=x onerror="window.__pwned=1"' as text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []


def test_search_results_show_tags_as_text(hostile_browser):
    page, base_url, dialogs = hostile_browser
    page.goto(base_url + "2568/", wait_until="load")
    assert open_search(page, "PWN-TAGGED") > 0
    tags = page.locator(".md-search-result .md-tag").all_inner_texts()
    # Material keeps tags as HTML; the worker hands them on as text, never as markup
    assert any("PWN-TAG" in tag and "<img" in tag for tag in tags), tags
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
