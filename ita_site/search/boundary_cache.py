"""Thai word boundaries remembered between builds, so a build loads no dictionary for text it
has segmented before.

The segmenter's dictionary costs a second and about 75 MB on every build (nlpo3's copy and the
word set for compound parts), yet a site changes a few pages between builds. The boundaries of
every run of Thai letters the site holds are kept in one file of the cache folder (the plugin's
`cache_dir`), named by what decides them: the word list, the version of nlpo3 and of this
segmentation. The dictionary is loaded only when a run is not in the file; the file then holds
the runs of the latest build only, so it never grows beyond the site.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from ita_site.search.segmenter import THAI_RUN, ThaiWordSegmenter, pythainlp_word_list

# Raise when segmenter.py would cut any text differently (it is part of the file's name).
SEGMENTATION_VERSION = 1
_PREFIX = "boundaries-"
_FORMAT = 1


class CachedBoundaries:
    """`boundaries(text)` as ThaiWordSegmenter gives them, from the file where it can."""

    def __init__(self, path: Path | None, make_segmenter: Callable[[], ThaiWordSegmenter]):
        self.path = path
        self._make_segmenter = make_segmenter
        self._segmenter: ThaiWordSegmenter | None = None
        self._known = _read(path) if path is not None else {}
        self._used: dict[str, list[int]] = {}
        self.new_runs = 0

    @classmethod
    def default(cls, folder: Path | None) -> "CachedBoundaries":
        """Over PyThaiNLP's word list (ThaiWordSegmenter.default), remembered under `folder`."""
        path = folder / f"{_PREFIX}{_dictionary_id()}.json" if folder is not None else None
        return cls(path, ThaiWordSegmenter.default)

    def boundaries(self, text: str) -> list[int]:
        """See ThaiWordSegmenter.boundaries."""
        found: list[int] = []
        for run in THAI_RUN.finditer(text):
            cuts = self._cuts(run.group())
            if cuts:
                start = run.start()
                found.extend(start + p for p in cuts)
        return found

    def _cuts(self, run: str) -> list[int]:
        cuts = self._used.get(run)
        if cuts is None:
            cuts = self._known.get(run)
            if cuts is None:
                if self._segmenter is None:
                    self._segmenter = self._make_segmenter()
                cuts = list(self._segmenter.run_boundaries(run))
                self.new_runs += 1
            self._used[run] = cuts
        return cuts

    def save(self) -> None:
        """Write the runs of this build, when they differ from the file's; old files go."""
        if self.path is None or (not self.new_runs and len(self._used) == len(self._known)):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"format": _FORMAT, "runs": self._used}, ensure_ascii=False,
                          separators=(",", ":"))
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(data)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in self.path.parent.glob(f"{_PREFIX}*.json"):
            if old != self.path:
                old.unlink(missing_ok=True)


def _read(path: Path) -> dict[str, list[int]]:
    """The runs of an earlier build; nothing when the file is missing or not whole."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        runs = data["runs"] if data.get("format") == _FORMAT else {}
    except (OSError, ValueError, AttributeError, KeyError):
        return {}
    if not isinstance(runs, dict):
        return {}
    return {run: cuts for run, cuts in runs.items()
            if isinstance(cuts, list) and all(type(c) is int and 0 < c < len(run) for c in cuts)}


def _dictionary_id() -> str:
    """What decides the boundaries: the word list's bytes, nlpo3's version, ours."""
    digest = hashlib.sha256(pythainlp_word_list().read_bytes())
    try:
        engine = "nlpo3 " + metadata.version("nlpo3")
    except metadata.PackageNotFoundError:  # pragma: no cover - PyThaiNLP's newmm, same words
        engine = "newmm"
    digest.update(f"{engine} {SEGMENTATION_VERSION}".encode())
    return digest.hexdigest()[:16]
