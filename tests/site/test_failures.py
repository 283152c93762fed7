"""Bad input stops the build with a clear bilingual message; no half-right site is published."""

from tests.inprocess import run_cli
from tests.sitebuild import build, build_files, write_project


def test_invalid_measure_stops_build_naming_file_line_and_fix(tmp_path):
    result = build_files(tmp_path, {
        "2568/measures/a.md": "---\ntitle: ก\nissue: 12\nstatus: finished\n---\n",
        "2568/measures/b.md": "---\ntitle: ข\nsteps: เดียว\n---\n",
    })
    assert result.returncode != 0
    out = result.output
    assert "2568/measures/a.md:3 [issue]" in out and "2568/measures/a.md:4 [status]" in out
    assert "2568/measures/b.md:3 [steps]" in out
    assert "วิธีแก้" in out and "fix:" in out
    assert "พบข้อผิดพลาด 3 รายการ" in out
    assert not (result.site / "2568/report/index.html").exists()


def test_unknown_field_is_a_warning_that_strict_mode_turns_into_failure(tmp_path):
    files = {"2568/measures/a.md": "---\ntitle: ก\nresponsable: [กองคลัง]\n---\n"}
    relaxed = build_files(tmp_path / "relaxed", files)
    assert relaxed.returncode == 0 and "responsable" in relaxed.output
    strict = build_files(tmp_path / "strict", files, strict=True)
    assert strict.returncode != 0 and "did you mean `responsible`" in strict.output


def test_google_fonts_are_refused(tmp_path):
    root = write_project(tmp_path / "p", {"2568/measures/a.md": "---\ntitle: ก\n---\n"})
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("font: false", "font:\n    text: Sarabun"),
                      encoding="utf-8")
    result = build(root)
    assert result.returncode != 0 and "theme: font: false" in result.output


def test_check_command_reports_all_errors_and_exits_non_zero(tmp_path):
    root = write_project(tmp_path / "p", {
        "2568/measures/a.md": "---\ntitle: ก\nissue: 12\n---\n",
        "2568/measures/b.md": "---\norder: x\n---\n",
    })
    proc = run_cli(["check"], cwd=root)
    assert proc.returncode == 1
    assert "2568/measures/a.md:3 [issue]" in proc.stdout
    assert "2568/measures/b.md [title]" in proc.stdout and "2568/measures/b.md:2 [order]" in proc.stdout
    assert "พบข้อผิดพลาด 3 รายการ" in proc.stderr
