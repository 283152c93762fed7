"""A new ITA year whose framework changes needs only a catalog file: a site that writes one
for a fictitious 2570 (three renumbered issues, three indicators, scores out of 5, other level
names, merged OIT items) in its `catalogs:` folder gets pages that follow it, and a check that
accepts its ranges and refuses what lies outside them."""

from __future__ import annotations

import pytest

from tests.catalog.fictitious import CATALOG_2570
from tests.sitebuild import build, write_project

YEAR_2570 = """\
scores:
  total: 4.2
  iit: 4.6
  eit: 3.9
  oit: 4.1
  indicators: {1: 4.6, 2: 3.9, 3: 4.1}
  items: {i1: 4.6, e1: 3.9, O1: 4.8, O2: 3.2}
analysis:
  3:
    lowest: O2
    cause: รายงานผลยังไม่ครบทุกไตรมาส
    plan: เผยแพร่รายงานผลทุกไตรมาส
"""
FILES = {
    "2569/measures/report.md": "---\ntitle: มาตรการปีก่อน\nissue: 7\noutputs: [เสร็จ]\n"
                               "status: done\n---\n",
    "2570/year.yml": YEAR_2570,
    "2570/measures/conflict.md": "---\ntitle: มาตรการป้องกันผลประโยชน์ทับซ้อน\nissue: 3\n"
                                 "indicators: [3]\nstatus: planned\n---\n",
    "2570/measures/online.md": "---\ntitle: มาตรการบริการออนไลน์\nissue: 1\nstatus: planned\n---\n",
}


def project(root):
    root = write_project(root, FILES, plugin_options=":\n      catalogs: catalogs")
    (root / "catalogs").mkdir()
    (root / "catalogs/2570.yaml").write_text(CATALOG_2570, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = build(project(tmp_path_factory.mktemp("framework") / "p"))
    assert result.returncode == 0, result.output
    return result


def test_measures_are_grouped_under_the_new_issues(built):
    html = built.html("2570/plan/")
    assert "3. กลไกป้องกันการทุจริตและผลประโยชน์ทับซ้อน" in html
    assert "1. การให้บริการและระบบ E-Service" in html
    # 2568's issue 3 is another issue: its name must not leak into 2570
    assert "ช่องทางและรูปแบบการประชาสัมพันธ์" not in html
    assert html.index("1. การให้บริการ") < html.index("3. กลไกป้องกัน")


def test_the_analysis_follows_the_new_scale_levels_and_names(built):
    html = built.html("2570/analysis/")
    assert "ผ่านเกณฑ์" in html                            # 4.2 reaches 3.5, not 4.5
    assert 'ita-below-target">3.20 <span' in html         # under the year's pass mark
    assert "(ต่ำกว่า 3.50)" in html
    assert "ต่ำกว่า 85" not in html and "4.60 (ต่ำกว่า" not in html
    assert "3. การเปิดเผยข้อมูลสาธารณะ" in html           # the year's indicator 3
    assert "ประเด็นที่ 3 กลไกป้องกันการทุจริตและผลประโยชน์ทับซ้อน" in html
    assert "คะแนนเต็ม 5 " in html and "คะแนนเต็ม 100" not in html


def test_the_merged_oit_items_are_the_years_list(built):
    html = built.html("2570/oit/")
    assert '<a href="o1/">โครงสร้าง หน้าที่และอำนาจ และผู้บริหาร</a>' in html
    assert 'id="o2"' in html and 'id="o3"' not in html
    assert "มีหลักฐานแล้ว 1 จาก 2 ข้อ" in html            # O2: plan of 2570 and report of 2569
    assert built.exists("2570/oit/o2/") and not built.exists("2570/oit/o3/")


def test_values_outside_the_new_ranges_stop_the_build(tmp_path):
    root = project(tmp_path / "p")
    year = root / "content/2570/year.yml"
    year.write_text(YEAR_2570.replace("total: 4.2", "total: 6")
                    .replace("{1: 4.6, 2: 3.9, 3: 4.1}", "{1: 4.6, 4: 3.9}")
                    .replace("  3:\n    lowest", "  5:\n    lowest"), encoding="utf-8")
    measure = root / "content/2570/measures/online.md"
    measure.write_text("---\ntitle: มาตรการบริการออนไลน์\nissue: 5\nindicators: [9]\n---\n",
                       encoding="utf-8")
    result = build(root)
    assert result.returncode != 0
    out = result.output
    assert "2570/year.yml:2 [scores.total]" in out and "between 0 and 5, found 6" in out
    assert "[scores.indicators.4]" in out and "must be one of 1–3, found 4" in out
    assert "[analysis.5]" in out and "the issue must be one of 1–3, found 5" in out
    assert "2570/measures/online.md:3 [issue]" in out
    assert "field `issue` must be a number from 1 to 3, found 5" in out
    assert "catalogs/2570.yaml" in out                   # the fix names the catalog file
    assert "2570/measures/online.md:4 [indicators]" in out


def test_a_broken_score_range_names_the_catalog_file_and_field(tmp_path):
    root = project(tmp_path / "p")
    catalog = root / "catalogs/2570.yaml"
    catalog.write_text(CATALOG_2570.replace("score_range: {min: 0, max: 5}",
                                            "score_range: {min: 5, max: 5}"), encoding="utf-8")
    result = build(root)
    assert result.returncode != 0
    assert "catalogs/2570.yaml:8 [score_range]" in result.output
    assert "min below max" in result.output
