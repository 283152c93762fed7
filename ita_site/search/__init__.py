"""Thai search: word boundaries at build time, a small worker that matches any Thai word.

The MkDocs plugin calls :func:`publish_thai_search` once Material's search plugin has written
`search/search_index.json`; the theme points Material at `assets/javascripts/search/worker.js`.
Nothing here imports MkDocs.
"""

from ita_site.search.index import (
    PublishedSearch,
    ThaiSearchError,
    build_thai_index,
    publish_thai_search,
    search_stub,
)
from ita_site.search.normalize import clean_text, fold_for_match, normalize_query
from ita_site.search.segmenter import ThaiWordSegmenter, segment_text_for_index

__all__ = [
    "PublishedSearch",
    "ThaiSearchError",
    "ThaiWordSegmenter",
    "build_thai_index",
    "clean_text",
    "fold_for_match",
    "normalize_query",
    "publish_thai_search",
    "search_stub",
    "segment_text_for_index",
]
