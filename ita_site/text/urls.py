"""What makes a URL unsafe to publish, whoever wrote it."""

from __future__ import annotations

import unicodedata

# Control characters, every kind of space and line break, and invisible format characters
# (zero-width spaces, bidi overrides): browsers drop or reinterpret them, so a link with one
# would not go where its text says.
_BLANK_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def has_blank(url: str) -> bool:
    """True when `url` holds a space, a line break, a control or an invisible character."""
    return any(ch.isspace() or unicodedata.category(ch) in _BLANK_CATEGORIES for ch in url)


def shown(url: str) -> str:
    """`url` with its blank characters made visible (`\\n`, `\\u200b`), for messages."""
    return "".join(ch.encode("unicode_escape").decode("ascii")
                   if ch != " " and (ch.isspace() or unicodedata.category(ch) in _BLANK_CATEGORIES)
                   else ch for ch in url)
