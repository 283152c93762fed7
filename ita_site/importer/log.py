"""What an import found: problems (errors, warnings) and notices, each naming its place.

Problems use the content layer's Problem so `ita-site` prints them all the same way; the file
is the source document, the line its line or row number, the field its column header.
Notices say what the importer decided (year read, rows merged, duplicates skipped).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ita_site.base.problems import Problems
from ita_site.importer.source import Where
from ita_site.messages import Text
from ita_site.messages import importer as msg

_WHERE = {
    "line": msg.WHERE_LINE,
    "paragraph": msg.WHERE_PARAGRAPH,
    "table": msg.WHERE_TABLE,
    "sheet": msg.WHERE_SHEET,
}


def describe(where: Where) -> Text:
    """The place in words, Thai and English."""
    return _WHERE[where.kind].format(number=where.number, container=where.container)


def place(where: Where, name: str = "where") -> dict[str, str]:
    """Format values naming a place in both languages: {where_th} and {where_en}."""
    words = describe(where)
    return {f"{name}_th": words.th, f"{name}_en": words.en}


@dataclass(frozen=True)
class Notice:
    """Something the importer decided, worth telling but needing no action."""

    text: Text
    location: str = ""

    def format(self) -> str:
        head = f"{self.location}\n  " if self.location else ""
        return f"{head}หมายเหตุ: {self.text.th}\n  (note: {self.text.en})"


@dataclass
class ImportLog:
    """Problems and notices of one import, in the order found."""

    source_name: str
    problems: Problems = field(default_factory=Problems)
    notices: list[Notice] = field(default_factory=list)

    def _path(self, where: Where | None) -> str:
        return self.source_name + (where.problem_path_suffix if where else "")

    def location(self, where: Where | None, column: str | None = None) -> str:
        if where is None:
            return self.source_name
        text = f"{self._path(where)}:{where.number}"
        return f"{text} [{column}]" if column else text

    def error(self, where: Where | None, text: Text, column: str | None = None) -> None:
        self.problems.error(self._path(where), text, line=where.number if where else None, field=column)

    def warn(self, where: Where | None, text: Text, column: str | None = None) -> None:
        self.problems.warning(self._path(where), text, line=where.number if where else None, field=column)

    def note(self, where: Where | None, text: Text, column: str | None = None) -> None:
        self.notices.append(Notice(text, self.location(where, column)))
