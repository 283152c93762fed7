"""Question and OIT item codes: i… (IIT), e… (EIT), O… (OIT).

Content writes codes as ITAS sheets and agency reports do: either case, leading zeros, Thai
digits (`o01`, `O๑`, `I10`). Everything is compared in one spelling, `O1`, `i10`, `e7`, so a
code written any of those ways meets the catalog's entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ita_site.text.digits import to_arabic

# A letter, optional spaces (OCR and typing slips: "O 26"), digits with optional leading zeros.
_CODE = re.compile(r"^([OoIiEe])\s*0*(\d{1,3})$")
_TOOL_OF_LETTER = {"i": "iit", "e": "eit", "O": "oit"}
# Result sheets list IIT questions first, then EIT, then OIT items.
_SHEET_ORDER = {"i": 0, "e": 1, "O": 2}


def normalize_code(raw: object) -> str | None:
    """The one spelling of a code (`o01`, `O1 `, `O๑` → `O1`; `I10` → `i10`; `E7` → `e7`),
    or None when `raw` is not a code. Zero is no code: items and questions count from 1."""
    if isinstance(raw, bool) or not isinstance(raw, str):
        return None
    match = _CODE.match(to_arabic(raw.strip()))
    if match is None or int(match[2]) == 0:
        return None
    letter = "O" if match[1] in "Oo" else match[1].lower()
    return f"{letter}{int(match[2])}"


def tool_of_code(code: str) -> str:
    """`iit`, `eit` or `oit` for a normalised code."""
    return _TOOL_OF_LETTER[code[0]]


def code_number(code: str) -> int:
    """The number of a normalised code: 28 for `O28`."""
    return int(code[1:])


def sheet_order(code: str) -> tuple[int, int]:
    """Sort key of a normalised code in result-sheet order: i1 … i30, e1 … e15, O1 … O43."""
    return (_SHEET_ORDER[code[0]], code_number(code))


def compact_codes(codes: Iterable[str]) -> str:
    """Normalised codes as short runs in sheet order: `i1–i30, e1–e15, O1–O28`; a gap splits a
    run (`O1–O5, O7`). Used to tell a writer which codes a year has without listing 70 of them."""
    ordered = sorted(set(codes), key=sheet_order)
    runs: list[tuple[str, int, int]] = []
    for code in ordered:
        letter, number = code[0], code_number(code)
        if runs and runs[-1][0] == letter and runs[-1][2] == number - 1:
            runs[-1] = (letter, runs[-1][1], number)
        else:
            runs.append((letter, number, number))
    parts = []
    for letter, first, last in runs:
        if first == last:
            parts.append(f"{letter}{first}")
        elif last == first + 1:
            parts.append(f"{letter}{first}, {letter}{last}")
        else:
            parts.append(f"{letter}{first}–{letter}{last}")
    return ", ".join(parts)


def compact_numbers(numbers: Iterable[int]) -> str:
    """Indicator or issue numbers as short runs: `1–7`, `1–3, 5`; what a message lists as a
    year's valid numbers."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}, {b}" if b == a + 1 else f"{a}–{b}"
                     for a, b in runs)
