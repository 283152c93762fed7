"""Items are identified by (year, code): renumbering between years, and which fiscal year's
generated page is the evidence of an item."""

import pytest

from ita_site.catalog import unknown_code_text
from ita_site.base.problems import Problems

MEASURES_REPORT = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"


def codes(items):
    return [item.code for item in items]


def test_the_same_document_is_o43_in_2567_o28_in_2568_and_o26_in_2569(shipped):
    assert shipped.get(2567).oit("O43").title.startswith("การดำเนินการตามมาตรการส่งเสริมคุณธรรม")
    assert shipped.get(2568).oit("O28").title == MEASURES_REPORT
    assert shipped.get(2569).oit("O26").title == MEASURES_REPORT
    assert codes(shipped.counterparts(2567, "O43", 2568)) == ["O28"]
    assert codes(shipped.counterparts(2568, "O28", 2567)) == ["O43"]
    assert codes(shipped.counterparts(2568, "o028", 2569)) == ["O26"]
    assert codes(shipped.counterparts(2566, "O43", 2569)) == ["O26"]
    assert codes(shipped.counterparts(2569, "O26", 2566)) == ["O43"]


def test_a_code_means_different_items_in_different_years(shipped):
    # O28 of 2567 is the complaints channel; O28 of 2568 is the measures report.
    complaints = "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"
    assert shipped.get(2567).oit("O28").title == complaints
    assert codes(shipped.counterparts(2567, "O28", 2568)) == ["O18"]
    assert shipped.get(2568).oit("O43") is None


def test_merged_items_lead_back_to_each_item_they_merge_but_not_sideways(shipped):
    assert codes(shipped.counterparts(2568, "O1", 2567)) == ["O1", "O3"]
    assert codes(shipped.counterparts(2567, "O3", 2568)) == ["O1"]
    assert codes(shipped.counterparts(2567, "O1", 2566)) == ["O1"]   # not O3 through 2568


def test_items_without_a_counterpart_give_nothing(shipped):
    assert shipped.counterparts(2569, "O6", 2568) == ()              # unconfirmed, no link
    assert shipped.counterparts(2568, "O99", 2567) == ()
    assert shipped.counterparts(2568, "O28", 2560) == ()
    assert codes(shipped.counterparts(2568, "O28", 2568)) == ["O28"]


@pytest.mark.parametrize("year, code, page, folder", [
    (2568, "O27", "plan", 2568),        # the measures of fiscal 2568
    (2568, "O28", "report", 2567),      # the results report of fiscal 2567
    (2569, "O26", "report", 2568),      # the results report of fiscal 2568
    (2567, "O42", "plan", 2567),
    (2567, "O43", "progress", 2567),    # assessed mid-year: the six-month report of 2567
    (2566, "O43", "progress", 2566),
    (2569, "O25", "analysis", 2568),    # the analysis of ITA 2568 results
])
def test_generated_page_and_fiscal_year_of_an_item(shipped, year, code, page, folder):
    refs = {ref.page: ref for ref in shipped.get(year).oit(code).satisfied_by}
    assert refs[page].year_for(year) == folder
    assert refs[page].url_for(year) == f"/{folder}/{page}/"


def test_a_generated_page_knows_which_items_of_which_years_it_serves(shipped):
    served = {(c.ita_year, item.code) for c, item in shipped.evidence_for_page("report", 2567)}
    assert served == {(2568, "O28")}
    served = {(c.ita_year, item.code) for c, item in shipped.evidence_for_page("report", 2568)}
    assert served == {(2569, "O26")}
    served = {(c.ita_year, item.code) for c, item in shipped.evidence_for_page("plan", 2568)}
    assert served == {(2568, "O27")}
    assert shipped.evidence_for_page("surveys", 2568) == ()


def test_items_a_page_kind_satisfies_within_one_year(shipped):
    pairs = shipped.get(2568).satisfied_by("plan")
    assert [(item.code, ref.fiscal_offset) for item, ref in pairs] == [("O27", 0)]


def test_content_codes_are_case_insensitive_and_checked_per_year(shipped):
    problems = Problems()
    path = "content/2568/measures/a.md"
    assert shipped.check_code("o27", 2568, problems, path) == "O27"
    assert shipped.check_code("O๒๘", 2568, problems, path) == "O28"
    assert shipped.check_code("O43", 2567, problems, path) == "O43"
    assert not problems


def test_an_unknown_code_names_the_year_and_its_valid_codes(shipped):
    problems = Problems()
    assert shipped.check_code("O43", 2568, problems, "content/2568/measures/a.md", line=4) is None
    [problem] = problems.errors
    assert (problem.path, problem.line, problem.field) == ("content/2568/measures/a.md", 4, "oit")
    assert "2568" in problem.text.th and "O43" in problem.text.th
    assert "O1–O28" in problem.text.fix_th and "O1–O28" in problem.text.fix_en


def test_question_codes_are_judged_only_where_the_list_is_complete(shipped):
    problems = Problems()
    path = "content/2567/year.yml"
    assert shipped.check_code("i31", 2567, problems, path, field="scores") is None
    assert "i1–i30" in problems.errors[0].text.fix_th
    assert shipped.check_code("I10", 2568, problems, "x") == "i10"   # no 2568 list: not judged
    assert shipped.check_code("e16", 2567, problems, "x") == "e16"   # EIT count not confirmed
    assert len(problems.errors) == 1


def test_text_that_is_no_code_and_years_without_a_catalog(shipped):
    problems = Problems()
    assert shipped.check_code("ข้อ 5", 2568, problems, "x") is None
    assert shipped.check_code("O1", 2560, problems, "x") == "O1"
    assert [p.severity.value for p in problems] == ["error", "warning"]
    assert "2566, 2567, 2568, 2569" in problems.warnings[0].text.fix_th


def test_unknown_code_text_lists_codes_compactly(shipped):
    text = unknown_code_text("o44", shipped.get(2566))
    assert "O44" in text.th and "O1–O43" in text.fix_en
