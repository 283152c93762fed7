"""The Thai search index, made from the index Material's search plugin wrote.

After a build, `search/search_index.json` holds Material's index. :func:`publish_thai_search`
turns it into:

- `search/thai_index.<hash>.json`: every section's location, title and text as plain UTF-8
  text with Thai word boundaries marked by U+200B; the worker loads it on the first query only.
  The hash makes the name change with the content, so browsers may cache it for good. A large
  site gets several such files (shards, see shards.py), searched one after another.
- `search/search_index.json`: a stub with Material's `config`, no documents, and the names of
  the files above. Material's page script downloads this file on every page view and hands it
  to the search worker; kept tiny, it costs visitors who never search next to nothing.

Format of the index (version 1)::

    {"version": 1, "docs": [[location, title, text], [location, title, text, {"tags": [...],
     "boost": 2}], ...]}

A page is always followed by its sections, as in Material's index; the worker relies on it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ita_site.base.problems import Problem
from ita_site.messages import search as messages
from ita_site.search.boundary_cache import CachedBoundaries
from ita_site.search.html_text import plain_text
from ita_site.search.segmenter import ThaiWordSegmenter, segment_text_for_index
from ita_site.search.shards import SHARD_BYTES, split_into_shards

INDEX_VERSION = 1
INDEX_PREFIX = "thai_index."
# Key added to Material's `config` in the stub; Material's own code ignores unknown keys.
STUB_KEY = "thai_index"


class ThaiSearchError(Exception):
    """The search index could not be prepared; `problem` says why and how to fix it."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.format())


@dataclass(frozen=True)
class PublishedSearch:
    """What :func:`publish_thai_search` wrote: the index files in search order, and the stub."""

    index_paths: tuple[Path, ...]
    stub_path: Path
    index_bytes: int
    counted: int | None = field(default=None, repr=False)  # documents, when known

    @property
    def documents(self) -> int:
        """Documents in the index; read from its files when they were published before (only
        whoever asks pays for that)."""
        if self.counted is not None:
            return self.counted
        return sum(len(json.loads(p.read_text(encoding="utf-8"))["docs"])
                   for p in self.index_paths)


def build_thai_index(material_index: dict, segmenter: ThaiWordSegmenter | None = None,
                     memo: dict | None = None) -> dict:
    """The Thai index for `material_index` (the parsed search_index.json of Material).

    Every document keeps its location; title and text become plain text with U+200B between
    Thai words. Documents Material marked with tags or a boost keep them. `segmenter` is any
    object with ThaiWordSegmenter's `boundaries` (boundary_cache.CachedBoundaries). `memo`, kept between
    builds of one `mkdocs serve`, holds each section's entry, so only changed sections are
    segmented again; it keeps only this index's sections.
    """
    if memo is not None:
        seen = {}
        docs = []
        for doc in material_index.get("docs", []):
            key = (doc.get("location"), doc.get("title"), doc.get("text"),
                   repr(doc.get("tags")), repr(doc.get("boost")))
            entry = memo.get(key)
            if entry is None:
                entry = build_thai_index({"docs": [doc]}, segmenter)["docs"][0]
            seen[key] = entry
            docs.append(entry)
        memo.clear()
        memo.update(seen)
        return {"version": INDEX_VERSION, "docs": docs}
    segmenter = segmenter or ThaiWordSegmenter.default()
    docs = []
    for doc in material_index.get("docs", []):
        title = plain_text(str(doc.get("title", ""))).replace("\n", " ")
        text = plain_text(str(doc.get("text", "")))
        entry: list = [
            str(doc.get("location", "")),
            segment_text_for_index(title, segmenter),
            segment_text_for_index(text, segmenter),
        ]
        extra = {}
        tags = [plain_text(str(t)) for t in doc.get("tags") or [] if str(t).strip()]
        if tags:
            extra["tags"] = [segment_text_for_index(t, segmenter) for t in tags]
        if isinstance(doc.get("boost"), (int, float)) and doc["boost"] != 1:
            extra["boost"] = doc["boost"]
        if extra:
            entry.append(extra)
        docs.append(entry)
    return {"version": INDEX_VERSION, "docs": docs}


def encode_index(index: dict) -> bytes:
    """Compact UTF-8 JSON: Thai as 3 bytes a character, not as 6-byte \\u escapes."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def index_file_name(data: bytes) -> str:
    """`thai_index.<first 12 hex digits of sha256>.json` for the encoded index `data`."""
    return f"{INDEX_PREFIX}{hashlib.sha256(data).hexdigest()[:12]}.json"


def search_stub(material_index: dict, index_files: list[str]) -> dict:
    """What replaces search_index.json: Material's config, no documents, our index files' names."""
    config = dict(material_index.get("config") or {})
    config[STUB_KEY] = list(index_files)
    return {"config": config, "docs": []}


def is_stub(material_index: dict) -> bool:
    """Whether `material_index` is already a stub written by :func:`search_stub`."""
    return STUB_KEY in (material_index.get("config") or {}) and not material_index.get("docs")


def publish_thai_search(
    site_dir: Path,
    segmenter: ThaiWordSegmenter | None = None,
    shard_bytes: int = SHARD_BYTES,
    *,
    memo: dict | None = None,
    material_index: dict | None = None,
    cache_dir: Path | None = None,
) -> PublishedSearch:
    """Write the Thai index next to Material's and replace Material's with a stub.

    Run after Material's search plugin wrote `site_dir/search/search_index.json`. Running it
    again on the same folder changes nothing. Older `thai_index.*.json` files are removed. An
    index over `shard_bytes` is split into several files (shards.py). `memo`: see
    :func:`build_thai_index`; `material_index`: Material's index when the caller has it in
    memory already (`mkdocs serve --dirty` merges it, ita_site.plugin.search_merge).
    Without a `segmenter`, word boundaries are remembered in `cache_dir` (boundary_cache.py), so
    the dictionary is loaded only for text not segmented before.
    Raises :class:`ThaiSearchError` when the index is missing or unreadable.
    """
    search_dir = Path(site_dir) / "search"
    stub_path = search_dir / "search_index.json"
    if material_index is None:
        material_index = _read_material_index(stub_path)
    if is_stub(material_index):
        return _already_published(search_dir, stub_path, material_index["config"][STUB_KEY])

    cached = CachedBoundaries.default(cache_dir) if segmenter is None else None
    docs = build_thai_index(material_index, segmenter or cached, memo)["docs"]
    if cached is not None:
        cached.save()
    for old in search_dir.glob(f"{INDEX_PREFIX}*.json"):
        old.unlink()
    paths = []
    written = 0
    # One shard's JSON at a time: at 10,000 measures the whole index is tens of megabytes.
    for shard in split_into_shards(docs, shard_bytes):
        data = encode_index({"version": INDEX_VERSION, "docs": shard})
        paths.append(search_dir / index_file_name(data))
        paths[-1].write_bytes(data)
        written += len(data)
    stub_path.write_bytes(encode_index(search_stub(material_index, [p.name for p in paths])))
    return PublishedSearch(tuple(paths), stub_path, written, len(docs))


def _already_published(search_dir: Path, stub_path: Path, names: list[str]) -> PublishedSearch:
    paths = tuple(search_dir / name for name in names)
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise ThaiSearchError(_problem(messages.SEARCH_INDEX_MISSING, missing[0]))
    return PublishedSearch(paths, stub_path, sum(p.stat().st_size for p in paths))


def _read_material_index(path: Path) -> dict:
    if not path.is_file():
        raise ThaiSearchError(_problem(messages.SEARCH_INDEX_MISSING, path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problem = _problem(messages.SEARCH_INDEX_UNREADABLE, path, reason=error)
        raise ThaiSearchError(problem) from error
    if not isinstance(data, dict) or not isinstance(data.get("docs", []), list):
        reason = "no list of docs"
        raise ThaiSearchError(_problem(messages.SEARCH_INDEX_UNREADABLE, path, reason=reason))
    return data


def _problem(text, path: Path, **values) -> Problem:
    return Problem(str(path), text.format(path=path, **values))
