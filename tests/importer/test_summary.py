"""The summary at the end of every import: measures written, cells placed, cells left over."""

import argparse

from ita_site.importer.command import add_arguments, run
from tests.importer.conftest import PROGRESS_2566
from tests.importer.office import write_table_docx

ROWS = [
    ["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "หมายเหตุ", "สถานะ"],
    ["จัดทำคู่มือ", "ร่างคู่มือ", "กองคลัง", "งบ 5,000 บาท", "ไม่แน่ใจ"],
    ["ประชุมชี้แจง", "นัดประชุม", "สำนักปลัด", "", "ดำเนินการแล้ว"],
]


def _run(*argv):
    parser = argparse.ArgumentParser(prog="ita-site import")
    add_arguments(parser)
    return run(parser.parse_args([str(a) for a in argv]))


def _summary(out: str) -> str:
    return out[out.index("สรุปการนำเข้า"):]


def test_cells_left_over_are_listed_by_row_and_column(tmp_path, capsys):
    source = write_table_docx(tmp_path / "plan.docx", "แผน ประจำปีงบประมาณ พ.ศ. 2569", ROWS)
    assert _run(source, "--content", tmp_path / "content") == 0
    summary = _summary(capsys.readouterr().out)
    first = tmp_path / "content" / "2569" / "measures" / "01-chat-tham-khu-mue.md"
    assert first.is_file()
    assert "มาตรการ 2 รายการ ปี 2569: เขียน 2 ไฟล์" in summary
    assert "(2 measures of 2569: 2 files written, 0 unchanged, 0 kept as they were)" in summary
    # 2 names + 2 steps + 2 units + the status "ดำเนินการแล้ว" of the second row.
    assert "7 ช่องลงในช่องข้อมูลของมาตรการแล้ว" in summary and "(7 cells placed in measure fields)" in summary
    assert "2 ช่องไม่ได้ลงในช่องข้อมูลใด" in summary and "2 cells were placed in no field" in summary
    assert f'ตารางที่ 1 แถว 2 คอลัมน์ "หมายเหตุ" → {first}' in summary
    assert f'(table 1, row 2, column "สถานะ" → {first})' in summary
    assert "แถว 3" not in summary


def test_dry_run_says_what_would_be_written(tmp_path, capsys):
    assert _run(PROGRESS_2566, "--content", tmp_path, "--dry-run") == 0
    summary = _summary(capsys.readouterr().out)
    assert "มาตรการ 8 รายการ ปี 2566: จะเขียน 8 ไฟล์" in summary
    assert "8 files would be written" in summary
    assert "8 cells repeated text already taken in the same measure: imported once" in summary
    assert "no cell left over: every cell was placed in a field" in summary
    assert not (tmp_path / "2566").exists()


def test_second_import_counts_unchanged_files(tmp_path, capsys):
    _run(PROGRESS_2566, "--content", tmp_path)
    capsys.readouterr()
    _run(PROGRESS_2566, "--content", tmp_path)
    assert "0 files written, 8 unchanged, 0 kept" in _summary(capsys.readouterr().out)


def test_summary_even_when_nothing_can_be_written(tmp_path, capsys):
    source = write_table_docx(tmp_path / "plan.docx", "แผนมาตรการ", ROWS)  # no year anywhere
    assert _run(source, "--content", tmp_path / "content") == 1
    summary = _summary(capsys.readouterr().out)
    assert "อ่านได้ 2 มาตรการ แต่ไม่ได้เขียนไฟล์ใด" in summary
    assert "2 measures read but no file written: fix the errors above first" in summary
