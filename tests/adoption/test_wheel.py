"""The wheel is the product: built, installed (not editable) into a fresh virtual environment,
it scaffolds and builds a styled, searchable Thai site with nothing from this repository.

Offline: the wheel is built without build isolation, installed with --no-deps, and the fresh
environment sees the project environment's dependencies through a .pth file. Python does not
process .pth files inside a directory a .pth file adds, so the editable ita_site stays invisible.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from ita_site import fonts
from tests.identity.serving import serving
from tests.sharedbuild import shared_folder

REPO = Path(__file__).resolve().parents[2]
STYLESHEETS = ("ita", "reports", "surveys", "charts", "search", "print")


def run(args, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=None)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def copy_sources(target: Path) -> Path:
    """What a release builds from, away from the work tree's build/ and egg-info leftovers."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, target / name)
    shutil.copytree(REPO / "ita_site", target / "ita_site", symlinks=True, ignore=ignore)
    shutil.copytree(REPO / "theme", target / "theme", ignore=ignore)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """The wheel, and what building it printed (verbose, so the backend's warnings show).
    Built once per run for every xdist worker (tests/sharedbuild.py)."""
    def make(folder: Path) -> None:
        source = folder / "source"
        source.mkdir()
        copy_sources(source)
        done = run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps",
                    "--no-build-isolation", "--no-index", "-w", folder / "dist", source],
                   cwd=source)
        (folder / "output.txt").write_text(done.stdout + done.stderr, encoding="utf-8")

    folder = shared_folder(tmp_path_factory, "wheel", [REPO / "pyproject.toml"], make)
    (wheel,) = (folder / "dist").glob("ita_site-*.whl")
    return wheel, (folder / "output.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def wheel(built) -> Path:
    return built[0]


def test_building_prints_no_deprecation_banner(built):
    output = built[1]
    assert "Created wheel for ita-site" in output
    assert "deprecated" not in output.lower() and "!!" not in output


@pytest.fixture(scope="module")
def fresh(wheel, tmp_path_factory) -> Path:
    """A new virtual environment with the wheel installed, not editable (made once per run)."""
    return shared_folder(tmp_path_factory, "wheel-venv", [str(wheel)],
                         lambda folder: _install(wheel, folder))


def _install(wheel: Path, env_dir: Path) -> None:
    venv.create(env_dir, with_pip=False, clear=True)
    python = env_dir / "bin" / "python"
    site_packages = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                                            "['purelib'])"], cwd=env_dir).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_packages / "project-dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         wheel], cwd=env_dir)


def test_the_wheel_holds_theme_scaffold_schemas_and_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in STYLESHEETS:
        assert f"ita_site/theme/assets/stylesheets/{name}.css" in names
    for name in ("ita_site/theme/main.html", "ita_site/theme/partials/thai-search.html",
                 "ita_site/theme/assets/javascripts/search/worker.js",
                 "ita_site/scaffold/template/mkdocs.yml",
                 "ita_site/scaffold/template/gitignore.txt",
                 "ita_site/scaffold/template/github/workflows/publish.yml",
                 "ita_site/scaffold/template/vscode/settings.json",
                 "ita_site/schemas/agency.schema.json", "ita_site/catalog/data/2568.yaml",
                 "ita_site/standard/data/website-standard.yaml"):
        assert name in names, name
    # The Thai font already cut (ita_site.fonts): a build from the wheel never cuts it.
    for ttf in fonts.source_faces().values():
        assert f"ita_site/fonts/shipped/{fonts.cut_name(ttf)}" in names
    theme_files = {p.relative_to(REPO / "theme").as_posix()
                   for p in (REPO / "theme").rglob("*") if p.is_file()}
    assert {f"ita_site/theme/{name}" for name in theme_files} <= names
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    assert not any(n.startswith(("tests/", "content/", "theme/")) for n in names)


def test_a_new_agency_builds_its_site_from_the_installed_wheel(fresh, tmp_path):
    python = fresh / "bin" / "python"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("PYTHONPATH", None)
    where = run([python, "-c", "import ita_site, ita_site.plugin.theme as t; "
                               "print(ita_site.__file__); print(t.THEME_DIR)"],
                cwd=tmp_path, env=env).stdout.split()
    assert all(Path(p).is_relative_to(fresh) for p in where), where

    site = tmp_path / "agency"
    run([fresh / "bin" / "ita-site", "new", site, "--name", "องค์การบริหารส่วนตำบลทดสอบ",
         "--province", "ขอนแก่น"], cwd=tmp_path, env=env)
    check = run([fresh / "bin" / "ita-site", "check"], cwd=site, env=env)
    said = check.stdout + check.stderr
    assert "ไม่พบข้อผิดพลาด" in said and "คำเตือน" not in said and "warning" not in said
    built = run([python, "-m", "mkdocs", "build", "--strict"], cwd=site, env=env)
    assert "reaches end of life" not in built.stderr

    out = site / "site"
    # Compressed copies only when asked for (precompress: true): most hosts compress anyway.
    # (sitemap.xml.gz is MkDocs' own.)
    assert not [p for p in out.rglob("*") if p.suffix in (".gz", ".br")
                and p.name != "sitemap.xml.gz"]
    home = (out / "index.html").read_text(encoding="utf-8")
    assert "องค์การบริหารส่วนตำบลทดสอบ" in home
    assert "assets/stylesheets/ita-site.css" in home
    bundle = (out / "assets/stylesheets/ita-site.css").read_text(encoding="utf-8")
    for name in STYLESHEETS:
        assert (out / f"assets/stylesheets/{name}.css").read_text(encoding="utf-8").strip() in bundle
    for face in ("Regular", "Bold"):
        assert (out / f"assets/fonts/Sarabun-{face}.woff2").read_bytes()[:4] == b"wOF2"
    # The first build took the cut the wheel ships: it cut nothing, so it cached no font.
    assert not (site / ".cache/ita-site/fonts").exists()
    # Thai search: the page hands Material's search box to our worker, which is published.
    assert "assets/javascripts/search/worker.js" in home
    assert (out / "assets/javascripts/search/worker.js").stat().st_size > 0
    index = json.loads((out / "search/search_index.json").read_text(encoding="utf-8"))
    shards = [json.loads((out / "search" / name).read_text(encoding="utf-8"))
              for name in index["config"]["thai_index"]]
    titles = [doc[1] for shard in shards for doc in shard["docs"]]
    # Thai words are cut apart (zero-width spaces) so the worker finds them mid-sentence.
    assert any("\u200b" in t and t.replace("\u200b", "") == "องค์การบริหารส่วนตำบลทดสอบ"
               for t in titles)

    # The preview the scaffold's README names, from the installed wheel: it serves the home
    # page with MkDocs' live-reload script and stops cleanly on Ctrl+C.
    with serving(site, lambda root, port: [fresh / "bin" / "ita-site", "serve",
                                           "-a", f"127.0.0.1:{port}"], env=env) as server:
        served = server.wait_for("", lambda html: "องค์การบริหารส่วนตำบลทดสอบ" in html)
        assert "livereload" in served
    assert server.process.returncode == 0 and "Traceback" not in server.output()
