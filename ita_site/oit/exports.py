"""Exports for the webmaster who fills in ITAS: one row per OIT item with its page's full URL.

The CSV is written by ita_site.text.csvfile (BOM for Excel, no cell run as a formula); the JSON
keeps every text as written, since JSON runs nothing. A URL that a person could not paste into
ITAS as it is (a space, a line break) or that runs code is refused, never exported.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from ita_site.messages import Text
from ita_site.messages import escaping as msg
from ita_site.messages.oit import L
from ita_site.oit.evidence import EvidenceIndex
from ita_site.sitemap import oit_item_url
from ita_site.text.csvfile import csv_bytes
from ita_site.text.escaping import is_safe_url

_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b\u2028\u2029]")


class UnsafeExport(ValueError):
    """An export would carry a URL that is not a plain, safe address."""

    def __init__(self, text: Text):
        super().__init__(f"{text.th} ({text.en})")
        self.text = text


def checked_url(url: str, *, year: int, code: str) -> str:
    """`url` unchanged when it is one plain, safe address; UnsafeExport otherwise."""
    if _SPACE_OR_CONTROL.search(url) or not is_safe_url(url):
        raise UnsafeExport(msg.EXPORT_URL.format(code=code, year=year, url=url))
    return url


def absolute(site_url: str | None, url: str) -> str:
    """`url` (site-relative) under `site_url`; still site-relative (with a leading /) without one.

    A site path keeps its letters (Thai included) but its spaces are percent-encoded, as a
    browser would send them: a document may well be named "รายงาน ผล.pdf"."""
    if "://" in url:
        return url
    url = _SPACE_OR_CONTROL.sub(lambda m: quote(m.group(0), safe=""), url)
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
            "url": checked_url(absolute(site_url, oit_item_url(year, item.code)),
                               year=year, code=item.code),
            "evidence_count": len(evidence.evidence) + (1 if evidence.page_src else 0),
            "evidence": [{"kind": e.kind, "title": e.title,
                          "url": checked_url(absolute(site_url, e.url), year=year, code=item.code)}
                         for e in evidence.evidence],
        })
    return out


def to_csv(items: list[dict]) -> bytes:
    return csv_bytes(L.export_columns,
                     ([row[column] for column in L.export_columns] for row in items))


def to_json(year: int, ita_year: int, items: list[dict]) -> bytes:
    document = {"year": year, "ita_year": ita_year, "items": items}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
