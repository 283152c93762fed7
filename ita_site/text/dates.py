"""Dates as Thai agencies write them: B.E. or C.E., Thai month names, Thai digits.

The era rule has no overlap: a year from 2400 to 2800 is Buddhist Era (B.E. = C.E. + 543), a
year from 1857 to 2257 is Common Era (the same days), and any other year is not a date, so
`0001-01-01` or `9999-12-31` is reported instead of shown as "1 มกราคม 544". Two-digit years
such as "67" in "ต.ค. 67" are B.E. years of the 2500s, as in every agency report.
"""

from __future__ import annotations

import datetime as _dt
import re

from ita_site.text.digits import to_arabic, to_thai

BE_OFFSET = 543
BE_YEARS = (2400, 2800)
CE_YEARS = (BE_YEARS[0] - BE_OFFSET, BE_YEARS[1] - BE_OFFSET)  # 1857–2257

MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, (full, abbr) in enumerate(zip(MONTHS_FULL, MONTHS_ABBR), start=1):
        names[full] = number
        names[abbr] = number
        names[abbr.replace(".", "")] = number  # "ตค" and "ต.ค" are both seen
        names[abbr.rstrip(".")] = number
    return names


_MONTHS = _month_names()
# Longest names first so "มีนาคม" is not read as "มี.ค" plus leftovers.
_MONTH_PATTERN = "|".join(sorted((re.escape(n) for n in _MONTHS), key=len, reverse=True))
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_THAI = re.compile(
    rf"^(?:(\d{{1,2}})\s*)?({_MONTH_PATTERN})\s*(?:พ\.?\s*ศ\.?\s*)?(\d{{2}}|\d{{4}})$"
)


def ce_year(year: int) -> int:
    """The C.E. year of a year written in either era (2400 and above is B.E.)."""
    return year - BE_OFFSET if year >= BE_YEARS[0] else year


def be_year(year: int) -> int:
    """The B.E. year of a year written in either era."""
    return year if year >= BE_YEARS[0] else year + BE_OFFSET


def _ce_in_range(year: int) -> int | None:
    """The C.E. year of `year` in either era, or None outside both ranges."""
    if BE_YEARS[0] <= year <= BE_YEARS[1]:
        return year - BE_OFFSET
    if CE_YEARS[0] <= year <= CE_YEARS[1]:
        return year
    return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "67" in "ต.ค. 67": B.E. 2567
        year += 2500
    return year


def parse_date(value: object) -> _dt.date | None:
    """A date written as ISO (either era), d/m/y, or with a Thai month name; None if not a date.

    Without a day ("ต.ค. 2567") the first of the month is meant. A year outside both eras'
    ranges (see the module) gives None.
    """
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        # A date object built from "2567-10-01" carries the B.E. year as if it were C.E.
        year = _ce_in_range(value.year)
        if year is None:
            return None
        try:
            return value.replace(year=year)
        except ValueError:  # 29 February of a B.E. year whose C.E. year is not a leap year
            return None
    if not isinstance(value, str):
        return None
    text = " ".join(to_arabic(value).split())
    if m := _ISO.match(text):
        return _date(int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASHED.match(text):
        return _date(_full_year(m[3]), int(m[2]), int(m[1]))
    if m := _THAI.match(text):
        return _date(_full_year(m[3]), _MONTHS[m[2]], int(m[1]) if m[1] else 1)
    return None


def _date(year: int, month: int, day: int) -> _dt.date | None:
    ce = _ce_in_range(year)
    if ce is None:
        return None
    try:
        return _dt.date(ce, month, day)
    except ValueError:  # 31 กุมภาพันธ์ and such
        return None


def format_thai_date(date: _dt.date, *, abbreviated: bool = False, thai_digits: bool = False) -> str:
    """"1 ตุลาคม 2567" (or "1 ต.ค. 2567"): the way Thai documents write a date."""
    months = MONTHS_ABBR if abbreviated else MONTHS_FULL
    text = f"{date.day} {months[date.month - 1]} {be_year(date.year)}"
    return to_thai(text) if thai_digits else text


def format_thai_month(date: _dt.date, *, abbreviated: bool = True) -> str:
    months = MONTHS_ABBR if abbreviated else MONTHS_FULL
    return f"{months[date.month - 1]} {be_year(date.year)}"


def fiscal_year(date: _dt.date) -> int:
    """The B.E. fiscal year a date falls in: fiscal N runs 1 October N-1 to 30 September N."""
    year = be_year(date.year)
    return year + 1 if date.month >= 10 else year


def fiscal_year_bounds(year_be: int) -> tuple[_dt.date, _dt.date]:
    """First and last day of B.E. fiscal year `year_be`."""
    start_ce = ce_year(year_be) - 1
    return _dt.date(start_ce, 10, 1), _dt.date(start_ce + 1, 9, 30)


_FISCAL = re.compile(r"ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?\s*)?(\d{4}|\d{2})")
_RANGE_SEPARATORS = re.compile(r"\s*(?:[–—-]|ถึง)\s*")


def _has_day(text: str) -> bool:
    return bool(re.match(r"^\s*\d{1,2}\s*[^\d/]", text)) or bool(_ISO.match(text.strip())) \
        or bool(_SLASHED.match(text.strip()))


def _month_end(date: _dt.date) -> _dt.date:
    following = date.replace(day=28) + _dt.timedelta(days=4)
    return following - _dt.timedelta(days=following.day)


def parse_period(text: str) -> tuple[_dt.date, _dt.date] | None:
    """Start and end of a period as agencies write it, or None when it names no dates.

    "ต.ค. 2567 – ก.ย. 2568", "ต.ค.๖๕-มี.ค.๖๖", "1 ต.ค. 2567 ถึง 31 มี.ค. 2568" give both ends
    (a month without a day runs to its last day); "ตลอดปีงบประมาณ 2568" gives the fiscal year.
    """
    arabic = " ".join(to_arabic(text).split())
    for match in _RANGE_SEPARATORS.finditer(arabic):
        left, right = arabic[: match.start()], arabic[match.end():]
        start, end = parse_date(left), parse_date(right)
        if start and end:
            if not _has_day(right):
                end = _month_end(end)
            return (start, end) if start <= end else None
    fiscal = _FISCAL.search(arabic)
    if fiscal and ("ตลอด" in arabic or arabic.strip() == fiscal.group(0)):
        year = _full_year(fiscal[1])
        # Fiscal N starts in C.E. year N-1, which must itself be in range.
        if _ce_in_range(year) is None or _ce_in_range(year - 1) is None:
            return None
        return fiscal_year_bounds(be_year(year))
    return None
