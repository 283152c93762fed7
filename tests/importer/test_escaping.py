"""Text `ita-site import` copies from a document lands as text: in the files and on the pages.

Agencies import Word files written by other departments; a cell holding markup must show as
that markup on the built page and run nothing (issue 11, item 3).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import yaml

from ita_site.content.loading import load_site
from ita_site.base.yamlfile import split_front_matter
from ita_site.importer import import_document, import_source, write_measures
from ita_site.importer.cells import cell_from_text
from ita_site.importer.source import Row, SourceDocument, TextLine, Where
import ita_site.plugin.plugin  # noqa: F401 - a broken plugin fails here, it is never skipped
from tests.importer.office import write_table_docx
from tests.sitebuild import build, write_project

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "ข้อความ {: onfocus=alert(3) autofocus }",
    "[คลิก](javascript:alert(4))",
    "<a href='javascript:alert(5)'>ลิงก์</a>",
    "![x](javascript:alert(6)) <!-- ซ่อน --> &lt;b&gt;",
]
NOTE_HEADER = "หมายเหตุ <img src=x onerror=alert(7)>"
HEADER = ["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ผลการดำเนินการ", NOTE_HEADER]


def _rows():
    rows = [HEADER]
    for i, text in enumerate(HOSTILE, 1):
        rows.append([f"มาตรการที่ {i}", text, f"กอง {text}", text, f"{i}. {text}"])
    return rows


class _Page(HTMLParser):
    """Every element and attribute of a page, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._script = tag == "script"

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        if self._script:
            self.tags.append(("script-text", {"text": data}))
        else:
            self.text.append(data)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("escaping") / "project", {})
    source = write_table_docx(root / "report.docx", "รายงานผล ประจำปีงบประมาณ พ.ศ. 2568", _rows())
    result = import_document(source, year=None)
    assert result.ok and len(result.measures) == len(HOSTILE)
    actions = write_measures(result, root / "content")
    site = build(root)
    assert site.returncode == 0, site.output
    return result, actions, site


def test_front_matter_holds_the_text_exactly(imported):
    _, actions, _ = imported
    for action, text in zip(actions, HOSTILE):
        written = action.path.read_text(encoding="utf-8")
        data = split_front_matter(written).meta.data  # the site's own reader
        assert data == yaml.safe_load(written.split("---\n")[1])
        assert data["steps"] == [text] and data["responsible"] == [f"กอง {text}"]
        assert data["outputs"] == [text]


def test_body_written_by_the_import_is_escaped(imported):
    _, actions, _ = imported
    for action in actions:
        body = action.path.read_text(encoding="utf-8").split("---\n", 2)[2]
        lines = [line for line in body.splitlines() if not line.startswith("<!-- imported from ")]
        assert not any("<" in line for line in lines), body
        assert "{:" not in body.replace("\\{", "") and "](" not in body.replace("\\](", "")


def _page(site, action) -> _Page:
    page = _Page()
    page.feed(site.html(f"2568/measures/{action.path.stem}/"))
    return page


def test_built_pages_show_the_text_and_run_nothing(imported):
    _, actions, site = imported
    for action, text in zip(actions, HOSTILE):
        page = _page(site, action)
        assert page.tags, action.path.name
        for tag, attrs in page.tags:
            assert tag != "img" or attrs.get("src") != "x", (action.path.name, tag, attrs)
            assert not any(name.startswith("on") for name in attrs), (action.path.name, tag, attrs)
            assert "autofocus" not in attrs
            for name in ("href", "src", "action", "formaction"):
                assert not (attrs.get(name) or "").strip().lower().startswith(("javascript:", "data:"))
            if tag == "script-text":
                assert "alert(" not in attrs["text"]
        shown = "".join(page.text)
        # What the document says is on the page, as written: the webmaster sees what to fix.
        assert text in shown, (action.path.name, text)
        assert NOTE_HEADER in shown


def test_every_report_page_is_safe_too(imported):
    _, _, site = imported
    for url in ("2568/", "2568/report/", "2568/plan/"):
        page = _Page()
        page.feed(site.html(url))
        assert any(tag == "a" for tag, _ in page.tags), url  # the page was read, links and all
        for tag, attrs in page.tags:
            assert not any(name.startswith("on") for name in attrs), (url, tag, attrs)
            assert not (attrs.get("href") or "").lower().startswith("javascript:"), (url, tag, attrs)
            if tag == "script-text":
                assert "alert(" not in attrs["text"], url


def _rendered_text(markdown_source: str) -> tuple[str, list]:
    import markdown

    html = markdown.markdown(markdown_source, extensions=["attr_list", "md_in_html", "tables", "toc"])
    page = _Page()
    page.feed(html)
    return "".join(page.text), page.tags


_SPECIAL = "<>&;#[](){}:!*_`\\|-+=.~/\"' ก๑1ax"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_SPECIAL, min_size=1, max_size=30))
def test_any_text_renders_as_exactly_that_text(text):
    from ita_site.importer.front_matter import markdown_text

    shown, tags = _rendered_text(markdown_text(text))
    assert " ".join(shown.split()) == " ".join(text.split())
    assert [tag for tag, _ in tags if tag != "p"] == []


@pytest.mark.browser
def test_nothing_runs_in_chromium(imported, browser):
    from tests.browser.siteserver import serve

    _, actions, site = imported
    dialogs: list[str] = []
    with serve(site.site) as base:
        page = browser.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for action, text in zip(actions, HOSTILE):
            page.goto(f"{base}2568/measures/{action.path.stem}/", wait_until="load")
            for _ in range(40):  # focus every element a keyboard user would reach
                page.keyboard.press("Tab")
            assert text in page.inner_text("article"), action.path.name
        page.goto(f"{base}2568/report/", wait_until="load")
        page.close()
    assert dialogs == []


def test_control_characters_never_reach_the_files(tmp_path):
    # Word refuses them, but Excel keeps them ("_x001B_") and text files may hold anything.
    rows = [["มาตรการ", "ขั้นตอน", "หมายเหตุ", "สถานะ"],
            ["จัด\x1b[2Jทำ\x00คู่มือ", "ร่าง\x07คู่มือ\x0b", "ดู\x1b]0;x\x07ด้วย", "\x1b[31mแดง"]]
    document = SourceDocument("plan.xlsx", [TextLine(Where("sheet", 1, "แผน"), "แผน ประจำปีงบประมาณ พ.ศ. 2569")] + [
        Row(Where("sheet", n, "แผน"), tuple(cell_from_text(c) for c in row)) for n, row in enumerate(rows, 2)])
    result = import_source(document, Path("plan.xlsx"), year=None)
    content = tmp_path / "content"
    content.mkdir()
    (content / "agency.yml").write_text("name: ทดสอบ\n", encoding="utf-8")
    [action] = write_measures(result, content)
    text = action.path.read_text(encoding="utf-8")
    assert not any(ord(c) < 32 and c != "\n" for c in text), repr(text)
    assert result.measures[0].title == "จัด[2Jทำคู่มือ"
    said = [p.format() for p in result.problems] + [n.format() for n in result.notices]
    assert "ดู\\]0;xด้วย" in action.measure.body and not any(c in "".join(said) for c in "\x1b\x07\x00")
    assert [p.format() for p in load_site(content).problems] == []
