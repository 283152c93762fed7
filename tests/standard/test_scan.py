"""The scanner of built pages (ita_site.standard.built_checks) on HTML written here."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ita_site.standard.built_checks import FindingsMemo, check_built, scan_page

PAGE = """<!doctype html><html lang="th" class="no-js"><head>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://www.example.go.th/a/">
<link rel="stylesheet" href="../assets/x.css">
<link rel="alternate" href="https://other.example.com/feed.xml">
</head><body><a href="../b/">b</a><a href="mailto:x@example.go.th">m</a>
<img src='../i.png' srcset="../i-2x.png 2x, ../i-3x.png 3x"><script src="../j.js"></script>
</body></html>"""


def test_scan_finds_what_a_page_loads_and_links():
    scan = scan_page("a/", PAGE)
    assert scan.lang == "th" and scan.viewport
    assert scan.loads == ["../assets/x.css", "../i.png", "../i-2x.png", "../i-3x.png", "../j.js"]
    assert scan.links == ["../b/", "mailto:x@example.go.th"]


def test_links_to_existing_files_pass_and_others_fail():
    files = {"a/index.html", "b/index.html", "assets/x.css", "i.png", "i-2x.png", "i-3x.png",
             "j.js", "robots.txt", "sitemap.xml"}
    report = check_built([scan_page("a/", PAGE)], files, "https://www.example.go.th/")
    assert {k: f.status for k, f in report.findings.items()} == {
        "viewport": "pass", "no-mixed-content": "pass", "no-third-party": "pass",
        "internal-links": "pass"}
    report = check_built([scan_page("a/", PAGE)], files - {"b/index.html", "robots.txt"},
                         "https://www.example.go.th/")
    assert report.findings["internal-links"].status == "fail"
    assert report.findings["robots"].status == "fail"


def test_findings_kept_between_serve_builds_follow_the_files_their_links_reach():
    # Under `mkdocs serve` a page not written again keeps its scan; its broken link must still
    # be reported once the file it reaches is gone, and no longer once the file is back.
    files = {"a/index.html", "b/index.html", "assets/x.css", "i.png", "i-2x.png", "i-3x.png",
             "j.js", "robots.txt", "sitemap.xml"}
    memo, scan, url = FindingsMemo(), scan_page("a/", PAGE), "https://www.example.go.th/"
    statuses = []
    for now in (files, files | {"search/thai_index.1.json"}, files - {"b/index.html"}, files):
        report = check_built([scan], now, url, memo=memo)
        statuses.append(report.findings["internal-links"].status)
    assert statuses == ["pass", "pass", "fail", "pass"]
    assert report.findings == check_built([scan], files, url).findings


def test_the_sites_own_host_is_not_another_host():
    page = '<html lang="th"><meta name="viewport"><img src="https://www.example.go.th/x.png">'
    report = check_built([scan_page("", page)], {"x.png"}, "https://www.example.go.th/")
    assert report.findings["no-third-party"].status == "pass"


_URL = st.text(st.characters(blacklist_characters="\"'<>& \t\n\r\f", blacklist_categories=("Cs",)),
               min_size=1, max_size=40)


@given(_URL, _URL)
def test_any_quoted_address_is_read_back_as_written(src, href):
    scan = scan_page("p/", f'<p><img alt="x" src="{src}"><a class="y" href=\'{href}\'>t</a></p>')
    assert scan.loads == [src]
    assert scan.links == [href]
