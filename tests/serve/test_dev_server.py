"""`ita-site serve`: the preview the README and the guide start. An edit shows on its page, the
build itself starts no rebuild, a broken mkdocs.yml is explained without a traceback, and
stopping the server leaves no temporary folder behind."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time

import pytest

from tests.identity.serving import ita_site_serve, serving, stop
from tests.serve.test_incremental import FILES
from tests.sitebuild import write_project

GIFT = "2568/measures/gift/"


def _builds(output: str) -> int:
    return len(re.findall(r"Documentation built in", output))


@pytest.fixture
def project(tmp_path):
    return write_project(tmp_path / "p", FILES)


@pytest.mark.parametrize("watcher", ["notified", "poll"])
def test_an_edit_shows_on_its_page_and_reading_files_starts_no_build(project, tmp_path,
                                                                      watcher):
    temp = tmp_path / "temp"
    temp.mkdir()
    extra = ["--poll"] if watcher == "poll" else []
    measure = project / "content" / "2568/measures/gift.md"
    with serving(project, lambda root, port: ita_site_serve(root, port, *extra),
                 env={"TMPDIR": str(temp)}) as server:
        server.wait_for(GIFT, lambda html: "มาตรการงดรับของขวัญ" in html)
        assert any(temp.iterdir()), "the served site is built in a temporary folder"
        measure.write_text(measure.read_text(encoding="utf-8").replace(
            "ข้อความของมาตรการ", "งดรับของขวัญทุกเทศกาล"), encoding="utf-8")
        server.wait_for(GIFT, lambda html: "งดรับของขวัญทุกเทศกาล" in html)
        # A build reads the files it watches; were readings taken for edits, another build
        # would follow at once. The pause only gives such a build time to show in the log.
        time.sleep(1.5)
        assert _builds(server.output()) == 2, server.output()
        plan = server.get("2568/plan/")[1]
        assert "มาตรการงดรับของขวัญ" in plan
        process = server.process
        if watcher == "poll":
            # As a service manager (or `timeout`) stops it, signalling again while it cleans
            # up, and an impatient second Ctrl+C; one Ctrl+C (SIGINT) otherwise.
            for again in (signal.SIGTERM, signal.SIGTERM, signal.SIGINT):
                process.send_signal(again)
                time.sleep(0.05)
            process.wait(timeout=60)
    assert process.returncode == 0
    assert list(temp.iterdir()) == [], "stopping the server removes its temporary folders"
    assert "Traceback" not in server.output()


def test_a_broken_mkdocs_yml_is_explained_and_the_last_site_stays_served(project, tmp_path):
    yml = project / "mkdocs.yml"
    good = yml.read_text(encoding="utf-8")
    with serving(project, ita_site_serve) as server:
        server.wait_for(GIFT, lambda html: "มาตรการงดรับของขวัญ" in html)
        yml.write_text(good + "theme: [\n", encoding="utf-8")
        deadline = time.monotonic() + 120
        while "อ่าน mkdocs.yml ไม่ได้" not in server.output() and time.monotonic() < deadline:
            time.sleep(0.2)
        output = server.output()
        assert "อ่าน mkdocs.yml ไม่ได้" in output and "mkdocs.yml could not be read" in output
        assert "Traceback" not in output
        assert server.get(GIFT)[0] == 200, "the last good build is still served"
        yml.write_text(good.replace("site_name:", "site_name: ชื่อใหม่ -", 1), encoding="utf-8")
        server.wait_for(GIFT, lambda html: "ชื่อใหม่ -" in html)


def test_a_missing_or_broken_settings_file_stops_with_a_message(tmp_path):
    missing = subprocess.run(
        [sys.executable, "-m", "ita_site.cli", "--config", str(tmp_path / "mkdocs.yml"),
         "serve"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert missing.returncode == 2
    assert "ไม่พบไฟล์ตั้งค่า" in missing.stderr and "settings file" in missing.stderr
    (tmp_path / "mkdocs.yml").write_text("site_name: [\n", encoding="utf-8")
    broken = subprocess.Popen(ita_site_serve(tmp_path, 1), cwd=tmp_path, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        output, _ = broken.communicate(timeout=120)
    finally:
        stop(broken)
    assert broken.returncode == 1
    assert "อ่าน mkdocs.yml ไม่ได้" in output and "run the command again" in output
    assert "Traceback" not in output


def test_a_port_in_use_is_explained(project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(ita_site_serve(project, port), cwd=project, text=True,
                                capture_output=True, timeout=300)
    assert result.returncode == 1
    assert f"เปิดตัวอย่างเว็บไซต์ที่ 127.0.0.1:{port} ไม่ได้" in result.stderr
    assert "ita-site serve -a 127.0.0.1:8001" in result.stderr
    assert "Traceback" not in result.stderr
