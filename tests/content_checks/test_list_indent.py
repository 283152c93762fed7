"""An over-indented list item, which YAML silently merges into the item above, is reported."""

import pytest

from ita_site.cli import main
from ita_site.content.list_indent import over_indented_items
from ita_site.content.loading import load_site

AGENCY = "name: องค์การบริหารส่วนตำบลทดสอบ\n"
MERGED = """\
---
title: อบรมคุณธรรม
order: 1
steps:
  - ประชุมชี้แจง
    - อบรมเจ้าหน้าที่
  - ติดตามผล
---
"""


def _site(tmp_path, measure: str):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "agency.yml").write_text(AGENCY, encoding="utf-8")
    folder = tmp_path / "2568" / "measures"
    folder.mkdir(parents=True)
    (folder / "01-ob-rom.md").write_text(measure, encoding="utf-8")
    return tmp_path


def test_check_reports_the_line_the_field_and_the_fix(tmp_path, capsys):
    content = _site(tmp_path / "content", MERGED)
    assert main(["--content", str(content), "--config", str(tmp_path / "mkdocs.yml"),
                 "check"]) == 0  # a warning, as the file is valid YAML
    out = capsys.readouterr().out
    assert "2568/measures/01-ob-rom.md:6 [steps]" in out
    assert 'รายการ "- อบรมเจ้าหน้าที่" ย่อหน้าลึกกว่ารายการด้านบน' in out
    assert 'the list item "- อบรมเจ้าหน้าที่" is indented deeper than the item above' in out
    assert '"ประชุมชี้แจง - อบรมเจ้าหน้าที่"' in out
    assert "line up the - of every item of the list at the same indentation" in out


def test_loading_warns_and_still_reads_the_measure(tmp_path):
    result = load_site(_site(tmp_path, MERGED))
    [warning] = [p for p in result.problems.warnings if p.line == 6]
    assert warning.field == "steps" and warning.path == "2568/measures/01-ob-rom.md"
    [measure] = result.site.years[2568].measures
    assert measure.steps == ("ประชุมชี้แจง - อบรมเจ้าหน้าที่", "ติดตามผล")


def test_a_well_indented_file_gets_no_warning(tmp_path):
    result = load_site(_site(tmp_path, MERGED.replace("    - อบรม", "  - อบรม")))
    assert [p.format() for p in result.problems] == []


@pytest.mark.parametrize("front, lines", [
    ("steps:\n  - a\n    - b\n", [3]),
    ("steps:\n- a\n  - b\n  - c\n", [3, 4]),                 # items at the key's indentation
    ("steps:\n  - a\n    more\n    - b\n", [4]),            # after a continued line
    ("progress:\n  outputs:\n    - x\n      - y\n", [4]),
    ("steps:\n  - a\n  - b\n", []),
    ("items:\n  - name: x\n    steps:\n      - a\n", []),     # a list inside an item's mapping
    ("steps:\n  - |\n    a\n    - b\n", []),                 # a block scalar means what it says
    ("steps:\n  - \"a\n    - b\"\n", []),                   # so does a quoted one
    ("steps: [[[[\n  - a\n    - b\n", []),                  # not YAML: the loader reports it
])
def test_which_lines_are_reported(front, lines):
    assert [line for line, _, _ in over_indented_items(front)] == lines


@pytest.mark.parametrize("front", [
    "title: &a [*a]\nsteps:\n  - a\n    - b\n",
    "steps:\n  - a\n    - b\nx: " + "[" * 5000 + "\n",
    "steps:\n  - a\n    - b\n" + "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 9))
    .replace("*l0", "x"),
    "steps:\n  - a\x00\n    - b\n",
])
def test_hostile_front_matter_gives_an_answer_not_an_exception(front):
    assert isinstance(over_indented_items(front), list)
