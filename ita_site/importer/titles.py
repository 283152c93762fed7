"""The row number a document writes in front of a measure's name ("๑. การจัดทำข้อตกลง…").

The number is the measure's order, not part of its name: the site shows the order beside the
title, so a number left in the title would be shown twice. Only a number that stands as a
list marker at the very start is taken; "1.5 ล้าน" or "2568" inside or at the start of a title
without a marker stay as written, and so does a name that is itself a numbered list.
"""

from __future__ import annotations

import re

from ita_site.importer.cells import split_items
from ita_site.text.digits import to_arabic

_DIGITS = "0-9๐-๙"
_ROW_NUMBER = re.compile(
    rf"^\s*(?:(?P<word>ข้อ(?:ที่)?)\s*)?"
    rf"(?:\(\s*(?P<paren>[{_DIGITS}]{{1,3}})\s*\)"          # (1)
    rf"|(?P<num>[{_DIGITS}]{{1,3}})\s*[.)](?![{_DIGITS}])"  # 1.  1)  but not 1.5
    rf"|(?(word)(?P<bare>[{_DIGITS}]{{1,3}})(?![{_DIGITS}.])|(?!)))"  # ข้อ 1, only after ข้อ
    rf"\s*(?P<rest>\S.*)$",
    re.DOTALL,
)


def split_row_number(title: str) -> tuple[int | None, str]:
    """The number written before the name and the name without it; (None, title) when none."""
    match = _ROW_NUMBER.match(title)
    # "1. ประชาสัมพันธ์… 2. เปิดโอกาส…": a name cell holding a numbered list starts with an
    # item number, not a row number.
    if not match or len(split_items(title)) > 1:
        return None, title
    digits = match.group("paren") or match.group("num") or match.group("bare")
    return int(to_arabic(digits)), match.group("rest").strip()
