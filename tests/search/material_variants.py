"""Alternatives to our worker, kept to measure them (tests/search/measure_options.py).

Each rewrites Material's search/search_index.json in place and leaves Material's own worker
(lunr) to search it; `separator` gains U+200B so lunr splits where the build marked words.

- "segmented": U+200B between newmm words (what Material does for Chinese with jieba).
- "segmented+parts": also between the parts of compounds (ปี|งบ|ประมาณ, รับ|สินบน).
- "segmented+unsplit": newmm words, plus a field `th` holding every run of Thai text unsplit
  and every number in the other digits (compounds typed whole from a run's start; ๒๕๖๘/2568).
- "segmented+suffixes": newmm words, plus a field `th` holding, for every word and compound part
  boundary, the rest of the run from there (at most 30 characters), and numbers in the other
  digits: lunr's trailing wildcard then matches any query that starts on a boundary.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ita_site.search.normalize import WORD_BOUNDARY
from ita_site.search.segmenter import THAI_LETTERS, ThaiWordSegmenter
from ita_site.text.digits import to_arabic, to_thai

_TAG = re.compile(r"(<[^>]+>)")
_THAI_RUN = re.compile(f"[{THAI_LETTERS}]+")
_NUMBER = re.compile(r"[0-9๐-๙][0-9๐-๙.,]*")
SEPARATOR = r"[\s\-\u200b]+"


def _mark(text: str, cut) -> str:
    pieces = _TAG.split(text)
    return "".join(p if p.startswith("<") else cut(p) for p in pieces)


def _newmm_only(segmenter: ThaiWordSegmenter):
    def cut(text: str) -> str:
        def words(match):
            return WORD_BOUNDARY.join(segmenter.words_in(match.group()))
        return _THAI_RUN.sub(words, text)
    return cut


def _with_parts(segmenter: ThaiWordSegmenter):
    def cut(text: str) -> str:
        cuts = segmenter.boundaries(text)
        pieces = [text[a:b] for a, b in zip((0, *cuts), (*cuts, len(text)))]
        return WORD_BOUNDARY.join(pieces)
    return cut


SUFFIX_LENGTH = 30


def _extra_field(title: str, text: str, segmenter: ThaiWordSegmenter | None) -> str:
    """Runs unsplit (segmenter None) or run suffixes from each boundary, and digit variants."""
    plain = _TAG.sub(" ", f"{title} {text}")
    extra = []
    for run in _THAI_RUN.findall(plain):
        if segmenter is None:
            extra.append(run)
        else:
            extra += [run[p:p + SUFFIX_LENGTH] for p in (0, *segmenter.boundaries(run))]
    for number in _NUMBER.findall(plain):
        extra += [to_arabic(number), to_thai(number)]
    return " ".join(dict.fromkeys(extra))


def rewrite_material_index(site: Path, mode: str) -> None:
    """Rewrite site/search/search_index.json for one of the modes in this module's docstring."""
    path = Path(site) / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    segmenter = ThaiWordSegmenter.default()
    cut = _with_parts(segmenter) if mode == "segmented+parts" else _newmm_only(segmenter)
    extra = mode in ("segmented+unsplit", "segmented+suffixes")
    for doc in index["docs"]:
        if extra:
            suffixes = segmenter if mode == "segmented+suffixes" else None
            doc["th"] = _extra_field(doc.get("title", ""), doc.get("text", ""), suffixes)
        doc["title"] = _mark(doc.get("title", ""), cut)
        doc["text"] = _mark(doc.get("text", ""), cut)
    index["config"]["separator"] = SEPARATOR
    if extra:
        index["config"]["fields"]["th"] = {"boost": 1.0}
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
