"""HTML of the survey page, the compact block and the poster: valid, escaped, in Thai."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from ita_site.pages.surveys import (
    SurveyCodeAssets,
    survey_codes_compact,
    survey_download_name,
    survey_files,
    survey_page_body,
    survey_page_title,
    survey_poster_body,
    survey_poster_title,
    survey_qr_label,
)
from ita_site.surveys.cache import QrCache
from ita_site.surveys.links import SurveyKind, SurveyLinks
from ita_site.surveys.qr import encode_qr

from tests.vnu import vnu_messages

from .conftest import decode_qr

IIT, EIT = SurveyKind.IIT, SurveyKind.EIT
IIT_URL = "https://itas.nacc.go.th/go/iit/x0demo"
EIT_URL = "https://itas.nacc.go.th/go/eit/x0demo?a=1&b=2"
LINKS = SurveyLinks(IIT_URL, EIT_URL)
AGENCY = "องค์การบริหารส่วนตำบลบ้านตัวอย่าง"
IIT_LABEL = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"
EIT_LABEL = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


def assets_for(links: SurveyLinks) -> dict[SurveyKind, SurveyCodeAssets]:
    return {kind: SurveyCodeAssets(svg=encode_qr(url).svg_inline(survey_qr_label(kind, url)),
                                   svg_href=f"{kind.value}.svg", png_href=f"{kind.value}.png",
                                   poster_href=f"{kind.value}/")
            for kind, url in links.published()}


class _Structure(HTMLParser):
    """Collects tags, ids, texts and attributes, and fails on unbalanced markup."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):  # <rect .../> inside svg
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(fragment: str) -> _Structure:
    structure = _Structure()
    structure.feed(fragment)
    structure.close()
    assert structure.stack == [], f"unclosed: {structure.stack}"
    assert len(structure.ids) == len(set(structure.ids)), "ids must be unique"
    return structure


def test_survey_page_shows_both_codes_labels_links_and_files():
    html = survey_page_body(AGENCY, 2568, LINKS, assets_for(LINKS))
    page = parse(html)
    text = " ".join(page.text)
    assert IIT_LABEL in text and EIT_LABEL in text and AGENCY in text and "2568" in text
    assert [a for t, a in page.tags if t == "svg" and a.get("role") == "img"].__len__() == 2
    hrefs = [a.get("href") for t, a in page.tags if t == "a"]
    assert hrefs.count(IIT_URL) == 2 and hrefs.count(EIT_URL) == 2  # the link as text and a button
    assert IIT_URL in text and EIT_URL in text
    assert {"iit.svg", "iit.png", "eit.svg", "eit.png", "iit/", "eit/"} <= set(hrefs)
    downloads = [a["download"] for t, a in page.tags if t == "a" and "download" in a]
    assert sorted(downloads) == sorted(survey_download_name(k, 2568, e)
                                       for k in SurveyKind for e in ("svg", "png"))
    assert "วิธีตอบแบบวัด" in text and "https://itas.nacc.go.th" in text
    assert page.tags[0] == ("div", {"class": "ita-surveys", "lang": "th"})
    classes = {c for _, a in page.tags for c in a.get("class", "").split()
               if not c.startswith("md-") and a.get("class")}
    assert all(c.startswith("ita-") for c in classes), classes


def test_missing_survey_setting_says_not_yet_published_and_draws_no_code():
    html = survey_page_body(AGENCY, 2568, SurveyLinks(), {})
    page = parse(html)
    assert "<svg" not in html and "<a" not in html
    assert "ยังไม่ได้เผยแพร่ลิงก์แบบวัด IIT และ EIT ของปี พ.ศ. 2568" in " ".join(page.text)
    compact = survey_codes_compact(2568, SurveyLinks(), {}, "2568/surveys/")
    assert "<svg" not in compact and "ยังไม่ได้เผยแพร่" in compact


def test_one_missing_link_draws_only_the_other_code():
    links = SurveyLinks(eit=EIT_URL)
    html = survey_page_body(AGENCY, 2568, links, assets_for(links))
    assert html.count("<svg") == 1 and IIT_URL not in html
    iit_card = html.split('ita-survey--iit"')[1].split("</section>")[0]
    assert "ยังไม่ได้เผยแพร่ลิงก์แบบวัดนี้" in iit_card and "<svg" not in iit_card


def test_all_text_is_escaped():
    hostile_agency = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    html = survey_page_body(hostile_agency, 2568, LINKS, assets_for(LINKS))
    poster = survey_poster_body(hostile_agency, 2568, EIT, EIT_URL, assets_for(LINKS)[EIT].svg)
    for fragment in (html, poster):
        assert "<script" not in fragment and "<img" not in fragment
        assert "&lt;script&gt;" in fragment
        assert 'href="https://itas.nacc.go.th/go/eit/x0demo?a=1&amp;b=2"' in fragment or \
            fragment is poster
    assert "https://itas.nacc.go.th/go/eit/x0demo?a=1&amp;b=2" in poster


def test_markup_other_than_our_svg_is_refused():
    bad = SurveyCodeAssets(svg="<img src=x onerror=alert(1)>", svg_href="a", png_href="b")
    with pytest.raises(ValueError):
        survey_page_body(AGENCY, 2568, SurveyLinks(iit=IIT_URL), {IIT: bad})
    with pytest.raises(ValueError):  # a published link without its code is a programming error
        survey_page_body(AGENCY, 2568, LINKS, {})


def test_compact_block_has_both_codes_linking_to_surveys_and_to_the_page():
    html = survey_codes_compact(2568, LINKS, assets_for(LINKS), "../2568/surveys/", heading_level=3)
    page = parse(html)
    assert html.count("<svg") == 2 and "<h3" in html
    hrefs = [a.get("href") for t, a in page.tags if t == "a"]
    assert hrefs == [IIT_URL, EIT_URL, "../2568/surveys/"]
    text = " ".join(page.text)
    assert IIT_LABEL in text and EIT_LABEL in text and "2568" in text


def test_poster_names_agency_year_survey_and_link():
    svg = assets_for(LINKS)[IIT].svg
    html = survey_poster_body(AGENCY, 2568, IIT, IIT_URL, svg)
    page = parse(html)
    text = " ".join(page.text)
    assert AGENCY in text and IIT_LABEL in text and "พ.ศ. 2568" in text and IIT_URL in text
    assert html.count("<svg") == 1 and "<h1" in html
    assert page.tags[0] == ("article", {"class": "ita-poster ita-poster--iit", "lang": "th"})
    assert survey_poster_title(IIT, 2568) == "โปสเตอร์แบบวัด IIT ประจำปี พ.ศ. 2568"
    assert survey_page_title(2568) == "แบบวัด IIT และ EIT ประจำปี พ.ศ. 2568"


def test_css_has_the_classes_the_fragments_use_and_a_scoped_a4_poster_page():
    from .conftest import SURVEYS_CSS

    css = SURVEYS_CSS.read_text(encoding="utf-8")
    html = (survey_page_body(AGENCY, 2568, LINKS, assets_for(LINKS))
            + survey_codes_compact(2568, LINKS, assets_for(LINKS), "s/")
            + survey_poster_body(AGENCY, 2568, IIT, IIT_URL, assets_for(LINKS)[IIT].svg)
            + survey_page_body(AGENCY, 2569, SurveyLinks(), {}))
    used = {c for _, a in parse(html).tags for c in (a.get("class") or "").split()
            if c.startswith("ita-")}
    layout = {"ita-qr", "ita-qr-frame", "ita-surveys__grid", "ita-survey", "ita-surveys__pending",
              "ita-survey-compact__codes", "ita-survey-compact__item", "ita-poster",
              "ita-poster__actions", "ita-poster__url"}
    assert layout <= used
    assert not {c for c in layout if f".{c} " not in css and f".{c}," not in css}
    assert "@page ita-poster" in css and "size: A4 portrait" in css
    assert "page: ita-poster" in css and "12cm" in css
    assert "\n@page {" not in css  # an unnamed @page would change every printed page


def test_fragments_are_valid_html(tmp_path):
    body = "\n".join([
        survey_page_body(AGENCY, 2568, LINKS, assets_for(LINKS)),
        survey_codes_compact(2568, LINKS, assets_for(LINKS), "2568/surveys/"),
        survey_page_body(AGENCY, 2569, SurveyLinks(), {}),
    ])
    poster = survey_poster_body(AGENCY, 2568, EIT, EIT_URL, assets_for(LINKS)[EIT].svg)
    files = []
    for name, content in (("page.html", body), ("poster.html", poster)):
        path = tmp_path / name
        path.write_text('<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8">'
                        f"<title>t</title></head><body>{content}</body></html>", encoding="utf-8")
        files.append(path)
    messages = vnu_messages(files, errors_only=False)
    assert messages == [], "\n".join(f"{m.get('type')}: {m.get('message')}" for m in messages)


def test_survey_files_gives_page_assets_and_downloadable_files(tmp_path):
    assets, files = survey_files(SurveyLinks(eit=EIT_URL), QrCache(tmp_path))
    assert set(assets) == {EIT} and set(files) == {"qr-eit.svg", "qr-eit.png"}
    assert decode_qr(files["qr-eit.png"]) == [EIT_URL]
    assert files["qr-eit.svg"].startswith(b"<?xml") and assets[EIT].svg.startswith("<svg ")
    assert (assets[EIT].svg_href, assets[EIT].png_href, assets[EIT].poster_href) == \
        ("qr-eit.svg", "qr-eit.png", "poster-eit/")
    html = survey_page_body(AGENCY, 2568, SurveyLinks(eit=EIT_URL), assets)
    assert 'href="qr-eit.png"' in html and 'href="poster-eit/"' in html
