"""The plugin's `catalogs` option: a folder that is not there stops the build before anything is
read, in Thai and English, naming mkdocs.yml and the option; `mkdocs serve` rebuilds when a
catalog file in the folder changes, although the folder lies outside content/."""

from __future__ import annotations

from tests.identity.serving import serving
from tests.sitebuild import build, write_project

FILES = {"2568/measures/a.md": "---\ntitle: ก\noit: [O2]\n---\n"}
OPTION = ":\n      catalogs: catalogs"
SHIPPED_O2 = "ข้อมูลผู้บริหาร"


def test_a_catalogs_folder_that_does_not_exist_stops_the_build(tmp_path):
    root = write_project(tmp_path / "p", FILES, plugin_options=OPTION)
    result = build(root)
    assert result.returncode != 0
    assert "ไม่พบโฟลเดอร์" in result.output and "does not exist" in result.output
    assert "catalogs" in result.output and "mkdocs.yml" in result.output
    assert "plugins: - ita:" in result.output
    assert "Traceback" not in result.output
    assert "in the content" not in result.output  # a setting, reported before content is read
    assert not (root / "site").exists()
    (root / "catalogs").mkdir()
    assert build(root).returncode == 0


def test_serve_rebuilds_when_a_catalog_file_changes(tmp_path):
    root = write_project(tmp_path / "p", FILES, plugin_options=OPTION)
    (root / "catalogs").mkdir()
    with serving(root) as server:
        shipped = server.wait_for("2568/oit/o2/", lambda html: SHIPPED_O2 in html)
        assert "ชื่อที่หน่วยงานแก้เอง" not in shipped
        (root / "catalogs/2568.yaml").write_text(
            "ita_year: 2568\noit:\n  - {code: O2, title: ชื่อที่หน่วยงานแก้เอง}\n",
            encoding="utf-8")
        server.wait_for("2568/oit/o2/", lambda html: "ชื่อที่หน่วยงานแก้เอง" in html)
