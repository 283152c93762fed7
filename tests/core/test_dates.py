import datetime as dt

from hypothesis import given, strategies as st

from ita_site.text.dates import (MONTHS_ABBR, MONTHS_FULL, fiscal_year, fiscal_year_bounds,
                                 format_thai_date, parse_date)
from ita_site.text.digits import to_thai


def test_forms_agencies_write():
    assert parse_date("2567-10-01") == dt.date(2024, 10, 1)  # B.E. ISO
    assert parse_date("2024-10-01") == dt.date(2024, 10, 1)  # C.E. ISO
    assert parse_date("1 ต.ค. 2567") == dt.date(2024, 10, 1)
    assert parse_date("๓๐ กันยายน ๒๕๖๘") == dt.date(2025, 9, 30)
    assert parse_date("ต.ค. 67") == dt.date(2024, 10, 1)
    assert parse_date("31/03/2568") == dt.date(2025, 3, 31)
    assert parse_date("มีนาคม 2568") == dt.date(2025, 3, 1)


def test_leap_day_of_a_be_year_is_read_in_ce():
    # 2567 B.E. is 2024 C.E., a leap year; 2567 read as C.E. would not be.
    assert parse_date("2567-02-29") == dt.date(2024, 2, 29)
    assert parse_date("2566-02-29") is None


def test_not_dates():
    for text in ("ตลอดปีงบประมาณ", "2568", "32 ต.ค. 2567", "", "13/13/2567"):
        assert parse_date(text) is None, text


def test_fiscal_year_runs_october_to_september():
    assert fiscal_year(dt.date(2024, 10, 1)) == 2568
    assert fiscal_year(dt.date(2025, 9, 30)) == 2568
    assert fiscal_year_bounds(2568) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))


def test_thai_date_format():
    assert format_thai_date(dt.date(2025, 3, 31)) == "31 มีนาคม 2568"
    assert format_thai_date(dt.date(2025, 3, 31), abbreviated=True) == "31 มี.ค. 2568"


dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31))


@given(dates, st.booleans(), st.booleans())
def test_every_written_form_reads_back(date, thai_digits, abbreviated):
    written = format_thai_date(date, abbreviated=abbreviated, thai_digits=thai_digits)
    assert parse_date(written) == date


@given(dates, st.booleans())
def test_iso_in_either_era(date, buddhist):
    year = date.year + 543 if buddhist else date.year
    written = f"{year:04d}-{date.month:02d}-{date.day:02d}"
    assert parse_date(written) == date
    assert parse_date(to_thai(written)) == date


@given(st.text(max_size=30))
def test_never_crashes(text):
    parse_date(text)


def test_every_month_name_is_known():
    for number, (full, abbr) in enumerate(zip(MONTHS_FULL, MONTHS_ABBR), start=1):
        assert parse_date(f"5 {full} 2568").month == number
        assert parse_date(f"5 {abbr} 2568").month == number


def test_periods_as_agencies_write_them():
    from ita_site.text.dates import parse_period

    assert parse_period("ต.ค.๖๕-มี.ค.๖๖") == (dt.date(2022, 10, 1), dt.date(2023, 3, 31))
    assert parse_period("ตลอดปีงบประมาณ 2568") == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    assert parse_period("1 ต.ค. 2567 ถึง 15 มี.ค. 2568") == (dt.date(2024, 10, 1), dt.date(2025, 3, 15))
    assert parse_period("ทุกไตรมาส") is None
    assert parse_period("ก.ย. 2568 – ต.ค. 2567") is None  # reversed: not a period


@given(dates, dates, st.booleans())
def test_any_month_range_reads_back_to_whole_months(a, b, thai_digits):
    from ita_site.text.dates import format_thai_month, parse_period

    start, end = sorted((a, b))
    text = f"{format_thai_month(start)} – {format_thai_month(end)}"
    if thai_digits:
        text = to_thai(text)
    first, last = parse_period(text)
    assert first == start.replace(day=1)
    assert (last.year, last.month) == (end.year, end.month)
    assert (last + dt.timedelta(days=1)).day == 1
