"""Wide screens (1280 px): the report tables give their width to the columns that hold text,
and their header row stays in view while the reader scrolls through the measures."""

from __future__ import annotations

import pytest

from .pagekinds import REPORT_KINDS, require
from .siteserver import open_visit

pytestmark = pytest.mark.browser

WIDTHS = """() => { const w = sel => { const th = document.querySelector("table.ita-table--cards th." + sel);
  return th ? th.getBoundingClientRect().width : null; };
  return {measure: w("ita-col-measure"), steps: w("ita-col-steps"), period: w("ita-col-period"),
          responsible: w("ita-col-responsible"), order: w("ita-col-order")}; }"""


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_desktop_text_columns_take_the_width(kind_visits, kind):
    widths = kind_visits(kind).page.evaluate(WIDTHS)
    assert widths["steps"], f"{kind}: no steps column"
    for text in ("measure", "steps"):
        for short in ("period", "responsible", "order"):
            assert widths[text] > widths[short] * 1.3, (
                f"{kind}: the {text} column ({widths[text]:.0f} px) is not wider than the "
                f"{short} column ({widths[short]:.0f} px)")


def test_desktop_report_header_row_stays_in_view(browser, base_url, page_kinds, shared_contexts):
    opened = open_visit(browser, base_url, require(page_kinds, "report"), shared=shared_contexts)
    try:
        page = opened.page
        # Scroll to the middle of the tallest table: its header row has left its place.
        found = page.evaluate("""() => {
          const table = [...document.querySelectorAll("table.ita-table--cards")]
            .sort((a, b) => b.offsetHeight - a.offsetHeight)[0];
          const top = table.getBoundingClientRect().top + window.scrollY;
          window.scrollTo(0, top + table.offsetHeight / 2);
          return new Promise(done => requestAnimationFrame(() => {
            const head = table.querySelector("thead th").getBoundingClientRect();
            const bar = document.querySelector(".md-header").getBoundingClientRect();
            const hit = document.elementFromPoint(head.left + head.width / 2, head.top + head.height / 2);
            done({headTop: head.top, barBottom: bar.bottom, tableHeight: table.offsetHeight,
                  onTop: !!(hit && hit.closest("thead"))});
          }));
        }""")
    finally:
        opened.close()
    assert found["tableHeight"] > 800, f"the sample's report table is too short to scroll: {found}"
    assert found["barBottom"] - 2 <= found["headTop"] <= found["barBottom"] + 2 and found["onTop"], (
        f"the report's header row is not shown under the site's header bar while scrolling: {found}")
