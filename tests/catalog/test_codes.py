"""Codes are one spelling everywhere: `o1`, `O1`, `O01`, `O๑` all mean O1."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_site.catalog import compact_codes, normalize_code
from ita_site.text.digits import to_thai


@pytest.mark.parametrize("raw, code", [
    ("O1", "O1"), ("o1", "O1"), ("O01", "O1"), (" O1 ", "O1"), ("O๑", "O1"), ("o๐๑", "O1"),
    ("O ๒๖", "O26"), ("O43", "O43"), ("I10", "i10"), ("i10", "i10"), ("E7", "e7"),
    ("e07", "e7"), ("i๓๐", "i30"),
])
def test_spellings_of_a_code_meet(raw, code):
    assert normalize_code(raw) == code


@pytest.mark.parametrize("raw", [
    "", "O", "O0", "O00", "X1", "OIT", "O1a", "1", "O-1", "O1.5", "O 1 2", "ข้อ O1", "O1234",
    None, 1, True,
])
def test_what_is_not_a_code_gives_none(raw):
    assert normalize_code(raw) is None


letters = st.sampled_from("OoIiEe")
canonical_letter = {"O": "O", "o": "O", "I": "i", "i": "i", "E": "e", "e": "e"}


@given(letter=letters, number=st.integers(1, 999), zeros=st.integers(0, 2),
       thai=st.booleans(), pad=st.sampled_from(["", " ", "  ", "\t"]))
def test_any_spelling_normalises_to_letter_and_plain_number(letter, number, zeros, thai, pad):
    digits = "0" * zeros + str(number)
    if len(digits) > 3:
        digits = str(number)
    if thai:
        digits = to_thai(digits)
    assert normalize_code(f"{pad}{letter}{digits}{pad}") == f"{canonical_letter[letter]}{number}"


@given(st.text(max_size=8))
def test_normalising_twice_changes_nothing(raw):
    once = normalize_code(raw)
    assert once is None or normalize_code(once) == once


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=6))
def test_text_without_digits_is_never_a_code(raw):
    assert normalize_code(raw) is None


def test_compact_codes_lists_runs_in_sheet_order():
    codes = [f"O{n}" for n in range(1, 29)] + [f"i{n}" for n in range(1, 31)] + ["e2", "e1"]
    assert compact_codes(codes) == "i1–i30, e1, e2, O1–O28"
    assert compact_codes(["O1", "O2", "O3", "O5", "O7", "O8", "O9"]) == "O1–O3, O5, O7–O9"
    assert compact_codes([]) == ""


@given(st.sets(st.integers(1, 60), min_size=1))
def test_compact_codes_names_every_code_and_no_other(numbers):
    text = compact_codes([f"O{n}" for n in numbers])
    named = set()
    for part in text.split(", "):
        first, _, last = part.partition("–")
        named.update(range(int(first[1:]), int((last or first)[1:]) + 1))
    assert named == numbers
