"""Cells that PDF extraction gives as HTML fragments (`<p>`, `<ol><li>`, `<b>`, `<a>`).

Only the text and its paragraph and list-item boundaries matter; formatting tags are dropped.
A link keeps its address beside its text when the text does not already show it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ita_site.importer.source import Paragraph

_TAG = re.compile(
    r"</?(?:p|ol|ul|li|br|b|i|u|s|strong|em|span|div|a|sup|sub|font|h[1-6]|table|tr|td|th)\b[^>]*>",
    re.IGNORECASE,
)
# Tags that start or end a paragraph of their own.
_BLOCK = {"p", "div", "li", "ol", "ul", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table"}
_WHITESPACE = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """True when the cell holds HTML tags that extraction left in (not a stray "<")."""
    return bool(_TAG.search(text))


def strip_tags(text: str) -> str:
    """The cell's text without tags, whitespace collapsed: for comparing and for headers."""
    if not looks_like_html(text):
        return text.strip()
    return " ".join(p.text for p in paragraphs_from_html(text))


class _Paragraphs(HTMLParser):
    """Collects paragraphs; list items are flagged so each stays an entry of its own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Paragraph] = []
        self._parts: list[str] = []
        self._in_item = False
        self._href: str | None = None
        self._link_text: list[str] = []

    def _flush(self) -> None:
        text = _WHITESPACE.sub(" ", "".join(self._parts)).strip()
        if text:
            self.found.append(Paragraph(text, item=self._in_item))
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _BLOCK:
            self._flush()
            if tag == "li":
                self._in_item = True
        elif tag == "a":
            self._href = dict(attrs).get("href") or None
            self._link_text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "a":
            self._close_link()
        elif tag in _BLOCK:
            self._flush()
            if tag in ("li", "ol", "ul"):
                self._in_item = False

    def handle_data(self, data: str) -> None:
        self._parts.append(data)
        if self._href is not None:
            self._link_text.append(data)

    def _close_link(self) -> None:
        href, self._href = self._href, None
        if not href:
            return
        shown = "".join(self._link_text).strip()
        if _bare(href) not in _bare(shown):
            self._parts.append(f" ({href})")

    def close(self) -> None:
        super().close()
        self._flush()


def _bare(address: str) -> str:
    """An address without scheme or trailing slash, to see whether the text already shows it."""
    return re.sub(r"^[a-z]+://", "", address.strip().lower()).rstrip("/")


def paragraphs_from_html(fragment: str) -> list[Paragraph]:
    """The paragraphs of an HTML fragment in order; text kept as written, tags removed."""
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    return parser.found
