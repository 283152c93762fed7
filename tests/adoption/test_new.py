"""`ita-site new`: a starter site a webmaster can build at once, and never a lost file."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ita_site.checking import CheckOptions, check_site
from ita_site.cli import main
from ita_site.scaffold import fiscal_year


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("today, year", [
    (dt.date(2026, 12, 2), 2570), (dt.date(2026, 9, 30), 2569), (dt.date(2026, 10, 1), 2570),
    (dt.date(2027, 1, 1), 2570),
])
def test_fiscal_year_starts_in_october(today, year):
    assert fiscal_year(today) == year


def test_new_site_has_every_part(tmp_path, capsys):
    site = tmp_path / "site"
    assert main(["new", str(site), "--name", "เทศบาลตำบลหนองทดสอบ", "--type", "เทศบาลตำบล",
                 "--province", "อุดรธานี", "--year", "2570"]) == 0
    out = capsys.readouterr().out
    assert "สร้างเว็บไซต์ใหม่" in out and "created a new site" in out
    for name in ("mkdocs.yml", ".gitignore", ".vscode/settings.json", ".github/workflows/publish.yml",
                 "content/agency.yml", "content/index.md", "content/about/index.md",
                 "content/2570/year.yml", "schemas/agency.schema.json",
                 "schemas/year.schema.json", "schemas/measure.schema.json"):
        assert (site / name).is_file(), name
    assert len(list((site / "content/2570/measures").glob("*.md"))) == 2
    agency = yaml.safe_load((site / "content/agency.yml").read_text(encoding="utf-8"))
    assert agency["name"] == "เทศบาลตำบลหนองทดสอบ"
    assert agency["type"] == "เทศบาลตำบล"
    assert agency["province"] == "อุดรธานี"
    text = (site / "content/agency.yml").read_text(encoding="utf-8")
    # Given values are the agency's own; only the rest stay marked as ones to replace.
    assert "name: \"เทศบาลตำบลหนองทดสอบ\"\n" in text
    assert "phone: \"0 0000 0000\"  # ← แก้ไข (replace)" in text
    assert "# yaml-language-server: $schema=../schemas/agency.schema.json" in text
    settings = json.loads((site / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]
    for schema, pattern in settings["yaml.schemas"].items():
        assert (site / schema).is_file()
        assert list(site.glob(pattern)), pattern
    year = yaml.safe_load((site / "content/2570/year.yml").read_text(encoding="utf-8"))
    assert year["survey_code"] == "x0demo"
    workflow = (site / ".github/workflows/publish.yml").read_text(encoding="utf-8")
    assert "mkdocs build --strict" in workflow and "actions/deploy-pages" in workflow
    jobs = yaml.safe_load(workflow)["jobs"]
    assert jobs["deploy"]["needs"] == "build"
    assert "ita-site==" in (site / "requirements.txt").read_text(encoding="utf-8")
    extensions = json.loads((site / ".vscode/extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
    assert "/site/" in (site / ".gitignore").read_text(encoding="utf-8")
    mkdocs_yml = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert "custom_dir" not in mkdocs_yml
    assert 'site_name: "เทศบาลตำบลหนองทดสอบ"\n' in mkdocs_yml


def test_a_year_without_a_shipped_catalog_is_pointed_out(tmp_path, capsys):
    assert main(["new", str(tmp_path / "a"), "--year", "2568"]) == 0
    assert "ITA 2568" not in capsys.readouterr().out
    assert main(["new", str(tmp_path / "b"), "--year", "2599"]) == 0
    out = capsys.readouterr().out
    assert "เกณฑ์ ITA ปี 2599" in out and "no ITA 2599 catalog" in out and "catalogs:" in out


def test_placeholders_are_marked_when_no_option_is_given(tmp_path):
    site = tmp_path / "site"
    assert main(["new", str(site), "--year", "2570"]) == 0
    text = (site / "content/agency.yml").read_text(encoding="utf-8")
    for field in ("name", "type", "province", "address", "phone", "email", "website"):
        line = next(line for line in text.splitlines() if line.startswith(f"{field}:"))
        assert line.endswith("# ← แก้ไข (replace)"), line


@pytest.mark.parametrize("year", [2566, 2567, 2568, 2569, 2570])
def test_new_site_passes_check_without_a_warning(tmp_path, year):
    # 2566–2567 group measures by indicators, 2568 on by issues: the examples must follow.
    site = tmp_path / "site"
    assert main(["new", str(site), "--name", 'อบต. "ทดสอบ" & ลูก', "--year", str(year)]) == 0
    report = check_site(site / "content", CheckOptions())
    assert [p.format() for p in report.problems] == []
    assert report.site.agency.name == 'อบต. "ทดสอบ" & ลูก'
    assert sorted(report.site.years) == [year]
    measure = (site / f"content/{year}/measures/01-code-of-conduct.md").read_text("utf-8")
    assert "@issues@" not in measure and "@indicators@" not in measure
    assert ("indicators:" in measure) == (year <= 2567)


def test_new_site_builds_strict(tmp_path):
    site = tmp_path / "site"
    assert main(["new", str(site), "--name", "องค์การบริหารส่วนตำบลทดสอบ"]) == 0
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site,
                          capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1",
                                                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    year = fiscal_year(dt.date.today())
    home = (site / "site/index.html").read_text(encoding="utf-8")
    assert "องค์การบริหารส่วนตำบลทดสอบ" in home
    assert "assets/stylesheets/ita-site.css" in home
    assert (site / f"site/{year}/plan/index.html").is_file()
    assert (site / "site/about/index.html").is_file()


def test_refuses_a_folder_with_content(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "notes.txt").write_text("ของเดิม", encoding="utf-8")
    assert main(["new", str(site)]) == 1
    err = capsys.readouterr().err
    assert "มีไฟล์อยู่แล้ว" in err and "already has content" in err and "--force" in err
    assert [p.name for p in site.iterdir()] == ["notes.txt"]


def test_a_fresh_git_repository_counts_as_empty(tmp_path):
    site = tmp_path / "site"
    (site / ".git").mkdir(parents=True)
    assert main(["new", str(site)]) == 0
    assert (site / "mkdocs.yml").is_file()


def test_running_again_changes_nothing(tmp_path, capsys):
    site = tmp_path / "site"
    assert main(["new", str(site)]) == 0
    (site / "content/agency.yml").write_text("name: หน่วยงานจริง\n", encoding="utf-8")
    before = snapshot(site)
    capsys.readouterr()
    assert main(["new", str(site)]) == 1
    assert snapshot(site) == before
    assert main(["new", str(site), "--force"]) == 0
    assert snapshot(site) == before
    out = capsys.readouterr().out
    assert "content/agency.yml" in out and "nothing changed" in out


def test_force_adds_only_missing_files(tmp_path, capsys):
    site = tmp_path / "site"
    assert main(["new", str(site)]) == 0
    (site / "content/agency.yml").write_text("name: หน่วยงานจริง\n", encoding="utf-8")
    (site / "content/index.md").unlink()
    capsys.readouterr()
    assert main(["new", str(site), "--force"]) == 0
    out = capsys.readouterr().out
    assert (site / "content/agency.yml").read_text(encoding="utf-8") == "name: หน่วยงานจริง\n"
    assert (site / "content/index.md").is_file()
    assert "สร้างเว็บไซต์ใหม่" in out and "(1 files)" in out
    assert "content/agency.yml" in out and "left as they are" in out


@pytest.mark.parametrize("args, words", [
    (["--name", "  "], "--name"),
    (["--province", "ขอน\nแก่น"], "--province"),
    (["--year", "70"], "70"),
])
def test_bad_options_are_explained(tmp_path, capsys, args, words):
    site = tmp_path / "site"
    assert main(["new", str(site), *args]) == 2
    err = capsys.readouterr().err
    assert words in err and "(" in err
    assert not site.exists()


def test_a_file_is_no_folder(tmp_path, capsys):
    target = tmp_path / "site"
    target.write_text("x", encoding="utf-8")
    assert main(["new", str(target)]) == 1
    assert "not a folder" in capsys.readouterr().err
