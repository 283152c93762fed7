"""Which pages of a built site contain a query: the yardstick for the search tests.

A page contains a query when its article text (what a reader sees, read from the built HTML,
not from any search index) contains every space-separated term, after the same cleaning and
folding the search applies (Thai digits = Arabic digits, upper = lower case). Codes and numbers
are words: O2 is not contained in O28, 2568 not in 25680.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ita_site.search.normalize import clean_text, fold_for_match, normalize_query

_BLOCKS = {"p", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "div", "br"}


class _ArticleText(HTMLParser):
    """Text of <article class="md-content__inner ...">, headerlink anchors left out."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article" and "md-content__inner" in (attrs.get("class") or ""):
            self.depth = 1
            return
        if self.depth:
            if tag not in ("br", "img", "hr", "input"):
                self.depth += 1
            if self.skip or (tag == "a" and "headerlink" in (attrs.get("class") or "")):
                self.skip += 1
            if tag in _BLOCKS:
                self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.skip:
                self.skip -= 1
            if tag in _BLOCKS:
                self.parts.append("\n")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def page_texts(site: Path) -> dict[str, str]:
    """Site URL ("", "2568/plan/") -> folded article text, for every page of the built site."""
    texts = {}
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        # The standard report is for the webmaster and kept out of search on purpose.
        if rel.startswith(("search", "assets")) or rel in ("404", "standard-report"):
            continue
        parser = _ArticleText()
        parser.feed(html.read_text(encoding="utf-8"))
        url = "" if rel == "." else rel + "/"
        texts[url] = fold_for_match(clean_text("".join(parser.parts)))
    return texts


def _term_pattern(term: str) -> re.Pattern:
    body = re.escape(term)
    if re.match(r"[a-z0-9]", term):
        body = r"(?<![a-z0-9])" + body
    if re.search(r"[0-9]$", term):
        body += r"(?![0-9])"
    elif re.fullmatch(r"[a-z0-9]+", term) and re.search(r"[0-9]", term):
        body += r"(?![a-z0-9])"
    return re.compile(body)


def pages_containing(texts: dict[str, str], query: str) -> set[str]:
    """URLs of the pages whose text contains every term of `query`."""
    terms = normalize_query(query).split(" ")
    patterns = [_term_pattern(t) for t in terms if t]
    return {url for url, text in texts.items() if all(p.search(text) for p in patterns)}
