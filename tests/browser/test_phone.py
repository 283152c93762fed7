"""Phones: at 360×740 CSS pixels no page scrolls sideways and report tables become cards.

Every page kind is also photographed, full length, at phone width and at desktop width
(1280 px) into test-artifacts/<run>/screens/<kind>-phone.png and <kind>-desktop.png, so a
person can look at what the tests measured.
"""

from __future__ import annotations

import pytest

from .pagekinds import KINDS, REPORT_KINDS
from .siteserver import PHONE

pytestmark = pytest.mark.browser

# How far the page can be scrolled sideways, the elements sticking out past the right edge (to
# name the culprit), and boxes that scroll sideways on their own (a table in an overflow:auto
# wrapper reads as badly on a phone as a page that scrolls).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const describe = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const visible = el => { const s = getComputedStyle(el); return s.display !== "none" && s.visibility !== "hidden"; };
  const sticking = [...document.querySelectorAll("body *")]
    .filter(el => visible(el) && el.getBoundingClientRect().right > width + 1 &&
                  !el.closest(".md-sidebar, .md-search__output, [hidden]"))
    .slice(0, 8).map(el => describe(el) + " right=" + Math.round(el.getBoundingClientRect().right));
  const scrolling = [...document.querySelectorAll("body, body *")]
    .filter(el => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) &&
                  el.clientWidth > 0 && el.clientHeight > 0 &&
                  el.scrollWidth > el.clientWidth + 1 && visible(el) && !el.closest("pre"))
    .map(el => describe(el) + " " + el.scrollWidth + ">" + el.clientWidth);
  const y = window.scrollY;
  window.scrollTo(100000, y);
  const shift = window.scrollX;
  window.scrollTo(0, y);
  return {shift, width, sticking, scrolling};
}"""

# How each cell of the report tables is laid out on the phone.
CELLS = """() => [...document.querySelectorAll("article table")].map(table => {
  const cells = [...table.querySelectorAll("tbody td, tbody th")];
  return {
    html: table.outerHTML.slice(0, 120),
    rows: table.querySelectorAll("tbody tr").length,
    stacked: cells.every(c => getComputedStyle(c).display === "block"),
    labelled: cells.filter(c => c.dataset.label)
                   .every(c => getComputedStyle(c, "::before").content.includes(c.dataset.label)),
    smallestFont: Math.min(...cells.map(c => parseFloat(getComputedStyle(c).fontSize))),
    widest: Math.max(...cells.map(c => c.getBoundingClientRect().right)),
  };
})"""


def _screenshot(page, path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # The open search box covers the screen; the page beneath it adds nothing to look at.
    page.screenshot(path=str(path), full_page=kind != "search", animations="disabled")


@pytest.mark.parametrize("kind", KINDS)
def test_phone_page_does_not_scroll_sideways(kind_visits, artifacts, kind):
    page = kind_visits(kind, "phone").page
    _screenshot(page, artifacts / "screens" / f"{kind}-phone.png", kind)
    found = page.evaluate(OVERFLOW)
    assert found["width"] == PHONE["width"]
    assert found["shift"] == 0, (
        f"{kind}: the page scrolls {found['shift']} px sideways on a {found['width']} px phone; "
        f"sticking out: {found['sticking']}")
    assert not found["scrolling"], f"{kind}: boxes that scroll sideways on a phone: {found['scrolling']}"


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_phone_report_tables_become_labelled_cards(kind_visits, kind):
    page = kind_visits(kind, "phone").page
    tables = page.evaluate(CELLS)
    assert tables, f"{kind}: no table on the page"
    for table in tables:
        if not table["rows"]:
            continue
        assert table["stacked"], f"{kind}: table cells are not stacked into cards: {table['html']}"
        assert table["labelled"], f"{kind}: a card does not show its column names: {table['html']}"
        assert table["smallestFont"] >= 12, f"{kind}: table text below 12 px: {table['html']}"
        assert table["widest"] <= PHONE["width"], f"{kind}: a card is wider than the phone"


@pytest.mark.parametrize("kind", KINDS)
def test_desktop_screenshot_is_written(kind_visits, artifacts, kind):
    page = kind_visits(kind).page
    path = artifacts / "screens" / f"{kind}-desktop.png"
    _screenshot(page, path, kind)
    assert path.stat().st_size > 10_000, f"{kind}: the desktop screenshot is blank"
