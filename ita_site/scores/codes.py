"""Question and OIT item codes as ITAS prints them: i… (IIT), e… (EIT), O… (OIT)."""

from __future__ import annotations

import re

from ita_site.text.digits import to_arabic

_CODE = re.compile(r"^([OoIiEe])\s*0*(\d{1,3})$")
# Result sheets list IIT questions first, then EIT, then OIT items.
_TOOL_ORDER = {"i": 0, "e": 1, "O": 2}
TOOL_OF_LETTER = {"i": "iit", "e": "eit", "O": "oit"}


def normalize_code(raw: object) -> str | None:
    """`o01`, `O1`, `O๑` → `O1`; `I10` → `i10`; `E7` → `e7`; None when `raw` is not a code.

    Agencies copy codes from ITAS sheets with leading zeros, either case and Thai digits;
    one spelling per item lets year.yml, measures' `addresses` and the catalog meet.
    """
    if isinstance(raw, bool) or not isinstance(raw, str):
        return None
    match = _CODE.match(to_arabic(raw.strip()))
    if not match or int(match[2]) == 0:
        return None
    letter = "O" if match[1] in "Oo" else match[1].lower()
    return f"{letter}{int(match[2])}"


def tool_of(code: str) -> str:
    """`iit`, `eit` or `oit` for a normalised code."""
    return TOOL_OF_LETTER[code[0]]


def code_sort_key(code: str) -> tuple[int, int]:
    """Order of a result sheet: i1, i2, …, e1, …, O1, …; `code` must be normalised."""
    return (_TOOL_ORDER[code[0]], int(code[1:]))
