"""What a browser would make of a built page: its elements, attributes, links and text."""

from __future__ import annotations

import html.parser
from dataclasses import dataclass, field
from pathlib import Path

from ita_site.text.escaping import is_safe_url


@dataclass
class PageMarkup:
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    text: str = ""
    scripts: list[str] = field(default_factory=list)


class _Reader(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageMarkup()
        self._parts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.page.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.page.scripts.append(data)
        else:
            self._parts.append(data)

    def close(self):
        super().close()
        self.page.text = " ".join(" ".join(self._parts).split())


def read_page(path: Path) -> PageMarkup:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.page


def injected(page: PageMarkup) -> list[str]:
    """Every sign that text of the content became markup: elements, handlers, attributes and
    links the payloads of hostile.py would make. Empty for a safe page."""
    found = []
    for tag, attrs in page.elements:
        if tag in ("img", "svg") and ("onerror" in attrs or "onload" in attrs):
            found.append(f"<{tag}> with a handler")
        for name, value in attrs.items():
            if name.startswith("on") and "__pwned" in value:
                found.append(f"<{tag} {name}=…>")
            if name == "autofocus":
                found.append(f"<{tag} autofocus>")
            if name in ("href", "src", "action", "formaction") and not is_safe_url(value):
                found.append(f"<{tag} {name}={value!r}>")
    found += [f"<script>{s[:40]}</script>" for s in page.scripts if "__pwned" in s]
    return found
