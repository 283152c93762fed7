"""`mkdocs serve`: seconds from saving an edit to one measure until its served page shows it.

    python bench/serve_bench.py                 # 1,000 measures, 5 edits per server
    python bench/serve_bench.py --edits 9       # more edits, a steadier median
    python bench/serve_bench.py --sizes 10000   # after bench/same_pages.py made that size

For each size (projects made by bench/same_pages.py): `mkdocs serve --dirty` on 127.0.0.1 for
the plugin project (as `./dev serve` and the guide run it; the plugin keeps the served site equal
to a clean build), and for plain MkDocs + Material on the same pages. `--without-dirty` adds
the plugin project under plain `mkdocs serve`, which builds every page on each change.

Each server gets several edits of the same measure, one after another, each on top of the
last: body-text edits (a line added, shown on the measure's page only) alternating with
front-matter title edits (shown on the year's page, plan, report and OIT pages too, so more
is built again). After each save the
page is fetched every 50 ms until it shows the edit; MkDocs answers a request only once the
rebuild under way has finished, so the figure is what a webmaster waits for. It includes
MkDocs noticing the change: its watcher polls every 0.5 s and waits 0.1 s for more changes.
The rebuild alone is read from MkDocs' own log line ("Documentation built in …"). The pauses
between edits differ, so the watcher's polling phase is not the same for every edit. Every
wait is bounded (`--timeout`), the file is restored and the server stopped, so the script always
ends by itself. Results (each figure and the medians) are printed and written to
bench/out/serve.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from same_pages import prepare  # noqa: E402

MEASURE = "2569/measures/m00001"
POLL_S = 0.05
BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return None


def _wait_for(url: str, text: str | None, deadline: float) -> bool:
    while time.monotonic() < deadline:
        page = _get(url)
        if page is not None and (text is None or text in page):
            return True
        time.sleep(POLL_S)
    return False


def _edited(original: str, number: int, marker: str) -> str:
    """Even edits add a line to the body, odd ones change the title in the front matter (the
    captured pages of plain MkDocs have none: one is added, which that page alone shows).
    Edits build on each other, so a body edit leaves the title as the last edit made it."""
    if number % 2 == 0:
        return original.rstrip("\n") + f"\n\n{marker}\n"
    if re.search(r"^title: ", original, flags=re.MULTILINE):
        return re.sub(r"^title: ", f"title: {marker} ", original, count=1, flags=re.MULTILINE)
    return f"---\ntitle: {marker}\n---\n\n" + original


def _rebuild_times(log_path: Path) -> list[float]:
    text = log_path.read_text(encoding="utf-8", errors="replace")
    return [float(found) for found in BUILT.findall(text)]


def mkdocs_serve(project: Path, port: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"),
            "-a", f"127.0.0.1:{port}", *extra]


def ita_site_serve(project: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "ita_site.cli", "--config", str(project / "mkdocs.yml"),
            "serve", "-a", f"127.0.0.1:{port}"]


def edit_to_page(project: Path, source: Path, command, edits: int, timeout: float) -> dict:
    """Start the server `command(project, port)` gives, save `edits` edits of `source` one
    after another, and time each until the measure's page shows it."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{MEASURE}/"
    cmd = command(project, port)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log_path = project / "serve.log"
    log = log_path.open("w")
    server = subprocess.Popen(cmd, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    original = current = source.read_text(encoding="utf-8")
    result: dict = {"ok": False, "edits": []}
    try:
        started = time.monotonic()
        if not _wait_for(url, None, started + timeout):
            result["note"] = f"page not served within {timeout:.0f} s (see {log_path})"
            return result
        result["startup_s"] = round(time.monotonic() - started, 2)
        for number in range(edits):
            # Let the watcher settle; a different pause each time varies its polling phase.
            time.sleep(1.0 + (number * 0.37) % 0.5)
            builds_before = len(_rebuild_times(log_path))
            marker = f"แก้ไขเพื่อวัดเวลา{number}x{time.time_ns()}"
            saved = time.monotonic()
            current = _edited(current, number, marker)
            source.write_text(current, encoding="utf-8")
            if not _wait_for(url, marker, saved + timeout):
                result["note"] = f"edit {number + 1} not shown within {timeout:.0f} s"
                return result
            seconds = round(time.monotonic() - saved, 3)
            log.flush()
            rebuilds = _rebuild_times(log_path)[builds_before:]
            result["edits"].append({"kind": "title" if number % 2 else "body",
                                    "edit_to_page_s": seconds,
                                    "rebuild_s": rebuilds[-1] if rebuilds else None})
        figures = [e["edit_to_page_s"] for e in result["edits"]]
        rebuilds = [e["rebuild_s"] for e in result["edits"] if e["rebuild_s"] is not None]
        result.update(ok=True, median_s=round(statistics.median(figures), 3),
                      median_rebuild_s=round(statistics.median(rebuilds), 3) if rebuilds else None)
        return result
    finally:
        source.write_text(original, encoding="utf-8")
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def bench(size: int, out: Path, edits: int, timeout: float, without_dirty: bool) -> dict:
    root = prepare(size, out, timeout)
    measure = root / "content" / f"{MEASURE}.md"
    row = {
        "measures": size,
        "ita_site_serve": edit_to_page(root / "with-plugin", measure, ita_site_serve, edits,
                                       timeout),
        "ita": edit_to_page(root / "with-plugin", measure,
                            lambda project, port: mkdocs_serve(project, port, "--dirty"),
                            edits, timeout),
        "plain_same_pages_dirty": edit_to_page(
            root / "same-pages", root / "same-pages" / "docs" / f"{MEASURE}.md",
            lambda project, port: mkdocs_serve(project, port, "--dirty"), edits, timeout),
    }
    if without_dirty:
        row["ita_without_dirty"] = edit_to_page(root / "with-plugin", measure, mkdocs_serve,
                                                edits, timeout)
    return row


def _format(size: int, key: str, r: dict) -> str:
    if not r["ok"]:
        return f"{size} measures, {key}: failed: {r.get('note')}"
    each = ", ".join(f"{e['edit_to_page_s']:.2f} ({e['kind']}"
                     + (f", rebuild {e['rebuild_s']:.2f}" if e["rebuild_s"] is not None else "")
                     + ")" for e in r["edits"])
    rebuild = (f", rebuild median {r['median_rebuild_s']:.2f} s"
               if r["median_rebuild_s"] is not None else "")
    return (f"{size} measures, {key}: edit to page median {r['median_s']:.2f} s{rebuild} "
            f"(first build {r['startup_s']:.1f} s); each: {each}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--edits", type=int, default=5, help="edits per server (at least 1)")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--without-dirty", action="store_true",
                        help="also time the plugin under `mkdocs serve` without --dirty")
    args = parser.parse_args()
    # Stopped from outside, the edited file is still put back and the server stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    out = args.out.resolve()
    rows = []
    for size in args.sizes:
        rows.append(bench(size, out, max(1, args.edits), args.timeout, args.without_dirty))
        row = rows[-1]
        for key in ("ita_site_serve", "ita", "plain_same_pages_dirty", "ita_without_dirty"):
            if key in row:
                print(_format(size, key, row[key]), flush=True)
    (out / "serve.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
