"""Moving the dates of a measure's period to another fiscal year, keeping how they were written.

`ita-site new-year 2570 --copy-from 2569` turns last year's measures into next year's plan; a
period "ต.ค. 2568 – ก.ย. 2569" must then read "ต.ค. 2569 – ก.ย. 2570". Years are moved where
they stand in the text, in the digits and era they were written in, so the webmaster's wording
stays; a date that no longer exists (29 February) becomes the last day of that month.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from ita_site.text.dates import MONTHS_ABBR, MONTHS_FULL, parse_date
from ita_site.text.digits import THAI_DIGITS, to_arabic, to_thai

_DIGIT = f"[0-9{THAI_DIGITS}]"
_MONTH_NAMES = sorted({*MONTHS_FULL, *MONTHS_ABBR, *(m.replace(".", "") for m in MONTHS_ABBR),
                       *(m.rstrip(".") for m in MONTHS_ABBR)}, key=len, reverse=True)
_MONTH = "|".join(re.escape(name) for name in _MONTH_NAMES)
# A four-digit year standing alone (not part of a longer number).
_FULL_YEAR = re.compile(rf"(?<![0-9{THAI_DIGITS}]){_DIGIT}{{4}}(?![0-9{THAI_DIGITS}])")
# A two-digit year after a month name ("ต.ค. 67"), after "ปีงบประมาณ", or ending d/m/yy.
_SHORT_YEAR = re.compile(
    rf"((?:{_MONTH})\s*(?:พ\.?\s*ศ\.?\s*)?|ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?\s*)?"
    rf"|(?<![0-9{THAI_DIGITS}]){_DIGIT}{{1,2}}/{_DIGIT}{{1,2}}/)"
    rf"({_DIGIT}{{2}})(?![0-9{THAI_DIGITS}])")


def _same_digits(original: str, number: int, width: int) -> str:
    text = f"{number:0{width}d}"
    return to_thai(text) if original[0] in THAI_DIGITS else text


def _is_year(number: int) -> bool:
    return 2400 <= number <= 2800 or 1900 <= number <= 2300  # B.E. or C.E.


def shift_text(text: str, years: int) -> str:
    """`text` with every year it names moved by `years`; nothing else changes."""
    def full(match: re.Match) -> str:
        number = int(to_arabic(match.group()))
        return _same_digits(match.group(), number + years, 4) if _is_year(number) else match.group()

    def short(match: re.Match) -> str:
        written = match.group(2)
        number = (int(to_arabic(written)) + years) % 100
        return match.group(1) + _same_digits(written, number, 2)

    return _SHORT_YEAR.sub(short, _FULL_YEAR.sub(full, text))


def shift_date(date: _dt.date, years: int) -> _dt.date:
    """`date` moved by whole years; 29 February becomes the 28th in a common year."""
    year = date.year + years
    return date.replace(year=year, day=min(date.day, calendar.monthrange(year, date.month)[1]))


def shift_date_value(value: object, years: int) -> object:
    """A `start:`/`end:` value moved by `years`: the same wording when it still reads as the
    moved date, else the moved date written as a B.E. ISO date."""
    date = parse_date(value)
    if date is None:
        return value
    moved = shift_date(date, years)
    if isinstance(value, str):
        text = shift_text(value, years)
        if parse_date(text) == moved:
            return text
    return f"{moved.year + 543:04d}-{moved.month:02d}-{moved.day:02d}"


def shift_period(value: object, years: int) -> object:
    """A measure's `period` (text, or {label, start, end}) moved by `years`."""
    if isinstance(value, str):
        return shift_text(value, years)
    if isinstance(value, dict):
        moved = dict(value)
        for name in ("start", "end"):
            if name in moved:
                moved[name] = shift_date_value(moved[name], years)
        if isinstance(moved.get("label"), str):
            moved["label"] = shift_text(moved["label"], years)
        return moved
    return value
