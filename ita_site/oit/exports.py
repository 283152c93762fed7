"""Exports for the webmaster who fills in ITAS: one row per OIT item with its page's full URL.

CSV is UTF-8 with a byte-order mark because Excel, which most agencies open it with, reads
Thai as mojibake without one.
"""

from __future__ import annotations

import csv
import io
import json

from ita_site.messages.oit import L
from ita_site.oit.evidence import EvidenceIndex
from ita_site.oit.model import item_url


def absolute(site_url: str | None, url: str) -> str:
    """`url` (site-relative) under `site_url`; still site-relative (with a leading /) without one."""
    if "://" in url:
        return url
    if not site_url:
        return "/" + url
    return site_url.rstrip("/") + "/" + url


def rows(catalog, index: EvidenceIndex, year: int, site_url: str | None) -> list[dict]:
    out = []
    for item in catalog.oit_items:
        evidence = index.item(year, item.code)
        out.append({
            "code": item.code,
            "title": item.title,
            "status": L.status_yes if evidence.has_evidence else L.status_no,
            "url": absolute(site_url, item_url(year, item.code)),
            "evidence_count": len(evidence.evidence) + (1 if evidence.page_src else 0),
            "evidence": [{"kind": e.kind, "title": e.title, "url": absolute(site_url, e.url)}
                         for e in evidence.evidence],
        })
    return out


def to_csv(items: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(L.export_columns)
    for row in items:
        writer.writerow([row[column] for column in L.export_columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json(year: int, ita_year: int, items: list[dict]) -> bytes:
    document = {"year": year, "ita_year": ita_year, "items": items}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def year_exports(data, site_url: str | None):
    """(src_uri, bytes) of /<year>/oit-links.csv and /<year>/oit.json for every audited year."""
    for number in sorted(data.audits):
        year = data.site.years[number]
        catalog = data.catalogs.get(year.ita_year)
        items = rows(catalog, data.evidence, number, site_url)
        yield f"{number}/oit-links.csv", to_csv(items)
        yield f"{number}/oit.json", to_json(number, year.ita_year, items)
