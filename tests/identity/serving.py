"""A real `mkdocs serve` of a test project on 127.0.0.1, stopped when the test ends."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

# Upper bounds only: a wait ends as soon as its condition holds, so these never measure speed.
START_LIMIT_S = 120
CHANGE_LIMIT_S = 120
STOP_LIMIT_S = 30


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, process: subprocess.Popen, base: str, log: Path):
        self.process = process
        self.base = base
        self.log = log

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def get(self, url: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.base + url, timeout=30) as response:
                return response.status, response.read().decode("utf-8", errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", errors="replace")

    def wait_for(self, url: str, condition, limit_s: float = CHANGE_LIMIT_S) -> str:
        """The page at `url` once `condition(html)` holds; fails when the server stopped or
        the limit passed first."""
        deadline = time.monotonic() + limit_s
        last = ""
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"mkdocs serve stopped:\n{self.output()}")
            try:
                status, last = self.get(url)
            except OSError:
                status = None  # not listening yet
            if status == 200 and condition(last):
                return last
            time.sleep(0.3)
        raise AssertionError(f"{url} never became as expected; last page:\n{last[-2000:]}\n"
                             f"server output:\n{self.output()}")


# What `mkdocs serve` and the ita plugin make in the temporary folder while serving, and remove
# when the server is stopped as a user stops it (Ctrl+C).
SERVE_TEMP = ("mkdocs_*", "ita-serve-*")


def _stop(process: subprocess.Popen) -> bool:
    """Stop the server with Ctrl+C (SIGINT), as a user does, so MkDocs and the plugin clean up
    (`on_shutdown`); kill it only when it does not end within a bound. True when it ended by
    itself."""
    if process.poll() is not None:
        return True
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=STOP_LIMIT_S)
        return True
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return False


@contextmanager
def serving(root: Path):
    """`mkdocs serve` of the project at `root`; once stopped, its temporary folders (in
    root/tmp, never the system's) must be gone."""
    port = _free_port()
    log = root / "serve.log"
    temp = root / "tmp"
    temp.mkdir(exist_ok=True)
    with log.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"),
             "-a", f"127.0.0.1:{port}"],
            cwd=root, stdout=sink, stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temp)})
        try:
            yield Server(process, f"http://127.0.0.1:{port}/", log)
        finally:
            stopped = _stop(process)
    left = sorted(p.name for pattern in SERVE_TEMP for p in temp.glob(pattern))
    assert not stopped or left == [], f"mkdocs serve left {left} behind after Ctrl+C"
