"""A site whose every text field of the content contract holds markup a hostile or careless
webmaster could paste: the fixture of the escaping tests (plain HTML checks and Chromium).

Each payload, if it ever became markup, sets `window.__pwned`; the visible marker words
(PWN-IMG, PWN-SCRIPT …) let a test find the payload as text on a page.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.sitebuild import write_project

IMG = '<img src=x onerror="window.__pwned=1">PWN-IMG'
SCRIPT = "<script>window.__pwned=1</script>PWN-SCRIPT"
LINK = "[PWN-LINK](javascript:window.__pwned=1)"
QUOTE = "PWN-QUOTE\"'><svg onload=\"window.__pwned=1\">"
ATTRS = 'PWN-ATTR {: autofocus onfocus="window.__pwned=1" }'
PAYLOADS = (IMG, SCRIPT, LINK, QUOTE, ATTRS)
# Everything at once, the attribute list last (attr_list reads it only at the end of a block).
ALL = " ".join((IMG, SCRIPT, LINK, QUOTE, ATTRS))


TAG = '&lt;img src=x onerror="window.__pwned=1"&gt;PWN-TAG'
EMAIL = 'a"><img/src=x/onerror=window.__pwned=1>@x.co'
WEBSITE = 'https://x.example/"><svg/onload=window.__pwned=1>'


def q(text: str) -> str:
    """A YAML scalar holding exactly `text` (JSON is YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _agency() -> str:
    return "\n".join([
        f"name: {q(ATTRS)}",
        f"type: {q(IMG)}",
        f"subdistrict: {q(SCRIPT)}",
        f"district: {q(LINK)}",
        f"province: {q(QUOTE)}",
        f"address: {q(ALL)}",
        f"phone: {q(ALL)}",
        # email and website are checked for their shape; markup fitting the shape stays
        f"email: {q(EMAIL)}",
        f"website: {q(WEBSITE)}",
        "",
    ])


def _measure(year: int, number: int, *, indicators: bool) -> str:
    group = "indicators: [1]" if indicators else "issue: 1"
    return "\n".join([
        "---",
        f"title: {q(PAYLOADS[number % len(PAYLOADS)] + ' ' + ALL)}",
        f"order: {number}",
        group,
        f"steps: [{q(ALL)}, {q(IMG)}]",
        f"period: {q(ALL)}" if number != 3 else
        f"period: {{label: {q(ALL)}, start: 2567-10-01, end: 2568-09-30}}",
        f"responsible: [{q(ALL)}, {q(SCRIPT)}]",
        f"outputs: [{q(ALL)}]",
        f"outcomes: [{q(ALL)}, {q(LINK)}]",
        f"suggestions: [{q(ALL)}]",
        "status: done",
        "progress:",
        f"  outputs: [{q(ALL)}]",
        f"  outcomes: [{q(ALL)}]",
        f"  suggestions: [{q(ALL)}]",
        "  status: in-progress",
        "oit: [O1]" if year == 2568 else "",
        "---",
        "ข้อความของผู้ดูแลเว็บไซต์",
        "",
    ])


def _year(year: int) -> str:
    issues = "\n".join(f"  {n}:\n    cause: {q(ALL)}\n    note: {q(ALL)}\n    plan: {q(ALL)}"
                       for n in (1, 2))
    return "\n".join([
        "survey_code: abc123",
        "scores:",
        "  total: 90.5",
        # 2567's level is derived from the catalog's bands, whose names are payloads too
        f"  level: {q(ALL)}" if year == 2568 else "",
        "  iit: 91", "  eit: 90", "  oit: 89",
        "  indicators: {1: 80, 2: 95}",
        "  items: {i1: 80, i2: 90, O1: 100, O2: 50}",
        "questions:",
        f"  i1: {q(ALL)}",
        f"  i2: {q(IMG)}",
        "analysis:",
        issues,
        "oit:",
        f"  O2: [{{title: {q(ALL)}, url: /about/}}]",
        f"  O3: [{{title: {q(LINK)}, url: 'https://example.org/x'}}]",
        "",
    ])


def _catalog(year: int) -> str:
    return "\n".join([
        f"ita_year: {year}",
        "issues:",
        f"  1: {q(ALL)}",
        "indicators:",
        f"  1: {{name: {q(ALL)}, tool: iit}}",
        "questions:",
        f"  - {{code: i2, indicator: 1, issue: 1, text: {q(SCRIPT)}}}",
        "levels:",
        f"  - {{name: {q(ALL)}, name_en: {q(IMG)}, min_total: 0}}",
        "oit:",
        f"  - {{code: O1, title: {q(ALL)}, requires: {q(ALL)}}}",
        f"  - {{code: O2, title: {q(IMG)}}}",
        "",
    ])


def _page(title: str) -> str:
    return f"---\ntitle: {q(title)}\n---\nข้อความ\n"


def write_hostile_site(root: Path) -> Path:
    """The project folder (mkdocs.yml, content/, catalogs/) of the hostile site."""
    files = {"agency.yml": _agency()}
    for year, indicators in ((2567, True), (2568, False)):
        files[f"{year}/year.yml"] = _year(year)
        for number in range(1, 4):
            files[f"{year}/measures/m{number}.md"] = _measure(year, number, indicators=indicators)
        files[f"{year}/notes.md"] = _page(ALL)
    files["2568/oit/O5.md"] = _page(ALL)
    # Ordinary pages: the navigation lists them on every page of the site.
    files["about/index.md"] = _page(ALL)
    for number, payload in enumerate(PAYLOADS):
        files[f"about/p{number}.md"] = _page(payload)
    # Material's front-matter tags travel into the search results.
    files["about/tagged.md"] = f"---\ntitle: แท็ก\ntags: [{q(TAG)}]\n---\nPWN-TAGGED\n"
    write_project(root, files, plugin_options=":\n      catalogs: catalogs")
    catalogs = root / "catalogs"
    catalogs.mkdir(exist_ok=True)
    for year in (2567, 2568):
        (catalogs / f"{year}.yaml").write_text(_catalog(year), encoding="utf-8")
    return root
