"""Phones (360 px): what a citizen reads on the score, survey, plan and OIT pages.

The score charts' data tables keep their year columns and readable captions; the lowest item
of the analysis is readable in light and dark mode; survey links break after a slash, never
inside a word; the plan says in words what each code it aims to raise is; the OIT index is a
short list, one line or two per item.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

# Per chart table: its year header cells as laid out, and how its caption is laid out.
CHART_TABLES = """() => [...document.querySelectorAll("table.ita-chart-table")].map(table => {
  const visible = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 8 && r.height > 8 && s.display !== "none" && s.visibility !== "hidden"; };
  const caption = table.querySelector("caption");
  const lineHeight = parseFloat(getComputedStyle(caption).lineHeight) || 20;
  return {
    // a header row hidden for screen readers only is 1 px tall, whatever its cells say
    years: [...table.querySelectorAll("thead th")].filter(th => visible(th) && visible(th.parentElement))
             .map(th => th.textContent.trim())
             .filter(text => /^\\d{4}$/.test(text)),
    columns: table.querySelectorAll("tbody tr:first-child td").length,
    captionLines: Math.round(caption.getBoundingClientRect().height / lineHeight),
    captionWords: caption.textContent.trim().split(/\\s+/).length,
    caption: caption.textContent.trim(),
  };
})"""


@pytest.mark.parametrize("kind", ["home", "analysis"])
def test_phone_chart_tables_keep_their_years_and_captions(kind_visits, kind):
    tables = kind_visits(kind, "phone").page.evaluate(CHART_TABLES)
    assert tables, f"{kind}: no score chart table on the page"
    for table in tables:
        assert len(table["years"]) == table["columns"], (
            f"{kind}: the table {table['caption']!r} shows {table['columns']} score columns "
            f"but year headers {table['years']} on a phone")
        assert table["captionLines"] < max(3, table["captionWords"] // 2), (
            f"{kind}: the caption {table['caption']!r} takes {table['captionLines']} lines "
            f"for {table['captionWords']} words")


# Contrast of the lowest item's text against its ground, by WCAG's formula.
LOWEST_CONTRAST = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 :
    Math.pow((v + 0.055) / 1.055, 2.4); }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  return [...document.querySelectorAll(".ita-lowest > td")].map(td => {
    const s = getComputedStyle(td);
    const bg = rgb(s.backgroundColor), fg = rgb(s.color);
    if (bg.length > 3 && bg[3] < 1) return {text: td.textContent.slice(0, 30), ratio: 0, why: "see-through ground"};
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return {text: td.textContent.slice(0, 30), ratio: (a + 0.05) / (b + 0.05)};
  });
}"""


@pytest.mark.parametrize("variant", ["phone", "dark"])
def test_lowest_item_of_the_analysis_is_readable(kind_visits, variant):
    cells = kind_visits("analysis", variant).page.evaluate(LOWEST_CONTRAST)
    assert cells, "the analysis marks no lowest item"
    poor = [cell for cell in cells if cell["ratio"] < 7]
    assert not poor, f"{variant}: the lowest items' text is hard to read on its ground: {poor}"


# Each line of each survey link's text as laid out.
LINK_LINES = """() => [...document.querySelectorAll(".ita-survey__link a")].map(link => {
  const lines = [];
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const last = lines[lines.length - 1];
      if (last && Math.abs(last.top - rect.top) < 4) last.text += node.data[i];
      else lines.push({top: rect.top, text: node.data[i]});
    }
  }
  return {url: link.getAttribute("href"), lines: lines.map(l => l.text)};
})"""


def test_phone_survey_links_break_after_a_slash(kind_visits):
    links = kind_visits("surveys", "phone").page.evaluate(LINK_LINES)
    assert links, "the survey page shows no survey link"
    for link in links:
        assert "".join(link["lines"]) == link["url"], f"the link text is not its URL: {link}"
        broken = [line for line in link["lines"][:-1] if not line.endswith("/")]
        assert not broken, f"{link['url']} breaks inside a word on a phone: {link['lines']}"


_CODE = re.compile(r"^[ieIEO]\d+$")


def test_plan_codes_come_with_their_question_texts(kind_visits):
    cells = kind_visits("plan", "phone").page.evaluate(
        """() => [...document.querySelectorAll("td.ita-col-addresses")].flatMap(td =>
             [...(td.querySelectorAll("li").length ? td.querySelectorAll("li") : [td])]
               .map(el => el.textContent.trim()).filter(t => t && t !== "–"))""")
    assert cells, "the plan names no question or item that its measures aim to raise"
    bare = [text for text in cells if _CODE.match(text.split(" ")[0]) and len(text) < 12]
    assert not bare, f"codes without their question or item text on the plan: {bare}"


def test_phone_oit_index_is_a_short_list(kind_visits):
    rows = kind_visits("oit-index", "phone").page.evaluate(
        """() => [...document.querySelectorAll("table.ita-table--oit tbody tr")].map(tr =>
             ({code: tr.id, height: tr.getBoundingClientRect().height}))""")
    assert rows, "the OIT index lists no item"
    tall = [row for row in rows if row["height"] > 100]
    assert not tall, f"OIT items taller than four lines on a phone: {tall[:5]}"
