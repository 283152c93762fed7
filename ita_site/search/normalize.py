"""How text and queries are made comparable before matching.

The build (Python) and the browser worker (`theme/assets/javascripts/search/thai-search.js`)
apply the same rules, written with the same explicit character classes (no `\\s`, `strip()` or
`trim()`, whose meanings differ between the two languages):

- :func:`clean_text` fixes how Thai is *encoded* (it may change the length): Unicode NFC,
  SARA AM typed as NIKHAHIT + SARA AA, SARA E typed twice for SARA AE, zero-width characters
  (they would hide matches, and ZERO WIDTH SPACE is our own word-boundary mark), runs of white
  space.
- :func:`fold_for_match` makes different *spellings of the same thing* equal, one character for
  one character, so a position in the folded text is the same position in the displayed text:
  Thai digits become Arabic digits, ASCII letters become lower case.
"""

from __future__ import annotations

import re
import unicodedata

from ita_site.text.digits import THAI_DIGITS

# Our index marks Thai word boundaries with ZERO WIDTH SPACE; any zero-width character already
# in the content is removed first so that the mark means one thing only.
WORD_BOUNDARY = "\u200b"
ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Every character Python's str.isspace() accepts, spelled out so JavaScript can use the same set.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
SPACES = "\t \x1f\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"

_ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH}]")
_SPACES = re.compile(f"[{SPACES}]+")
_LINE_BREAK = re.compile(f"[{SPACES}]*[{LINE_BREAKS}][{SPACES}{LINE_BREAKS}]*")
_ANY_SPACE = re.compile(f"[{SPACES}{LINE_BREAKS}]+")
_FOLD = str.maketrans(
    THAI_DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789abcdefghijklmnopqrstuvwxyz"
)


def _fix_thai_encoding(text: str) -> str:
    text = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", text))
    # "ํา" (U+0E4D U+0E32) renders like "ำ" (U+0E33) and both are common in typed Thai.
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    # "เเ" (SARA E twice) renders like "แ" (SARA AE); old documents are full of it.
    return text.replace("\u0e40\u0e40", "\u0e41")


def clean_text(text: str) -> str:
    """The text encoded one way: what a reader sees is unchanged, hidden differences removed.

    Line breaks become one "\\n" (they separate blocks, and a match never crosses one); other
    runs of white space become one space; none is left at either end.
    """
    text = _SPACES.sub(" ", _fix_thai_encoding(text))
    text = _LINE_BREAK.sub("\n", text)
    return text.strip(" \n")


def fold_for_match(text: str) -> str:
    """Thai digits to Arabic, ASCII to lower case; the result has the same length."""
    return text.translate(_FOLD)


def normalize_query(query: str) -> str:
    """A typed query as the worker matches it: cleaned, folded, words one space apart."""
    return fold_for_match(_ANY_SPACE.sub(" ", _fix_thai_encoding(query)).strip(" "))
