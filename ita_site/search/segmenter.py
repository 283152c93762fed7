"""Where Thai words begin and end, found at build time.

Thai is written without spaces, so the index marks word boundaries itself. Words come from
nlpo3 (newmm, maximal matching over PyThaiNLP's CC0 word list; ~3.5 M chars/s here) or, when
nlpo3 cannot be imported, from PyThaiNLP's own newmm (~0.2 M chars/s, same results).

newmm keeps dictionary compounds whole (ปีงบประมาณ, รับสินบน, จัดซื้อจัดจ้าง, การป้องกัน), so
each word is also split into the fewest dictionary words that make it up (ปี|งบ|ประมาณ,
รับ|สินบน): a search for a part of a compound then starts and ends on a boundary too.
Boundaries only rank results (see the worker); a query matches any text that contains it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ita_site.search.normalize import WORD_BOUNDARY

# Thai letters, vowels, tone marks, ฯ and ๆ: the characters that form Thai words (no digits).
THAI_LETTERS = "\u0e01-\u0e4f"
THAI_RUN = re.compile(f"[{THAI_LETTERS}]+")
# Thai vowel signs and tone marks drawn above or below the preceding letter (category Mn).
_COMBINING = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
# A part of a compound must be a dictionary word of two characters or more: one-letter
# "words" (ก, ณ, ๆ) would put boundaries almost anywhere.
_MIN_PART = 2
# Only words of this many characters or more are looked at as compounds (รับสินบน -> รับ|สินบน),
# and parts as long are split again (ปี|งบประมาณ -> ปี|งบ|ประมาณ). Shorter words (โครงการ,
# ทุจริต, ป้องกัน) are left whole: splitting them mostly yields syllables that happen to be
# words (โค|รง|การ, ทุ|จริต, ป้อง|กัน).
_COMPOUND_LENGTH = 8
# Runs of Thai text remembered with their boundaries (about 100 MB at most).
_REMEMBERED_RUNS = 500_000


def pythainlp_word_list() -> Path:
    """PyThaiNLP's Thai word list (CC0), shipped inside the pythainlp package."""
    # Found without importing pythainlp (a fifth of a second): a build whose text was segmented
    # before reads only this file's bytes, to know the cache holds its boundaries.
    spec = importlib.util.find_spec("pythainlp")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "corpus" / "words_th.txt"
    import pythainlp.corpus  # pragma: no cover - an unusual installation

    return Path(pythainlp.corpus.__file__).parent / "words_th.txt"


class ThaiWordSegmenter:
    """Splits Thai text into words and compound words into their parts.

    One instance per dictionary; it remembers the words of every run of Thai it has split.
    """

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w.strip() for w in words if w.strip())
        self._longest = max((len(w) for w in self.words), default=1)
        self._parts: dict[str, tuple[int, ...]] = {}
        self._runs: dict[str, tuple[int, ...]] = {}
        self._split = _newmm_splitter(self.words)

    @classmethod
    def default(cls) -> "ThaiWordSegmenter":
        """The segmenter over PyThaiNLP's word list, built once per process."""
        return _default_segmenter()

    @classmethod
    def with_extra_words(cls, extra: Iterable[str]) -> "ThaiWordSegmenter":
        """PyThaiNLP's words plus a site's own (agency, place and project names)."""
        base = pythainlp_word_list().read_text(encoding="utf-8").splitlines()
        return cls([*base, *extra])

    def words_in(self, run: str) -> list[str]:
        """The words of a run of Thai letters, in order; joined they give the run back."""
        return self._split(run)

    def boundaries(self, text: str) -> list[int]:
        """Offsets inside runs of Thai letters where one word ends and the next begins.

        Offsets 0 < p < len(text), sorted, never next to a script change (those are boundaries
        anyway) and never before a combining vowel or tone mark.
        """
        found: list[int] = []
        for run in THAI_RUN.finditer(text):
            start = run.start()
            found.extend(start + p for p in self.run_boundaries(run.group()))
        return found

    def run_boundaries(self, run: str) -> tuple[int, ...]:
        """Offsets inside one run of Thai letters (see `boundaries`)."""
        # Sites repeat phrases (headings, measure names in plans and reports): remember runs.
        cached = self._runs.get(run)
        if cached is not None:
            return cached
        cuts: list[int] = []
        offset = 0
        for word in self.words_in(run):
            cuts.extend(offset + part for part in self.parts_of(word))
            offset += len(word)
            cuts.append(offset)
        cuts.pop()  # the end of the run is a script change, not a mark to store
        # Malformed text (a vowel sign typed after another vowel) can make newmm cut before a
        # combining mark; a boundary there would split what is drawn as one character.
        cached = tuple(p for p in cuts if not _COMBINING.match(run, p))
        if len(self._runs) >= _REMEMBERED_RUNS:
            self._runs.clear()
        self._runs[run] = cached
        return cached

    def parts_of(self, word: str) -> tuple[int, ...]:
        """Offsets inside `word` where the dictionary words making it up meet (none if short)."""
        cached = self._parts.get(word)
        if cached is None:
            cached = self._parts[word] = tuple(sorted(self._compound_cuts(word)))
        return cached

    def _compound_cuts(self, word: str) -> set[int]:
        if len(word) < _COMPOUND_LENGTH:
            return set()
        cuts = _cuts_of_fewest_parts(word, self.words, self._longest)
        edges = [0, *sorted(cuts), len(word)]
        for start, end in zip(edges, edges[1:]):
            if cuts and end - start >= _COMPOUND_LENGTH:
                inner = _cuts_of_fewest_parts(word[start:end], self.words, self._longest)
                cuts |= {start + c for c in inner}
        return cuts


def segment_text_for_index(text: str, segmenter: ThaiWordSegmenter | None = None) -> str:
    """`text` with a ZERO WIDTH SPACE at every Thai word boundary; nothing else changes.

    Removing every U+200B from the result gives `text` back when `text` had none.
    """
    cuts = (segmenter or ThaiWordSegmenter.default()).boundaries(text)
    if not cuts:
        return text
    pieces = [text[a:b] for a, b in zip((0, *cuts), (*cuts, len(text)))]
    return WORD_BOUNDARY.join(pieces)


def _cuts_of_fewest_parts(word: str, words: frozenset[str], longest: int) -> set[int]:
    """Every inner offset used by some tiling of `word` into the fewest (two or more) words."""
    n = len(word)
    if n < 2 * _MIN_PART:
        return set()
    inf = n + 1
    # suffix[i]: fewest parts covering word[i:]; prefix[j]: fewest parts covering word[:j]
    suffix = [inf] * n + [0]
    for i in range(n - 1, -1, -1):
        for j in range(i + _MIN_PART, min(n, i + longest) + 1):
            if suffix[j] + 1 < suffix[i] and (i, j) != (0, n) and word[i:j] in words:
                suffix[i] = suffix[j] + 1
    if suffix[0] >= inf:
        return set()
    prefix = [0] + [inf] * n
    for j in range(1, n + 1):
        for i in range(max(0, j - longest), j - _MIN_PART + 1):
            if prefix[i] + 1 < prefix[j] and word[i:j] in words:
                prefix[j] = prefix[i] + 1
    return {p for p in range(_MIN_PART, n - _MIN_PART + 1) if prefix[p] + suffix[p] == suffix[0]}


def _newmm_splitter(words: frozenset[str]):
    """A function run -> words using nlpo3 when importable, else PyThaiNLP's newmm."""
    try:
        import nlpo3
    except ImportError:  # pragma: no cover - nlpo3 ships wheels for our platforms
        from pythainlp.tokenize.newmm import segment
        from pythainlp.util import dict_trie

        trie = dict_trie(words)
        return lambda run: segment(run, custom_dict=trie)

    name = _load_nlpo3_dictionary(nlpo3, words)
    return lambda run: nlpo3.segment(run, name)


def _load_nlpo3_dictionary(nlpo3, words: frozenset[str]) -> str:
    """Load `words` into nlpo3 under a name derived from their content; nlpo3 keeps it."""
    listing = "\n".join(sorted(words))
    name = "ita-" + hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]
    # nlpo3 reads dictionaries from files only, and never reloads a name it already has.
    handle, path = tempfile.mkstemp(suffix=".txt", prefix="ita-words-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(listing)
        nlpo3.load_dict(path, name)
    finally:
        os.unlink(path)
    return name


@functools.lru_cache(maxsize=1)
def _default_segmenter() -> ThaiWordSegmenter:
    return ThaiWordSegmenter(pythainlp_word_list().read_text(encoding="utf-8").splitlines())
