"""Lists inside cells: numbered items written in one line become separate entries.

Agencies type "1. จัดทำคู่มือ ... 2. ทบทวนคู่มือ ..." or "๑.จัดให้มี ... ๒.สร้างระบบ ..." in one
cell, or use paragraphs and list tags. Each item becomes one entry with its text exactly as
written, its own number included ("๑." stays "๑."), so nothing of the document is lost and
the page can show the numbers the agency chose.

A number only starts an item when it continues a sequence (1., 2., 3. ...): "97.11 คะแนน",
"พ.ศ.2567" or "ครั้งที่ 1/2566" are never split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_site.importer.source import Cell, Paragraph
from ita_site.text.digits import to_arabic

_DIGITS = "0-9๐-๙"
# "1." "1)" "(1)" at the start of the text or after whitespace; "1.5" and "1.2566" are not markers.
_MARKER = re.compile(
    rf"(?:^|(?<=\s))(?:\((?P<paren>[{_DIGITS}]{{1,2}})\)|(?P<num>[{_DIGITS}]{{1,2}})(?P<close>[.)]))"
    rf"(?![{_DIGITS}])"
)
_BULLET = re.compile(r"^[-–•●○▪■◦*➢]\s*\S")
# Bullets that never occur inside a sentence: several in one paragraph are several items.
# ("-" is left out: "ชื่อ -นามสกุล" and "ต.ค.๖๕ - มี.ค.๖๖" are not lists.)
_INLINE_BULLET = re.compile(r"(?:^|(?<=\s))[•●○▪■◦➢](?=\s*\S)")


@dataclass(frozen=True)
class Entry:
    """One list entry of a cell.

    `starts_item` says the entry visibly begins a new item (a number, a bullet, a list tag);
    an entry without it that opens a continuation row finishes the item above it.
    """

    text: str
    starts_item: bool


@dataclass(frozen=True)
class _Marker:
    start: int
    value: int
    style: str


def _markers(text: str) -> list[_Marker]:
    found = []
    for m in _MARKER.finditer(text):
        if m.group("paren"):
            found.append(_Marker(m.start(), int(to_arabic(m.group("paren"))), "()"))
        else:
            found.append(_Marker(m.start(), int(to_arabic(m.group("num"))), m.group("close")))
    return found


def _sequence(markers: list[_Marker], next_number: int | None = None) -> list[_Marker]:
    """The markers that number items: consecutive values of one style.

    The sequence starts at a marker that opens the text (any value: a continued list may
    start at 5), else at `next_number` (the list above goes on in this text), else at "1".
    """
    if not markers:
        return []
    first = markers[0] if markers[0].start == 0 else None
    for wanted in (next_number, 1):
        if first is None and wanted is not None:
            first = next((m for m in markers if m.value == wanted), None)
    if first is None:
        return []
    chain = [first]
    for marker in markers:
        if marker.start > chain[-1].start and marker.style == first.style and marker.value == chain[-1].value + 1:
            chain.append(marker)
    return chain


def split_items(text: str, next_number: int | None = None) -> list[str]:
    """The numbered items of one paragraph, each as written; the text whole if it has none.

    Text before the first item (an introduction such as "ดำเนินการดังนี้", or the end of an
    item cut by a page break when `next_number` says which number comes next) is an entry too.
    """
    text = text.strip()
    chain = _sequence(_markers(text), next_number)
    continued = bool(chain) and next_number is not None and chain[0].value == next_number
    if len(chain) < 2 and not (continued and chain[0].start > 0):
        bullets = [m.start() for m in _INLINE_BULLET.finditer(text)]
        if len(bullets) < 2:
            return [text] if text else []
        return _cut(text, bullets)
    return _cut(text, [m.start for m in chain])


def _cut(text: str, starts: list[int]) -> list[str]:
    """The text cut before each start; what precedes the first start is a piece too."""
    cuts = starts + [len(text)]
    pieces = [text[: cuts[0]]] + [text[a:b] for a, b in zip(cuts, cuts[1:])]
    return [p.strip() for p in pieces if p.strip()]


def item_number(text: str) -> int | None:
    """The written number an entry opens with ("๓.แสดงแผน" -> 3), or None."""
    markers = _markers(text.lstrip())
    return markers[0].value if markers and markers[0].start == 0 else None


def starts_item(text: str) -> bool:
    """True when the text opens with a list number or a bullet."""
    text = text.lstrip()
    return bool(_BULLET.match(text)) or any(m.start == 0 for m in _markers(text))


def entries(cell: Cell, next_number: int | None = None) -> list[Entry]:
    """The cell's list entries in order: list items, paragraphs, numbered items inside them.

    `next_number` is the number the list above would go on with, for a cell that continues it.
    """
    found: list[Entry] = []
    for position, paragraph in enumerate(cell.paragraphs):
        for index, piece in enumerate(split_items(paragraph.text, next_number if position == 0 else None)):
            opens = (paragraph.item and index == 0) or starts_item(piece)
            found.append(Entry(piece, opens))
    return found


def cell_from_text(text: str) -> Cell:
    """A cell from plain text; line breaks separate paragraphs."""
    return Cell(tuple(Paragraph(line.strip()) for line in text.splitlines() if line.strip()))
