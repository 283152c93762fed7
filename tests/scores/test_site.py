"""The analysis page of a built site: level from the year's bands, linked next-year measures."""

import re

import pytest

from tests.sitebuild import build_files, shared_build

FILES = {
    "2567/year.yml": """
        scores:
          total: ๘๘.๒๙
          iit: 92.41
          eit: 87.15
          oit: 84.05
          indicators: {1: 93.85, 4: 80.37}
          items: {i10: 71.5, O12: 50}
        analysis:
          4:
            lowest: i10
            cause: เจ้าหน้าที่ยืมทรัพย์สินโดยไม่ขออนุญาต
            plan: จัดทำคู่มือการยืมทรัพย์สิน
        """,
    "2567/measures/a.md": "---\ntitle: มาตรการปีก่อน\nindicators: [4]\n---\n",
    "2568/measures/asset-rules.md": """
        ---
        title: คู่มือการยืมทรัพย์สินของราชการ
        issue: 4
        addresses: [I10]
        ---
        """,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = shared_build(tmp_path_factory, "analysis", FILES)
    assert result.returncode == 0, result.output
    return result


def test_level_is_derived_from_the_years_bands(built):
    html = built.html("2567/analysis/")
    # total 88.29 (Thai digits) but OIT under 85: ผ่าน, not ผ่านดี
    assert "88.29" in html and re.search(r">\s*ผ่าน\s*<", html)
    assert "ผ่านดี" not in html.split("ita-level")[1][:400]


def test_weak_item_links_the_next_years_measure_that_addresses_it(built):
    html = built.html("2567/analysis/")
    assert 'href="../../2568/measures/asset-rules/"' in html
    assert "เจ้าหน้าที่ยืมทรัพย์สินโดยไม่ขออนุญาต" in html and "จัดทำคู่มือการยืมทรัพย์สิน" in html


def test_year_page_shows_scores_and_links_the_analysis(built):
    html = built.html("2567/")
    assert "88.29" in html and 'href="analysis/"' in html
    assert not built.exists("2568/analysis/")  # no scores, no analysis page


def test_score_out_of_range_stops_the_build(tmp_path):
    result = build_files(tmp_path, {"2568/year.yml": "scores:\n  total: 120\n"})
    assert result.returncode != 0 and "2568/year.yml:2" in result.output
