"""One small portal for every portal test: three agencies made as `ita-site new` makes them
(one with scores, one in another district, one whose measure file has broken YAML), built
once in local mode on a LocalCluster of two workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ita_site import scaffold
from tests.sharedbuild import shared_folder

YEAR = 2568
SITE_URL = "https://ita.example.go.th/"
SCORES = """
scores:
  total: 96.5
  iit: 97
  eit: 95
  oit: 97.5
"""


def make_agencies(root: Path) -> None:
    agencies = root / "agencies"
    for slug, name, district in (("abt-nong-bua", "องค์การบริหารส่วนตำบลหนองบัว", "เมือง"),
                                 ("abt-khok-sung", "องค์การบริหารส่วนตำบลโคกสูง", "ภูเวียง"),
                                 ("abt-broken", "องค์การบริหารส่วนตำบลเสียหาย", "เมือง")):
        folder = agencies / slug
        scaffold.create_site(folder, scaffold.Agency(name=name, type="องค์การบริหารส่วนตำบล",
                                                     province="ขอนแก่น"), YEAR)
        agency_yml = folder / "content" / "agency.yml"
        agency_yml.write_text(agency_yml.read_text(encoding="utf-8").replace(
            'district: "ตัวอย่าง"', f'district: "{district}"'), encoding="utf-8")
    year_yml = agencies / "abt-nong-bua" / "content" / str(YEAR) / "year.yml"
    year_yml.write_text(year_yml.read_text(encoding="utf-8") + SCORES, encoding="utf-8")
    break_agency(agencies / "abt-broken")


def break_agency(folder: Path) -> None:
    (folder / "content" / str(YEAR) / "measures" / "99-broken.md").write_text(
        "---\ntitle: [ไม่ได้ปิดวงเล็บ\n---\nข้อความ\n", encoding="utf-8")


def write_portal(root: Path, output: str) -> Path:
    path = root / f"portal-{output}.yml"
    path.write_text(f"name: ITA จังหวัดตัวอย่าง\nsite_url: {SITE_URL}\n"
                    f"agencies: [agencies/*]\noutput: {output}\n", encoding="utf-8")
    return path


def temp_env(folder: Path) -> dict[str, str]:
    """The environment with TMPDIR in `folder` (made here), for processes a test starts: a Dask
    worker killed with SIGKILL cannot remove its temporary folders, and they must not pile up
    in /tmp; pytest removes `folder` with the test's tmp_path."""
    folder.mkdir(parents=True, exist_ok=True)
    return {**os.environ, "TMPDIR": str(folder)}


def portal_build(portal: Path, *options: str, timeout: float = 600):
    """`ita-site portal build` as a user runs it, in its own process (its temporary files and
    its workers' in tmp/ beside the portal file)."""
    return subprocess.run([sys.executable, "-m", "ita_site.cli", "portal", "build", str(portal),
                           *options], capture_output=True, text=True, timeout=timeout,
                          cwd=portal.parent, env=temp_env(portal.parent / "tmp"))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def portal_root(tmp_path_factory) -> Path:
    """The agencies and their local-mode build, made once per run for every xdist worker.
    Tests read the agencies and the local output; a test that builds writes its own output."""
    def make(root: Path) -> None:
        make_agencies(root)
        run = portal_build(write_portal(root, "local"), "--workers", "2")
        (root / "local-run.json").write_text(json.dumps(
            {"args": run.args, "returncode": run.returncode, "stdout": run.stdout,
             "stderr": run.stderr}), encoding="utf-8")

    return shared_folder(tmp_path_factory, "portal", [Path(__file__)], make)


@pytest.fixture(scope="session")
def local_build(portal_root):
    """(completed process, output folder) of the local-mode build."""
    run = subprocess.CompletedProcess(**json.loads(
        (portal_root / "local-run.json").read_text(encoding="utf-8")))
    return run, portal_root / "local"
