"""Material's search box driven the way visitors use it, beyond typing with a keyboard.

Scrolling the result list with the mouse wheel must reach every announced result, and a query
that arrives without a key (pasted from the context menu, dictated) must be searched.
"""

from __future__ import annotations

import re

import pytest

from tests.search.searchui import INPUT, META, RESULT_LINKS, SCROLLER

pytestmark = pytest.mark.browser


def _open_box(page, base):
    page.goto(base)
    page.locator(INPUT).click()


def _announced(page) -> int:
    page.wait_for_function(f"/[0-9]/.test(document.querySelector('{META}').textContent)")
    return int(re.search(r"\d+", page.inner_text(META)).group())


def test_wheel_scrolling_reaches_every_announced_result(page, thai_site_url):
    _open_box(page, thai_site_url)
    box = page.locator(INPUT)
    box.fill("ผลการดำเนินการ")
    box.press("End")
    announced = _announced(page)
    assert announced > 14, "the query must announce more results than Material shows at once"
    page.hover(SCROLLER)
    for _ in range(60):
        if page.locator(RESULT_LINKS).count() >= announced:
            break
        page.mouse.wheel(0, 1500)  # a flick: further than 4 results are tall
        page.wait_for_timeout(40)
    assert page.locator(RESULT_LINKS).count() == announced


def test_query_pasted_without_a_key_is_searched(page, thai_site_url):
    _open_box(page, thai_site_url)
    # What a paste from the context menu or dictation does: the value changes, one `input` event.
    page.eval_on_selector(INPUT, """box => {
        box.value = "งบประมาณ"
        box.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertFromPaste"}))
    }""")
    assert _announced(page) > 0
    assert page.locator(RESULT_LINKS).count() > 0


NOTE = ".ita-search-showing"


def test_a_misspelt_query_shows_the_meant_pages_and_says_so(page, thai_site, thai_site_url):
    from tests.search.oracle import page_texts, pages_containing
    from tests.search.searchui import type_query

    texts = page_texts(thai_site)
    assert not pages_containing(texts, "งบประมาน")
    _open_box(page, thai_site_url)
    found, _ = type_query(page, thai_site_url, "งบประมาน")
    assert set(found) == pages_containing(texts, "งบประมาณ")
    note = page.locator(NOTE)
    assert note.is_visible()
    assert "แสดงผลสำหรับ “งบประมาณ”" in note.inner_text()
    # The note belongs to that query only
    found, _ = type_query(page, thai_site_url, "ประกาศ")
    assert set(found) == pages_containing(texts, "ประกาศ")
    assert not note.is_visible()
