"""Which OIT items of each year have evidence, and which do not."""

from __future__ import annotations

from dataclasses import dataclass

from ita_site.catalog import compact_codes
from ita_site.messages import oit as msg
from ita_site.oit.evidence import EvidenceIndex


@dataclass(frozen=True)
class YearAudit:
    year: int
    total: int
    missing: tuple[str, ...]

    @property
    def covered(self) -> int:
        return self.total - len(self.missing)

    def text(self):
        return msg.MISSING_ITEMS.format(year=self.year, count=len(self.missing),
                                        codes=compact_codes(list(self.missing)), folder=self.year)


def audit(index: EvidenceIndex, catalogs, site) -> dict[int, YearAudit]:
    audits = {}
    for number, year in sorted(site.years.items()):
        catalog = catalogs.get(year.ita_year)
        if catalog is None:
            continue
        missing = tuple(item.code for item in catalog.oit_items
                        if not index.item(number, item.code).has_evidence)
        audits[number] = YearAudit(number, len(catalog.oit_items), missing)
    return audits
