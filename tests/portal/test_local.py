"""A portal built in local mode: agency sites under their slugs with the portal's address,
the failed agency listed with its problem in Thai and English, open data, pinned URLs."""

from __future__ import annotations

import json

import jsonschema

from tests.portal.conftest import SITE_URL

# The portal's own URLs are a promise, like an agency's (ARCHITECTURE.md, "URLs are a promise").
PORTAL_URLS = {
    "index.html", "404.html", "dashboard/index.html", "coverage/2568/index.html",
    "data/index.html",
    "data/agencies.csv", "data/agencies.json", "data/agencies.schema.json",
    "data/coverage-2568.csv", "data/coverage-2568.json", "data/coverage.schema.json",
}


def test_exit_status_says_an_agency_failed(local_build):
    run, _ = local_build
    assert run.returncode == 1, run.stderr
    assert "abt-broken" in run.stderr
    assert "หน่วยงาน 3/3" in run.stderr  # the progress line reached the end
    assert "Traceback" not in run.stderr + run.stdout


def test_good_agencies_are_published_under_their_slug_with_the_portal_address(local_build):
    _, output = local_build
    for slug in ("abt-nong-bua", "abt-khok-sung"):
        assert (output / slug / "index.html").is_file()
        assert (output / slug / "2568" / "oit" / "o1" / "index.html").is_file()
        links = (output / slug / "2568" / "oit-links.csv").read_text(encoding="utf-8-sig")
        assert f"{SITE_URL}{slug}/2568/oit/o1/" in links
    assert not (output / "abt-broken").exists()


def test_portal_pages_are_at_pinned_urls(local_build):
    _, output = local_build
    for url in PORTAL_URLS:
        assert (output / url).is_file(), url


def test_agency_list_shows_scores_coverage_links_and_the_failure(local_build):
    _, output = local_build
    page = (output / "index.html").read_text(encoding="utf-8")
    assert "องค์การบริหารส่วนตำบลหนองบัว" in page and "96.50" in page
    assert 'href="abt-nong-bua/2568/oit/"' in page
    assert 'data-district="ภูเวียง"' in page and 'data-portal-filter="district"' in page
    assert "/28<" in page  # OIT coverage as covered/items
    failed = page[page.index('id="failed-abt-broken"'):]
    assert "99-broken.md" in failed
    assert "YAML" in failed and "วิธีแก้" in failed and "fix:" in failed


def test_dashboard_charts_mean_scores_coverage_and_levels(local_build):
    _, output = local_build
    page = (output / "dashboard" / "index.html").read_text(encoding="utf-8")
    assert page.count('class="ita-chart"') == 2
    # Only abt-nong-bua has 2568 scores: the mean is its total, and all scored agencies
    # (one of one) share its level.
    assert 'data-series="total" data-value="96.50"' in page
    assert 'data-series="coverage"' in page
    assert 'data-value="100.00"' in page


def test_coverage_matrix_links_each_cell_to_the_item_page(local_build):
    _, output = local_build
    page = (output / "coverage" / "2568" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../abt-khok-sung/2568/oit/o1/"' in page
    assert "ยังไม่มี" in page


def test_open_data_is_excel_ready_and_matches_its_schema(local_build):
    _, output = local_build
    raw = (output / "data" / "agencies.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "องค์การบริหารส่วนตำบลโคกสูง" in raw.decode("utf-8-sig")
    for name, schema in (("agencies.json", "agencies.schema.json"),
                         ("coverage-2568.json", "coverage.schema.json")):
        document = json.loads((output / "data" / name).read_text(encoding="utf-8"))
        jsonschema.validate(document, json.loads((output / "data" / schema).read_text()))
    agencies = {a["slug"]: a for a in json.loads(
        (output / "data" / "agencies.json").read_text(encoding="utf-8"))["agencies"]}
    assert agencies["abt-broken"]["status"] == "failed"
    assert agencies["abt-nong-bua"]["ita_total"] == 96.5
    assert agencies["abt-nong-bua"]["oit_items"] == 28
