"""The analysis page and score blocks, read as a visitor reads their tables."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ita_site.pages.analysis import (AnalysisCatalog, analysis_page_html, home_charts_html,
                                     scores_glance_html)
from ita_site.scores.addresses import measures_by_item
from ita_site.scores.models import IssueAnalysis, YearScores

from .conftest import BANDS_2566
from .htmltables import parse

CATALOG = AnalysisCatalog(
    indicator_names={1: "การปฏิบัติหน้าที่", 4: "การใช้ทรัพย์สินของราชการ"},
    group_names={1: "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
                 5: "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง"},
    question_texts={"i10": "ข้อความจากแคตตาล็อก", "O12": "รายการการจัดซื้อจัดจ้าง",
                    "O13": "รายงานผลการจัดซื้อจัดจ้างประจำปี"},
    item_groups={"O12": 5, "O13": 5, "e7": 2},
    bands=BANDS_2566,
    target=85.0,
    scale=100.0,
)
QUESTIONS = {"i10": "เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืมทรัพย์สิน & อื่น ๆ"}


def page(scores, analysis, **options):
    html = analysis_page_html(2568, scores, catalog=CATALOG, analysis=analysis,
                              questions=QUESTIONS, **options)
    parsed = parse(html)
    assert not parsed.errors, parsed.errors
    return html, parsed


def table(parsed, caption_part):
    [found] = [t for t in parsed.tables if caption_part in t.caption]
    return found


def test_summary_shows_total_tools_and_derived_level(scores_2568, analysis_2568):
    html, parsed = page(scores_2568, analysis_2568)
    rows = {r.cells[0].text: r.cells[1].text for r in table(parsed, "ผลคะแนน ITA").body()}
    assert rows["คะแนนรวม"] == "95.42"
    assert rows["IIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"] == "96.10"
    assert rows["EIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"] == "94.20"
    assert rows["OIT การเปิดเผยข้อมูลสาธารณะ"] == "95.90"
    assert "ระดับผลการประเมิน: <strong>ผ่านดี</strong>" in html  # EIT < 95: not ผ่านดีเยี่ยม
    assert "EIT 94.20" in html  # the reason is shown


def test_written_level_is_shown_as_written(scores_2568):
    scores = YearScores(**{**scores_2568.__dict__, "level": "ผ่านดีเยี่ยม"})
    html, parsed = page(scores, {})
    assert table(parsed, "ผลคะแนน ITA").body()
    assert "<strong>ผ่านดีเยี่ยม</strong>" in html
    assert "ita-level-note" not in html


def test_indicator_table_marks_scores_under_85(scores_2568):
    _, parsed = page(scores_2568, {})
    rows = table(parsed, "คะแนนรายตัวชี้วัด").body()
    assert len(rows) == 10
    assert rows[0].texts() == ["1. การปฏิบัติหน้าที่", "97.56"]
    assert rows[3].texts() == ["4. การใช้ทรัพย์สินของราชการ", "84.50 (ต่ำกว่า 85)"]
    assert "ita-below-target" in rows[3].cells[1].attrs["class"]
    assert all("ต่ำกว่า" not in r.cells[1].text for i, r in enumerate(rows) if i != 3)


def test_issue_table_lists_its_items_with_scores_and_marks(scores_2568, analysis_2568):
    _, parsed = page(scores_2568, analysis_2568)
    items = table(parsed, "คะแนนรายข้อ ประเด็นที่ 1")
    assert items.header() == ["ข้อ", "ข้อคำถาม", "คะแนน"]
    body = items.body()
    assert [r.cells[0].text for r in body] == ["i1", "i10", "i13", "O5", "O6"]
    by_code = {r.cells[0].text: r for r in body}
    assert by_code["i1"].texts()[2] == "97.00"
    # year.yml's wording wins over the catalog's
    assert by_code["i10"].cells[1].text.startswith("เจ้าหน้าที่ในหน่วยงานของท่าน")
    # the lowest: a class on the row and a word, not colour alone
    assert "ita-lowest" in by_code["i10"].classes
    assert "ต่ำสุด" in by_code["i10"].cells[1].text
    assert [r.cells[0].text for r in body if "ita-lowest" in r.classes] == ["i10"]
    # under 85 marked in words; 85 and above not
    assert by_code["i10"].cells[2].text == "81.90 (ต่ำกว่า 85)"
    assert by_code["O6"].cells[2].text == "50.00 (ต่ำกว่า 85)"
    assert by_code["i13"].cells[2].text == "90.00"
    assert all(c.attrs.get("scope") == "row" for c in (r.cells[0] for r in body))


def test_findings_table_has_the_agency_text(scores_2568, analysis_2568):
    html, parsed = page(scores_2568, analysis_2568)
    findings = table(parsed, "ผลการวิเคราะห์ ประเด็นที่ 1")
    rows = {r.cells[0].text: r.cells[1].text for r in findings.rows}
    assert list(rows) == ["ข้อที่ได้คะแนนต่ำสุด", "สาเหตุ", "หมายเหตุ", "แนวทางการยกระดับ"]
    assert rows["ข้อที่ได้คะแนนต่ำสุด"].startswith("i10 เจ้าหน้าที่")
    assert rows["ข้อที่ได้คะแนนต่ำสุด"].endswith("(81.90)")
    assert rows["สาเหตุ"] == "บุคลากรยังไม่ทราบระเบียบการยืมทรัพย์สินไม่มีแบบฟอร์มการยืม"
    assert "ทรัพย์สิน<br>ไม่มี" in html  # line breaks kept
    assert rows["หมายเหตุ"] == "–"
    assert rows["แนวทางการยกระดับ"] == "จัดทำคู่มือการยืม-คืนทรัพย์สิน <ฉบับใหม่>"
    assert "&lt;ฉบับใหม่&gt;" in html and "&amp; อื่น ๆ" in html  # escaped


def test_items_default_to_the_catalog_mapping_and_ties_are_all_lowest(scores_2568):
    _, parsed = page(scores_2568, {5: IssueAnalysis(5, cause="ไม่ได้เผยแพร่")})
    body = table(parsed, "คะแนนรายข้อ ประเด็นที่ 5").body()
    assert [r.cells[0].text for r in body] == ["O12", "O13"]
    assert [r.cells[0].text for r in body if "ita-lowest" in r.classes] == ["O13"]
    # e7 belongs to issue 2 in the catalog: shown there without an analysis entry
    assert [r.cells[0].text for r in table(parsed, "ประเด็นที่ 2").body()] == ["e7"]


def test_scored_items_of_no_issue_still_appear(scores_2568, analysis_2568):
    _, parsed = page(scores_2568, analysis_2568)
    shown = {r.cells[0].text for t in parsed.tables if "คะแนนรายข้อ" in t.caption
             for r in t.body()}
    assert shown == set(scores_2568.items)
    assert not [t for t in parsed.tables if "ข้ออื่น" in t.caption]

    scores = YearScores(**{**scores_2568.__dict__, "items": {**scores_2568.items, "i40": 70.0}})
    _, parsed = page(scores, analysis_2568)
    [row] = table(parsed, "ข้ออื่น").body()
    assert row.texts() == ["i40", "", "70.00 (ต่ำกว่า 85)"]


def test_measures_of_the_next_year_addressing_the_items_are_linked(scores_2568, analysis_2568):
    # measures live in the 2569 folder; their `addresses` name 2568's items
    measures_2569 = [
        ("การจัดทำคู่มือการยืมทรัพย์สิน", "../../2569/measures/borrowing/", ["I10", "O06"]),
        ("การเผยแพร่แผนจัดซื้อจัดจ้าง", "../../2569/measures/procurement/", ["O13"]),
        ("ไม่เกี่ยวข้อง", "../../2569/measures/other/", []),
    ]
    html, parsed = page(scores_2568, analysis_2568, measures=measures_by_item(measures_2569),
                        measures_year=2569)
    issue_1 = html[html.index('id="issue-1"'):html.index('id="issue-2"')]
    links_1 = parse(issue_1).links
    assert links_1 == [("../../2569/measures/borrowing/", "การจัดทำคู่มือการยืมทรัพย์สิน")]
    assert "มาตรการที่ยกระดับ ปีงบประมาณ พ.ศ. 2569" in issue_1
    assert "i10, O6" in issue_1  # which of the issue's items it raises
    issue_5 = html[html.index('id="issue-5"'):]
    procurement = ("../../2569/measures/procurement/", "การเผยแพร่แผนจัดซื้อจัดจ้าง")
    assert procurement in parse(issue_5).links
    assert "other/" not in html
    issue_2 = html[html.index('id="issue-2"'):html.index('id="issue-5"')]
    assert "ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. 2569" in issue_2


def test_without_a_measures_year_no_measures_section(scores_2568, analysis_2568):
    html, parsed = page(scores_2568, analysis_2568)
    assert table(parsed, "คะแนนรายข้อ ประเด็นที่ 1").body()  # the issue sections are there
    assert "มาตรการที่ยกระดับ" not in html


def test_measures_by_item_normalises_and_dedupes():
    links = measures_by_item([("ก", "a/", ["O01", "o1", "I3", "bad"]), ("ข", "b/", ["O1"])])
    assert links == {"O1": [("ก", "a/"), ("ข", "b/")], "i3": [("ก", "a/")]}


def test_indicator_grouping_for_older_years(scores_2568):
    catalog = AnalysisCatalog(indicator_names=CATALOG.indicator_names,
                              group_names={4: "การใช้ทรัพย์สินของราชการ"}, grouping="indicator",
                              bands=BANDS_2566)
    html = analysis_page_html(2567, scores_2568, catalog=catalog,
                              analysis={4: IssueAnalysis(4, items=["i10"], plan="อบรม")})
    assert "การวิเคราะห์ผลการประเมินรายตัวชี้วัด" in html
    assert "<h3>ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ</h3>" in html
    assert 'id="indicator-4"' in html


def test_history_adds_both_charts_with_tables(scores_2568):
    older = YearScores(total=90.0, iit=91, eit=89, oit=90, indicators={1: 92.0})
    html, parsed = page(scores_2568, {}, history={2567: older, 2568: scores_2568})
    assert html.count('role="img"') == 2
    assert len([t for t in parsed.tables if t.caption.startswith("ข้อมูลของแผนภูมิ")]) == 2
    assert html.count('id="ita-analysis-chart-tools-title"') == 1


def test_every_table_has_a_caption_and_scoped_headers(scores_2568, analysis_2568):
    _, parsed = page(scores_2568, analysis_2568,
                     history={2568: scores_2568}, measures={}, measures_year=2569)
    # summary, indicators, two chart tables, then items and findings of issue 1 and items of
    # issues 2 and 5 (catalog mapping)
    captions = [t.caption for t in parsed.tables]
    assert len(captions) >= 6, captions
    assert sum("คะแนนรายข้อ" in c for c in captions) >= 3
    assert any("ผลการวิเคราะห์ ประเด็นที่ 1" in c for c in captions)
    for t in parsed.tables:
        assert t.rows, t.caption
        assert t.caption.strip()
        for row in t.rows:
            for cell in row.cells:
                if cell.tag == "th":
                    assert cell.attrs.get("scope") in ("row", "col")


def test_fragment_has_no_blank_lines(scores_2568, analysis_2568):
    # a blank line would end Python-Markdown's raw HTML block mid-table
    html, parsed = page(scores_2568, analysis_2568, history={2568: scores_2568}, measures_year=2569)
    assert len(parsed.tables) >= 6 and html.count("<svg") == 2  # the whole page is there
    assert "\n\n" not in html and not any(line.startswith("    ") for line in html.splitlines())


def test_glance_block_for_the_year_page(scores_2568):
    html = scores_glance_html(2568, scores_2568, bands=BANDS_2566)
    parsed = parse(html)
    assert not parsed.errors
    root = ET.fromstring(html)  # also well-formed XML
    pairs = {div.find("dt").text: div.find("dd").text for div in root.iter("div")}
    assert pairs == {"คะแนนรวม": "95.42", "ระดับผลการประเมิน": "ผ่านดี", "IIT": "96.10",
                     "EIT": "94.20", "OIT": "95.90"}
    assert parsed.links == [("analysis/", "อ่านการวิเคราะห์ผลการประเมิน ITA ปี พ.ศ. 2568")]


def test_glance_without_tools_or_level():
    html = scores_glance_html(2565, YearScores(total=80.0), analysis_href=None)
    assert "ไม่ทราบ" in html and "<a " not in html and "<dd>–</dd>" in html


def test_home_charts(scores_2568):
    older = YearScores(total=90.0, iit=91, eit=89, oit=90)
    html = home_charts_html({2567: older, 2568: scores_2568}, CATALOG)
    parsed = parse(html)
    assert not parsed.errors
    assert html.count("<svg") == 2 and 'id="ita-home-chart-tools"' in html
    assert home_charts_html({}, CATALOG) == ""


@pytest.mark.parametrize("history_years", [[2568], [2566, 2567, 2568]])
def test_home_charts_without_indicators_show_only_the_tools_chart(history_years):
    history = {y: YearScores(total=80.0 + i) for i, y in enumerate(history_years)}
    html = home_charts_html(history, AnalysisCatalog(scale=100.0))
    assert html.count("<svg") == 1
