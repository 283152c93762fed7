"""What evidence for an OIT item is, and where an item's page lives."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """One thing an assessor can open for an item."""

    kind: str  # evidence | generated | measure | page | document | external
    title: str
    url: str  # site-relative ("2568/plan/", "files/a.pdf") or absolute for external
    source: str = ""  # the file that declared it, for messages


@dataclass
class ItemEvidence:
    year: int  # the year folder (= ITA year of the item)
    code: str
    evidence: list[Evidence] = field(default_factory=list)
    page_src: str | None = None  # content/<year>/oit/<code>.md, when the agency wrote one

    @property
    def has_evidence(self) -> bool:
        return bool(self.evidence) or self.page_src is not None

    def add(self, evidence: Evidence) -> None:
        if all(e.url != evidence.url for e in self.evidence):
            self.evidence.append(evidence)
