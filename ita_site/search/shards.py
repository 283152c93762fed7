"""Splitting a large Thai index into files the worker loads one after another.

A site with thousands of measures has tens of megabytes of text. Split into shards of a few
megabytes, newest year first, the worker answers from the first shard while the others load,
and shows the complete result once it has searched them all. A page is never split: Material's
result list needs a page's sections next to the page.
"""

from __future__ import annotations

import json
import re

# About 1 s of download on a slow 4G link, and a few hundred milliseconds to search.
SHARD_BYTES = 4_000_000

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


def split_into_shards(docs: list[list], shard_bytes: int = SHARD_BYTES) -> list[list[list]]:
    """Documents in shards of about `shard_bytes` of UTF-8 JSON each, in search order.

    One shard (with Material's order untouched) when everything fits in one.
    """
    encoded = [len(json.dumps(doc, ensure_ascii=False).encode("utf-8")) + 1 for doc in docs]
    if sum(encoded) <= shard_bytes:
        return [docs]
    size_of = {id(doc): size for doc, size in zip(docs, encoded)}
    shards: list[list[list]] = [[]]
    filled = 0
    for page in pages_newest_first(docs):
        size = sum(size_of[id(doc)] for doc in page)
        if shards[-1] and filled + size > shard_bytes:
            shards.append([])
            filled = 0
        shards[-1].extend(page)
        filled += size
    return shards
