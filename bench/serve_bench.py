"""`mkdocs serve`: seconds from saving an edit to one measure until its served page shows it.

    python bench/serve_bench.py                 # 1,000 measures
    python bench/serve_bench.py --sizes 10000   # after bench/same_pages.py made that size

For each size (projects made by bench/same_pages.py): `mkdocs serve --dirty` on 127.0.0.1 for
the plugin project (as `./dev serve` and the guide run it; the plugin keeps the served site equal
to a clean build), and for plain MkDocs + Material on the same pages. `--without-dirty` adds
the plugin project under plain `mkdocs serve`, which builds every page on each change. Once the
measure's page is served, one line is added to that measure's file; the page is fetched every
50 ms until it shows the line. The edit is then undone and the server stopped. Every wait is
bounded (`--timeout`), so the script always ends by itself. Results are printed and written
to bench/out/serve.json.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
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


def edit_to_page(project: Path, source: Path, extra: list[str], timeout: float) -> dict:
    """Start serve in `project`, edit `source`, time until the measure's page shows the edit."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{MEASURE}/"
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"),
           "-a", f"127.0.0.1:{port}", *extra]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = (project / "serve.log").open("w")
    server = subprocess.Popen(cmd, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    original = source.read_text(encoding="utf-8")
    result: dict = {"ok": False}
    try:
        started = time.monotonic()
        if not _wait_for(url, None, started + timeout):
            result["note"] = f"page not served within {timeout:.0f} s (see {project}/serve.log)"
            return result
        result["startup_s"] = round(time.monotonic() - started, 2)
        time.sleep(1)  # let the watcher settle after the first build
        marker = f"แก้ไขเพื่อวัดเวลา {time.time_ns()}"
        edited = time.monotonic()
        source.write_text(original.rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
        if _wait_for(url, marker, edited + timeout):
            result.update(ok=True, edit_to_page_s=round(time.monotonic() - edited, 2))
        else:
            result["note"] = f"edit not shown within {timeout:.0f} s"
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


def bench(size: int, out: Path, timeout: float, without_dirty: bool) -> dict:
    root = prepare(size, out, timeout)
    measure = root / "content" / f"{MEASURE}.md"
    row = {
        "measures": size,
        "ita": edit_to_page(root / "with-plugin", measure, ["--dirty"], timeout),
        "plain_same_pages_dirty": edit_to_page(
            root / "same-pages", root / "same-pages" / "docs" / f"{MEASURE}.md", ["--dirty"],
            timeout),
    }
    if without_dirty:
        row["ita_without_dirty"] = edit_to_page(root / "with-plugin", measure, [], timeout)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--without-dirty", action="store_true",
                        help="also time the plugin under `mkdocs serve` without --dirty")
    args = parser.parse_args()
    out = args.out.resolve()
    rows = []
    for size in args.sizes:
        rows.append(bench(size, out, args.timeout, args.without_dirty))
        row = rows[-1]
        for key in ("ita", "plain_same_pages_dirty", "ita_without_dirty"):
            if key not in row:
                continue
            r = row[key]
            shown = (f"{r['edit_to_page_s']:.2f} s (first build {r['startup_s']:.1f} s)"
                     if r["ok"] else f"failed: {r.get('note')}")
            print(f"{size} measures, {key}: edit to page {shown}", flush=True)
    (out / "serve.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
