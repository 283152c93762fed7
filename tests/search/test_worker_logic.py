"""The browser half of Thai search (thai-search.js), run in Chromium against the Python half."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_site.search import build_thai_index, normalize_query
from tests.search.sitefixture import THEME

pytestmark = pytest.mark.browser

SCRIPT = THEME / "assets/javascripts/search/thai-search.js"

DOCS = [
    ("2568/oit/o28/", "O28 รายงานผลการดำเนินการ", "<p>ใช้รายงานผลของปีงบประมาณ พ.ศ. 2567</p>"),
    ("2568/oit/o2/", "O2 ข้อมูลผู้บริหาร", "<p>รายชื่อผู้บริหาร ปี ๒๕๖๘</p>"),
    ("2568/measures/bribery/", "มาตรการป้องกันการรับสินบน", "<p>ติดป้ายค่าธรรมเนียมทุกจุด</p>"),
    ("2568/measures/bribery/#ผล", "ผลการดำเนินการ", "<p>ไม่พบการเรียกรับสินบน</p>"),
    ("news/", "ข่าว", "<p>เจ้าหน้าที่อบรมเรื่องสินบนและการทุจริต ตามมาตรการ</p>"),
    ("2567/", "ปี 2567", "<p>โครงสร้างและอำนาจหน้าที่ ตามาตรฐาน</p>"),
]


@pytest.fixture(scope="module")
def js(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<html><body></body></html>")
    page.add_script_tag(content=SCRIPT.read_text(encoding="utf-8"))
    material = {"docs": [{"location": l, "title": t, "text": x} for l, t, x in DOCS]}
    page.evaluate("data => { self.index = ThaiSearch.createIndex(data) }",
                  build_thai_index(material))
    yield page
    context.close()


def search(js, query: str) -> list[str]:
    return js.evaluate("q => ThaiSearch.search(self.index, q).items.map(i => i[0].location)", query)


QUERY_TEXT = st.text(
    alphabet=st.sampled_from(
        list("กขงจดตทนบปมยรลวสหอะัาำิีุูเแโใไ่้๊๋็์ํ๐๑๒๓๕๙")
        + list("aAzZ09 .-\"+*")
        + ["\n", "\t", "\u00a0", "\u2003", "\u3000", "\u200b", "\ufeff", "\u00ad", "\u2028", "\x85"]
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERY_TEXT)
def test_browser_and_build_normalise_queries_alike(js, text):
    assert js.evaluate("t => ThaiSearch.normalizeQuery(t)", text) == normalize_query(text)


def test_a_word_is_found_mid_sentence_and_title_matches_rank_first(js):
    assert search(js, "สินบน") == ["2568/measures/bribery/", "news/"]


def test_digits_of_either_kind_find_each_other(js):
    assert search(js, "๒๕๖๗") == search(js, "2567") == ["2567/", "2568/oit/o28/"]
    assert search(js, "2568") == ["2568/oit/o2/"]


def test_codes_match_whole_codes_only(js):
    assert search(js, "O2") == ["2568/oit/o2/"]
    assert search(js, "o28") == ["2568/oit/o28/"]


def test_every_word_of_a_query_must_be_on_the_page(js):
    assert search(js, "สินบน ทุจริต") == ["news/"]
    assert search(js, "สินบน -ทุจริต") == ["2568/measures/bribery/"]


def test_a_word_inside_another_word_ranks_below_a_whole_word(js):
    """"ตา" (eye) is in ตาม (according to) only by accident: still found, ranked after."""
    material = {"docs": [
        {"location": "law/", "title": "ก", "text": "<p>ปฏิบัติตามกฎหมาย</p>"},
        {"location": "eye/", "title": "ข", "text": "<p>ล้างตาด้วยน้ำสะอาด</p>"},
    ]}
    js.evaluate("data => { self.eyes = ThaiSearch.createIndex(data) }", build_thai_index(material))
    assert js.evaluate("ThaiSearch.search(self.eyes, 'ตา').items.map(i => i[0].location)") == [
        "eye/", "law/"]


def test_results_carry_highlighted_titles_and_snippets(js):
    page = js.evaluate("ThaiSearch.search(self.index, 'สินบน').items[0]")
    assert page[0]["title"] == "มาตรการป้องกันการรับ<mark>สินบน</mark>"
    assert "<mark>สินบน</mark>" in page[0]["text"]
    assert page[0]["terms"] == {"สินบน": True}


def test_html_in_the_text_is_shown_as_text(js):
    js.evaluate("""() => { self.html = ThaiSearch.createIndex({docs: [
        ["x/", "หัวข้อ", "ค่า <b>ตัวหนา</b> & \\"อ้าง\\""]]}) }""")
    text = js.evaluate("ThaiSearch.search(self.html, 'ตัวหนา').items[0][0].text")
    assert "&lt;b&gt;<mark>ตัวหนา</mark>&lt;/b&gt;" in text and "&amp;" in text


def test_materials_own_index_can_be_searched_too(js):
    docs = [{"location": "a/", "title": "ประกาศ", "text": "<p>การจัดซื้อจัดจ้าง &amp; พัสดุ</p>"}]
    found = js.evaluate("""docs => ThaiSearch.search(
        ThaiSearch.createIndex(ThaiSearch.fromMaterialDocs(docs)), 'จัดจ้าง').items.length""", docs)
    assert found == 1
