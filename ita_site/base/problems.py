"""Problems found in content: where they are, what is wrong, how to fix it.

A problem always names the file; the line and field when known. Loading collects every problem
of a site instead of stopping at the first, so one `ita-site check` shows them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from ita_site.messages import Text


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


_LABEL_TH = {Severity.ERROR: "ข้อผิดพลาด", Severity.WARNING: "คำเตือน"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, ready to print."""

    path: str
    text: Text
    line: int | None = None
    field: str | None = None
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where} [{self.field}]" if self.field else where

    def format(self) -> str:
        """Thai first, English beside it, each with its fix."""
        th = f"{_LABEL_TH[self.severity]}: {self.text.th}"
        if self.text.fix_th:
            th += f" — วิธีแก้: {self.text.fix_th}"
        en = f"{self.severity.value}: {self.text.en}"
        if self.text.fix_en:
            en += f" — fix: {self.text.fix_en}"
        return f"{self.location()}\n  {th}\n  ({en})"


@dataclass
class Problems:
    """Problems collected while loading, in the order found."""

    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        path: str | Path,
        text: Text,
        *,
        line: int | None = None,
        field: str | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.items.append(Problem(str(path), text, line, field, severity))

    def error(self, path, text, *, line=None, field=None) -> None:
        self.add(path, text, line=line, field=field, severity=Severity.ERROR)

    def warning(self, path, text, *, line=None, field=None) -> None:
        self.add(path, text, line=line, field=field, severity=Severity.WARNING)

    def extend(self, other: "Problems | list[Problem]") -> None:
        self.items.extend(other.items if isinstance(other, Problems) else other)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if not p.is_error]

    def __bool__(self) -> bool:
        return bool(self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class ContentError(Exception):
    """Raised when content has errors; carries every problem so all can be shown at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))
