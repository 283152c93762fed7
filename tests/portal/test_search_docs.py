"""Agencies in the portal's search index: one document each, in Material's index format, after
the home page's own documents, with the agency's texts kept as text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from ita_site.portal.rows import AgencyRow
from ita_site.portal.search_docs import add_to_index, agency_documents
from ita_site.search import build_thai_index, clean_text

ZWSP = "\u200b"


def _row(slug, name="อบต.หนองบัว", has_site=True, **more) -> AgencyRow:
    return AgencyRow(slug=slug, name=name, type="องค์การบริหารส่วนตำบล", district="เมือง",
                     province="ขอนแก่น", ok=has_site, has_site=has_site, **more)


def test_an_agency_with_a_site_is_a_page_and_one_without_is_a_row_of_the_home_page():
    docs = agency_documents([_row("a", total=91.5, scored_year=2568, level="ผ่าน"),
                             _row("b", has_site=False)])
    assert [d["location"] for d in docs] == ["a/", "#b"]
    assert "91.50" in docs[0]["text"] and "อำเภอเมือง" in docs[0]["text"]


def test_documents_follow_the_home_pages_sections_and_precede_other_pages():
    index = {"config": {"lang": ["th"]}, "docs": [
        {"location": "", "title": "home", "text": ""},
        {"location": "#failed", "title": "failed", "text": ""},
        {"location": "dashboard/", "title": "dash", "text": ""}]}
    merged = add_to_index(index, [{"location": "#b", "title": "b", "text": ""}])
    assert [d["location"] for d in merged["docs"]] == ["", "#failed", "#b", "dashboard/"]
    assert merged["config"] == index["config"]


@example("อบต.<b>ตัวอย่าง</b> &amp; ป่า")
@given(st.text(min_size=1, max_size=40).filter(lambda t: t.strip()))
def test_any_agency_name_reaches_the_thai_index_as_the_same_text(name):
    """Names with <, & or quotes are text: none is read as markup or an entity and lost."""
    doc = agency_documents([_row("a", name=name)])[0]
    [entry] = build_thai_index({"docs": [doc]})["docs"]
    assert entry[1].replace(ZWSP, "") == clean_text(name).replace("\n", " ").replace(ZWSP, "")
