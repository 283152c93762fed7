"""`ita-site check` gives the build's verdict: whenever `mkdocs build` of the same project
would stop, check exits non-zero too, and says why in Thai with English beside it."""

from __future__ import annotations

from tests.inprocess import run_cli
from tests.sitebuild import build, write_project

WARNING_ONLY = {"2568/measures/a.md": "---\ntitle: ก\nresponsable: [กองคลัง]\n---\n"}
CLEAN = {"2568/measures/a.md": "---\ntitle: ก\nresponsible: [กองคลัง]\n---\n"}
STRICT_STOPS_TH = "mkdocs.yml ตั้ง strict: true ไว้ mkdocs build จึงจะหยุด"
STRICT_STOPS_EN = "mkdocs.yml sets strict: true, so mkdocs build would stop"


def _project(tmp_path, files, *, settings: str = "", **kwargs):
    root = write_project(tmp_path / "p", files, **kwargs)
    if settings:
        config = root / "mkdocs.yml"
        config.write_text(settings + config.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def _check(root, *args, env=None):
    return run_cli([*args, "check"], cwd=root, env=env)


def test_a_warning_under_strict_fails_check_as_it_fails_the_build(tmp_path):
    root = _project(tmp_path, WARNING_ONLY, settings="strict: true\n")
    check = _check(root)
    assert check.returncode == 1, check.stdout + check.stderr
    assert STRICT_STOPS_TH in check.stderr and STRICT_STOPS_EN in check.stderr
    assert "did you mean `responsible`" in check.stdout
    assert build(root).returncode != 0


def test_the_same_warning_without_strict_passes_check_and_build(tmp_path):
    root = _project(tmp_path, WARNING_ONLY)
    check = _check(root)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "no errors, 1 warning(s)" in check.stdout and STRICT_STOPS_EN not in check.stderr
    assert build(root).returncode == 0


def test_strict_from_an_environment_variable_counts_as_mkdocs_counts_it(tmp_path):
    root = _project(tmp_path, WARNING_ONLY, settings="strict: !ENV [ITA_TEST_STRICT, false]\n")
    assert _check(root, env={"ITA_TEST_STRICT": "true"}).returncode == 1
    relaxed = _check(root, env={"ITA_TEST_STRICT": "false"})
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr


def test_a_missing_site_url_is_the_warning_that_stops_a_strict_build(tmp_path):
    root = _project(tmp_path, CLEAN, settings="strict: true\n", site_url="")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_url: \n", ""),
                      encoding="utf-8")
    check = _check(root)
    assert check.returncode == 1
    assert "mkdocs.yml [site_url]" in check.stdout and "site_url" in check.stdout
    assert build(root).returncode != 0


def test_clean_strict_site_passes_check_and_build(tmp_path):
    root = _project(tmp_path, CLEAN, settings="strict: true\n")
    check = _check(root)
    assert check.returncode == 0, check.stdout + check.stderr
    assert build(root).returncode == 0


def test_an_unreadable_mkdocs_yml_fails_check_naming_the_line(tmp_path):
    root = _project(tmp_path, CLEAN)
    config = root / "mkdocs.yml"
    config.write_text("site_name: x\nstrict: [true\n" + config.read_text(encoding="utf-8"),
                      encoding="utf-8")
    check = _check(root)
    assert check.returncode == 1
    assert "อ่านไฟล์ mkdocs.yml ไม่ได้" in check.stderr and "cannot read mkdocs.yml" in check.stderr
    assert build(root).returncode != 0


def test_check_reads_the_content_folder_that_mkdocs_yml_names(tmp_path):
    root = _project(tmp_path, {"2568/measures/a.md": "---\ntitle: ก\nissue: 12\n---\n"})
    (root / "content").rename(root / "docs-th")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: content",
                                                                 "docs_dir: docs-th"),
                      encoding="utf-8")
    check = _check(root)
    assert check.returncode == 1 and "2568/measures/a.md:3 [issue]" in check.stdout
    # --content still wins when given.
    (root / "other").mkdir()
    assert "ไม่พบโฟลเดอร์เนื้อหา" not in _check(root, "--content", "docs-th").stderr
