"""Accessibility of every kind of page, checked by axe-core inside Chromium, light and dark.

axe-core is the copy vendored in the axe-playwright-python package (injected from disk, never
fetched). A serious or critical violation fails the test; moderate and minor ones are left to
review. Beside axe, the things the accessibility standard asks of a Thai government site that
axe does not check itself: the page language is Thai, every table has header cells and a
caption, and every QR code has a text alternative.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .pagekinds import KINDS

pytestmark = pytest.mark.browser

AXE = Axe()
BLOCKING = {"serious", "critical"}
SCHEME_ATTRIBUTE = {"light": "default", "dark": "slate"}
# The dark scheme is the same HTML under other colours: every axe rule runs on the light page,
# and on the dark one the rules whose verdict depends on colours.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
AXE_OPTIONS = {
    "light": {"resultTypes": ["violations"]},
    "dark": {"resultTypes": ["violations"], "runOnly": {"type": "rule", "values": COLOUR_RULES}},
}

# Accessible name of QR images and drawings (img alt, svg aria-label / aria-labelledby / title).
QR_NAMES = """() => {
  const isQr = el => /qr/i.test(el.getAttribute("class") || "") ||
                     /qr/i.test(el.getAttribute("src") || "") ||
                     /qr/i.test((el.parentElement && el.parentElement.getAttribute("class")) || "");
  const name = el => {
    if (el.tagName.toLowerCase() === "img") return el.getAttribute("alt") || "";
    if (el.getAttribute("aria-hidden") === "true") return "";
    const label = el.getAttribute("aria-label");
    if (label) return label;
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean);
    const byIds = ids.map(id => (document.getElementById(id) || {}).textContent || "").join(" ");
    if (byIds.trim()) return byIds;
    const title = el.querySelector(":scope > title");
    return title ? title.textContent : "";
  };
  return [...document.querySelectorAll("article img, article svg")]
    .filter(isQr)
    .map(el => ({html: el.outerHTML.slice(0, 160), name: name(el).trim(),
                 role: el.getAttribute("role")}));
}"""

TABLES = """() => [...document.querySelectorAll("article table")].map(t => ({
  html: t.outerHTML.slice(0, 160),
  caption: t.caption ? t.caption.textContent.trim() : "",
  headers: t.querySelectorAll("th").length,
}))"""


def _describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = ", ".join(" ".join(n["target"]) for n in v["nodes"][:5])
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} — {len(v['nodes'])} element(s): "
                     f"{targets}\n    {v['nodes'][0].get('failureSummary', '')}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", KINDS)
def test_axe_finds_no_serious_or_critical_violation(kind_visits, kind, scheme):
    page = kind_visits(kind, "dark" if scheme == "dark" else "desktop").page
    shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == SCHEME_ATTRIBUTE[scheme], "the page did not follow the reader's colour scheme"
    results = AXE.run(page, options=AXE_OPTIONS[scheme])
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"{kind} ({scheme}): axe found\n{_describe(blocking)}"


@pytest.mark.parametrize("kind", KINDS)
def test_page_is_declared_thai_with_captioned_tables_and_named_qr_codes(kind_visits, kind):
    page = kind_visits(kind).page
    lang = page.evaluate("document.documentElement.lang")
    tables = page.evaluate(TABLES)
    codes = page.evaluate(QR_NAMES)
    assert lang == "th", f"{kind}: <html lang> is {lang!r}, screen readers need 'th'"
    for table in tables:
        assert table["headers"] > 0, f"{kind}: a table without header cells: {table['html']}"
        assert table["caption"], f"{kind}: a table without a caption: {table['html']}"
    for code in codes:
        assert code["name"], f"{kind}: a QR code without a text alternative: {code['html']}"
        if code["html"].startswith("<svg"):
            assert code["role"] == "img", f"{kind}: a QR drawing needs role=img: {code['html']}"
    if kind == "surveys":
        assert codes, "the surveys page shows no QR code"
