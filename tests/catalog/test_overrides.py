"""A site adds a year or corrects a shipped one from its own folder, with the same validation;
every problem names the site's file and line."""

from collections.abc import Mapping
from dataclasses import fields

from ita_site.catalog import load_catalogs
from ita_site.catalog.model import Catalog

from .conftest import problem_lines

NEW_YEAR = """\
    ita_year: 2570
    grouping: issues
    tools:
      iit: {name: IIT, weight: 30}
      eit: {name: EIT, weight: 30}
      oit: {name: OIT, weight: 40}
    indicators:
      9: {name: การเปิดเผยข้อมูล, tool: oit}
      10: {name: การป้องกันการทุจริต, tool: oit}
    issues:
      7: กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน
    levels:
      - {name: ผ่าน, min_total: 85}
      - {name: ไม่ผ่าน, min_total: 0, passes: false}
    oit:
      - {code: O1, title: โครงสร้าง, indicator: 9}
      - code: O2
        title: รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
        indicator: 10
        issue: 7
        satisfied_by: {page: report, fiscal_offset: -1}
        same_as: {year: 2569, code: O26}
    score_range: {min: 0, max: 100}
"""


def test_a_site_adds_a_new_year(site_catalogs):
    catalogs, folder = site_catalogs(y2570=NEW_YEAR)
    assert [p.format() for p in catalogs.problems] == []
    assert catalogs.years == (2566, 2567, 2568, 2569, 2570)
    catalog = catalogs.get(2570)
    assert [item.code for item in catalog.oit_items] == ["O1", "O2"]
    assert catalog.level_for(90).name == "ผ่าน"
    assert catalog.files == (str(folder / "2570.yaml"),)
    assert [i.code for i in catalogs.counterparts(2570, "O2", 2568)] == ["O28"]


def test_a_site_corrects_one_item_and_keeps_the_rest(site_catalogs):
    catalogs, folder = site_catalogs(y2569="""\
        oit:
          - code: o06
            title: แผนการดำเนินงานประจำปี
            confidence: high
            sources: [คู่มือการประเมิน ITA 2569 หน้า 12]
        """)
    assert [p.format() for p in catalogs.problems] == []
    catalog = catalogs.get(2569)
    item = catalog.oit("O6")
    assert item.title == "แผนการดำเนินงานประจำปี"
    assert not item.unconfirmed
    assert item.sources == ("คู่มือการประเมิน ITA 2569 หน้า 12",)
    assert item.issue is None and item.period == "unknown"   # untouched fields stay shipped
    assert len(catalog.oit_items) == 26
    assert catalog.oit("O26").title.startswith("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม")
    assert catalog.files == ("ita_site/catalog/data/2569.yaml", str(folder / "2569.yaml"))


def test_a_site_adds_and_removes_items_and_questions(site_catalogs):
    catalogs, _ = site_catalogs(y2568="""\
        oit:
          - {code: O29, title: รายการใหม่, indicator: ๑๐, issue: ๗}
          - {code: O11, remove: true}
        questions:
          - code: i10
            indicator: 4
            text: เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืมหรือขอใช้ทรัพย์สินของหน่วยงาน
        """)
    assert [p.format() for p in catalogs.problems] == []
    catalog = catalogs.get(2568)
    assert catalog.oit("O29").indicator == 10 and catalog.oit("O29").issue == 7
    assert catalog.oit("O11") is None
    assert len(catalog.oit_items) == 28
    assert catalog.question("I10").text.startswith("เจ้าหน้าที่ในหน่วยงานของท่าน")


def test_a_site_replaces_the_level_bands_of_a_year(site_catalogs):
    catalogs, _ = site_catalogs(y2566="""\
        levels:
          - {name: ผ่านดีเยี่ยม, min_total: 95, min_each_tool: 95}
          - {name: ผ่าน, min_total: 85}
          - {name: ต้องปรับปรุง, min_total: 50, passes: false}
          - {name: ต้องปรับปรุงโดยด่วน, min_total: 0, passes: false}
        """)
    catalog = catalogs.get(2566)
    assert [band.name for band in catalog.levels][-2:] == ["ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"]
    assert catalog.level_for(60, 60, 60, 60).name == "ต้องปรับปรุง"
    assert catalogs.get(2567).level_for(60, 60, 60, 60).name == "ต้องปรับปรุงโดยด่วน"


def test_an_invalid_override_names_the_file_and_line(site_catalogs):
    catalogs, folder = site_catalogs(y2568="""\
        oit:
          - code: O3
            title: ข้อมูลการติดต่อ
            indicator: 11
          - code: O4
            period: last-year
        """)
    path = folder / "2568.yaml"
    assert problem_lines(catalogs.problems, path) == [
        (4, "oit[O3].indicator"), (6, "oit[O4].period")]
    first = catalogs.problems.errors[0]
    assert "11" in first.text.th and "9, 10" in first.text.fix_th
    assert str(path) in first.format() and ":4" in first.format()
    # The shipped data is not blamed: every problem points at the site's file.
    assert {p.path for p in catalogs.problems} == {str(path)}


def test_unknown_fields_and_wrong_types_are_reported_where_written(site_catalogs):
    catalogs, folder = site_catalogs(y2569="""\
        oit:
          - code: O6
            titel: สะกดผิด
          - code: O7
            satisfied_by: {page: plan, fiscal_offset: soon}
          - code: X7
            title: ไม่ใช่รหัส
        """)
    lines = problem_lines(catalogs.problems, folder / "2569.yaml")
    assert (3, "oit[O6].titel") in lines
    assert (5, "oit[O7].satisfied_by.fiscal_offset") in lines
    assert (6, "oit[X7].code") in lines


def test_a_yaml_syntax_error_names_its_line(site_catalogs):
    catalogs, folder = site_catalogs(y2568="""\
        oit:
          - code: O3
            title: "ข้อมูลการติดต่อ
        grouping: issues
        """)
    [problem] = catalogs.problems.errors
    assert problem.path == str(folder / "2568.yaml") and problem.line is not None
    assert len(catalogs.get(2568).oit_items) == 28    # the shipped catalog still loads


def test_a_file_for_another_year_than_its_name_is_an_error(site_catalogs):
    catalogs, folder = site_catalogs(y2569="ita_year: 2568\n")
    [problem] = catalogs.problems.errors
    assert (problem.path, problem.line, problem.field) == (str(folder / "2569.yaml"), 1, "ita_year")


def test_file_names_must_be_years(tmp_path):
    folder = tmp_path / "catalog"
    folder.mkdir()
    (folder / "ita2570.yaml").write_text("ita_year: 2570\n", encoding="utf-8")
    (folder / "notes.txt").write_text("ignored", encoding="utf-8")
    catalogs = load_catalogs(folder)
    [problem] = catalogs.problems
    assert problem.path == str(folder / "ita2570.yaml")
    assert "2570.yaml" in problem.text.fix_th


def test_a_configured_folder_that_does_not_exist_is_an_error(tmp_path):
    catalogs = load_catalogs(tmp_path / "missing")
    [problem] = catalogs.problems.errors
    assert "missing" in problem.text.th
    assert catalogs.years == (2566, 2567, 2568, 2569)


def test_a_new_year_missing_its_essentials_is_left_out_with_problems(site_catalogs):
    catalogs, folder = site_catalogs(y2571="""\
        ita_year: 2571
        oit:
          - {code: O1, title: โครงสร้าง}
        """)
    assert 2571 not in catalogs
    fields = {p.field for p in catalogs.problems.errors}
    assert {"grouping", "tools", "indicators", "levels"} <= fields


def test_duplicate_codes_and_keys_are_reported(site_catalogs):
    catalogs, folder = site_catalogs(y2570=NEW_YEAR.replace(
        "      - {code: O1, title: โครงสร้าง, indicator: 9}",
        "      - {code: O1, title: โครงสร้าง, indicator: 9}\n"
        "      - {code: O01, title: ซ้ำ, title: ซ้ำสอง}"))
    lines = problem_lines(catalogs.problems, folder / "2570.yaml")
    assert (17, "title") in lines          # the key written twice
    assert (17, "oit[O1]") in lines        # the code listed twice


def test_levels_that_can_never_be_reached_are_reported(site_catalogs):
    catalogs, folder = site_catalogs(y2567="""\
        levels:
          - {name: ผ่าน, min_total: 85}
          - {name: ผ่านดี, min_total: 85, min_each_tool: 85}
          - {name: ต้องปรับปรุง, min_total: 10}
        """)
    lines = problem_lines(catalogs.problems, folder / "2567.yaml")
    assert (3, "levels[2]") in lines                           # after a weaker band
    warnings = [p for p in catalogs.problems.warnings if p.field == "levels"]
    assert warnings and "10" in warnings[0].text.th            # totals below 10 get no level


def test_same_as_pointing_to_a_missing_item_is_a_warning(site_catalogs):
    catalogs, folder = site_catalogs(y2569="""\
        oit:
          - {code: O25, same_as: {year: 2568, code: O99}}
        """)
    [warning] = catalogs.problems.warnings
    assert (warning.path, warning.line) == (str(folder / "2569.yaml"), 2)
    assert not catalogs.problems.errors


def test_removing_an_item_that_is_not_there_is_a_warning(site_catalogs):
    catalogs, folder = site_catalogs(y2568="oit:\n  - {code: O40, remove: true}\n")
    [warning] = catalogs.problems.warnings
    assert warning.line == 2 and "O40" in warning.text.th


def _content(catalogs) -> dict:
    """Every compared field of every year's catalog, by name; mappings as plain dicts."""
    return {year: {f.name: _plain(getattr(catalogs.get(year), f.name))
                   for f in fields(Catalog) if f.compare}
            for year in catalogs.years}


def _plain(value):
    return dict(value) if isinstance(value, Mapping) else value


def test_a_site_file_leaves_the_shipped_catalogs_as_they_were(site_catalogs):
    """A process reads the shipped files once and shares what it read (a portal worker builds
    agency after agency): one site's corrections must not reach the next site's catalogs."""
    before = _content(load_catalogs())
    catalogs, _ = site_catalogs(y2568="""\
        grouping: indicators
        sources: [จากหน่วยงานเอง]
        tools:
          iit: {weight: 20}
          oit: {weight: 50}
        indicators:
          9: {name: ชื่อของหน่วยงานเอง}
        issues:
          7: ประเด็นของหน่วยงานเอง
        levels:
          - {name: ผ่าน, min_total: 50}
          - {name: ไม่ผ่าน, min_total: 0, passes: false}
        oit:
          - {code: O1, title: ชื่อของหน่วยงานเอง}
          - {code: O11, remove: true}
          - {code: O29, title: รายการใหม่, indicator: 10, issue: 7}
        """)
    assert [p.format() for p in catalogs.problems] == []
    changed, shipped = _content(catalogs)[2568], before[2568]
    named = ("grouping", "sources", "tools", "indicators", "issues", "levels", "oit_items")
    assert [name for name in named if changed[name] == shipped[name]] == []
    assert _content(load_catalogs()) == before
