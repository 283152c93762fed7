"""Imported files are valid content: `ita-site check` finds nothing wrong with them."""

from ita_site.checking import check_site
from ita_site.importer import import_document, write_measures
from tests.importer.conftest import PROGRESS_2566, REPORT_2568, REPORT_CHOKCHAI

AGENCY = "name: องค์การบริหารส่วนตำบลทดสอบ\ntype: องค์การบริหารส่วนตำบล\nprovince: ขอนแก่น\n"


def test_three_reports_imported_into_one_site_pass_check(tmp_path):
    (tmp_path / "agency.yml").write_text(AGENCY, encoding="utf-8")
    for seed in (REPORT_2568, PROGRESS_2566, REPORT_CHOKCHAI):
        write_measures(import_document(seed, year=None), tmp_path)
    checked = check_site(tmp_path)
    assert [p.format() for p in checked.problems] == []
    assert checked.measure_count == 7 + 8 + 8
    year_2568 = checked.site.years[2568]
    # Two reports into the same year: the second is numbered after the first.
    assert sorted(m.order for m in year_2568.measures) == list(range(1, 16))
    measure = next(m for m in checked.site.years[2566].measures if m.order == 8)
    assert measure.title == "การเปิดเผยข้อมูล" and measure.indicators == (9,)
