"""Titles without the row number the document gave them; file names that say what the measure is."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_site.importer import import_document, write_measures
from ita_site.importer.front_matter import ImportedMeasure
from ita_site.importer.slugs import measure_slug
from ita_site.importer.titles import split_row_number
from ita_site.importer.writer import measure_file_text
from tests.importer.conftest import PROGRESS_2566
from tests.importer.office import write_table_docx

HEADER = ["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ"]
TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568"


@pytest.mark.parametrize("written, number, title", [
    ("๑. การจัดทำข้อตกลงระหว่างผู้บังคับบัญชา", 1, "การจัดทำข้อตกลงระหว่างผู้บังคับบัญชา"),
    ("๑๒.การใช้งบประมาณ", 12, "การใช้งบประมาณ"),
    ("3) การเปิดเผยข้อมูล", 3, "การเปิดเผยข้อมูล"),
    ("(4) การป้องกันการทุจริต", 4, "การป้องกันการทุจริต"),
    ("ข้อ 5 การประชาสัมพันธ์", 5, "การประชาสัมพันธ์"),
    ("ข้อที่ ๖. การประชุม", 6, "การประชุม"),
])
def test_row_number_is_taken_out(written, number, title):
    assert split_row_number(written) == (number, title)


@pytest.mark.parametrize("title", [
    "2568 ปีแห่งความโปร่งใส",                # a year, no list marker
    "1.5 ล้านบาท สำหรับงานจัดซื้อ",           # a decimal
    "โครงการ 1 ตำบล 1 ผลิตภัณฑ์",             # numbers mid-title
    "จัดซื้อ 1.5 ล้าน ปี 2568",
    "1.1 มาตรการย่อย",                       # a sub-number is not a row number
    "1. ประชาสัมพันธ์ 2. เปิดโอกาสให้ร่วม",  # a name cell holding a numbered list
    "ข้อตกลง 5 ข้อ",
])
def test_numbers_that_belong_to_the_title_stay(title):
    assert split_row_number(title) == (None, title)


def _import(tmp_path, names):
    rows = [HEADER] + [[name, f"ขั้นตอนที่ {i}", "สำนักปลัด"] for i, name in enumerate(names, 1)]
    return import_document(write_table_docx(tmp_path / "plan.docx", TITLE, rows), year=None)


def test_word_table_titles_and_orders(tmp_path):
    result = _import(tmp_path, ["๑. การจัดทำข้อตกลงระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา",
                                "๒. การเปิดเผยข้อมูลสาธารณะ ปี 2568", "(3) จัดซื้อ 1.5 ล้าน"])
    assert [(m.front_matter["order"], m.title) for m in result.measures] == [
        (1, "การจัดทำข้อตกลงระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา"),
        (2, "การเปิดเผยข้อมูลสาธารณะ ปี 2568"),
        (3, "จัดซื้อ 1.5 ล้าน"),
    ]


def test_numbers_that_repeat_are_not_orders(tmp_path):
    result = _import(tmp_path, ["1. ประชุมชี้แจง", "1. อบรม", "2. ติดตามผล"])
    assert [(m.front_matter["order"], m.title) for m in result.measures] == [
        (1, "ประชุมชี้แจง"), (2, "อบรม"), (3, "ติดตามผล")]
    assert any("repeat or are missing" in n.text.en for n in result.notices)


def test_file_names_say_what_the_measure_is(tmp_path):
    result = _import(tmp_path, ["๑. การจัดทำข้อตกลงระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา",
                                "๒. การให้บริการและระบบ E-Service", "๓. <script>alert(1)</script>"])
    names = [a.path.name for a in write_measures(result, tmp_path / "content")]
    assert names == ["01-kan-chat-tham-kho-tok-long-ra-wang.md",
                     "02-kan-hai-bri-kan-lae-ra-bop-e-service.md",
                     "03-script-alert-1-script.md"]
    for name in names:
        assert re.fullmatch(r"[a-z0-9-]+\.md", name) and len(name) <= 50 + 3


def test_same_document_twice_gives_the_same_names_and_changes_nothing(tmp_path):
    first = write_measures(import_document(PROGRESS_2566, year=None), tmp_path)
    files = {p: p.read_bytes() for p in (tmp_path / "2566" / "measures").iterdir()}
    again = write_measures(import_document(PROGRESS_2566, year=None), tmp_path)
    assert [a.path for a in again] == [a.path for a in first]
    assert {a.action for a in again} == {"same"} and not any(a.written for a in again)
    assert {p: p.read_bytes() for p in (tmp_path / "2566" / "measures").iterdir()} == files


def test_a_site_imported_with_the_old_names_keeps_its_files(tmp_path):
    result = import_document(PROGRESS_2566, year=None)
    folder = tmp_path / "2566" / "measures"
    folder.mkdir(parents=True)
    for measure in result.measures:  # as an earlier release named them
        old = ImportedMeasure({**measure.front_matter, "title": f"๑.{measure.title}"}, measure.body,
                              measure.source_rows)
        (folder / f"measure-{measure.front_matter['order']:02d}-indicator-1.md").write_text(
            measure_file_text(old), encoding="utf-8")
    before = sorted(p.name for p in folder.iterdir())
    actions = write_measures(result, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == before  # no second copy under a new name
    assert {a.action for a in actions} == {"keep"}
    forced = write_measures(result, tmp_path, force=True)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert {a.action for a in forced} == {"overwrite"}


def test_one_file_deleted_from_an_old_import_is_written_again_and_nothing_duplicated(tmp_path):
    result = import_document(PROGRESS_2566, year=None)
    folder = tmp_path / "2566" / "measures"
    folder.mkdir(parents=True)
    for measure in result.measures:
        (folder / f"measure-{measure.front_matter['order']:02d}.md").write_text(
            measure_file_text(measure), encoding="utf-8")
    (folder / "measure-03.md").unlink()
    actions = write_measures(result, tmp_path)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == len(result.measures)
    assert [a.action for a in actions].count("create") == 1 and "measure-03.md" not in names
    assert next(a for a in actions if a.action == "create").path.name.startswith("03-kan-chai-am-nach")


def test_romanisation_needs_no_network_and_downloads_nothing(tmp_path):
    import os
    import subprocess
    import sys

    script = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from ita_site.importer.slugs import measure_slug\n"
        "print(measure_slug('การจัดทำข้อตกลงระหว่างผู้บังคับบัญชา', 1))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env.update(HOME=str(tmp_path), PYTHAINLP_DATA=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "01-kan-chat-tham-kho-tok-long-ra-wang"
    data = tmp_path / "data"
    assert not data.exists() or not any(data.iterdir())  # nothing was downloaded


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F) | st.sampled_from(" .-()1aZ<>&"),
               max_size=80), st.integers(1, 99))
def test_any_title_gives_a_short_ascii_name(title, order):
    slug = measure_slug(title, order)
    assert re.fullmatch(r"[0-9]{2}(-[a-z0-9]+)+", slug) and len(slug) <= 50
    assert slug == measure_slug(title, order)  # the same title always gives the same name
