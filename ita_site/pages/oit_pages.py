"""/<year>/oit/ (every item with status and evidence) and /<year>/oit/<code>/ (one item)."""

from __future__ import annotations

from ita_site.content.models import Year
from ita_site.messages.oit import L
from ita_site.oit.model import ItemEvidence
from ita_site.pages.context import PageContext
from ita_site.pages.links import href
from ita_site.pages.render import render
from ita_site.sitemap import oit_index_url as index_url
from ita_site.sitemap import oit_item_url as item_url


def period_text(period: str, year: int) -> str:
    template = L.periods.get(period, L.periods["unknown"])
    return template.format(year=year, previous=year - 1)


def _rows(ctx: PageContext, year: Year):
    catalog = ctx.catalog(year.ita_year)
    return [(item, ctx.evidence.item(year.year, item.code)) for item in catalog.oit_items]


def index_page(ctx: PageContext, year: Year) -> str:
    rows = _rows(ctx, year)
    audit = ctx.audits.get(year.year)
    url = index_url(year.year)
    return render(
        "oit_index.md.j2", L=L, title=L.index_title.format(year=year.year), year=year, url=url,
        rows=rows, coverage=L.coverage.format(have=audit.covered, total=audit.total),
        item_url=item_url, agency=ctx.site.agency, blocks=ctx.html_blocks)


def item_page(ctx: PageContext, year: Year, item, body: str = "") -> str:
    evidence: ItemEvidence = ctx.evidence.item(year.year, item.code)
    url = item_url(year.year, item.code)
    same = []
    for ref in item.same_as:
        if ref.year in ctx.site.years:
            same.append((f"ITA {ref.year} {ref.code}", href(url, item_url(ref.year, ref.code))))
    for other in ctx.catalogs.years:
        if other == year.ita_year or other not in ctx.site.years:
            continue
        for counterpart in ctx.catalogs.counterparts(year.ita_year, item.code, other):
            label = f"ITA {other} {counterpart.code}"
            if all(label != s[0] for s in same):
                same.append((label, href(url, item_url(other, counterpart.code))))
    return render(
        "oit_item.md.j2", L=L, item=item, year=year, url=url, evidence=evidence,
        period=period_text(item.period, year.year), body=body, same=same,
        index=index_url(year.year), title=L.item_title.format(code=item.code, title=item.title))


def item_page_of_code(ctx: PageContext, year: Year, code: str) -> str:
    """The page of item `code`, around the agency's evidence page for it when there is one."""
    item = next(i for i in ctx.catalog(year.ita_year).oit_items if i.code == code)
    evidence = ctx.evidence.item(year.year, code)
    return item_page(ctx, year, item, ctx.evidence_bodies.get(evidence.page_src or "", ""))


def backlinks(ctx: PageContext, page_url: str) -> list[tuple[int, str, str, str]]:
    """(year, code, title, href) of the OIT items a page is evidence for."""
    refs = ctx.evidence.items_of_page(page_url) if ctx.evidence is not None else []
    return [(year, code, _title(ctx, year, code), href(page_url, item_url(year, code)))
            for year, code in refs]


def backlinks_html(ctx: PageContext, page_url: str) -> str:
    """A line at the top of an evidence page naming the items it serves, each linked."""
    refs = backlinks(ctx, page_url)
    return render("oit_backlinks.html.j2", L=L, refs=refs) if refs else ""


def _title(ctx: PageContext, year: int, code: str) -> str:
    folder = ctx.site.years.get(year)
    catalog = ctx.catalog(folder.ita_year if folder else year)
    item = catalog.oit(code) if catalog else None
    return item.title if item else ""
