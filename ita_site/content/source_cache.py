"""Parsed content files kept between builds of one process (`mkdocs serve`).

Parsing the YAML of a thousand measures is most of the time a check takes, while an edit
changes one file. A :class:`SourceCache` keeps each file's parse keyed by a digest of its
bytes, so a file is parsed again only when its bytes changed: a timestamp could miss two saves
within the file system's clock tick. Reading the bytes of every file stays, and is cheap.

It also remembers what the last load read, for :meth:`fingerprint`: digests of everything the
generated pages are made from, one per year of measures and one of the rest, so the build can
tell which of them may have changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from ita_site.base.problems import Problems
from ita_site.base.yamlfile import MarkdownSource, YamlSyntaxError, check_characters, decode


class SourceCache:
    """File → (digest of its bytes, the outcome of parsing it); see the module's docstring."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[bytes, object]] = {}
        self._read: dict[str, bytes] = {}  # rel → digest, for the files the last load read
        self._derived: dict[str, tuple[bytes, object, object, list]] = {}
        self._catalogs: tuple[str, object] | None = None

    def begin(self) -> None:
        """Start a load: files not read by it are forgotten at the next :meth:`fingerprint`."""
        self._read = {}

    def parsed(self, path: Path, rel: str, parse: Callable[[str], object]):
        """`parse(text)` of the file, or the YamlSyntaxError it raised, from the cache when
        the file's bytes are the same as when it was parsed."""
        raw = path.read_bytes()
        digest = hashlib.blake2b(raw, digest_size=16).digest()
        self._read[rel] = digest
        cached = self._entries.get(rel)
        if cached is not None and cached[0] == digest:
            return cached[1]
        try:
            text = decode(raw)
            check_characters(text)  # in a Markdown body too: a NUL would reach the HTML
            outcome = parse(text)
        except YamlSyntaxError as exc:
            outcome = exc
        self._entries[rel] = (digest, outcome)
        return outcome

    def derived(self, rel: str, tag, make: Callable[[Problems], object], problems: Problems):
        """`make(problems)` for the file `rel` as read last (a measure made from its parse):
        made again only when the file's bytes or `tag` changed; the problems it found are
        reported again each time."""
        digest = self._read.get(rel)
        kept = self._derived.get(rel)
        if kept is not None and kept[0] == digest and kept[1] == tag:
            problems.extend(kept[3])
            return kept[2]
        found = Problems()
        value = make(found)
        self._derived[rel] = (digest, tag, value, list(found.items))
        problems.extend(found)
        return value

    def catalogs(self, folder: Path | None, load: Callable[[Path | None], object]):
        """`load(folder)`, again only when a file in the site's catalog `folder` changed."""
        key = f"{folder}:{folder_digest(folder)}"
        if self._catalogs is None or self._catalogs[0] != key:
            self._catalogs = (key, load(folder))
        return self._catalogs[1]

    def front_matter(self, rel: str) -> str | None:
        """The front matter of a Markdown file as the last load read it (None: not read)."""
        cached = self._entries.get(rel)
        if cached is None or not isinstance(cached[1], MarkdownSource):
            return None
        return cached[1].front_matter

    def fingerprint(self, measures: dict[str, int]) -> dict[str, str]:
        """Digests of every file the last load read, by group: one per year of the measure
        files in `measures` (src_uri → year), of their front matter only (a measure's body shows
        on its own page and nowhere else), and one ("") of all other files."""
        for rel in set(self._entries) - set(self._read):
            del self._entries[rel]
            self._derived.pop(rel, None)
        totals: dict[str, hashlib.blake2b] = {"": hashlib.blake2b(digest_size=16)}
        for rel in sorted(self._read):
            outcome = self._entries[rel][1]
            group = str(measures[rel]) if rel in measures else ""
            total = totals.setdefault(group, hashlib.blake2b(digest_size=16))
            total.update(rel.encode("utf-8") + b"\0")
            if rel in measures and isinstance(outcome, MarkdownSource):
                total.update(outcome.front_matter.encode("utf-8"))
                total.update(str(outcome.body_line).encode())
            else:
                total.update(self._read[rel])
            total.update(b"\0")
        return {group: total.hexdigest() for group, total in totals.items()}


def folder_digest(folder: Path | None) -> str:
    """One digest of the names and bytes of every file under `folder` ("" when none)."""
    if folder is None or not Path(folder).is_dir():
        return ""
    total = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            total.update(str(path.relative_to(folder)).encode("utf-8") + b"\0")
            total.update(path.read_bytes() + b"\0")
    return total.hexdigest()
