"""The webmaster's guide (guide/) builds with the product itself and its examples are valid.

The guide is built exactly as CI and `./dev guide` build it: `mkdocs build --strict` on
guide/mkdocs.yml, with the `ita` plugin. Its example files are then put together into a site
and checked with `ita-site check`, so the guide cannot drift from the content contract.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .conftest import BIN, GUIDE, REPO

# Every chapter of the guide, with words a reader must find on it.
CHAPTERS = {
    "": "ita-site คืออะไร",
    "install/": "สภาพแวดล้อมเสมือน",
    "new-site/": "ita-site new",
    "content/": "ตัวเลขไทยและวันที่",
    "content/agency/": "โลโก้",
    "content/measures/": "ผลรอบ 6 เดือน",
    "content/year/": "survey_code",
    "content/pages/": "ไฟล์เอกสาร",
    "check/": "ข้อผิดพลาดและคำเตือน",
    "standard/": "งานของหน่วยงานเอง",
    "import/": "นำเข้ารายงานเดิม",
    "oit/": "หลักฐานมาจากไหน",
    "surveys/": "ใส่รหัสแบบวัด",
    "scores/": "การวิเคราะห์ผล",
    "publish/": "GitHub Pages",
    "new-year/": "ita-site new-year 2570 --copy-from 2569",
    "portal/": "ใช้หลายเครื่อง",
    "settings/": "ตัวเลือกของปลั๊กอิน ita",
    "troubleshooting/": "อ่านข้อความแจ้งอย่างไร",
    "how-it-works/": "การค้นหาภาษาไทย",
}
THAI = re.compile(r"[\u0E00-\u0E7F]")


def _env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


class _Page(HTMLParser):
    """Links, element ids and the visible text of the article of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.article: list[str] = []
        self._in_article = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name) and tag in ("a", "link", "script", "img"):
                self.links.append(attrs[name])
        if tag == "article" or self._in_article:
            self._in_article += 1

    def handle_endtag(self, tag):
        if self._in_article:
            self._in_article -= 1

    def handle_data(self, data):
        if self._in_article:
            self.article.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_guide_builds_strict_without_warnings(guide_site):
    _, output = guide_site
    assert "WARNING" not in output, output


@pytest.mark.parametrize("url, words", CHAPTERS.items())
def test_every_chapter_is_a_thai_page(guide_site, url, words):
    site, _ = guide_site
    page = _parse(site / url / "index.html")
    text = " ".join(page.article)
    assert words in text, f"{url or '/'} lacks {words!r}"
    assert len(THAI.findall(text)) > 300, f"{url or '/'} has little Thai text"


def test_no_internal_link_is_broken(guide_site):
    site, _ = guide_site
    pages = {path: _parse(path) for path in site.rglob("*.html")}
    broken = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "tel:")):
                continue
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):  # 404.html links from the site root
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{path.relative_to(site)}: {link}")
            elif parts.fragment and target.suffix == ".html":
                if unquote(parts.fragment) not in pages.get(target, _parse(target)).ids:
                    broken.append(f"{path.relative_to(site)}: {link} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_guide_uses_the_products_theme_font_and_thai_search(guide_site):
    site, _ = guide_site
    html = (site / "install" / "index.html").read_text(encoding="utf-8")
    assert "assets/stylesheets/ita-site.css" in html
    assert (site / "assets" / "fonts" / "Sarabun-Regular.woff2").is_file()
    index = json.loads(next((site / "search").glob("thai_index.*.json")).read_text(encoding="utf-8"))
    docs = {doc[0].split("#")[0]: doc for doc in index["docs"]}
    assert "install/" in docs
    # Thai words are segmented (zero-width spaces between them), so they can be found.
    assert "สภาพ\u200bแวดล้อม" in json.dumps(index, ensure_ascii=False)


# --- the guide's examples are a valid site -----------------------------------------------

# ```yaml title="content/agency.yml"  … ```: a whole file the guide shows as an example.
_EXAMPLE = re.compile(r'^```\w+ title="(?P<path>[^"]+)"\n(?P<text>.*?)^```$', re.M | re.S)


def guide_examples() -> dict[str, str]:
    examples: dict[str, str] = {}
    for page in sorted((GUIDE / "content").rglob("*.md")):
        for match in _EXAMPLE.finditer(page.read_text(encoding="utf-8")):
            path = match["path"]
            assert path not in examples, f"{path} is shown as an example twice"
            examples[path] = match["text"]
    return examples


def test_the_guide_shows_whole_example_files():
    examples = guide_examples()
    assert {"content/agency.yml", "content/index.md", "content/2569/year.yml",
            "content/2569/measures/service-manual.md", "content/about/structure.md",
            "content/2569/oit/O5.md"} <= set(examples)


@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    """A site made of the guide's example files, as a webmaster following the guide has."""
    root = tmp_path_factory.mktemp("examples")
    examples = guide_examples()
    for path, text in examples.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    # Documents the examples link to: the guide shows their names, not their bytes.
    everything = "\n".join(examples.values())
    for name in sorted(set(re.findall(r"files/[\w/-]+\.pdf", everything))):
        (root / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "content" / name).write_bytes(b"%PDF-1.4\n%%EOF\n")
    (root / "content" / "assets").mkdir(exist_ok=True)
    shutil.copy(REPO / "content" / "assets" / "logo.svg", root / "content" / "assets")
    (root / "mkdocs.yml").write_text(
        "site_name: ตัวอย่าง\nsite_url: https://www.bantuayang.example.go.th/\n"
        "docs_dir: content\nstrict: true\ntheme: {name: material, language: th, font: false}\n"
        "plugins:\n  - search\n  - ita\n", encoding="utf-8")
    return root


def test_the_guides_examples_pass_ita_site_check(example_site):
    run = subprocess.run([str(BIN / "ita-site"), "check"], cwd=example_site, capture_output=True,
                         text=True, env=_env(), timeout=300)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "คำเตือน" not in output and "warning:" not in output, output
    assert "ไม่พบข้อผิดพลาด (1 มาตรการ ใน 1 ปี)" in output, output


def test_the_guides_examples_build_the_pages_the_guide_promises(example_site):
    run = subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=example_site,
                         capture_output=True, text=True, env=_env(), timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    site = example_site / "site"

    def text(url: str) -> str:
        return " ".join(_parse(site / url / "index.html").article)

    title = "การปฏิบัติหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอนและระยะเวลาที่กำหนด"
    for url in ("2569/plan/", "2569/progress/", "2569/report/", "2569/measures/service-manual/"):
        assert title in text(url), url
    assert "ร่างคู่มือการให้บริการเสร็จ 8 งานบริการ" in text("2569/progress/")
    assert "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)" in text("2569/oit/o5/")
    assert "รายงานผลการจัดซื้อจัดจ้างไม่ได้แยกรายเดือน" in text("2569/analysis/")
    assert "x0demo" in (site / "2569" / "surveys" / "index.html").read_text(encoding="utf-8")
    csv = (site / "2569" / "oit-links.csv").read_text(encoding="utf-8-sig")
    assert "https://www.bantuayang.example.go.th/2569/oit/o1/" in csv
