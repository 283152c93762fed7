"""Cleaning and folding: what makes a typed query and the page text comparable."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ita_site.search.normalize import clean_text, fold_for_match, normalize_query
from ita_site.text.digits import to_thai

# Thai letters, marks and digits, ASCII, spaces of several kinds, zero-width characters.
TEXTISH = st.text(
    alphabet=st.sampled_from(
        list("กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะัาำิีึืุูเแโใไ่้๊๋็์ํ๐๑๒๓๔๕๖๗๘๙")
        + list("abcXYZ0189 .-/()")
        + ["\n", "\t", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u00ad", "\u2028"]
    ),
    max_size=60,
)


def test_thai_and_arabic_digits_fold_to_the_same_text():
    assert fold_for_match("ปี ๒๕๖๘") == fold_for_match("ปี 2568") == "ปี 2568"


@given(st.integers(min_value=0, max_value=10**12))
def test_any_number_in_thai_digits_folds_to_its_arabic_form(number):
    assert fold_for_match(to_thai(str(number))) == str(number)


@given(TEXTISH)
def test_folding_keeps_every_position(text):
    """A match found in folded text is highlighted at the same place in the shown text."""
    assert len(fold_for_match(text)) == len(text)
    assert fold_for_match(fold_for_match(text)) == fold_for_match(text)


def test_codes_match_in_either_case():
    assert fold_for_match("O28 ITA i13") == "o28 ita i13"


def test_thai_typed_two_ways_becomes_one():
    # SARA AM typed as NIKHAHIT + SARA AA, SARA AE typed as two SARA E
    assert clean_text("ดํา\u0e40\u0e40ผน") == "ดำแผน"
    assert normalize_query("ดํา\u0e40\u0e40ผน") == normalize_query("ดำแผน")


def test_zero_width_characters_do_not_hide_a_word():
    assert clean_text("งบ\u200bประ\ufeffมาณ") == "งบประมาณ"


def test_blocks_stay_on_their_own_lines_and_spaces_collapse():
    assert clean_text("  ก\u00a0\u00a0ข \n\n  ค\t ") == "ก ข\nค"


@given(TEXTISH)
def test_cleaning_twice_changes_nothing(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\u200b" not in once and not once.startswith((" ", "\n")) and not once.endswith((" ", "\n"))


@given(TEXTISH)
def test_a_query_is_one_line_of_single_spaces(text):
    query = normalize_query(text)
    assert "\n" not in query and "  " not in query
    assert query == query.strip(" ")
    assert normalize_query(query) == query
