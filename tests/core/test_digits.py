from hypothesis import given, strategies as st

from ita_site.text.digits import parse_int, parse_number, to_arabic, to_thai


def test_thai_and_arabic_digits_read_the_same():
    assert parse_int("๒๕๖๘") == 2568
    assert parse_int(" 12 ") == 12
    assert parse_number("๙๕.๔๒") == 95.42
    assert parse_number("1,234.5") == 1234.5


def test_words_and_booleans_are_not_numbers():
    assert parse_int("สิบ") is None
    assert parse_int(True) is None
    assert parse_number("95.4.2") is None
    assert parse_number(None) is None


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_any_integer_in_thai_digits_parses_back(n):
    assert parse_int(to_thai(str(n))) == n


@given(st.text())
def test_digit_conversion_round_trips_and_touches_nothing_else(text):
    arabic = to_arabic(text)
    assert to_arabic(to_thai(arabic)) == arabic
    assert len(arabic) == len(text)


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False))
def test_scores_in_either_digit_system_parse_equal(value):
    written = f"{value:.2f}"
    assert parse_number(to_thai(written)) == parse_number(written) == float(written)
