"""Each agency as a search result of its own on the portal.

The home page lists every agency in one table, so Material's search index holds them all in one
document: a query for an agency's name or district would only say "the home page". Here each
agency becomes a document of its own, titled with its name, its text its type, district,
province, year, score, level and OIT coverage; the result leads to the agency's site
(`<slug>/`), or, for an agency that never built, to its row on the home page (`#<slug>`, a
section of the home page). The portal writes these documents beside its MkDocs project; the
`ita-portal` plugin adds them to Material's index before ita_site.search makes the Thai index.
(A section would do for every agency, but Material folds a page's sections under "more on this
page", where a visitor looking for one agency would not see it.)
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from ita_site.messages.portal import LABELS as L
from ita_site.portal.rows import AgencyRow

HOME = ""  # Material's location of the home page


def agency_documents(rows: list[AgencyRow]) -> list[dict]:
    """One Material-style search document per agency, in the order of the home page's table."""
    documents = []
    for row in rows:
        facts = [row.type, f"{L['district']}{row.district}" if row.district else "",
                 f"จังหวัด{row.province}" if row.province else ""]
        if row.year:
            facts.append(f"{L['year']} {row.year}")
        if row.total is not None:
            facts.append(f"{L['total']} {row.scored_year}: {row.total:.2f} {row.level or ''}")
        if row.covered is not None:
            facts.append(f"{L['coverage']} ITA {row.oit_year}: {row.covered}/{row.items}")
        if not row.ok:
            facts.append(L["failed"])
        location = f"{row.slug}/" if row.has_site else f"#{row.slug}"
        # Material's index holds HTML fragments: an agency's text is escaped, never markup.
        documents.append({"location": location, "title": escape(row.name),
                          "text": escape(" · ".join(f for f in facts if f.strip()))})
    return documents


def add_to_index(material_index: dict, documents: list[dict]) -> dict:
    """`material_index` with `documents` right after the home page's own documents.

    A page's sections follow the page in the index (ita_site.search relies on it): those that
    are sections of the home page join them, the others are pages of their own.
    """
    docs = list(material_index.get("docs") or [])
    at = len(docs)
    seen_home = False
    for number, doc in enumerate(docs):
        on_home = str(doc.get("location", "")).split("#")[0] == HOME
        if on_home:
            seen_home = True
        elif seen_home:
            at = number
            break
    return {**material_index, "docs": docs[:at] + list(documents) + docs[at:]}


def write_documents(rows: list[AgencyRow], path: Path) -> None:
    path.write_text(json.dumps(agency_documents(rows), ensure_ascii=False), encoding="utf-8")


def add_documents_file(site_dir: Path, documents_file: Path) -> None:
    """Add the documents saved by :func:`write_documents` to the built site's Material index.

    Run after Material's search plugin wrote search/search_index.json and before
    ita_site.search.publish_thai_search replaces it with its stub.
    """
    index_path = Path(site_dir) / "search" / "search_index.json"
    material_index = json.loads(index_path.read_text(encoding="utf-8"))
    documents = json.loads(Path(documents_file).read_text(encoding="utf-8"))
    index_path.write_text(json.dumps(add_to_index(material_index, documents), ensure_ascii=False),
                          encoding="utf-8")
