"""The published site/ is never wiped or half-written: a failed build (content errors,
strict-mode warnings) or a killed one leaves it byte for byte as it was; a successful build
replaces it whole."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.inprocess import run_mkdocs
from tests.sharedbuild import shared_folder
from tests.sitebuild import build, write_project

MEASURE = "---\ntitle: มาตรการ {n}\nissue: 1\n---\n"
NO_HANG = 300
# Holds `mkdocs build` at a known point, half-way through writing pages, until the test kills
# it: MkDocs' own hooks feature, loaded only by the fixture site of the kill test.
HOLD_HOOK = '''\
import os
import time
from pathlib import Path

def on_post_page(output, page, config):
    if page.file.src_uri == "2568/measures/m3.md":
        note = Path(config.config_file_path).with_name("holding.tmp")
        note.write_text(config.site_dir)
        os.replace(note, note.with_name("holding"))  # appears whole, never half-written
        time.sleep(3600)
    return output
'''


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if ".ita-" in p.name)


def _publish(folder: Path) -> None:
    files = {f"2568/measures/m{n}.md": MEASURE.format(n=n) for n in range(1, 6)}
    root = write_project(folder / "p", {"2568/year.yml": "ita_year: 2568\n", **files})
    first = build(root)
    assert first.returncode == 0, first.output
    (first.site / "uploaded-by-webmaster.txt").write_text("keep while failing\n", encoding="utf-8")


@pytest.fixture
def published(tmp_path, tmp_path_factory):
    """A project whose site/ was built once, with a marker file in it: built once per run
    (tests/sharedbuild.py), each test changing its own copy (times kept, for --dirty)."""
    shared = shared_folder(tmp_path_factory, "published", [Path(__file__), MEASURE], _publish)
    return Path(shutil.copytree(shared / "p", tmp_path / "p", symlinks=True))


def test_a_build_with_a_content_error_leaves_site_unchanged(published):
    before = snapshot(published / "site")
    (published / "content/2568/measures/m2.md").write_text("---\ntitle: ก\nissue: 12\n---\n",
                                                            encoding="utf-8")
    result = build(published)
    assert result.returncode != 0 and "2568/measures/m2.md:3 [issue]" in result.output
    assert snapshot(published / "site") == before
    assert "still holds the previous site" in result.output
    assert leftovers(published) == []


def test_a_strict_build_with_warnings_leaves_site_unchanged(published):
    before = snapshot(published / "site")
    (published / "content/2568/measures/m2.md").write_text(
        "---\ntitle: ก\nresponsable: [กองคลัง]\n---\n", encoding="utf-8")
    result = build(published, strict=True)
    assert result.returncode != 0 and "in strict mode" in result.output
    assert snapshot(published / "site") == before
    assert leftovers(published) == []
    relaxed = build(published)  # the same warning without --strict publishes
    assert relaxed.returncode == 0 and snapshot(published / "site") != before


def test_a_successful_build_replaces_site_whole(published):
    site = published / "site"
    mode = site.stat().st_mode
    (published / "content/2568/measures/m5.md").unlink()
    result = build(published)
    assert result.returncode == 0, result.output
    assert not (site / "uploaded-by-webmaster.txt").exists()
    assert not (site / "2568/measures/m5").exists()
    assert (site / "2568/measures/m4/index.html").is_file()
    assert site.stat().st_mode == mode  # a web server that could read it still can
    assert leftovers(published) == []


def test_a_killed_build_leaves_site_unchanged_and_the_next_build_cleans_up(published):
    before = snapshot(published / "site")
    (published / "hold.py").write_text(HOLD_HOOK, encoding="utf-8")
    config = published / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "hooks:\n  - hold.py\n",
                      encoding="utf-8")
    (published / "content/2568/measures/m1.md").write_text(MEASURE.format(n="ใหม่"),
                                                            encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-f", str(config)],
                            cwd=published,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    holding = published / "holding"
    try:
        while not holding.exists() and proc.poll() is None:
            time.sleep(0.05)  # waiting for a state, not measuring time
        assert proc.poll() is None, "the build ended before it reached the held page"
        staging = Path(holding.read_text())
        assert (staging / "2568/measures/m2/index.html").is_file()  # it was writing pages
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=NO_HANG)
    assert snapshot(published / "site") == before
    assert leftovers(published) == [staging.name]
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n  - hold.py\n", ""),
                      encoding="utf-8")
    result = build(published)
    assert result.returncode == 0, result.output
    page = published / "site/2568/measures/m1/index.html"
    assert "มาตรการ ใหม่" in page.read_text(encoding="utf-8")
    assert leftovers(published) == []


def test_a_site_set_aside_by_a_build_killed_mid_swap_is_restored(published):
    site = published / "site"
    before = snapshot(site)
    # the id of a process that has ended
    dead_pid = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout.strip()
    set_aside = published / f".site.ita-old-{dead_pid}-abcd"
    site.rename(set_aside)
    (published / "content/2568/measures/m2.md").write_text("---\ntitle: ก\nissue: 12\n---\n",
                                                            encoding="utf-8")
    result = build(published)
    assert result.returncode != 0
    assert snapshot(site) == before and leftovers(published) == []


def test_a_dirty_build_rebuilds_into_a_copy_of_the_last_site(published):
    site = published / "site"
    returncode, output = run_mkdocs(["build", "--dirty", "-f", str(published / "mkdocs.yml"),
                                     "-d", str(site)], cwd=published)
    assert returncode == 0, output
    assert (site / "uploaded-by-webmaster.txt").is_file()  # --dirty keeps what was there
    assert (site / "2568/measures/m1/index.html").is_file() and leftovers(published) == []


def test_a_site_dir_that_cannot_be_made_is_a_message_not_a_traceback(tmp_path):
    root = write_project(tmp_path / "p", {"2568/measures/m1.md": MEASURE.format(n=1)})
    (root / "blocker").write_text("a file where a folder should be\n", encoding="utf-8")
    returncode, output = run_mkdocs(["build", "-f", str(root / "mkdocs.yml"),
                                     "-d", str(root / "blocker/site")], cwd=root)
    assert returncode != 0 and "Traceback" not in output
    assert "blocker/site" in output and "site_dir" in output
    assert leftovers(root) == []


def test_a_folder_left_by_a_killed_build_not_yet_reaped_is_removed(tmp_path):
    # A build killed with SIGKILL stays a zombie until its parent reaps it; it will never write
    # again, so the next build must not keep its staging folder for it.
    from ita_site.plugin.publishing import _remove_leftovers

    site = tmp_path / "site"
    site.mkdir()
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 10
        while Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[-1].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        staging = tmp_path / f".site.ita-build-{child.pid}-0a1b2c3d"
        staging.mkdir()
        _remove_leftovers(site)
        assert not staging.exists() and site.is_dir()
    finally:
        child.wait()
