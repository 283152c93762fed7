"""Driving Material's search box in Chromium and reading what a visitor sees.

Material reads the query on key-up; Playwright's typing of Thai characters fires no key-up, so
`type_query` presses End afterwards. `open_query` uses the `?q=` link, which Material reads on
page load.
"""

from __future__ import annotations

import re
import time
from urllib.parse import quote, urlsplit

RESULT_LINKS = ".md-search-result__item > a.md-search-result__link:first-child"
META = ".md-search-result__meta"
SCROLLER = ".md-search__scrollwrap"
INPUT = "input.md-search__input"


def _translations(page) -> dict:
    return page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations")


def _wait_for_answer(page, query: str, timeout_ms: int = 15000) -> None:
    """Wait until the result list shows results for `query`, or says there are none."""
    none = _translations(page)["search.result.none"]
    page.wait_for_function(
        """([none, query]) => {
            const input = document.querySelector("input.md-search__input")
            const meta = document.querySelector(".md-search-result__meta")
            const list = document.querySelector(".md-search-result__list")
            return input && input.value === query && meta && list &&
                (list.children.length > 0 || meta.textContent.trim() === none)
        }""",
        arg=[none, query],
        timeout=timeout_ms,
    )


def result_pages(page, base: str) -> list[str]:
    """Site URLs of every result page in order, scrolling until Material rendered them all."""
    meta = page.inner_text(META)
    total = int(m.group()) if (m := re.search(r"\d+", meta)) else None
    still = 0
    while still < 3:
        count = page.locator(RESULT_LINKS).count()
        if total is not None and count >= total:
            break
        # Material renders 10 results, then 4 more each time the list is scrolled to its end;
        # it notices the end only after having seen the list away from it.
        grew = page.evaluate(_SCROLL_FOR_MORE, [SCROLLER, RESULT_LINKS, count])
        still = 0 if grew else still + 1
    hrefs = page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")
    root = urlsplit(base).path
    return [urlsplit(h).path[len(root):] for h in hrefs]


# Scroll the result list away from its end and back, then give Material a few frames to render
# more results; true as soon as there are more than `count`.
_SCROLL_FOR_MORE = """async ([scroller, links, count]) => {
    const list = document.querySelector(scroller)
    const frame = () => new Promise(done => requestAnimationFrame(() => done()))
    list.scrollTop = 0
    await frame()
    list.scrollTop = list.scrollHeight
    for (let i = 0; i < 6; i++) {
        await frame()
        if (document.querySelectorAll(links).length > count) return true
    }
    return false
}"""


def open_query(page, base: str, query: str, settle: bool = False) -> list[str]:
    """Open the site with `?q=query` and return the result pages.

    With `settle`, wait until nothing is downloading any more, so that a sharded index has
    given its complete result (a slow download shows a partial one first).
    """
    page.goto(base + "?q=" + quote(query))
    _wait_for_answer(page, query)
    if settle:
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(200)
    return result_pages(page, base)


def type_query(page, base: str, query: str) -> tuple[list[str], float]:
    """Type `query` into the open search box; return the result pages and seconds to the first.

    Seconds are measured from the key-up that submits the query to the first rendered result.
    """
    box = page.locator(INPUT)
    box.click()
    box.fill("")
    box.press("End")
    page.wait_for_function("!document.querySelector('.md-search-result__list').children.length")
    box.fill(query)
    started = time.perf_counter()
    box.press("End")
    _wait_for_answer(page, query)
    elapsed = time.perf_counter() - started
    return result_pages(page, base), elapsed
