"""What a phone camera sees: codes rendered by Chromium, screenshotted, decoded by zxing-cpp.

The pages use Material's real stylesheets (from the installed package) and ours, in the
default (light) and slate (dark) colour schemes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import material
from ita_site.pages.surveys import (
    SurveyCodeAssets,
    survey_codes_compact,
    survey_page_body,
    survey_poster_body,
    survey_qr_label,
)
from ita_site.surveys.cache import QrCache
from ita_site.surveys.links import (
    MAX_URL_LENGTH,
    SurveyKind,
    SurveyLinks,
    check_survey_url,
    links_from_code,
)

from .conftest import SURVEYS_CSS, decode_qr

pytestmark = pytest.mark.browser

LINKS = links_from_code("x0demo")
AGENCY = "องค์การบริหารส่วนตำบลบ้านตัวอย่าง"
MATERIAL_CSS = sorted((Path(material.__file__).parent / "templates" / "assets" / "stylesheets")
                      .glob("*.min.css"))
CM = 96 / 2.54  # CSS pixels per centimetre


def _assets(cache: QrCache, links=LINKS) -> dict[SurveyKind, SurveyCodeAssets]:
    result = {}
    for kind, url in links.published():
        code = cache.get(url)
        result[kind] = SurveyCodeAssets(svg=code.svg_inline(survey_qr_label(kind, url)),
                                        svg_href=f"{kind.value}.svg", png_href=f"{kind.value}.png",
                                        poster_href=f"{kind.value}/")
    return result


def _material_page(tmp_path: Path, body: str, *, dark: bool, name: str = "page.html") -> str:
    """A page shaped like Material's, with its CSS and ours; returns its file:// URL."""
    styles = "".join(f'<link rel="stylesheet" href="{css.as_uri()}">'
                     for css in [*MATERIAL_CSS, SURVEYS_CSS])
    scheme = "slate" if dark else "default"
    html = f"""<!DOCTYPE html>
<html lang="th" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>แบบวัด</title>{styles}</head>
<body dir="ltr" data-md-color-scheme="{scheme}" data-md-color-primary="indigo">
<header class="md-header" data-md-component="header">เมนูหลักของเว็บไซต์</header>
<div class="md-container"><main class="md-main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary">เมนูด้านข้าง</div>
<div class="md-content"><article class="md-content__inner md-typeset">{body}</article></div>
</div></main><footer class="md-footer">ท้ายเว็บ</footer></div></body></html>"""
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


def _screenshot(page, **options) -> bytes:
    return page.screenshot(full_page=True, animations="disabled", **options)


@pytest.mark.parametrize("url", [LINKS.iit, LINKS.eit,
                                 "https://itas.nacc.go.th/go/eit/Z9?lang=th&src=poster#top"])
def test_downloadable_svg_file_rendered_by_chromium_decodes_to_the_link(tmp_path, page, url):
    svg = tmp_path / "code.svg"
    svg.write_bytes(QrCache(tmp_path / "cache").get(url).svg_file("IIT"))
    page.set_viewport_size({"width": 800, "height": 800})
    page.goto(svg.as_uri())
    # full_page never finishes on an SVG document: the viewport holds the whole drawing
    assert decode_qr(page.screenshot()) == [url]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_survey_page_screenshot_decodes_both_codes(tmp_path, page, dark):
    body = survey_page_body(AGENCY, 2568, LINKS, _assets(QrCache(tmp_path / "cache")))
    page.goto(_material_page(tmp_path, body, dark=dark))
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background != "rgb(255, 255, 255)") == dark  # the dark scheme really is dark
    assert decode_qr(_screenshot(page)) == sorted([LINKS.iit, LINKS.eit])
    for svg in page.locator("svg.ita-qr").all():  # each code alone, as a phone frames it
        assert decode_qr(svg.screenshot()) in ([LINKS.iit], [LINKS.eit])


def _longest_links() -> SurveyLinks:
    """The densest codes the link checks let through: MAX_URL_LENGTH characters each."""
    links = {}
    for kind in SurveyKind:
        head = f"https://itas.nacc.go.th/survey/{kind.value}/"
        links[kind.value] = check_survey_url((head + "a1B2-c3_d" * 30)[:MAX_URL_LENGTH], kind)
    return SurveyLinks(**links)


@pytest.mark.parametrize("links", [LINKS, _longest_links()], ids=["itas", "longest"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_compact_block_codes_decode_at_their_small_size(tmp_path, page, dark, links):
    body = survey_codes_compact(2568, links, _assets(QrCache(tmp_path / "cache"), links),
                                "2568/surveys/")
    page.goto(_material_page(tmp_path, body, dark=dark))
    boxes = [svg.bounding_box() for svg in page.locator("svg.ita-qr").all()]
    assert len(boxes) == 2 and all(box["width"] <= 170 for box in boxes)  # compact
    assert decode_qr(_screenshot(page)) == sorted([links.iit, links.eit])


def test_missing_links_page_shows_notice_and_no_code(tmp_path, page):
    body = survey_page_body(AGENCY, 2568, SurveyLinks(), {})
    page.goto(_material_page(tmp_path, body, dark=False))
    assert page.locator("svg").count() == 0
    assert "ยังไม่ได้เผยแพร่ลิงก์แบบวัด" in page.inner_text(".ita-surveys__pending")
    assert decode_qr(_screenshot(page)) == []


def test_poster_prints_on_one_a4_portrait_sheet_with_a_12_cm_code(tmp_path, page):
    code = QrCache(tmp_path / "cache").get(LINKS.eit)
    body = survey_poster_body(AGENCY, 2568, SurveyKind.EIT, LINKS.eit,
                              code.svg_inline(survey_qr_label(SurveyKind.EIT, LINKS.eit)))
    page.goto(_material_page(tmp_path, body, dark=True))
    assert page.locator(".ita-poster__print").is_visible()
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar", ".md-footer", ".ita-poster__actions"):
        assert not page.locator(chrome).is_visible(), chrome
    width = page.locator(".ita-poster svg.ita-qr").bounding_box()["width"]
    assert width == pytest.approx(12 * CM, abs=2)
    page.set_viewport_size({"width": round(18 * CM), "height": round(26.7 * CM)})
    assert decode_qr(_screenshot(page)) == [LINKS.eit]

    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert len(boxes) == 1, "the poster must fit on one sheet"
    assert [round(float(v)) for v in boxes[0]] == [595, 842]  # A4 portrait in points


def test_other_pages_keep_their_own_paper(tmp_path, page):
    """The poster's @page is named: a page without a poster is not forced onto it."""
    body = survey_page_body(AGENCY, 2568, LINKS, _assets(QrCache(tmp_path / "cache")))
    page.goto(_material_page(tmp_path, body, dark=False))
    pdf = page.pdf(prefer_css_page_size=True, width="11in", height="8.5in")
    sizes = {tuple(round(float(v)) for v in box)
             for box in re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)}
    assert sizes == {(792, 612)}  # the size asked for, not A4


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_survey_page_passes_axe_accessibility_checks(tmp_path, page, dark):
    from axe_playwright_python.sync_playwright import Axe

    body = survey_page_body(AGENCY, 2568, LINKS, _assets(QrCache(tmp_path / "cache")))
    page.goto(_material_page(tmp_path, body, dark=dark))
    results = Axe().run(page, context={"include": [[".ita-surveys"]]})
    assert results.violations_count == 0, results.generate_report()
