"""Thai digits (๐–๙) and Arabic digits are used side by side; read both, write either."""

from __future__ import annotations

import math
import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
# No count, year, order or score needs more digits; a longer string is a mistake or an attack
# (Python refuses to convert over 4,300 digits, and a float of 400 digits is infinite).
MAX_DIGITS = 30


def to_arabic(text: str) -> str:
    """Replace every Thai digit with its Arabic digit; nothing else changes."""
    return text.translate(_TO_ARABIC)


def to_thai(text: str) -> str:
    """Replace every Arabic digit with its Thai digit; nothing else changes."""
    return text.translate(_TO_THAI)


def parse_int(value: object) -> int | None:
    """An integer written with either kind of digit, or None when it is not one.

    Booleans are not numbers here: YAML reads `yes` as True, which must not become 1.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = to_arabic(value.strip()).replace(",", "")
        if len(text) <= MAX_DIGITS + 1 and re.fullmatch(r"[+-]?\d+", text):
            return int(text)
    return None


def parse_number(value: object) -> float | None:
    """A decimal number written with either kind of digit, or None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value) if not isinstance(value, int) or abs(value) < 10 ** MAX_DIGITS \
            else math.inf
        return number if math.isfinite(number) else None
    if isinstance(value, str):
        text = to_arabic(value.strip()).replace(",", "")
        if len(text) <= 2 * MAX_DIGITS and _NUMBER.match(text):
            return float(text)
    return None
