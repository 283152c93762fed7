"""Splitting a large Thai index into files the worker loads one after another.

A site with thousands of measures has tens of megabytes of text. Split into shards of a few
megabytes, newest year first, the worker answers from the first shard while the others load,
and shows the complete result once it has searched them all. A page is never split: Material's
result list needs a page's sections next to the page.

The first shard is kept small (FIRST_SHARD_BYTES), so the first answer costs the same at 100
or 10,000 measures. The yearly summaries (plan, progress and yearly report) repeat the text
of every measure of their year, and each measure has its own page: they stay searchable, but
in the last shards, so they never delay the first answer.
"""

from __future__ import annotations

import json
import re

# About 1 s of download on a slow 4G link, and a few hundred milliseconds to search.
SHARD_BYTES = 4_000_000
# About 0.2 s to download, parse and search in Chromium on a laptop.
FIRST_SHARD_BYTES = 1_000_000

# Pages that repeat every measure of their year (URLs fixed by ita_site/pages).
_SUMMARY = re.compile(r"^\d{4}/(?:plan|progress|report)/")

_YEAR = re.compile(r"^(\d{4})/")


def _page_of(location: str) -> str:
    return location.split("#", 1)[0]


def pages_newest_first(docs: list[list]) -> list[list[list]]:
    """Index documents grouped by page; pages outside year folders first, then years newest first.

    Within each group the original (Material's) order is kept.
    """
    pages: dict[str, list[list]] = {}
    for doc in docs:
        pages.setdefault(_page_of(doc[0]), []).append(doc)

    def key(item: tuple[int, str]) -> tuple[int, int, int]:
        order, page = item
        year = _YEAR.match(page)
        return (1, -int(year.group(1)), order) if year else (0, 0, order)

    ordered = sorted(enumerate(pages), key=key)
    return [pages[page] for _, page in ordered]


def pages_in_search_order(docs: list[list]) -> list[list[list]]:
    """:func:`pages_newest_first`, with the yearly summaries moved after every other page."""
    pages = pages_newest_first(docs)
    return ([p for p in pages if not _SUMMARY.match(p[0][0])]
            + [p for p in pages if _SUMMARY.match(p[0][0])])


def split_into_shards(docs: list[list], shard_bytes: int = SHARD_BYTES,
                      first_bytes: int = FIRST_SHARD_BYTES) -> list[list[list]]:
    """Documents in shards of about `shard_bytes` of UTF-8 JSON each, in search order; the
    first holds about `first_bytes` at most.

    One shard (with Material's order untouched) when everything fits in one.
    """
    encoded = [len(json.dumps(doc, ensure_ascii=False).encode("utf-8")) + 1 for doc in docs]
    if sum(encoded) <= shard_bytes:
        return [docs]
    size_of = {id(doc): size for doc, size in zip(docs, encoded)}
    shards: list[list[list]] = [[]]
    filled = 0
    for page in pages_in_search_order(docs):
        size = sum(size_of[id(doc)] for doc in page)
        limit = min(first_bytes, shard_bytes) if len(shards) == 1 else shard_bytes
        if shards[-1] and filled + size > limit:
            shards.append([])
            filled = 0
        shards[-1].extend(page)
        filled += size
    return shards
