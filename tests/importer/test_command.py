"""`ita-site import` as the webmaster runs it: arguments, messages, files, exit codes."""

import argparse
import shutil

import pytest

from ita_site.importer.command import add_arguments, run
from tests.importer.conftest import PROGRESS_2566, REPORT_2568


def _run(*argv):
    parser = argparse.ArgumentParser(prog="ita-site import")
    add_arguments(parser)
    return run(parser.parse_args([str(a) for a in argv]))


def test_import_writes_files_and_says_what_it_read(tmp_path, capsys):
    code = _run(REPORT_2568, "--content", tmp_path)
    out, err = capsys.readouterr()
    assert code == 0
    assert "ปีงบประมาณ 2568 อ่านจากบรรทัด 15" in out and "(note: fiscal year 2568 read from line 15" in out
    assert "นำเข้า 7 มาตรการ ปี 2568 (report)" in out and "(7 measures of 2568 (report) imported" in out
    assert "มาตรการ 7 รายการ ปี 2568: เขียน 7 ไฟล์, เหมือนเดิม 0 ไฟล์, ไม่เขียนทับ 0 ไฟล์" in out
    assert sorted(p.name for p in (tmp_path / "2568" / "measures").iterdir())[:2] == [
        "01-kan-pati-bati-rue-hai-bri-kan.md", "02-pra-cha-sam-phan-phoei-phaen-kan-hai-bri-kan.md"]
    assert err == ""


def test_dry_run_shows_files_and_writes_nothing(tmp_path, capsys):
    code = _run(PROGRESS_2566, "--content", tmp_path, "--dry-run")
    out, _ = capsys.readouterr()
    assert code == 0 and not (tmp_path / "2566").exists()
    assert f"สร้าง {tmp_path / '2566' / 'measures' / '01-kan-pati-bati-na-thi.md'}" in out
    assert "    title: การปฏิบัติหน้าที่" in out and "    order: 1" in out  # the file's content, indented
    assert "dry run (--dry-run): no file was written" in out


def test_second_import_changes_nothing_and_keeps_edits_until_forced(tmp_path, capsys):
    assert _run(PROGRESS_2566, "--content", tmp_path) == 0
    folder = tmp_path / "2566" / "measures"
    before = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    capsys.readouterr()
    assert _run(PROGRESS_2566, "--content", tmp_path) == 0  # the same document again: nothing to do
    assert "unchanged" in capsys.readouterr().out
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == before
    edited = folder / "01-kan-pati-bati-na-thi.md"
    edited.write_text(before[edited.name].replace("order: 1", "order: 1\nstatus: done"), encoding="utf-8")
    assert _run(PROGRESS_2566, "--content", tmp_path) == 1
    _, err = capsys.readouterr()
    assert "มีไฟล์" in err and "already exists: not overwritten" in err and "--force" in err
    assert "status: done" in edited.read_text(encoding="utf-8")
    assert _run(PROGRESS_2566, "--content", tmp_path, "--force") == 0
    assert "เขียนทับ" in capsys.readouterr().out
    assert edited.read_text(encoding="utf-8") == before[edited.name]


def test_year_given_in_thai_digits_or_ce(tmp_path, capsys):
    assert _run(PROGRESS_2566, "--content", tmp_path, "--year", "๒๕๖๖") == 0
    assert (tmp_path / "2566" / "measures").is_dir()
    assert _run(PROGRESS_2566, "--content", tmp_path / "ce", "--year", "2023") == 0
    assert "ปี ค.ศ. 2023 คือ พ.ศ. 2566" in capsys.readouterr().out


def test_kind_can_be_forced(tmp_path):
    assert _run(PROGRESS_2566, "--content", tmp_path, "--kind", "report") == 0
    text = (tmp_path / "2566" / "measures" / "01-kan-pati-bati-na-thi.md").read_text(encoding="utf-8")
    assert "\noutputs:\n" in text and "progress:" not in text


@pytest.mark.parametrize("argv, words", [
    (["missing.txt"], "file missing.txt not found"),
    ([REPORT_2568, "--year", "68"], "68 is not a Buddhist-Era year"),
])
def test_usage_errors(argv, words, capsys):
    assert _run(*argv) == 2
    assert words in capsys.readouterr().err


def test_document_without_a_year_asks_for_one(tmp_path, capsys):
    source = tmp_path / "no-year.txt"
    source.write_text("มาตรการ\tขั้นตอน\tผู้รับผิดชอบ\nจัดทำคู่มือ\tร่าง\tกองคลัง\n", encoding="utf-8")
    assert _run(source, "--content", tmp_path / "content") == 1
    err = capsys.readouterr().err
    assert "ระบุปีด้วย --year" in err and "no file was written" in err
    assert not (tmp_path / "content").exists()


def test_unsupported_file(tmp_path, capsys):
    source = tmp_path / "report.pdf"
    shutil.copy(REPORT_2568, source)
    assert _run(source, "--content", tmp_path) == 1
    assert "files of type .pdf are not supported" in capsys.readouterr().err


def test_content_given_to_the_parent_command_is_kept(tmp_path):
    parser = argparse.ArgumentParser(prog="ita-site")
    parser.add_argument("--content", default="content")
    sub = parser.add_subparsers(dest="command")
    add_arguments(sub.add_parser("import"))
    args = parser.parse_args(["--content", str(tmp_path), "import", str(PROGRESS_2566)])
    assert run(args) == 0 and (tmp_path / "2566" / "measures").is_dir()


def test_content_folder_that_is_a_file(tmp_path, capsys):
    blocked = tmp_path / "content"
    blocked.write_text("not a folder", encoding="utf-8")
    assert _run(PROGRESS_2566, "--content", blocked) == 1
    assert "files could not be written" in capsys.readouterr().err
