"""Every shipped catalog loads cleanly and holds what the reference lists for its year."""

import pytest

from ita_site.catalog.model import CONFIDENCES, PERIODS

COUNTS = {2566: 43, 2567: 43, 2568: 28, 2569: 26}


def test_every_shipped_year_loads_without_problems(shipped):
    assert shipped.years == (2566, 2567, 2568, 2569)
    assert [p.format() for p in shipped.problems] == []


@pytest.mark.parametrize("year, count", COUNTS.items())
def test_item_counts_match_the_reference(shipped, year, count):
    catalog = shipped.get(year)
    assert len(catalog.oit_items) == count
    assert [item.code for item in catalog.oit_items] == [f"O{n}" for n in range(1, count + 1)]


@pytest.mark.parametrize("year", COUNTS)
def test_every_item_says_what_it_requires_and_where_it_comes_from(shipped, year):
    items = shipped.get(year).oit_items
    assert items, f"the {year} catalog lists no OIT item"
    for item in items:
        assert item.title and item.requires, item.code
        assert item.period in PERIODS
        assert item.confidence in CONFIDENCES, item.code


def test_items_of_2566_and_2567_keep_their_subindicators(shipped):
    item = shipped.get(2566).oit("O15")
    assert (item.indicator, item.subindicator) == (9, "9.2 การบริหารงานและการใช้จ่ายงบประมาณ")
    assert shipped.get(2567).oit("O39").indicator == 10


def test_sources_of_the_reference_are_kept(shipped):
    o1 = shipped.get(2568).oit("O1")
    assert o1.sources == ("github:rtrdasmartrailway/web-app-rtrda "
                          "src/lib/wp/ita-headings-override.test.ts",)
    assert o1.confidence == "high"


def test_items_not_found_are_kept_unconfirmed_so_numbering_stays_right(shipped):
    catalog = shipped.get(2569)
    for code in ("O6", "O7"):
        item = catalog.oit(code)
        assert item.unconfirmed
        assert item.title == f"ข้อ {code} (ยังไม่ยืนยันชื่อรายการ)"
    assert catalog.oit("O8").title == "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"
    assert not catalog.oit("O8").unconfirmed


def test_grouping_follows_the_framework_of_each_year(shipped):
    assert shipped.get(2566).grouping == "indicators"
    assert shipped.get(2567).grouping == "indicators"
    assert shipped.get(2567).issues == {}
    for year in (2568, 2569):
        catalog = shipped.get(year)
        assert catalog.grouping == "issues"
        assert list(catalog.issues) == [1, 2, 3, 4, 5, 6, 7]
        assert catalog.issues[7].name == "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน"
        assert all(item.issue for item in catalog.oit_items if not item.unconfirmed)


def test_ten_indicators_each_belong_to_a_tool(shipped):
    indicators = shipped.get(2568).indicators
    assert [indicators[n].tool for n in range(1, 11)] == ["iit"] * 5 + ["eit"] * 3 + ["oit"] * 2
    assert indicators[4].name == "การใช้ทรัพย์สินของราชการ"


def test_tool_weights_add_up_to_100(shipped):
    for catalog in shipped:
        weights = {key: tool.weight for key, tool in catalog.tools.items()}
        assert weights == {"iit": 30, "eit": 30, "oit": 40}
    assert shipped.get(2567).tools["oit"].confidence == "medium"
    assert shipped.get(2569).tools["oit"].confidence == "low"


def test_question_codes_are_listed_where_a_source_supports_them(shipped):
    for year in (2566, 2567):
        catalog = shipped.get(year)
        assert catalog.question("i1").indicator == 1
        assert catalog.question("i30").indicator == 5
        assert catalog.question("e15").indicator == 8
        assert catalog.question("i31") is None
        assert len(catalog.questions) == 45
    for year in (2568, 2569):
        assert shipped.get(year).questions == ()


def test_shipped_files_are_read_as_package_data(shipped):
    assert shipped.get(2568).files == ("ita_site/catalog/data/2568.yaml",)
