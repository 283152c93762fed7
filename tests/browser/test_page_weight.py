"""Page weight: what a reader on a slow link downloads to see each kind of page the first time.

A fresh load (new browser context, empty cache) of each page kind is counted: every response
body and its headers, as sent by a server that does not compress (Python's http.server), so
the figures are an upper bound; a host that gzips text sends HTML, CSS and JS in about a
third. The budgets, per kind, in KB of 1,000 bytes:

    home 500 · year 500 · measure 450 · plan 600 · progress 600 · report 600
    analysis 600 · oit-index 550 · oit-item 450 · surveys 500

Every page pays a fixed part of about 350 KB: Material's shell (main CSS 138, palette 12,
bundle 114 KB), our stylesheets (one file, about 30 KB), the Thai search worker (a few hundred
bytes, started on load; its search code and the index wait for a query), and Sarabun Regular and Bold (about 23 KB each, cut to Thai
and Latin as WOFF2). The budgets leave 100-250 KB for the page itself; the sample's HTML is 27-90 KB (figures per run
in test-artifacts/<run>/page-weight.txt). Document pages get more because they grow with the
number of measures.

The search index is not part of any first load: it must be fetched only when someone searches.
Material's bundle always fetches search/search_index.json at start-up, so that file has to be
the Thai search's stub (no documents, naming the real index); the real index
(search/thai_index.<hash>.json) must not be requested until a query is typed, and then must be.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .pagekinds import KINDS, SEARCH_QUERY

pytestmark = pytest.mark.browser

KB = 1000
BUDGET_KB = {"home": 500, "year": 500, "measure": 450, "plan": 600, "progress": 600,
             "report": 600, "analysis": 600, "oit-index": 550, "oit-item": 450, "surveys": 500}
LOADED_KINDS = [k for k in KINDS if k != "search"]   # "search" is not a first load
STUB = "search/search_index.json"
REAL_INDEX = re.compile(r"search/thai_index\.[0-9a-f]+\.json$")


def _path(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def _kind_of(path: str) -> str:
    for suffix, label in ((".css", "css"), (".js", "js"), (".ttf", "font"), (".woff2", "font"),
                          (".woff", "font"), (".json", "json"), (".png", "image"),
                          (".svg", "image"), (".jpg", "image"), (".webp", "image")):
        if path.endswith(suffix):
            return label
    return "html" if path.endswith("/") or path.endswith(".html") or not path else "other"


def _body_size(site: Path, path: str, reported: int) -> int:
    """Bytes of the body: the served file's size (the server sends files as they are), since
    Chromium reports no body size for a worker's own script; else what Chromium reported."""
    file = site / unquote(path)
    if path == "" or path.endswith("/"):
        file = file / "index.html"
    return file.stat().st_size if file.is_file() else reported


def _weigh(site: Path, requests) -> tuple[int, Counter, list[tuple[str, int]]]:
    total, by_type, files = 0, Counter(), []
    for request in requests:
        if request.url.startswith("data:"):
            continue
        sizes = request.sizes()
        path = _path(request.url)
        size = _body_size(site, path, sizes["responseBodySize"]) + sizes["responseHeadersSize"]
        total += size
        by_type[_kind_of(path)] += size
        files.append((path or "/", size))
    return total, by_type, files


def _is_stub(site: Path) -> bool:
    try:
        index = json.loads((site / STUB).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return not index.get("docs")


@pytest.mark.parametrize("kind", LOADED_KINDS)
def test_first_load_stays_within_budget_without_the_search_index(
        kind_visits, sample_site, artifacts, kind):
    loaded = kind_visits(kind).first_load()
    paths = [_path(r.url) for r in loaded]
    total, by_type, files = _weigh(sample_site, loaded)
    line = (f"{kind:10} {total / KB:7.1f} KB (budget {BUDGET_KB[kind]}): "
            + ", ".join(f"{name} {size / KB:.1f}" for name, size in by_type.most_common()) + "\n"
            + "".join(f"    {size / KB:8.1f}  {path}\n" for path, size in files))
    with (artifacts / "page-weight.txt").open("a", encoding="utf-8") as report:
        report.write(line)
    print(line)

    real = [p for p in paths if REAL_INDEX.search(p)]
    assert not real, f"{kind}: the search index {real} is downloaded before anyone searches"
    if STUB in paths:
        size = (sample_site / STUB).stat().st_size
        assert _is_stub(sample_site), (
            f"{kind}: the full search index ({size / KB:.0f} KB, {STUB}) is downloaded on every "
            "page load; the Thai search stub must replace it (ita_site.search.publish_thai_search "
            "after the build, and partials/thai-search.html in theme/main.html)")
    assert total <= BUDGET_KB[kind] * KB, (
        f"{kind}: {total / KB:.0f} KB on first load, over its budget of {BUDGET_KB[kind]} KB:\n{line}")


def test_search_index_loads_when_a_reader_searches_and_finds_thai_words(kind_visits):
    opened = kind_visits("search")
    before = [_path(r.url) for r in opened.first_load()]
    after = [_path(r.url) for r in opened.finished[opened.loaded:]]
    assert opened.found, f"searching {SEARCH_QUERY!r} listed no result"
    assert not any(REAL_INDEX.search(p) for p in before), "the index was loaded before searching"
    assert any(REAL_INDEX.search(p) for p in after), (
        f"typing {SEARCH_QUERY!r} did not download the Thai search index; requests after "
        f"typing: {after}")
