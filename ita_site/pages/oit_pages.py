"""/<year>/oit/ (every item with status and evidence) and /<year>/oit/<code>/ (one item)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ita_site.content.models import Year
from ita_site.messages.oit import L
from ita_site.oit.model import ItemEvidence
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.sitemap import oit_index_url as index_url
from ita_site.sitemap import oit_item_url as item_url

if TYPE_CHECKING:
    from ita_site.checked import CheckedSite
    from ita_site.pages.blocks import HtmlBlocks
    from ita_site.pages.tools import RenderTools


def period_text(period: str, year: int) -> str:
    template = L.periods.get(period, L.periods["unknown"])
    return template.format(year=year, previous=year - 1)


def _rows(checked: CheckedSite, year: Year):
    catalog = checked.catalog(year.ita_year)
    return [(item, checked.evidence.item(year.year, item.code)) for item in catalog.oit_items]


def index_page(checked: CheckedSite, year: Year, blocks: HtmlBlocks | None = None) -> str:
    rows = _rows(checked, year)
    audit = checked.audits.get(year.year)
    url = index_url(year.year)
    return render(
        "oit_index.md.j2", L=L, title=L.index_title.format(year=year.year), year=year, url=url,
        rows=rows, coverage=L.coverage.format(have=audit.covered, total=audit.total),
        item_url=item_url, agency=checked.site.agency, blocks=blocks)


def item_page(checked: CheckedSite, year: Year, item, body: str = "") -> str:
    evidence: ItemEvidence = checked.evidence.item(year.year, item.code)
    url = item_url(year.year, item.code)
    same = []
    for ref in item.same_as:
        if ref.year in checked.site.years:
            same.append((f"ITA {ref.year} {ref.code}", href(url, item_url(ref.year, ref.code))))
    for other in checked.catalogs.years:
        if other == year.ita_year or other not in checked.site.years:
            continue
        for counterpart in checked.catalogs.counterparts(year.ita_year, item.code, other):
            label = f"ITA {other} {counterpart.code}"
            if all(label != s[0] for s in same):
                same.append((label, href(url, item_url(other, counterpart.code))))
    return render(
        "oit_item.md.j2", L=L, item=item, year=year, url=url, evidence=evidence,
        period=period_text(item.period, year.year), body=body, same=same,
        index=index_url(year.year), title=L.item_title.format(code=item.code, title=item.title))


def item_page_of_code(checked: CheckedSite, tools: RenderTools, year: Year, code: str) -> str:
    """The page of item `code`, around the agency's evidence page for it when there is one."""
    item = next(i for i in checked.catalog(year.ita_year).oit_items if i.code == code)
    evidence = checked.evidence.item(year.year, code)
    return item_page(checked, year, item, tools.evidence_bodies.get(evidence.page_src or "", ""))


def backlinks(checked: CheckedSite, page_url: str) -> list[tuple[int, str, str, str]]:
    """(year, code, title, href) of the OIT items a page is evidence for."""
    refs = checked.evidence.items_of_page(page_url)
    return [(year, code, _title(checked, year, code), href(page_url, item_url(year, code)))
            for year, code in refs]


def backlinks_html(checked: CheckedSite, page_url: str) -> str:
    """A line at the top of an evidence page naming the items it serves, each linked."""
    refs = backlinks(checked, page_url)
    return render("oit_backlinks.html.j2", L=L, refs=refs) if refs else ""


def _title(checked: CheckedSite, year: int, code: str) -> str:
    folder = checked.site.years.get(year)
    catalog = checked.catalog(folder.ita_year if folder else year)
    item = catalog.oit(code) if catalog else None
    return item.title if item else ""
