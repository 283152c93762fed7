"""File names of imported measures: the order and a short romanised title.

`01-kan-chat-tham-kho-tok-long.md` says what the measure is, in any tool and URL. ASCII because
the site is uploaded by FTP and zip from any computer and assessors paste its URLs into ITAS;
the Thai title is on the page and in every link text. The title is cut into words first
(PyThaiNLP's newmm), so a long title is shortened at a word's end, and each word into
syllables, which the Royal Institute system (royin) romanises far better than whole words.
Everything used ships with PyThaiNLP: nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ita_site.text.digits import to_arabic

SLUG_LENGTH = 50
_ASCII_PIECE = re.compile(r"[a-z0-9]+")
# A list number before the name ("1. ประชาสัมพันธ์ …" when the name cell is a list): the order
# already leads the slug.
_LEADING_NUMBER = re.compile(r"^\s*\(?[0-9๐-๙]{1,3}[.)]\s*")
# Joining words a shortened name should not end on ("… ระบบ E-Service และ").
_JOINING_WORDS = frozenset({"และ", "หรือ", "ของ", "ใน", "แก่", "กับ", "ตาม", "เพื่อ", "ด้วย", "ที่",
                            "การ", "ให้", "โดย", "จาก", "ต่อ", "ซึ่ง", "เป็น"})


@lru_cache(maxsize=4096)
def _romanised(word: str) -> tuple[str, ...]:
    """The ASCII pieces of one word, syllable by syllable ("ข้อตกลง" -> kho, tok, long)."""
    word = to_arabic(word)
    if word.isascii():
        return tuple(_ASCII_PIECE.findall(word.lower()))
    # Imported here: PyThaiNLP loads its dictionaries on first use, which only import needs.
    from pythainlp.tokenize import syllable_tokenize
    from pythainlp.transliterate import romanize

    pieces: list[str] = []
    for syllable in syllable_tokenize(word, engine="dict", keep_whitespace=False):
        pieces.extend(_ASCII_PIECE.findall(romanize(syllable, engine="royin").lower()))
    return tuple(pieces)


def _words(title: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(_LEADING_NUMBER.sub("", title), engine="newmm", keep_whitespace=False)


def measure_slug(title: str, order: int, limit: int = SLUG_LENGTH) -> str:
    """`NN-romanised-title`, at most `limit` characters, cut after a whole word."""
    prefix = f"{order:02d}"
    kept: list[tuple[str, tuple[str, ...]]] = []  # (Thai word, its romanised pieces)
    length = len(prefix)
    for word in _words(title):
        pieces = _romanised(word)
        if not pieces:
            continue
        added = sum(len(p) + 1 for p in pieces)
        if length + added > limit:
            if not kept:  # one very long first word: keep what fits of it
                fits = []
                for piece in pieces:
                    if length + len(piece) + 1 > limit:
                        break
                    fits.append(piece)
                    length += len(piece) + 1
                kept.append((word, tuple(fits)))
            break
        kept.append((word, pieces))
        length += added
    while len(kept) > 1 and kept[-1][0] in _JOINING_WORDS:
        kept.pop()
    pieces = [p for _, word_pieces in kept for p in word_pieces]
    return "-".join([prefix, *pieces]) if pieces else f"{prefix}-measure"
