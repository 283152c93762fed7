"""Markup in any text field of the content contract is shown as text on every built page.

The hostile site (hostile.py) holds script, event handlers, attribute lists and javascript:
links in agency.yml, page and measure titles, every measure field, year.yml texts, catalog
overrides and evidence titles. A user would notice a payload that ran, or text that vanished.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.sitebuild import build_files

from .hostile import ALL, ATTRS, IMG, LINK, PAYLOADS, SCRIPT
from .markup import injected, read_page


def _pages(site):
    return sorted(site.rglob("*.html"))


def test_no_text_becomes_markup_on_any_page(hostile_site):
    pages = _pages(hostile_site.site)
    assert len(pages) > 60
    problems = {str(p.relative_to(hostile_site.site)): injected(read_page(p)) for p in pages}
    assert {page: found for page, found in problems.items() if found} == {}


def _tag_text(page_html: str, tag: str) -> str:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", page_html, re.S)
    assert match, f"no <{tag}>"
    inner = re.sub(r"<a class=\"headerlink\".*?</a>", "", match.group(1), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", inner)).split())


def test_agency_name_is_the_home_heading_and_title_as_written(hostile_site):
    home = hostile_site.html("")
    assert _tag_text(home, "h1") == ATTRS
    assert _tag_text(home, "title").startswith(ATTRS)


def test_measure_title_is_heading_and_browser_title_as_written(hostile_site):
    page = hostile_site.html("2568/measures/m1/")
    title = PAYLOADS[1] + " " + ALL
    assert _tag_text(page, "h1") == title
    assert _tag_text(page, "title").startswith(title)


def test_every_measure_field_is_shown_as_written(hostile_site):
    text = read_page(hostile_site.site / "2568" / "measures" / "m1" / "index.html").text
    # steps, period, responsible, outputs, outcomes, suggestions and six-month results
    assert text.count(ALL) >= 9
    for payload in (IMG, SCRIPT, LINK):
        assert payload in text


def test_page_titles_in_the_navigation_are_text(hostile_site):
    # every page shows the navigation, with the titles of about/p0.md … about/p4.md
    page = hostile_site.html("2568/plan/")
    for number, payload in enumerate(PAYLOADS):
        links = re.findall(rf'<a href="[^"]*about/p{number}/"[^>]*>(.*?)</a>', page, re.S)
        assert links, f"about/p{number}/ is not in the navigation"
        assert " ".join(html.unescape(re.sub(r"<[^>]+>", "", links[0])).split()) == payload


def test_meta_description_keeps_the_name_inside_the_attribute(hostile_site):
    page = read_page(hostile_site.site / "2568" / "plan" / "index.html")
    descriptions = [a["content"] for tag, a in page.elements
                    if tag == "meta" and a.get("name") == "description"]
    assert len(descriptions) == 1 and descriptions[0].endswith(" " + ATTRS)


@pytest.mark.parametrize("url", ["2568/plan/", "2568/report/", "2568/progress/"])
def test_report_tables_show_the_texts(hostile_site, url):
    text = read_page(hostile_site.site / url / "index.html").text
    assert text.count(ALL) >= 5


def test_catalog_override_and_evidence_titles_are_text(hostile_site):
    item = hostile_site.html("2568/oit/o1/")
    assert _tag_text(item, "h1") == "O1 " + ALL
    index = read_page(hostile_site.site / "2568" / "oit" / "index.html").text
    assert ALL in index and IMG in index  # O1's and O2's titles
    o2 = read_page(hostile_site.site / "2568" / "oit" / "o2" / "index.html").text
    assert ALL in o2  # the title of O2's evidence link in year.yml


def test_a_level_named_by_the_catalog_is_text(hostile_site):
    page = hostile_site.html("2567/analysis/")
    level = re.search(r'<p class="ita-level">(.*?)</p>', page, re.S)
    assert level and ALL in html.unescape(re.sub(r"<[^>]+>", "", level.group(1)))


def test_analysis_texts_are_text(hostile_site):
    text = read_page(hostile_site.site / "2568" / "analysis" / "index.html").text
    # cause, note and plan of two issues, the level, the question texts, the issue name
    assert text.count(ALL) >= 6
    assert SCRIPT in text


def test_thai_search_index_keeps_titles_as_text(hostile_site):
    (shard,) = (hostile_site.site / "search").glob("thai_index.*.json")
    docs = json.loads(shard.read_text("utf-8"))["docs"]
    titles = {doc[0]: doc[1].replace("\u200b", "") for doc in docs}
    # Material's index (titles as HTML) became this plain-text index: the title reads as
    # written, neither run nor escaped twice; the worker escapes what it shows (browser test)
    assert titles["2568/measures/m1/"] == PAYLOADS[1] + " " + ALL


def test_a_title_made_from_a_file_name_is_text(tmp_path):
    # A page with neither a title nor a heading is named after its file, in the navigation too.
    name = "<img src=y onerror=window.__pwned=1>"
    built = build_files(tmp_path, {"about/index.md": "---\ntitle: เกี่ยวกับ\n---\nข้อความ\n",
                                   f"about/{name}.md": "ข้อความที่ไม่มีหัวเรื่อง\n"})
    assert built.returncode == 0, built.output
    for url in ("about/",):
        page = read_page(built.site / url / "index.html")
        assert injected(page) == [] and not any(tag == "img" and "onerror" in attrs
                                                for tag, attrs in page.elements)
        assert " ".join(name.replace("_", " ").split()) in page.text


def test_front_matter_lists_and_mappings_are_printed_as_text(tmp_path):
    built = build_files(tmp_path, {"about/x.md": (
        '---\ntitle: ["<img src=x onerror=window.__pwned=1>"]\n'
        'description: {a: \'x" onfocus="window.__pwned=1" autofocus="\'}\n'
        'status: \'new"><img src=x onerror="window.__pwned=1">\'\n---\nข้อความ\n'),
        "about/index.md": "---\ntitle: เกี่ยวกับ\n---\nข้อความ\n"})
    assert built.returncode == 0, built.output
    page = read_page(built.site / "about" / "x" / "index.html")
    assert injected(page) == []
    # Material marks a page's status in the navigation with a class made from it
    assert any("md-status--new" in a.get("class", "") for _, a in page.elements)
    descriptions = [a for tag, a in page.elements if tag == "meta" and a.get("name") == "description"]
    assert len(descriptions) == 1 and set(descriptions[0]) == {"name", "content"}
