"""The query set itself: its expected pages are exactly the pages that contain each query."""

from __future__ import annotations

from tests.search.oracle import page_texts, pages_containing


def test_the_fixture_is_a_site_of_at_least_30_thai_pages(thai_site):
    texts = page_texts(thai_site)
    assert len(texts) >= 30
    assert sum(1 for t in texts.values() if "ประจำปี" in t or "มาตรการ" in t) >= 20


def test_expected_pages_are_the_pages_containing_the_query(thai_site, queries):
    texts = page_texts(thai_site)
    wrong = {}
    for q in queries:
        actual = pages_containing(texts, q["query"])
        if set(q["expected"]) != actual:
            wrong[q["query"]] = {"listed, not on page": sorted(set(q["expected"]) - actual),
                                 "on page, not listed": sorted(actual - set(q["expected"]))}
        assert set(q.get("top") or []) <= set(q["expected"]), q["query"]
    assert wrong == {}


def test_the_set_covers_every_kind_of_query(queries):
    kinds = {q["kind"] for q in queries}
    assert {"word", "compound", "part", "trap", "digits", "code"} <= kinds
    assert len(queries) >= 40
