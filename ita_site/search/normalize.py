"""How text and queries are made comparable before matching.

Two steps, used by the build (Python) and by the browser worker
(`theme/assets/javascripts/search/thai-search.js`) in exactly the same way:

- :func:`clean_text` fixes how Thai is *encoded* (it may change the length): Unicode NFC,
  SARA AM typed as NIKHAHIT + SARA AA, SARA E typed twice for SARA AE, zero-width characters
  (they would hide matches and are our own word-boundary mark), runs of white space.
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
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_FOLD = str.maketrans(THAI_DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789abcdefghijklmnopqrstuvwxyz")


def clean_text(text: str) -> str:
    """The text encoded one way: what a reader sees is unchanged, hidden differences removed.

    Line breaks are kept (they separate blocks, and a match never crosses one); other runs of
    white space become one space.
    """
    text = unicodedata.normalize("NFC", text)
    # "ํา" (U+0E4D U+0E32) renders like "ำ" (U+0E33) and both are common in typed Thai.
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    # "เเ" (SARA E twice) renders like "แ" (SARA AE); old documents are full of it.
    text = text.replace("\u0e40\u0e40", "\u0e41")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def fold_for_match(text: str) -> str:
    """Thai digits to Arabic, ASCII to lower case; the result has the same length."""
    return text.translate(_FOLD)


def normalize_query(query: str) -> str:
    """A typed query as the worker matches it: cleaned, folded, on one line."""
    return fold_for_match(clean_text(query).replace("\n", " "))
