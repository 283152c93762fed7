"""The site map is the build's own list: every entry is in the built sample site, every page
the build generated is an entry, and the navigation shows each year's documents from it."""

from __future__ import annotations

import json

import pytest

from ita_site.checking import check_site
from ita_site.mkdocs_settings import options_from_config
from ita_site.sitemap import DOCUMENT_KINDS, Kind
from tests.sitebuild import REPO, sample_build


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The repository's sample site, built as `./dev build` does, and its checked data."""
    built = sample_build(tmp_path_factory)
    assert built.returncode == 0, built.output
    data = check_site(REPO / "content", options_from_config(REPO / "mkdocs.yml"))
    return built, data


def test_every_entry_is_built_where_the_site_map_says(sample):
    built, data = sample
    entries = list(data.sitemap)
    assert {e.kind for e in entries} >= {Kind.HOME, Kind.YEAR, Kind.PLAN, Kind.REPORT,
                                         Kind.OIT_INDEX, Kind.OIT_ITEM, Kind.OIT_CSV}
    for entry in entries:
        if entry.is_page:
            assert built.exists(entry.url), entry
        else:
            assert (built.site / entry.src_uri).is_file(), entry


def test_every_generated_page_of_a_year_is_in_the_site_map(sample):
    built, data = sample
    mapped = {e.url for e in data.sitemap if e.is_page}
    written = {p.src_uri[:-3] + "/" for p in data.site.all_pages()}
    written |= {p.url for p in data.site.all_pages()}
    written |= {m.url for y in data.site.years.values() for m in y.measures}
    for number in data.site.years:
        for html in (built.site / str(number)).rglob("index.html"):
            url = html.parent.relative_to(built.site).as_posix() + "/"
            assert url in mapped or url in written, url


def test_a_generated_page_cited_as_evidence_carries_its_own_title(sample):
    built, data = sample
    cited = [(e, key) for key, item in data.evidence.items.items() for e in item.evidence
             if e.kind == "generated"]
    assert cited, "the sample cites no generated page: nothing was checked"
    titles = {e.url: e.title for e in data.sitemap}
    for evidence, _ in cited:
        assert evidence.title == titles[evidence.url]
        assert evidence.title in built.html(evidence.url)


def test_year_navigation_lists_the_documents_of_the_site_map(sample):
    built, data = sample
    year = max(data.site.years)
    html = built.html(f"{year}/")
    documents = data.sitemap.of_year(year, DOCUMENT_KINDS)
    assert len(documents) >= 4
    for entry in documents:
        assert f'href="{entry.url[len(str(year)) + 1:]}"' in html, entry


def test_exports_list_every_item_of_the_catalog(sample):
    built, data = sample
    for entry in data.sitemap:
        if entry.kind is Kind.OIT_JSON:
            items = json.loads((built.site / entry.src_uri).read_text(encoding="utf-8"))["items"]
            codes = [e.key for e in data.sitemap
                     if e.kind is Kind.OIT_ITEM and e.year == entry.year]
            assert [i["code"] for i in items] == codes
