"""Heading anchors that keep Thai readable.

Python-Markdown's default slugify drops non-ASCII, and pymdownx's keeps only str.isalnum()
characters, which removes Thai vowel and tone marks (category Mn) and garbles words. Here every
letter, mark and digit stays; the browser percent-encodes the anchor when it must.
"""

from __future__ import annotations

import re
import unicodedata

_KEEP = {"L", "M", "N"}


def slugify(value: str, separator: str = "-") -> str:
    """Anchor for a heading: Thai kept whole, Latin lower-cased, spaces and punctuation to `separator`."""
    value = re.sub(r"<[^>]+>", "", value)  # toc passes headings that may hold inline HTML
    value = unicodedata.normalize("NFC", value).lower()
    out: list[str] = []
    for char in value:
        if unicodedata.category(char)[0] in _KEEP:
            out.append(char)
        elif out and out[-1] != separator:
            out.append(separator)
    return "".join(out).strip(separator)
