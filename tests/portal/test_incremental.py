"""Rebuilding a portal: only agencies whose content changed are built again, and an agency
that breaks keeps its last good site while the portal lists it as failed."""

from __future__ import annotations

import json
import shutil
import socket
import tempfile

import pytest

from tests.inprocess import run_cli
from tests.portal.conftest import break_agency, temp_env, write_portal


@pytest.fixture
def own_tmp(tmp_path, monkeypatch):
    """TMPDIR in the test's folder, for a portal build run in the test process and for its
    worker processes (see conftest.temp_env); tempfile forgets the /tmp it found before, so
    the cluster's scratch space goes there too."""
    monkeypatch.setenv("TMPDIR", temp_env(tmp_path / "tmp")["TMPDIR"])
    monkeypatch.setattr(tempfile, "tempdir", None)


def rebuild(portal):
    """`ita-site portal build --workers 1` in the test process (the command as a user runs it
    in a process of its own is tested by the portal's local build, tests/portal/conftest.py)."""
    return run_cli(["portal", "build", str(portal), "--workers", "1"], cwd=portal.parent)


def _state(output):
    return json.loads((output / ".portal-state.json").read_text(encoding="utf-8"))


@pytest.fixture
def dask_port_taken():
    """Dask's usual HTTP port 8787 on 127.0.0.1 held by someone else, as another Dask
    (a notebook, a second portal build) holds it."""
    with socket.socket() as holder:
        try:
            holder.bind(("127.0.0.1", 8787))
            holder.listen()
        except OSError:
            pass  # already held by another process: the same situation
        yield


def test_only_the_edited_agency_is_rebuilt_and_a_broken_one_keeps_its_site(
        portal_root, local_build, tmp_path, own_tmp, dask_port_taken, recwarn):
    shutil.copytree(portal_root / "agencies", tmp_path / "agencies")
    shutil.copytree(local_build[1], tmp_path / "local")
    portal, output = write_portal(tmp_path, "local"), tmp_path / "local"
    untouched = output / "abt-khok-sung" / "index.html"
    before = untouched.stat().st_mtime_ns

    measure = next((tmp_path / "agencies" / "abt-nong-bua" / "content" / "2568" / "measures")
                   .glob("01-*.md"))
    text = measure.read_text(encoding="utf-8")
    start = text.index("title:")
    end = text.index("\n", start)
    measure.write_text(text[:start] + 'title: "มาตรการที่แก้ไขแล้ว"' + text[end:],
                       encoding="utf-8")
    run = rebuild(portal)
    assert run.returncode == 1, run.stderr  # abt-broken is still broken (and not rebuilt)
    assert _state(output)["built"] == ["abt-nong-bua"]
    assert untouched.stat().st_mtime_ns == before
    pages = "".join(p.read_text(encoding="utf-8")
                    for p in (output / "abt-nong-bua" / "2568").rglob("index.html"))
    assert "มาตรการที่แก้ไขแล้ว" in pages

    break_agency(tmp_path / "agencies" / "abt-khok-sung")
    run = rebuild(portal)
    assert run.returncode == 1
    assert _state(output)["built"] == ["abt-khok-sung"]
    assert untouched.is_file() and untouched.stat().st_mtime_ns == before  # last good site
    page = (output / "index.html").read_text(encoding="utf-8")
    failed = page[page.index('id="failed-abt-khok-sung"'):]
    assert "last good site kept" in failed and "99-broken.md" in failed
    assert 'href="abt-khok-sung/"' in page

    run = rebuild(portal)
    assert _state(output)["built"] == []
    clashes = [str(w.message) for w in recwarn if "already in use" in str(w.message)]
    assert not clashes, f"the local cluster wanted a port someone else held: {clashes}"


class _StopAfterFirstAgency:
    """A terminal whose user presses Ctrl-C once the first agency is reported done."""

    def __init__(self):
        self.lines = []

    def isatty(self):
        return False

    def write(self, text):
        self.lines.append(text)
        if text.startswith("หน่วยงาน 1/"):
            raise KeyboardInterrupt

    def flush(self):
        pass


def test_a_run_stopped_part_way_keeps_the_agencies_it_finished(portal_root, tmp_path, own_tmp):
    from ita_site.portal.config import read_portal
    from ita_site.portal.run import build_agencies

    shutil.copytree(portal_root / "agencies", tmp_path / "agencies")
    portal = read_portal(write_portal(tmp_path, "stopped"))
    with pytest.raises(KeyboardInterrupt):
        build_agencies(portal, workers=1, stream=_StopAfterFirstAgency())
    recorded = _state(tmp_path / "stopped")["agencies"]
    assert len(recorded) == 1
    (slug,) = recorded
    assert (tmp_path / "stopped" / slug / "index.html").is_file() or not recorded[slug]["ok"]
