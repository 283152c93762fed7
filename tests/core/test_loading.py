"""Loading content: every mistake names the file, the line, the field and the fix, in Thai and
English; all mistakes are reported together."""

import textwrap
from pathlib import Path

from ita_site.checking import check_site
from ita_site.content.loading import load_site


def make(tmp_path: Path, files: dict[str, str]) -> Path:
    files = {"agency.yml": "name: อบต.ทดสอบ\n", **files}
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return tmp_path


def problems_of(tmp_path, files):
    return load_site(make(tmp_path, files)).problems


def checked_problems_of(tmp_path, files):
    """Problems of the whole check: an issue or indicator number is judged against the
    numbers of the year's ITA catalog there, not by the loader."""
    return check_site(make(tmp_path, files)).problems


def test_a_valid_measure_loads_with_all_its_fields(tmp_path):
    result = load_site(make(tmp_path, {"2568/measures/a.md": """
        ---
        title: มาตรการ ก
        order: ๓
        issue: 1
        indicators: [3, "๔"]
        oit: [o27, O027]
        addresses: [I10, o6]
        steps: [หนึ่ง, สอง]
        period: {start: 2567-10-01, end: 2568-09-30}
        responsible: สำนักปลัด
        outputs: [ผลผลิต]
        status: done
        progress: {outputs: [ครึ่งปี], as_of: ๓๑ มี.ค. ๒๕๖๘}
        ---
        เนื้อหา
        """}))
    assert not result.problems.errors, [p.format() for p in result.problems]
    m = result.site.years[2568].measures[0]
    assert (m.order, m.issue, m.indicators) == (3, 1, (3, 4))
    assert m.oit == ("O27",) and m.addresses == ("i10", "O6")
    assert m.responsible == ("สำนักปลัด",)
    assert m.period.start.isoformat() == "2024-10-01" and m.period.label == "ต.ค. 2567 – ก.ย. 2568"
    assert m.progress.outputs == ("ครึ่งปี",) and m.progress.as_of.isoformat() == "2025-03-31"
    assert m.url == "2568/measures/a/"


def test_wrong_types_name_file_line_field_and_fix(tmp_path):
    problems = checked_problems_of(tmp_path, {"2568/measures/bad.md": """
        ---
        title: มาตรการ
        issue: 9
        steps: ทำอย่างเดียว
        status: finished
        indicators: [1, สิบ]
        ---
        """})
    by_field = {p.field: p for p in problems.errors}
    assert set(by_field) == {"issue", "steps", "status", "indicators"}
    issue = by_field["issue"]
    assert (issue.path, issue.line) == ("2568/measures/bad.md", 3)
    text = issue.format()
    assert "ต้องเป็นตัวเลข 1–7" in text and "must be a number from 1 to 7" in text
    assert by_field["steps"].line == 4 and "รายการ" in by_field["steps"].format()
    assert by_field["status"].line == 5
    assert "planned, in-progress or done" in by_field["status"].format()
    assert by_field["indicators"].line == 6 and "indicators[2]" in by_field["indicators"].format()


def test_missing_title_and_yaml_syntax_error(tmp_path):
    problems = problems_of(tmp_path, {
        "2568/measures/untitled.md": "---\norder: 1\n---\n",
        "2568/measures/broken.md": "---\ntitle: ก\nsteps: [หนึ่ง\n---\n",
    })
    messages = {p.path: p for p in problems.errors}
    assert messages["2568/measures/untitled.md"].field == "title"
    assert "title: ..." in messages["2568/measures/untitled.md"].text.fix_th
    broken = messages["2568/measures/broken.md"]
    assert broken.line in (3, 4) and "YAML" in broken.format()


def test_typo_in_a_field_name_is_a_warning_with_a_suggestion(tmp_path):
    problems = problems_of(tmp_path, {"2568/measures/a.md": """
        ---
        title: ก
        responsable: [กองคลัง]
        ---
        """})
    assert not problems.errors
    [warning] = problems.warnings
    assert warning.field == "responsable" and warning.line == 3
    assert "responsible" in warning.format()


def test_year_folders_must_be_be_years(tmp_path):
    problems = problems_of(tmp_path, {"2025/measures/a.md": "---\ntitle: ก\n---\n"})
    [error] = problems.errors
    assert error.path == "2025/" and "พ.ศ." in error.format()


def test_thai_digit_year_folder_must_be_renamed(tmp_path):
    # Its pages would get /๒๕๖๘/ URLs while every generated link says /2568/.
    result = load_site(make(tmp_path, {"๒๕๖๘/measures/a.md": "---\ntitle: ก\n---\n"}))
    [error] = result.problems.errors
    assert error.path == "๒๕๖๘/" and "2568/" in error.format()


def test_reserved_names_and_duplicate_orders(tmp_path):
    problems = problems_of(tmp_path, {
        "2568/report.md": "# รายงาน\n",
        "2568/measures/a.md": "---\ntitle: ก\norder: 1\n---\n",
        "2568/measures/b.md": "---\ntitle: ข\norder: 1\n---\n",
    })
    texts = [p.format() for p in problems.errors]
    assert any("2568/report.md" in t and "/2568/report/" in t for t in texts)
    assert any("order: 1" in t and "2568/measures/a.md" in t for t in texts)


def test_every_error_is_reported_not_just_the_first(tmp_path):
    files = {f"2568/measures/m{i}.md": f"---\ntitle: ก\nissue: {10 + i}\n---\n" for i in range(5)}
    assert len(checked_problems_of(tmp_path, files).errors) == 5


def test_missing_agency_file(tmp_path):
    (tmp_path / "2568").mkdir()
    problems = load_site(tmp_path).problems
    assert [p.path for p in problems.errors] == ["agency.yml"]


def test_pages_outside_year_folders_give_oit_years(tmp_path):
    result = load_site(make(tmp_path, {
        "about/structure.md": "---\ntitle: โครงสร้าง\noit: {2568: [O1], ๒๕๖๗: [o01]}\n---\n",
        "about/wrong.md": "---\noit: [O1]\n---\n",
    }))
    page = next(p for p in result.site.pages if p.src_uri == "about/structure.md")
    assert page.oit == {2568: ("O1",), 2567: ("O1",)} and page.url == "about/structure/"
    [error] = result.problems.errors
    assert error.path == "about/wrong.md" and error.field == "oit"
