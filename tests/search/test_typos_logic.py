"""Forgiving search (typos.js) run in Chromium: misspelt Thai queries lead to the meant pages."""

from __future__ import annotations

import pytest

from ita_site.search import build_thai_index
from tests.search.sitefixture import THEME

pytestmark = pytest.mark.browser

SCRIPTS = [THEME / "assets/javascripts/search/thai-search.js",
           THEME / "assets/javascripts/search/typos.js"]

DOCS = [
    ("land/", "ภาษีที่ดินและสิ่งปลูกสร้าง", "<p>ชำระภาษีที่ดินได้ที่กองคลัง</p>"),
    ("news/", "ข่าวสารประชาสัมพันธ์", "<p>ประกาศ ข่าวสาร ประจำสัปดาห์</p>"),
    ("budget/", "งบประมาณรายจ่ายประจำปี", "<p>ประกาศใช้ข้อบัญญัติงบประมาณ</p>"),
    ("permit/", "การขออนุญาตก่อสร้างอาคาร", "<p>ยื่นคำขออนุญาตที่กองช่าง</p>"),
    ("old/", "ข้อความเก่า", "<p>ประกาสรับสมัครงาน</p>"),
    ("tax/", "ภาษีป้าย", "<p>ประกาศอัตราภาษีป้าย</p>"),
]

# typed -> (meant, pages holding the meant word)
TYPOS = {
    "ทีดิน": ("ที่ดิน", {"land/"}),
    "ขาวสาร": ("ข่าวสาร", {"news/"}),
    "งบประมาน": ("งบประมาณ", {"budget/"}),
    "อนุญาติ": ("อนุญาต", {"permit/"}),
    "ประชาสัมพันท์": ("ประชาสัมพันธ์", {"news/"}),
    "สิ่งปลุกสร้าง": ("สิ่งปลูกสร้าง", {"land/"}),
}


@pytest.fixture(scope="module")
def js(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<html><body></body></html>")
    for script in SCRIPTS:
        page.add_script_tag(content=script.read_text(encoding="utf-8"))
    material = {"docs": [{"location": l, "title": t, "text": x} for l, t, x in DOCS]}
    page.evaluate("data => { self.index = ThaiSearch.createIndex(data) }",
                  build_thai_index(material))
    yield page
    context.close()


def forgiving(js, query: str) -> tuple[list[str], str | None]:
    result = js.evaluate("q => ThaiSearchTypos.search(self.index, q)", query)
    return [item[0]["location"] for item in result["items"]], result.get("showing")


def holds(location: str, word: str) -> bool:
    return any(l == location and (word in t or word in x) for l, t, x in DOCS)


@pytest.mark.parametrize("typed", list(TYPOS))
def test_a_misspelt_word_leads_to_the_pages_of_the_meant_word(js, typed):
    meant, pages = TYPOS[typed]
    found, showing = forgiving(js, typed)
    assert showing == meant
    assert set(found) == pages


def test_exact_matches_come_before_guesses_and_no_page_lacks_both_words(js):
    found, showing = forgiving(js, "ประกาส")
    assert showing == "ประกาศ"
    assert found[0] == "old/"
    assert set(found[1:]) == {"news/", "budget/", "tax/"}
    for location in found:
        assert holds(location, "ประกาส") or holds(location, "ประกาศ")


def test_a_well_spelt_query_is_not_respelt(js):
    assert forgiving(js, "ที่ดิน") == (["land/"], None)
    # A word cut short is still inside the whole word: found as typed
    assert forgiving(js, "สัปดาห") == (["news/"], None)
    assert forgiving(js, "ประกาศ")[1] is None


def test_a_word_the_site_does_not_hold_finds_nothing(js):
    assert forgiving(js, "เครื่องบิน") == ([], None)
    assert forgiving(js, "zzz") == ([], None)


def test_only_the_misspelt_word_of_a_query_is_respelt(js):
    found, showing = forgiving(js, "ภาษี ทีดิน")
    assert (found, showing) == (["land/"], "ภาษี ที่ดิน")


def test_skeleton_and_distance(js):
    assert js.evaluate("ThaiSearchTypos.skeleton('ที่ดิน') === ThaiSearchTypos.skeleton('ทีดิน')")
    assert js.evaluate("ThaiSearchTypos.skeleton('ประกาศ') === ThaiSearchTypos.skeleton('ประกาส')")
    assert js.evaluate("ThaiSearchTypos.distance('อนุญาต', 'อนุญาติ', 2)") == 1
    assert js.evaluate("ThaiSearchTypos.distance('กข', 'ขก', 2)") == 1
    assert js.evaluate("ThaiSearchTypos.distance('กกกก', 'ขขขข', 1)") == 2
