"""A real `mkdocs serve` (or `ita-site serve`) of a test project on 127.0.0.1, stopped when the
test ends as Ctrl+C stops it, so the server removes its temporary site folder."""

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


def mkdocs_serve(root: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"),
            "-a", f"127.0.0.1:{port}"]


def ita_site_serve(root: Path, port: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ita_site.cli", "--config", str(root / "mkdocs.yml"), "serve",
            "-a", f"127.0.0.1:{port}", *extra]


# What `mkdocs serve`, `ita-site serve` and the ita plugin make in the temporary folder while
# serving, and remove once stopped as a user stops them.
SERVE_TEMP = ("mkdocs_*", "ita-preview-*", "ita-serve-*")

# Ctrl+C in a terminal reaches a server whose SIGINT is at its default. A suite started in the
# background by a shell without job control (`./dev test &`, some CI runners) has SIGINT
# ignored, and children inherit that: `mkdocs serve` then never hears the Ctrl+C `stop` sends
# and is killed 20 s later. The server starts through this one-liner, which gives SIGINT back
# its default before the command replaces it (exec keeps a default disposition).
_AS_FROM_A_TERMINAL = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                       "os.execv(sys.argv[1], sys.argv[1:])")


def _as_from_a_terminal(command: list) -> list[str]:
    return [sys.executable, "-c", _AS_FROM_A_TERMINAL, *map(str, command)]


@contextmanager
def serving(root: Path, command=mkdocs_serve, env: dict | None = None):
    """The server's temporary folder is `env`'s TMPDIR, else root/tmp (never the system's);
    once the server has stopped by itself, nothing it made may be left there."""
    port = _free_port()
    log = root / "serve.log"
    env = {"TMPDIR": str(root / "tmp"), **(env or {})}
    temp = Path(env["TMPDIR"])
    temp.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(
            _as_from_a_terminal(command(root, port)), cwd=root, stdout=sink,
            stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env})
        try:
            yield Server(process, f"http://127.0.0.1:{port}/", log)
        finally:
            status = stop(process)
    # Reached only when the test's body passed: a server that had to be killed is a failure.
    assert status != -signal.SIGKILL, f"the server did not stop on Ctrl+C:\n{log.read_text()}"
    left = sorted(p.name for pattern in SERVE_TEMP for p in temp.glob(pattern))
    assert left == [], f"the server left {left} in {temp}"


def stop(process: subprocess.Popen) -> int:
    """Stop the server as Ctrl+C does (it cleans up after itself), killing it only if it
    has not stopped within the limit; its exit status."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()
