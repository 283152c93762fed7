"""The framework's numbers are catalog fields, validated like the rest: the score range, the
indicators' and issues' names and variants; what pages and checks derive from them."""

from ita_site.base.problems import Problems

from .conftest import problem_lines
from .fictitious import CATALOG_2570


def test_shipped_years_score_out_of_100_and_pass_at_85(shipped):
    for catalog in shipped:
        assert (catalog.score_range.low, catalog.score_range.high) == (0, 100)
        assert catalog.pass_mark == 85
        assert catalog.indicators[4].aliases == ("การใช้ทรัพย์สินของทางราชการ",)
    assert shipped.get(2568).group_numbers() == tuple(range(1, 8))
    assert shipped.get(2567).group_numbers() == tuple(range(1, 11))


def test_a_new_year_brings_its_own_numbers(site_catalogs):
    catalogs, _ = site_catalogs(y2570=CATALOG_2570)
    assert [p.format() for p in catalogs.problems] == []
    catalog = catalogs.get(2570)
    assert (catalog.score_range.low, catalog.score_range.high) == (0, 5)
    assert catalog.group_numbers() == (1, 2, 3) and catalog.group_numbers("indicators") == (1, 2, 3)
    assert catalog.issues[1].names == ("การให้บริการและระบบ E-Service", "บริการออนไลน์ของหน่วยงาน")
    assert catalog.pass_mark == 3.5
    assert catalog.level_for(4.6, 4.5, 4.2, 4.9).name == "ดีเด่น"


def test_a_year_without_a_catalog_follows_the_latest_earlier_one(shipped):
    assert shipped.framework_for(2571).ita_year == 2569
    assert shipped.framework_for(2567).ita_year == 2567
    assert shipped.framework_for(2560).ita_year == 2566


def test_score_range_is_required_and_must_be_a_range(site_catalogs):
    catalogs, folder = site_catalogs(y2570=CATALOG_2570.replace(
        "score_range: {min: 0, max: 5}\n", ""))
    assert (1, "score_range") in problem_lines(catalogs.problems, folder / "2570.yaml")
    assert 2570 not in catalogs                        # unusable without its scale
    catalogs, folder = site_catalogs(y2570=CATALOG_2570.replace(
        "score_range: {min: 0, max: 5}", "score_range: {min: 5, max: 1, top: 9}"))
    lines = problem_lines(catalogs.problems, folder / "2570.yaml")
    assert (8, "score_range.top") in lines and (8, "score_range") in lines


def test_levels_lie_within_the_score_range(site_catalogs):
    catalogs, folder = site_catalogs(y2570=CATALOG_2570.replace("min_total: 3.5", "min_total: 85"))
    [problem] = [p for p in catalogs.problems.errors if p.field == "levels[2].min_total"]
    assert problem.path == str(folder / "2570.yaml") and problem.line == 19
    assert "0 ถึง 5" in problem.text.th and "between 0 and 5, found 85" in problem.text.en


def test_bands_leaving_low_scores_without_a_level_name_the_range_floor(site_catalogs):
    catalogs, _ = site_catalogs(y2570=CATALOG_2570.replace(
        "min_total: 0, passes: false", "min_total: 1, passes: false"))
    [warning] = [p for p in catalogs.problems.warnings if p.field == "levels"]
    assert "min_total: 0" in warning.text.fix_en


def test_aliases_and_issue_entries_are_checked(site_catalogs):
    catalogs, folder = site_catalogs(y2570=CATALOG_2570.replace(
        "aliases: [การเผยแพร่ข้อมูลต่อสาธารณะ]", "aliases: {a: 1}").replace(
        "  2: กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
        "  2: {title: กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ}"))
    lines = problem_lines(catalogs.problems, folder / "2570.yaml")
    assert (12, "indicators.3.aliases") in lines
    assert (15, "issues.2.title") in lines and (15, "issues.2.name") in lines


def test_measure_numbers_are_judged_by_the_years_catalog(site_catalogs):
    catalogs, _ = site_catalogs(y2570=CATALOG_2570)
    problems = Problems()
    catalogs.check_groups((3,), "issues", 2570, problems, "2570/measures/a.md", field="issue")
    catalogs.check_groups((7,), "issues", 2569, problems, "2569/measures/a.md", field="issue")
    assert not problems
    catalogs.check_groups((7,), "issues", 2570, problems, "2570/measures/a.md", line=3,
                          field="issue")
    catalogs.check_groups((3,), "issues", 2567, problems, "2567/measures/a.md", field="issue")
    [error] = problems.errors
    assert (error.path, error.line, error.field) == ("2570/measures/a.md", 3, "issue")
    assert "from 1 to 3, found 7" in error.text.en and "2570.yaml" in error.text.fix_en
    [warning] = problems.warnings                       # 2567 groups by indicators
    assert "ITA 2567 has no issues" in warning.text.en
