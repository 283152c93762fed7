"""`mkdocs serve --dirty`: after every edit the served site equals a clean build of the same
content, and an edit of a measure's text writes that measure's page and nothing else.

tests/serve/serve_driver.py builds the project as `mkdocs serve --dirty` does (one process,
MkDocs keeping the plugin instance between builds); after each edit a clean build of the same
content, made in the test process (not the serving one) with a fresh configuration and plugin,
is compared with the served folder file by file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.inprocess import as_a_process
from tests.serve import serve_driver
from tests.sitebuild import write_project

DRIVER = Path(__file__).with_name("serve_driver.py")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

YEAR = """\
ita_year: 2568
survey_code: x0test
oit:
  O1: [{title: โครงสร้างองค์กร, url: /about/}]
"""


def measure(title: str, body: str = "ข้อความของมาตรการ", oit: str = "[O27]") -> str:
    return textwrap.dedent(f"""\
        ---
        title: {title}
        order: 1
        issue: 6
        oit: {oit}
        steps: [ประชุมชี้แจง]
        status: done
        ---

        {body}
        """)


FILES = {
    "index.md": "# ยินดีต้อนรับ\n\nหน้าแรกของหน่วยงาน\n",
    "2568/year.yml": YEAR,
    "2568/index.md": "ปีนี้หน่วยงานเน้นการเปิดเผยข้อมูล\n",
    "2568/measures/gift.md": measure("มาตรการงดรับของขวัญ"),
    "2568/measures/open.md": measure("มาตรการเปิดเผยข้อมูล", oit="[O28]").replace(
        "order: 1", "order: 2"),
    "2568/oit/O2.md": "---\ntitle: ข้อมูลผู้บริหาร\n---\n\nรายชื่อผู้บริหาร\n",
    "2567/year.yml": "ita_year: 2567\n",
    "2567/measures/old.md": "---\ntitle: มาตรการของปีก่อน\nindicators: [5]\nsteps: [อบรม]\n"
                            "status: done\n---\n\nข้อความปีก่อน\n",
    "about/index.md": "# เกี่ยวกับเรา\n\nประวัติหน่วยงาน\n",
    "about/contact.md": "---\ntitle: ติดต่อ\n---\n\nโทร 0 4300 0000\n",
}


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _differences(served: Path, clean: Path) -> list[str]:
    a, b = _tree(served), _tree(clean)
    only_served = sorted(set(a) - set(b))
    only_clean = sorted(set(b) - set(a))
    changed = sorted(k for k in set(a) & set(b) if a[k] != b[k])
    return ([f"only served: {k}" for k in only_served] + [f"only clean: {k}" for k in only_clean]
            + [f"differs: {k}" for k in changed])


class Serve:
    """The driver in `--dirty` mode, fed one edit at a time."""

    def __init__(self, project: Path, out: Path, temp: Path):
        self.project, self.out, self.step = project, out, 0
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(project), str(out), "dirty"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**ENV, "TMPDIR": str(temp)})

    def edit(self, changes: dict[str, str | None]) -> list[str]:
        """Apply `changes` (content/ path → text, None deletes), rebuild; the files written."""
        self.step += 1
        self.process.stdin.write(json.dumps(changes) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=60)
            raise AssertionError(f"serve build failed:\n{self.process.stderr.read()}")
        return json.loads(line)

    def served(self) -> Path:
        return self.out / str(self.step)

    def close(self) -> str:
        self.process.stdin.close()
        self.process.wait(timeout=120)
        return self.process.stderr.read()


def clean_build(project: Path, out: Path) -> Path:
    """A clean build of the project as it is now, in the test process: a process apart from
    the serving one, which is what the comparison needs, without a new interpreter each time."""
    target = out / "fresh"
    shutil.rmtree(target, ignore_errors=True)
    with as_a_process(project):
        return serve_driver.clean_build(project, target)


@pytest.fixture
def serve(tmp_path):
    project = write_project(tmp_path / "project", FILES)
    yml = project / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8") + "strict: true\n", encoding="utf-8")
    temp = tmp_path / "tmp"
    temp.mkdir()
    server = Serve(project, tmp_path / "out", temp)
    yield server
    server.close()
    # The plugin's copy of the sources (ita-serve-*) goes with the server (its on_shutdown).
    assert sorted(p.name for p in temp.iterdir()) == []


def _page(folder: Path, url: str) -> str:
    return (folder / url / "index.html").read_text(encoding="utf-8")


def _same_as_clean(serve: Serve) -> None:
    clean = clean_build(serve.project, serve.out)
    assert _differences(serve.served(), clean) == []


def test_every_edit_serves_what_a_clean_build_writes(serve):
    written = serve.edit({"2568/measures/gift.md": measure("มาตรการงดรับของขวัญ", "ข้อความใหม่")})
    assert "ข้อความใหม่" in _page(serve.served(), "2568/measures/gift")
    # The text of a measure shows on its own page only: no other page is written again
    # (MkDocs writes its 404 page on every build; the standard report, which covers every
    # page, is completed again after any edit).
    pages = [w for w in written if w.endswith("index.html")]
    assert pages == ["2568/measures/gift/index.html", "standard-report/index.html"]
    _same_as_clean(serve)

    # A title shows on the year's page, plan, report and OIT item page too.
    serve.edit({"2568/measures/gift.md": measure("มาตรการไม่รับสินบน", "ข้อความใหม่")})
    for url in ("2568", "2568/plan", "2568/report", "2568/oit/o27"):
        assert "มาตรการไม่รับสินบน" in _page(serve.served(), url), url
    _same_as_clean(serve)

    # A title of another year: that year's pages are written again, this year's are kept.
    written = serve.edit({"2567/measures/old.md": FILES["2567/measures/old.md"].replace(
        "มาตรการของปีก่อน", "มาตรการของปี 2567")})
    assert "มาตรการของปี 2567" in _page(serve.served(), "2567/plan")
    assert "2567/plan/index.html" in written
    # (MkDocs writes every generated file that is not a page, CSV or QR code, on each build.)
    assert [w for w in written if w.startswith("2568/") and w.endswith(".html")] == []
    _same_as_clean(serve)

    # An evidence link in year.yml changes the OIT item's page.
    serve.edit({"2568/year.yml": YEAR.replace("โครงสร้างองค์กร", "ผังโครงสร้างใหม่")})
    assert "ผังโครงสร้างใหม่" in _page(serve.served(), "2568/oit/o1")
    _same_as_clean(serve)

    # The heading of a page in the navigation is its title on every page.
    serve.edit({"about/index.md": "# ประวัติของเรา\n\nประวัติหน่วยงาน\n"})
    assert "ประวัติของเรา" in _page(serve.served(), "2568/plan")
    _same_as_clean(serve)


def test_added_removed_and_broken_files(serve):
    serve.edit({"2568/measures/new.md": measure("มาตรการใหม่ล่าสุด").replace(
        "order: 1", "order: 3")})
    assert "มาตรการใหม่ล่าสุด" in _page(serve.served(), "2568/report")
    _same_as_clean(serve)

    serve.edit({"2568/measures/open.md": None})
    assert not (serve.served() / "2568/measures/open").exists()
    _same_as_clean(serve)

    # A broken file shows the problem on every page; fixing it brings the site back.
    serve.edit({"2568/measures/gift.md": "---\ntitle: [ไม่ปิด\n---\n"})
    assert "ita-problems" in _page(serve.served(), "2568/measures/gift")
    serve.edit({"2568/measures/gift.md": measure("มาตรการงดรับของขวัญ")})
    _same_as_clean(serve)

    serve.edit({"agency.yml": "name: เทศบาลตำบลทดสอบใหม่\n"})
    assert "เทศบาลตำบลทดสอบใหม่" in _page(serve.served(), "2568/measures/new")
    _same_as_clean(serve)
