"""What the text before the table says about the document: its fiscal year and its kind.

A report's title names its fiscal year ("ประจำปีงบประมาณ พ.ศ. 2568", "๒๕๖๘"). Covering memos
may name other years first (the ITA year 2569 of a report on fiscal 2568), so the mention
closest above the table wins. "รอบ 6 เดือน" in the title marks a six-month progress report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_site.importer.source import Where
from ita_site.text.digits import to_arabic

_FISCAL = re.compile(r"ปี\s*งบ(?:ประมาณ)?\s*(?:พ\s*\.\s*ศ\s*\.?)?\s*([0-9๐-๙]{4})(?![0-9๐-๙])")
_BE_YEAR = re.compile(r"พ\s*\.\s*ศ\s*\.?\s*([0-9๐-๙]{4})(?![0-9๐-๙])")
_SIX_MONTHS = re.compile(r"รอบ\s*(?:6|๖|หก)\s*เดือน|(?:6|๖|หก)\s*เดือนแรก|ครึ่งปีแรก")


@dataclass(frozen=True)
class Detected:
    """A value read from the document and the line it was read from."""

    value: object
    where: Where
    text: str


def _years(pattern: re.Pattern[str], lines: list[tuple[Where, str]]) -> list[Detected]:
    found = []
    for where, text in lines:
        for match in pattern.finditer(text):
            year = int(to_arabic(match.group(1)))
            if 2400 < year < 2700:
                found.append(Detected(year, where, text))
    return found


def detect_year(lines: list[tuple[Where, str]]) -> Detected | None:
    """The fiscal year (B.E.) named last before the table, or None when none is named.

    "ปีงบประมาณ พ.ศ. N" is preferred; a bare "พ.ศ. N" is used only when no fiscal-year
    wording appears at all.
    """
    found = _years(_FISCAL, lines) or _years(_BE_YEAR, lines)
    return found[-1] if found else None


def detect_six_months(lines: list[tuple[Where, str]]) -> Detected | None:
    """The line that calls the document a six-month report, or None."""
    for where, text in lines:
        if _SIX_MONTHS.search(text):
            return Detected("progress", where, text)
    return None
