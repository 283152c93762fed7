"""Reading generated HTML the way a reader sees it: tables as rows of cell texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"br", "img", "hr", "meta", "link", "input", "col", "wbr"}


@dataclass
class Cell:
    tag: str
    attrs: dict
    text: str = ""
    html_classes: set = field(default_factory=set)


@dataclass
class Row:
    attrs: dict
    cells: list = field(default_factory=list)

    @property
    def classes(self) -> set:
        return set((self.attrs.get("class") or "").split())

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass
class Table:
    attrs: dict
    caption: str = ""
    rows: list = field(default_factory=list)

    def body(self) -> list[Row]:
        """Rows after the header row (when the first row is all <th scope=col>)."""
        if self.rows and all(c.attrs.get("scope") == "col" for c in self.rows[0].cells):
            return self.rows[1:]
        return self.rows

    def header(self) -> list[str]:
        return self.rows[0].texts() if self.rows else []


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.stack: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._link: list | None = None
        self._in_caption = False
        self._cell: Cell | None = None
        self._cell_depth_classes: list[set] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "table":
            self.tables.append(Table(attrs))
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self.tables[-1].rows.append(Row(attrs))
        elif tag in ("td", "th") and self.tables:
            self._cell = Cell(tag, attrs)
            self.tables[-1].rows[-1].cells.append(self._cell)
        elif tag == "a":
            self._link = [attrs.get("href", ""), ""]
        if self._cell is not None and "class" in attrs:
            self._cell.html_classes.update(attrs["class"].split())

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()
        if tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th"):
            if self._cell is not None:
                self._cell.text = " ".join(self._cell.text.split())
            self._cell = None
        elif tag == "a" and self._link is not None:
            self.links.append((self._link[0], " ".join(self._link[1].split())))
            self._link = None

    def handle_data(self, data):
        if self._in_caption and self.tables:
            self.tables[-1].caption += data
        if self._cell is not None:
            self._cell.text += data
        if self._link is not None:
            self._link[1] += data


def parse(html: str) -> _Parser:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    if parser.stack:
        parser.errors.append(f"unclosed {parser.stack}")
    return parser
