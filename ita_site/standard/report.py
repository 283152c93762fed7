"""The findings of a standard check and how they are shown: as lines for `ita-site check
--standard` and as an HTML table for the report page in the built site."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from ita_site.messages import Text
from ita_site.messages import standard as msg
from ita_site.standard.catalog import StandardCatalog, StandardItem

PASS, FAIL, WARN, PENDING, AGENCY = "pass", "fail", "warn", "pending", "agency"
# A finding lists at most this many places; the rest are counted.
SHOWN_DETAILS = 20


@dataclass(frozen=True)
class Finding:
    item: StandardItem
    status: str
    details: tuple[Text, ...] = ()


@dataclass
class StandardReport:
    catalog: StandardCatalog
    findings: dict[str, Finding] = field(default_factory=dict)

    def set(self, item_id: str, status: str, details=()) -> None:
        self.findings[item_id] = Finding(self.catalog.item(item_id), status, tuple(details))

    def merge(self, other: "StandardReport") -> None:
        """Take `other`'s findings for the items it decided (the built checks)."""
        for key, finding in other.findings.items():
            if finding.status != PENDING:
                current = self.findings.get(key)
                if current is None or _rank(finding.status) >= _rank(current.status):
                    self.findings[key] = finding

    def ordered(self) -> list[Finding]:
        """Every item of the catalog in its order; items not checked yet are pending."""
        return [self.findings.get(item.id) or Finding(
                    item, AGENCY if item.stage == "agency" else PENDING)
                for item in self.catalog.items]

    def count(self, status: str) -> int:
        return sum(1 for f in self.ordered() if f.status == status)

    @property
    def failed(self) -> bool:
        return self.count(FAIL) > 0

    def summary(self) -> Text:
        checkable = sum(1 for f in self.ordered() if f.status in (PASS, FAIL, WARN))
        return msg.SUMMARY.format(passed=self.count(PASS), failed=self.count(FAIL),
                                  warned=self.count(WARN), total=checkable)


def _rank(status: str) -> int:
    return {PENDING: 0, AGENCY: 0, PASS: 1, WARN: 2, FAIL: 3}[status]


def _shown(details: tuple[Text, ...]) -> list[Text]:
    shown = list(details[:SHOWN_DETAILS])
    if len(details) > SHOWN_DETAILS:
        shown.append(msg.MORE.format(count=len(details) - SHOWN_DETAILS))
    return shown


def text_lines(report: StandardReport) -> list[str]:
    """The report for the command line: one block per item, Thai first, English beside it."""
    lines = [f"{msg.HEADING.th} — {report.catalog.name.th}",
             f"({msg.HEADING.en} — {report.catalog.name.en})", ""]
    for finding in report.ordered():
        item, status = finding.item, msg.STATUS[finding.status]
        lines.append(f"[{status.th} / {status.en}] {item.text.th}")
        lines.append(f"  ({item.text.en})")
        lines.append(f"  {msg.SECTION.th}: {item.section.th} ({item.section.en})")
        for detail in _shown(finding.details):
            lines.append(f"  - {detail.th}" + (f" ({detail.en})" if detail.en != detail.th else ""))
        if finding.status in (FAIL, WARN) and item.text.fix_th:
            lines.append(f"  {msg.FIX.th}: {item.text.fix_th}")
            lines.append(f"  ({msg.FIX.en}: {item.text.fix_en})")
        lines.append("")
    summary = report.summary()
    lines.append(f"{summary.th}\n({summary.en})")
    return lines


def html_table(report: StandardReport) -> str:
    """The report as an HTML table; every text is escaped (paths and URLs come from content)."""
    summary = report.summary()
    rows = []
    for finding in report.ordered():
        item, status = finding.item, msg.STATUS[finding.status]
        details = "".join(f"<li>{escape(d.th)}</li>" for d in _shown(finding.details))
        fix = ""
        if finding.status in (FAIL, WARN) and item.text.fix_th:
            fix = f"<p><strong>{escape(msg.FIX.th)}:</strong> {escape(item.text.fix_th)}</p>"
        cells = (f'{escape(item.text.th)}<br><small lang="en">{escape(item.text.en)}</small>',
                 escape(item.section.th),
                 f'<strong>{escape(status.th)}</strong><br><small lang="en">{escape(status.en)}</small>',
                 f"{'<ul>' + details + '</ul>' if details else ''}{fix}")
        # data-label: on a phone the project's tables become cards that name each cell.
        rows.append(f'<tr class="ita-standard--{finding.status}" id="std-{escape(item.id)}">'
                    + "".join(f'<td data-label="{escape(label)}">{cell}</td>'
                              for label, cell in zip(msg.COLUMNS, cells)) + "</tr>")
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in msg.COLUMNS)
    return (f'<p class="ita-standard__summary"><strong>{escape(summary.th)}</strong> '
            f'<span lang="en">({escape(summary.en)})</span></p>'
            f'<table class="ita-table ita-table--cards ita-standard"><caption>{escape(report.catalog.name.th)}'
            f"</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
