"""Lists inside cells: numbered items, HTML list tags, numbers that are not items."""

from hypothesis import given
from hypothesis import strategies as st

from ita_site.importer.cells import entries, split_items, starts_item
from ita_site.importer.html_text import paragraphs_from_html, strip_tags
from ita_site.importer.sources.pdf_text import read_cell
from ita_site.importer.source import squeeze


def test_inline_numbers_become_entries_with_their_numbers():
    assert split_items("1. จัดทำคู่มือ 2. ทบทวนคู่มือ 3. ประชาสัมพันธ์") == [
        "1. จัดทำคู่มือ", "2. ทบทวนคู่มือ", "3. ประชาสัมพันธ์"]


def test_thai_digits_stay_thai():
    assert split_items("๑.จัดให้มีการเปิดเผยข้อมูล ๒.สร้างระบบการประเมิน") == [
        "๑.จัดให้มีการเปิดเผยข้อมูล", "๒.สร้างระบบการประเมิน"]


def test_parenthesis_numbers():
    assert split_items("1) จัดทำสื่อ 2) เผยแพร่คู่มือ") == ["1) จัดทำสื่อ", "2) เผยแพร่คู่มือ"]
    assert split_items("(1) จัดทำสื่อ (2) เผยแพร่คู่มือ") == ["(1) จัดทำสื่อ", "(2) เผยแพร่คู่มือ"]


def test_numbers_that_are_not_items_stay_in_the_text():
    text = "2. ผลการประเมิน ITA ได้คะแนน 97.11 คะแนน ประจำปี พ.ศ.2567 ครั้งที่ 1/2566 ปีละ 2 ครั้ง"
    assert split_items(text) == [text]
    # "3." only splits when it follows "2.": a stray number mid-sentence stays.
    assert split_items("1. ทำตามข้อ 3. ของระเบียบ 2. รายงานผล") == ["1. ทำตามข้อ 3. ของระเบียบ", "2. รายงานผล"]


def test_a_continued_list_may_start_after_1():
    assert split_items("8. บริหารจัดการเรื่องร้องเรียน 9. เผยแพร่ข้อมูลสถิติ") == [
        "8. บริหารจัดการเรื่องร้องเรียน", "9. เผยแพร่ข้อมูลสถิติ"]


def test_inline_bullets_split_but_dashes_do_not():
    assert split_items("• จัดทำคู่มือ • ทบทวนคู่มือ") == ["• จัดทำคู่มือ", "• ทบทวนคู่มือ"]
    assert split_items("ชื่อ -นามสกุล ตำแหน่ง - รูปถ่าย") == ["ชื่อ -นามสกุล ตำแหน่ง - รูปถ่าย"]


def test_a_list_going_on_from_the_row_above():
    assert split_items("งบประมาณ พ.ศ. 2567 3. ประชุม", next_number=3) == ["งบประมาณ พ.ศ. 2567", "3. ประชุม"]
    assert split_items("งบประมาณ พ.ศ. 2567 5. ประชุม", next_number=3) == ["งบประมาณ พ.ศ. 2567 5. ประชุม"]


def test_introduction_before_the_first_item_is_kept():
    assert split_items("ดำเนินการดังนี้ 1. ประชุม 2. รายงาน") == ["ดำเนินการดังนี้", "1. ประชุม", "2. รายงาน"]


def test_html_paragraphs_and_list_items():
    cell = read_cell("<ol><li>จัดทำคู่มือ</li><li>ทบทวน &amp; ปรับปรุง</li></ol>")
    assert [(e.text, e.starts_item) for e in entries(cell)] == [
        ("จัดทำคู่มือ", True), ("ทบทวน & ปรับปรุง", True)]
    cell = read_cell("<p><b>๒.การใช้งบประมาณ</b></p>")
    assert cell.text == "๒.การใช้งบประมาณ"


def test_ol_without_li_keeps_inline_numbers():
    cell = read_cell('<ol style="list-style-type: none"> 1. จัดทำคู่มือ 2. ทบทวนคู่มือ ')
    assert [e.text for e in entries(cell)] == ["1. จัดทำคู่มือ", "2. ทบทวนคู่มือ"]


def test_link_address_kept_when_the_text_does_not_show_it():
    [p] = paragraphs_from_html('<p>ดูที่ <a href="https://example.go.th/e-service">ระบบบริการ</a> นี้</p>')
    assert p.text == "ดูที่ ระบบบริการ (https://example.go.th/e-service) นี้"
    [p] = paragraphs_from_html('<p>(<a href="http://www.ronthong.go.th">www.ronthong.go.th</a>)</p>')
    assert p.text == "(www.ronthong.go.th)"


def test_text_with_a_lone_less_than_is_not_html():
    assert strip_tags("คะแนน < 85 ต้องปรับปรุง") == "คะแนน < 85 ต้องปรับปรุง"


def test_starts_item():
    assert starts_item("๓.แสดงแผน") and starts_item("- ประกาศ") and starts_item("(2) รายงาน")
    assert not starts_item("หน่วยงานโดยมีข้อมูล") and not starts_item("2568 ปีงบประมาณ")


_words = st.text(alphabet="กขคงจฉชซญฎฏดตถทนบปผพฟภมยรลวศษสหอฮะาิีึืุูเแโใไ่้๊๋็์ ,/-()", min_size=1, max_size=30)


@given(st.lists(_words.filter(lambda w: w.strip()), min_size=1, max_size=6), st.booleans())
def test_numbered_items_split_back_into_the_items_written(items, thai_digits):
    digits = "๐๑๒๓๔๕๖๗๘๙" if thai_digits else "0123456789"
    numbered = [f"{''.join(digits[int(d)] for d in str(n))}. {item.strip()}" for n, item in enumerate(items, 1)]
    text = " ".join(numbered)
    found = split_items(text)
    assert squeeze("".join(found)) == squeeze(text)  # nothing lost, nothing added
    if len(items) > 1:
        assert [squeeze(f) for f in found] == [squeeze(n) for n in numbered]


@given(st.text(max_size=200))
def test_splitting_never_loses_or_adds_text(text):
    assert squeeze("".join(split_items(text))) == squeeze(text)
