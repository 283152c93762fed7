"""Collecting every piece of evidence for every OIT item of every year of the site."""

from __future__ import annotations

from ita_site.content.models import Site
from ita_site.oit.links import year_links
from ita_site.oit.model import Evidence, ItemEvidence
from ita_site.oit.targets import TargetResolver
from ita_site.sitemap import Kind, SiteMap


class EvidenceIndex:
    """Evidence per (year, code), and the reverse: items per page (for back-links)."""

    def __init__(self) -> None:
        self.items: dict[tuple[int, str], ItemEvidence] = {}
        self.by_page: dict[str, list[tuple[int, str]]] = {}

    def item(self, year: int, code: str) -> ItemEvidence:
        key = (year, code)
        if key not in self.items:
            self.items[key] = ItemEvidence(year, code)
        return self.items[key]

    def add(self, year: int, code: str, evidence: Evidence, *, page_url: str | None = None) -> None:
        self.item(year, code).add(evidence)
        if page_url is not None:
            refs = self.by_page.setdefault(page_url, [])
            if (year, code) not in refs:
                refs.append((year, code))

    def items_of_page(self, url: str) -> list[tuple[int, str]]:
        return self.by_page.get(url, [])


def collect(site: Site, catalogs, sitemap: SiteMap, resolver: TargetResolver,
            problems) -> EvidenceIndex:
    """Every item's evidence; unresolvable links in year.yml become problems."""
    index = EvidenceIndex()
    for number, year in site.years.items():
        catalog = catalogs.get(year.ita_year)
        if catalog is None:
            continue
        for item in catalog.oit_items:
            index.item(number, item.code)
            for ref in item.satisfied_by:
                page = sitemap.find(Kind(ref.page), ref.year_for(number))
                if page is not None and not page.intro:
                    index.add(number, item.code, Evidence("generated", page.title, page.url),
                              page_url=page.url)
        for page in year.pages:
            if page.src_uri.startswith(f"{number}/oit/") and page.oit.get(number):
                # loading puts the code from the file name first
                index.item(number, page.oit[number][0]).page_src = page.src_uri
        for code, evidence in year_links(year, resolver, problems):
            index.add(number, code, evidence)
        for measure in year.measures:
            for code in measure.oit:
                index.add(number, code, Evidence("measure", measure.title, measure.url,
                                                 measure.src_uri), page_url=measure.url)
    for page in site.all_pages():
        if page.src_uri.split("/")[1:2] == ["oit"] and page.year is not None:
            continue  # the item's own page is the item page itself
        for number, codes in page.oit.items():
            if number not in site.years:
                continue
            for code in codes:
                index.add(number, code, Evidence("page", page.title or page.url, page.url,
                                                 page.src_uri), page_url=page.url)
    return index

