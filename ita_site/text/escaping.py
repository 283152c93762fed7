"""Text a user wrote, made safe for where it lands: generated Markdown, HTML, links.

Titles, names and every other field of the content contract are text: shown as written, never
turned into markup. Generated pages are Markdown with raw HTML blocks, so a value may be read
by Python-Markdown (a heading) or sit inside raw HTML (a table cell); :func:`markdown_text`
is right for both. The Markdown body of a page stays the webmaster's own and is not escaped.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# Characters Python-Markdown or a common extension turns into markup when they are in text:
# attribute lists `{: onfocus=… }`, links and images `[x](javascript:…)`, code, emphasis,
# backslash escapes, closing hashes of headings, tables, and pymdownx's ~~ ^^ == ++ :emoji:
# @mentions $math$. As character references they are shown as written and mean nothing to
# Markdown. One table with HTML's own specials, so no reference is escaped twice.
_MARKDOWN_SPECIALS = "\\`*_{}[]#|~^=+:@$!"
_REFERENCES = {ord(c): f"&#{ord(c)};" for c in _MARKDOWN_SPECIALS}
_REFERENCES.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;",
                    ord('"'): "&#34;", ord("'"): "&#39;"})

# Any run of white space holding a line break: in a heading or a one-line field a break would
# end the heading and start a new Markdown block with the rest of the text.
_BREAKS = re.compile(r"\s*[\n\r\v\f\x85\u2028\u2029]\s*")


def one_line(value: object) -> str:
    """`value` as text on one line: line breaks and the space around them become one space."""
    return _BREAKS.sub(" ", str(value)).strip()


def markdown_text(value: object) -> Markup:
    """User text for generated Markdown or HTML, element content or a quoted attribute value.

    Already-safe markup (a :class:`Markup`, e.g. a table cell made by a filter) is returned
    unchanged, so escaping twice is harmless.
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(one_line(value).translate(_REFERENCES))


def html_text(value: object) -> Markup:
    """User text for HTML that no Markdown reads (a template's `{{ page.title }}`)."""
    return escape(value)


def css_string(value: object) -> Markup:
    """User text as a quoted CSS string (a printed page's running header in `content:`).

    Everything but letters, digits, spaces and Thai is written as a CSS escape, so no quote,
    backslash, `<` or line break in the text can end the string, the rule or the <style>
    element. Markup (a title the page already escaped) is read back to its text first, its
    tags dropped.
    """
    text = one_line(value.striptags() if isinstance(value, Markup) else str(value))
    out = "".join(c if c.isalnum() or c == " " or "\u0e00" <= c <= "\u0e7f"
                  else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{out}"')


# Browsers drop tabs and line breaks anywhere in a URL, and control characters and spaces before
# it, before they read its scheme: "java\nscript:" is javascript:.
_IGNORED_IN_URL = re.compile(r"[\t\n\r]")
_LEADING = re.compile(r"^[\x00-\x20]+")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see in `url` ("javascript"), None for a relative URL."""
    match = _SCHEME.match(_LEADING.sub("", _IGNORED_IN_URL.sub("", url)))
    return match.group(1).lower() if match else None


def is_safe_url(url: str) -> bool:
    """Whether a link to `url` can only lead somewhere: no javascript:, data:, vbscript: …"""
    scheme = url_scheme(url)
    return scheme is None or scheme in SAFE_SCHEMES


def safe_url(url: str) -> str:
    """`url`, or "#" when following it would run code instead (content checks refuse such
    links first; this keeps a missed one inert)."""
    return url if is_safe_url(url) else "#"
