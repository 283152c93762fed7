"""A content-addressed cache of encoded QR codes, so an unchanged code costs nothing on rebuild.

The key is a SHA-256 of the text and of every parameter that decides the output bytes
(qr.encoding_parameters(): renderer version, segno version, error level, quiet zone, PNG size):
a change of any of them is a new key, never a stale entry. Entries are written to a temporary
file and renamed into place, so parallel or interrupted builds never leave half an entry; an
entry that does not read back whole, or holds another text, is treated as missing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ita_site.surveys.qr import QrCode, encode_qr, encoding_parameters

_FORMAT = 1  # layout of an entry file


def cache_key(text: str) -> str:
    """Hex SHA-256 of `text` together with the current encoding parameters."""
    material = json.dumps({"text": text, "parameters": encoding_parameters(), "format": _FORMAT},
                          sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(material.encode("ascii")).hexdigest()


class QrCache:
    """QR codes stored under `directory` (which the caller owns), one JSON file per code."""

    def __init__(self, directory: str | os.PathLike[str],
                 encode: Callable[[str], QrCode] = encode_qr):
        self.directory = Path(directory)
        self._encode = encode

    def entry_path(self, text: str) -> Path:
        key = cache_key(text)
        return self.directory / key[:2] / f"{key}.json"

    def get(self, text: str) -> QrCode:
        """The code of `text`: read from the cache when present and whole, else encoded and stored."""
        path = self.entry_path(text)
        cached = _read_entry(path, text)
        if cached is not None:
            return cached
        code = self._encode(text)
        _write_entry(path, code)
        return code


def _read_entry(path: Path, text: str) -> QrCode | None:
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        rows = tuple(entry["rows"])
        code = QrCode(text=entry["text"], designator=entry["designator"], rows=rows,
                      png=base64.b64decode(entry["png"], validate=True))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    size = len(rows)
    well_formed = (
        entry.get("format") == _FORMAT and code.text == text and 21 <= size <= 177
        and (size - 17) % 4 == 0
        and all(isinstance(row, str) and len(row) == size and set(row) <= {"0", "1"} for row in rows)
        and code.png.startswith(b"\x89PNG\r\n\x1a\n")
    )
    return code if well_formed else None


def _write_entry(path: Path, code: QrCode) -> None:
    entry = {"format": _FORMAT, "text": code.text, "designator": code.designator,
             "rows": list(code.rows), "png": base64.b64encode(code.png).decode("ascii")}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(entry, stream, sort_keys=True, indent=0)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
