"""The readable text of a fragment from Material's search index.

Material's search plugin keeps a few tags in each section's text (p, li, ol, ul, pre, code, sub,
sup) and escapes everything else. Search needs the words and where blocks end: a match must not
run from the end of one list item into the next.
"""

from __future__ import annotations

import html
import re

from ita_site.search.normalize import clean_text

_BLOCK_TAG = re.compile(r"</?(?:p|li|ol|ul|pre|table|tr|td|th|h[1-6]|div|br)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")


def plain_text(fragment: str) -> str:
    """`fragment` without markup: one line per block, entities decoded, Thai encoding cleaned."""
    text = _BLOCK_TAG.sub("\n", fragment)
    text = _ANY_TAG.sub("", text)
    return clean_text(html.unescape(text))
