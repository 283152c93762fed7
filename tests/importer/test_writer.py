"""Writing measure files: YAML that reads back exactly, plain names, nothing overwritten unasked."""

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_site.importer import write_measures
from ita_site.importer.front_matter import ImportedMeasure
from ita_site.importer.slugs import measure_slug
from ita_site.importer.writer import front_matter_text, measure_file_text
from ita_site.base.yamlfile import split_front_matter
from tests.importer.conftest import PROGRESS_2566


def _front(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1]), text


@pytest.mark.parametrize("value", ["2568", "๒๕๖๘", "yes", "no", "on", "true", "null", "~", "1.", ":",
                                   "1:20", "2567-10-01", "- ข้อความ", "# หัวข้อ", "a: b", "'", '"',
                                   "@x", "`x`", "0o17", "1e3", "ตลอดปี: 2568", " นำหน้า", "ต.ค. 67 – ก.ย. 68"])
def test_strings_yaml_would_read_as_something_else_are_quoted(value):
    data = {"title": value, "steps": [value], "period": value}
    text = front_matter_text(data)
    assert yaml.safe_load(text) == data
    assert split_front_matter(f"---\n{text}---\n").meta.data == data  # the site's own loader too


def test_block_style_and_thai_as_is():
    text = front_matter_text({"title": "การใช้งบประมาณ", "order": 2, "indicators": [2],
                              "steps": ["๑.จัดทำ", "๒.เผยแพร่"], "progress": {"outputs": ["ประชุมแล้ว"]}})
    assert text == (
        "title: การใช้งบประมาณ\norder: 2\nindicators:\n  - 2\nsteps:\n  - ๑.จัดทำ\n  - ๒.เผยแพร่\n"
        "progress:\n  outputs:\n    - ประชุมแล้ว\n"
    )


_any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=200)
@given(st.lists(_any_text, max_size=4), _any_text)
def test_any_text_round_trips(items, title):
    data = {"title": title, "order": 1, "steps": items, "progress": {"suggestions": items}}
    assert yaml.safe_load(front_matter_text(data)) == data


def _measure(title, order=1, **fields):
    return ImportedMeasure({"title": title, "order": order, **fields}, "<!-- imported from x.txt, row 1 -->\n", "row 1")


def test_slugs_are_plain_and_readable():
    assert measure_slug("การปฏิบัติหน้าที่", 1) == "01-kan-pati-bati-na-thi"
    assert measure_slug("ประชาสัมพันธ์ระบบ E-Service", 12) == "12-pra-cha-sam-phan-ra-bop-e-service"
    assert measure_slug("ประกาศ No Gift Policy", 3) == "03-pra-kas-no-gift-policy"


def test_files_written_where_the_contract_says(tmp_path, progress_2566):
    actions = write_measures(progress_2566, tmp_path)
    assert [a.action for a in actions] == ["create"] * 8 and all(a.written for a in actions)
    first = tmp_path / "2566" / "measures" / "01-kan-pati-bati-na-thi.md"
    data, text = _front(first)
    assert data == progress_2566.measures[0].front_matter
    assert text.endswith("---\n\n<!-- imported from 002_5bcee1a436c7c660.txt, row 19 -->\n")


def test_existing_files_are_kept_unless_forced(tmp_path, progress_2566):
    write_measures(progress_2566, tmp_path)
    first = tmp_path / "2566" / "measures" / "01-kan-pati-bati-na-thi.md"
    first.write_text("---\ntitle: แก้ไขเองแล้ว\norder: 1\n---\n", encoding="utf-8")
    again = write_measures(progress_2566, tmp_path)
    assert again[0].action == "keep" and not any(a.written for a in again)
    assert {a.action for a in again[1:]} == {"same"}  # untouched files: nothing to keep or redo
    assert "แก้ไขเองแล้ว" in first.read_text(encoding="utf-8")
    forced = write_measures(progress_2566, tmp_path, force=True)
    assert [a.action for a in forced] == ["overwrite"] + ["same"] * 7
    assert _front(first)[0]["title"] == "การปฏิบัติหน้าที่"


def test_dry_run_writes_nothing_but_shows_the_files(tmp_path, progress_2566):
    actions = write_measures(progress_2566, tmp_path, dry_run=True)
    assert not (tmp_path / "2566").exists()
    assert [a.action for a in actions] == ["create"] * 8
    assert actions[0].text == measure_file_text(progress_2566.measures[0])


def test_orders_taken_by_measures_already_there_are_not_reused(tmp_path, progress_2566):
    folder = tmp_path / "2566" / "measures"
    folder.mkdir(parents=True)
    (folder / "own.md").write_text("---\ntitle: มาตรการเดิม\norder: ๓\n---\n", encoding="utf-8")
    actions = write_measures(progress_2566, tmp_path)
    assert [a.measure.front_matter["order"] for a in actions] == [4, 5, 6, 7, 8, 10, 11, 13]
    assert actions[0].path.name == "04-kan-pati-bati-na-thi.md" and actions[0].order_offset == 3
    assert progress_2566.measures[0].front_matter["order"] == 1  # the import itself is unchanged


def test_a_result_with_errors_cannot_be_written(tmp_path):
    from ita_site.importer import import_document
    result = import_document(tmp_path / "missing.docx", year=2568)
    with pytest.raises(ValueError):
        write_measures(result, tmp_path)


def test_same_title_twice_gets_distinct_files(tmp_path):
    from ita_site.importer.writer import plan_paths
    paths = plan_paths([_measure("ประกาศ", 1), _measure("ประกาศ", 1)], tmp_path)
    assert [p.name for p in paths] == ["01-pra-kas.md", "01-pra-kas-2.md"]
    assert PROGRESS_2566.exists()


def test_importing_again_into_a_year_with_other_measures_never_duplicates(tmp_path, progress_2566):
    folder = tmp_path / "2566" / "measures"
    folder.mkdir(parents=True)
    (folder / "own.md").write_text("---\ntitle: ของเดิม\norder: 1\n---\n", encoding="utf-8")
    first = write_measures(progress_2566, tmp_path)
    assert {a.action for a in first} == {"create"} and first[0].order_offset == 1
    again = write_measures(progress_2566, tmp_path)
    assert {a.action for a in again} == {"same"}
    assert [a.path for a in again] == [a.path for a in first]
    forced = write_measures(progress_2566, tmp_path, force=True)
    assert {a.action for a in forced} == {"same"}
    assert [a.path for a in forced] == [a.path for a in first]
    assert _front(forced[0].path)[0]["order"] == first[0].measure.front_matter["order"]
    assert len(list(folder.glob("*.md"))) == 1 + len(first)
