"""What the portal shows for each agency, from the state its builds recorded: one row per
agency for the list and the open data, and one matrix per ITA year of OIT items."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AgencyRow:
    slug: str
    name: str
    type: str
    district: str
    province: str
    ok: bool
    has_site: bool
    year: int | None = None          # latest fiscal year with a folder
    total: float | None = None       # ITA total of the latest year with scores
    level: str | None = None
    scored_year: int | None = None
    oit_year: int | None = None      # latest year with an OIT index
    covered: int | None = None
    items: int | None = None
    report: bool = False
    problems: list = field(default_factory=list)
    years: list = field(default_factory=list)      # every year's scores and level
    coverage: list = field(default_factory=list)   # every year's OIT items

    def as_data(self) -> dict:
        return {"slug": self.slug, "name": self.name, "type": self.type,
                "district": self.district, "province": self.province,
                "status": "ok" if self.ok else "failed", "latest_year": self.year,
                "ita_total": self.total, "ita_level": self.level, "scores_year": self.scored_year,
                "oit_year": self.oit_year, "oit_covered": self.covered, "oit_items": self.items,
                "url": f"{self.slug}/" if self.has_site else None,
                "years": [{"year": y["year"], "ita_year": y["ita_year"], "total": y["total"],
                           "level": y["level"],
                           "oit_covered": next((c["covered"] for c in self.coverage
                                                if c["year"] == y["year"]), None)}
                          for y in self.years],
                "problems": self.problems}


def agency_rows(records: dict) -> list[AgencyRow]:
    rows = []
    for slug in sorted(records):
        record = records[slug]
        good = record.get("good") or {}
        facts = record.get("facts") or good.get("facts") or {}
        shown = good.get("facts") or facts
        row = AgencyRow(slug=slug, name=facts.get("name") or slug, type=facts.get("type", ""),
                        district=facts.get("district", ""), province=facts.get("province", ""),
                        ok=bool(record.get("ok")), has_site=bool(good),
                        problems=[] if record.get("ok") else record.get("problems", []),
                        years=shown.get("years", []), coverage=good.get("coverage", []))
        if row.years:
            row.year = row.years[-1]["year"]
        scored = [y for y in row.years if y["total"] is not None]
        if scored:
            row.scored_year, row.total, row.level = (scored[-1]["year"], scored[-1]["total"],
                                                     scored[-1]["level"])
        if row.coverage:
            latest = row.coverage[-1]
            row.oit_year, row.covered = latest["year"], latest["covered"]
            row.items = latest["total"]
            row.report = latest["report"]
        rows.append(row)
    return rows


def coverage_years(rows: list[AgencyRow]) -> dict[int, dict]:
    """Per ITA year: the items (code → title, in catalog order) and each agency's items."""
    years: dict[int, dict] = {}
    for row in rows:
        for year in row.coverage:
            entry = years.setdefault(year["ita_year"], {"items": {}, "agencies": []})
            for item in year["items"]:
                entry["items"].setdefault(item["code"], item["title"])
            entry["agencies"].append((row, year))
    return dict(sorted(years.items()))
