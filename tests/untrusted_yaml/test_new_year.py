"""`ita-site new-year --copy-from` (issue 11, item 7): never a traceback, never a half-made
year, never a file the next `check` rejects, periods moved to the new fiscal year."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_site.cli import main

AGENCY = "name: อบต.ทดสอบ\n"
MEASURE = """\
---
# แผนเดิม (a comment the webmaster wrote)
title: มาตรการ ก
order: 1
issue: 1
oit: [O26]
steps:
  - หนึ่ง   # keep me
period: ต.ค. 2568 – ก.ย. 2569
outputs: [เสร็จ]
status: done
progress:
  outputs: [ครึ่งปี]
  status: in-progress
---
เนื้อหาเดิม 2568
"""


def _site(tmp_path: Path, measures: dict[str, bytes | str], year: int = 2569) -> Path:
    content = tmp_path / "content"
    (content / str(year) / "measures").mkdir(parents=True)
    (content / "agency.yml").write_text(AGENCY, encoding="utf-8")
    for name, text in measures.items():
        raw = text.encode("utf-8") if isinstance(text, str) else text
        (content / str(year) / "measures" / name).write_bytes(raw)
    return content


def _run(capsys, content: Path, *args: str) -> tuple[int, str]:
    code = main(["--content", str(content), "--config", str(content.parent / "none.yml"), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _check(capsys, content: Path) -> tuple[int, str]:
    return _run(capsys, content, "check")


def test_a_copied_year_passes_check_and_moves_its_period(tmp_path, capsys):
    content = _site(tmp_path, {"a.md": MEASURE})
    code, out = _run(capsys, content, "new-year", "2570", "--copy-from", "2569")
    assert code == 0, out
    text = (content / "2570" / "measures" / "a.md").read_text(encoding="utf-8")
    assert "period: ต.ค. 2569 – ก.ย. 2570\n" in text
    assert "# แผนเดิม (a comment the webmaster wrote)\n" in text and "  - หนึ่ง   # keep me\n" in text
    assert "outputs" not in text and "progress" not in text and "in-progress" not in text
    assert text.endswith("status: planned\n---\nเนื้อหาเดิม 2568\n")  # the body is kept as written
    code, out = _check(capsys, content)
    assert code == 0, out


def test_a_structured_period_moves_and_29_february_stays_a_date(tmp_path, capsys):
    content = _site(tmp_path, {"a.md": "---\ntitle: ก\nperiod:\n  label: ครึ่งปีแรก 2567\n"
                                        "  start: 2566-10-01\n  end: 29 ก.พ. 2567\n---\n"}, 2567)
    code, out = _run(capsys, content, "new-year", "2568", "--copy-from", "2567")
    assert code == 0, out
    code, out = _check(capsys, content)
    assert code == 0, out
    from ita_site.content.loading import load_site

    period = load_site(content).site.years[2568].measures[0].period
    assert period.label == "ครึ่งปีแรก 2568"
    assert (str(period.start), str(period.end)) == ("2024-10-01", "2025-02-28")


@pytest.mark.parametrize("raw, words", [
    ("---\ntitle: ก\nsteps: [หนึ่ง\n---\n".encode(), "2569/measures/bad.md:"),
    (b"---\ntitle: caf\xe9\n---\n", "not UTF-8"),
    ("---\ntitle: ก\nstatus: !!timestamp x\n---\n".encode(), "!!timestamp"),
    ("# no front matter\nline2\n".encode(), "2569/measures/bad.md"),
])
def test_a_broken_source_measure_is_a_problem_and_nothing_is_written(tmp_path, capsys, raw, words):
    content = _site(tmp_path, {"a.md": MEASURE, "bad.md": raw})
    code, out = _run(capsys, content, "new-year", "2570", "--copy-from", "2569")
    assert code == 1 and "Traceback" not in out
    assert words in out and "2570 was not created" in out
    assert sorted(p.name for p in content.iterdir()) == ["2569", "agency.yml"]


def test_copying_from_a_missing_year_is_an_error(tmp_path, capsys):
    content = _site(tmp_path, {"a.md": MEASURE})
    code, out = _run(capsys, content, "new-year", "2570", "--copy-from", "2568")
    assert code == 1 and "no year folder 2568" in out and "2569" in out
    assert not (content / "2570").exists()


def test_a_failed_write_leaves_no_half_made_year_and_a_retry_works(tmp_path, capsys, monkeypatch):
    content = _site(tmp_path, {"a.md": MEASURE, "b.md": MEASURE.replace("order: 1", "order: 2")})
    written = []
    real_write = Path.write_text

    def disk_full_after_one_file(self, *args, **kwargs):
        if written:
            raise OSError(28, "No space left on device")
        written.append(self)
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", disk_full_after_one_file)
    code, out = _run(capsys, content, "new-year", "2570", "--copy-from", "2569")
    monkeypatch.undo()
    assert code == 1 and "No space left on device" in out and "Traceback" not in out
    assert sorted(p.name for p in content.iterdir()) == ["2569", "agency.yml"]
    code, out = _run(capsys, content, "new-year", "2570", "--copy-from", "2569")
    assert code == 0, out
    assert sorted(p.name for p in (content / "2570" / "measures").iterdir()) == ["a.md", "b.md"]


def test_what_a_killed_run_leaves_is_not_content_and_is_cleared_by_the_next(tmp_path, capsys):
    content = _site(tmp_path, {"a.md": MEASURE})
    leftover = content / ".2570.new-999-dead"
    (leftover / "measures").mkdir(parents=True)
    (leftover / "year.yml").write_text("ita_year: [", encoding="utf-8")
    code, out = _check(capsys, content)
    assert code == 0 and ".2570" not in out
    code, out = _run(capsys, content, "new-year", "2570", "--copy-from", "2569")
    assert code == 0, out
    assert not leftover.exists() and (content / "2570" / "year.yml").is_file()


def test_oit_codes_follow_the_item_into_the_new_catalog(tmp_path, capsys):
    # ITA 2568's O28 (the measures results report) is O26 in ITA 2569.
    content = _site(tmp_path, {"a.md": "---\ntitle: ก\noit: [O28]\n---\n"}, 2568)
    code, out = _run(capsys, content, "new-year", "2569", "--copy-from", "2568")
    assert code == 0, out
    text = (content / "2569" / "measures" / "a.md").read_text(encoding="utf-8")
    assert "oit: [O26]\n" in text
    code, out = _check(capsys, content)
    assert code == 0, out


@pytest.mark.parametrize("written, moved", [
    ("ต.ค. 2568 – ก.ย. 2569", "ต.ค. 2569 – ก.ย. 2570"),
    ("ต.ค.๖๘-มี.ค.๖๙", "ต.ค.๖๙-มี.ค.๗๐"),
    ("1 ต.ค. 2568 ถึง 31 มี.ค. 2569", "1 ต.ค. 2569 ถึง 31 มี.ค. 2570"),
    ("ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙", "ตลอดปีงบประมาณ พ.ศ. ๒๕๗๐"),
    ("01/10/68 - 30/09/2569", "01/10/69 - 30/09/2570"),
    ("ทุกไตรมาส 4 ครั้ง 1000 ราย", "ทุกไตรมาส 4 ครั้ง 1000 ราย"),  # no year: unchanged
])
def test_a_period_label_moves_one_year_as_it_was_written(written, moved):
    from ita_site.content.year_shift import shift_period

    assert shift_period(written, 1) == moved
