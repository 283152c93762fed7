"""Material's search index after a `--dirty` rebuild, made equal to a clean build's.

Material's search plugin indexes only the pages built now; on a dirty rebuild it keeps its last
index, drops the sections of the first page built and appends the new sections at the end (it
expects one page per rebuild). Here more than one page may be built, and a clean build lists
pages in the order MkDocs builds them. :class:`SearchSections` therefore keeps every page's
sections between builds, takes the sections of the pages built now from the end of Material's
entries (they come last, in build order; read from Material's plugin, as its file holds
them), and gives the index back: Material's `config`, then each page's sections in the order
of the site's pages, for ita_site.search to publish.
"""

from __future__ import annotations

import json
from pathlib import Path


class SearchSections:
    """Each page's search sections (Material's entries), by page URL."""

    def __init__(self) -> None:
        self._by_page: dict[str, list] = {}
        self.order: list[str] = []  # URLs of the site's pages as MkDocs builds them

    def merge(self, index: Path, built: list[tuple[str, bool]],
              material: dict | None = None) -> dict | None:
        """Take the sections of `built` (page URL, left out of search) from Material's index:
        `material` when given (Material's entries in memory, as its file holds them), else
        read from `index`. Returns the index with every page's sections in site order (None:
        unreadable, left for ita_site.search to report)."""
        data = material if material is not None else _read(index)
        docs = data.get("docs") if isinstance(data, dict) else None
        if not isinstance(docs, list):
            return None
        data = dict(data)  # Material's own object is only read
        end = len(docs)
        for url, left_out in reversed(built):
            start = end
            while not left_out and start > 0 and _page_of(docs[start - 1]) == url:
                start -= 1
            self._by_page[url] = docs[start:end]
            end = start
        known = set(self.order)
        for url in list(self._by_page):
            if url not in known:
                del self._by_page[url]
        data["docs"] = [entry for url in self.order for entry in self._by_page.get(url, ())]
        return data


def _read(index: Path) -> dict | None:
    try:
        return json.loads(index.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None


def _page_of(entry) -> str | None:
    location = entry.get("location") if isinstance(entry, dict) else None
    return location.split("#", 1)[0] if isinstance(location, str) else None
