"""The plugin brings its own theme parts: no custom_dir needed, an agency's own still wins, and a
site whose theme parts are gone is never published."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ita_site.cli import main
from tests.inprocess import run_mkdocs

STYLESHEETS = ("ita", "reports", "surveys", "charts", "search", "print")
BUNDLE = "ita-site.css"


def new_site(tmp_path: Path) -> Path:
    site = tmp_path / "agency"
    assert main(["new", str(site), "--name", "องค์การบริหารส่วนตำบลทดสอบ", "--year", "2568"]) == 0
    return site


def add_to_config(site: Path, text: str) -> None:
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + text, encoding="utf-8")


def set_theme_option(site: Path, line: str) -> None:
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  name: material\n", f"  name: material\n  {line}\n", 1),
                      encoding="utf-8")


def build(site: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in the site's folder; what it printed is in `stderr`."""
    args = ["build", "--strict"]
    code, output = run_mkdocs(args, cwd=site)
    return subprocess.CompletedProcess(["mkdocs", *args], code, "", output)


def test_site_without_custom_dir_gets_styles_scripts_and_font(tmp_path):
    site = new_site(tmp_path)
    done = build(site)
    assert done.returncode == 0, done.stderr
    out = site / "site"
    home = (out / "index.html").read_text(encoding="utf-8")
    # One stylesheet in the page, made of all of ours (a round trip each on a slow link).
    assert f"assets/stylesheets/{BUNDLE}" in home
    bundle = (out / f"assets/stylesheets/{BUNDLE}").read_text(encoding="utf-8")
    for name in STYLESHEETS:
        assert f"assets/stylesheets/{name}.css" not in home
        part = (out / f"assets/stylesheets/{name}.css").read_text(encoding="utf-8").strip()
        assert part and part in bundle, f"{name}.css is not in {BUNDLE}"
    assert "assets/javascripts/search/worker.js" in home
    assert (out / "assets/javascripts/search/worker.js").is_file()
    assert (out / "assets/fonts/Sarabun-Regular.woff2").read_bytes()[:4] == b"wOF2"
    assert "Sarabun" in (out / "assets/stylesheets/ita.css").read_text(encoding="utf-8")


def test_the_agencys_own_custom_dir_wins_and_keeps_ours(tmp_path):
    site = new_site(tmp_path)
    overrides = site / "overrides"
    (overrides / "partials").mkdir(parents=True)
    (overrides / "partials" / "content.html").write_text(
        '<div class="agency-own-part">ของหน่วยงานเอง</div>{{ page.content }}', encoding="utf-8")
    (overrides / "assets/stylesheets").mkdir(parents=True)
    (overrides / "assets/stylesheets/print.css").write_text("/* agency print */", encoding="utf-8")
    set_theme_option(site, "custom_dir: overrides")
    done = build(site)
    assert done.returncode == 0, done.stderr
    home = (site / "site/index.html").read_text(encoding="utf-8")
    assert "agency-own-part" in home
    assert f"assets/stylesheets/{BUNDLE}" in home
    assert (site / "site/assets/stylesheets/print.css").read_text(encoding="utf-8") == \
        "/* agency print */"
    # the page's one stylesheet carries the agency's print.css, not ours
    bundle = (site / f"site/assets/stylesheets/{BUNDLE}").read_text(encoding="utf-8")
    assert "/* agency print */" in bundle and "@page ita-landscape" not in bundle


def test_builds_in_one_process_each_show_their_own_and_edited_templates(tmp_path):
    """Compiled templates are shared by the builds of one process (a portal worker builds many
    agencies): each agency's override shows on its own site, and an edit shows at once."""
    def override(site: Path, text: str) -> None:
        (site / "overrides/partials").mkdir(parents=True, exist_ok=True)
        (site / "overrides/partials/content.html").write_text(
            f'<div class="agency-own-part">{text}</div>{{{{ page.content }}}}', encoding="utf-8")

    def shown(site: Path) -> str:
        done = build(site)
        assert done.returncode == 0, done.stderr
        return (site / "site/index.html").read_text(encoding="utf-8")

    first, second = new_site(tmp_path / "a"), new_site(tmp_path / "b")
    for site, text in ((first, "ของหน่วยงานแรก"), (second, "ของหน่วยงานที่สอง")):
        override(site, text)
        set_theme_option(site, "custom_dir: overrides")
    assert "ของหน่วยงานแรก" in shown(first)
    home = shown(second)
    assert "ของหน่วยงานที่สอง" in home and "ของหน่วยงานแรก" not in home
    override(first, "แก้แล้ว")
    home = shown(first)
    assert "แก้แล้ว" in home and "ของหน่วยงานแรก" not in home


def test_a_main_html_that_drops_ours_stops_the_build(tmp_path):
    site = new_site(tmp_path)
    (site / "overrides").mkdir()
    (site / "overrides/main.html").write_text('{% extends "base.html" %}', encoding="utf-8")
    set_theme_option(site, "custom_dir: overrides")
    done = build(site)
    assert done.returncode != 0
    assert "สร้างโดยไม่มีสไตล์" in done.stderr and "without ita-site's styles" in done.stderr
    assert "main.html" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (site / "site/index.html").exists()


@pytest.mark.parametrize("setting", [
    "exclude_docs: |\n  assets/stylesheets/ita.css\n",
    "exclude_docs: |\n  assets/javascripts/\n",
])
def test_settings_that_drop_our_files_stop_the_build(tmp_path, setting):
    site = new_site(tmp_path)
    add_to_config(site, setting)
    done = build(site)
    assert done.returncode != 0
    assert "ไฟล์ของธีม ita-site ไม่อยู่ในเว็บไซต์" in done.stderr
    assert "exclude_docs" in done.stderr
    assert "Traceback" not in done.stderr
