"""Thai word boundaries marked at build time."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_site.search.normalize import WORD_BOUNDARY
from ita_site.search.segmenter import ThaiWordSegmenter, segment_text_for_index

THAI_MARKS = {c for c in map(chr, range(0x0E01, 0x0E5C)) if unicodedata.category(c) == "Mn"}


@pytest.fixture(scope="module")
def segmenter() -> ThaiWordSegmenter:
    return ThaiWordSegmenter.default()


def words(text: str, segmenter: ThaiWordSegmenter) -> list[str]:
    return segment_text_for_index(text, segmenter).split(WORD_BOUNDARY)


def test_a_sentence_is_split_into_its_words(segmenter):
    assert words("เจ้าหน้าที่ป้องกันการทุจริต", segmenter) == [
        "เจ้า", "หน้า", "ที่", "ป้องกัน", "การ", "ทุจริต"]


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("ปีงบประมาณ", ["ปี", "งบ", "ประมาณ"]),
        ("รับสินบน", ["รับ", "สินบน"]),
        ("จัดซื้อจัดจ้าง", ["จัดซื้อ", "จัดจ้าง"]),
        ("หน่วยงาน", ["หน่วย", "งาน"]),
    ],
)
def test_compounds_are_also_split_into_their_parts(segmenter, compound, parts):
    assert words(compound, segmenter) == parts


def test_short_words_are_not_cut_into_syllables(segmenter):
    """โครงการ is never โค|รง|การ: that over-splitting would invent words."""
    assert words("โครงการ", segmenter) == ["โครงการ"]
    assert "โค" not in words("โครงการป้องกันการทุจริต", segmenter)
    assert words("ทุจริต", segmenter) == ["ทุจริต"]
    assert words("ประจำ", segmenter) == ["ประจำ"]


def test_codes_numbers_and_latin_text_are_left_alone(segmenter):
    text = "OIT ข้อ O28 และ i13 ปี ๒๕๖๘ (2568) E-Service"
    marked = segment_text_for_index(text, segmenter)
    for token in ["O28", "i13", "๒๕๖๘", "2568", "E-Service", "OIT"]:
        assert token in marked


def test_site_words_stay_whole():
    """A place name missing from the dictionary is cut into syllables unless the site adds it."""
    plain = ThaiWordSegmenter.default()
    with_name = ThaiWordSegmenter.with_extra_words(["ดอนตะหนิน"])
    assert len(words("ตำบลดอนตะหนิน", plain)) > 2
    assert words("ตำบลดอนตะหนิน", with_name) == ["ตำบล", "ดอนตะหนิน"]


THAI_TEXT = st.text(
    alphabet=st.sampled_from(list("กขคงจชซดตทนบปพมยรลวสหอะัาำิีึืุูเแโใไ่้๊๋็์๐๑๒ 0123O.\n")),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(THAI_TEXT)
def test_marks_only_add_boundaries(text):
    """Removing the marks gives the text back; a mark never sits before a vowel or tone mark."""
    segmenter = ThaiWordSegmenter.default()
    marked = segment_text_for_index(text, segmenter)
    assert marked.replace(WORD_BOUNDARY, "") == text
    for before, after in zip(marked, marked[1:]):
        if before == WORD_BOUNDARY:
            assert after not in THAI_MARKS
            assert after != WORD_BOUNDARY
    assert not marked.startswith(WORD_BOUNDARY) and not marked.endswith(WORD_BOUNDARY)


@settings(max_examples=100, deadline=None)
@given(THAI_TEXT)
def test_boundaries_are_inside_runs_of_thai_letters(text):
    segmenter = ThaiWordSegmenter.default()
    for offset in segmenter.boundaries(text):
        assert 0 < offset < len(text)
        assert "\u0e01" <= text[offset - 1] <= "\u0e4f" and "\u0e01" <= text[offset] <= "\u0e4f"
