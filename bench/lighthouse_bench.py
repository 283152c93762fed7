"""Lighthouse (mobile, simulated slow 4G) on one page of each kind of the sample site.

    python bench/lighthouse_bench.py                   # build the sample, 3 runs per page kind
    python bench/lighthouse_bench.py --runs 5 --kinds home report plan
    python bench/lighthouse_bench.py --site site       # an already built site, no build
    python bench/lighthouse_bench.py --site site --baseline /tmp/site-before   # before/after

Needs Node.js and Lighthouse, which are not Python packages and are not installed by
`./dev`: `npm install --prefix /tmp/lh lighthouse` once, then this script finds
/tmp/lh/node_modules/.bin/lighthouse (or give `--lighthouse PATH`, or put `lighthouse` on PATH).
Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH); nothing is downloaded. Without them
the script says what is missing and exits without measuring.

The site is served on 127.0.0.1 the way GitHub Pages, Netlify and a web server with
compression on serve it: a request that accepts br (or gzip) gets the build's precompressed
`.br` (or `.gz`) copy with `Content-Encoding`, so transfer sizes are those a visitor on a host
that compresses downloads. The server stops by itself after `--max-minutes`.

Lighthouse's scores move with the load of the machine (total blocking time is measured CPU
time, then slowed 4x): each page kind is run `--runs` times and the median is reported, with
the audits that cost points in the median run. Output: a table on stdout and
bench/out/lighthouse.json.
"""

from __future__ import annotations

import argparse
import http.server
import json
import mimetypes
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# One page of each kind in the sample (URLs are the site's promise, see DESIGN.md).
PAGES = {
    "home": "",
    "year": "2568/",
    "report": "2568/report/",
    "progress": "2568/progress/",
    "plan": "2568/plan/",
    "analysis": "2568/analysis/",
    "oit-index": "2568/oit/",
    "oit-item": "2568/oit/o1/",
    "measure": "2568/measures/asset-borrowing/",
    "surveys": "2568/surveys/",
    "data": "data/",
    "contact": "about/contact/",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"fcp": "first-contentful-paint", "lcp": "largest-contentful-paint",
           "tbt": "total-blocking-time", "cls": "cumulative-layout-shift",
           "si": "speed-index"}
# Audits worth reading when the score is low; listed for the median run when they lose points.
WATCHED = ("render-blocking-resources", "unused-javascript", "unused-css-rules", "dom-size",
           "font-display", "largest-contentful-paint-element", "layout-shifts",
           "bootup-time", "mainthread-work-breakdown", "total-byte-weight",
           "lcp-lazy-loaded", "uses-text-compression")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
DEFAULT_LIGHTHOUSE = Path("/tmp/lh/node_modules/.bin/lighthouse")


class PrecompressedHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `x.br` / `x.gz` for `x` when the browser accepts that encoding."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the parent's redirect to the slash URL
            path = path / "index.html"
        accepted = self.headers.get("Accept-Encoding", "")
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            copy = path.with_name(path.name + suffix)
            if encoding in accepted and path.is_file() and copy.is_file():
                body = open(copy, "rb")
                self.send_response(200)
                self.send_header("Content-Type", self._type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Content-Length", str(copy.stat().st_size))
                self.end_headers()
                return body
        return super().send_head()

    def _type(self, path: Path) -> str:
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind.endswith(
            ("javascript", "json", "xml", "svg+xml")) else kind

    def log_message(self, *args):
        pass


@contextmanager
def serve(folder: Path, max_minutes: float):
    def handler(*args, **kwargs):
        return PrecompressedHandler(*args, directory=str(folder), **kwargs)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    # Bounded in time: a forgotten run does not keep a port open.
    timer = threading.Timer(max_minutes * 60, server.shutdown)
    timer.daemon = True
    timer.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        timer.cancel()
        server.shutdown()
        server.server_close()


def build_sample(into: Path) -> Path:
    site = into / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                    str(REPO / "mkdocs.yml"), "-d", str(site)], check=True, env=env,
                   cwd=REPO)
    return site


def run_lighthouse(lighthouse: str, chrome: str, url: str, out: Path) -> dict:
    env = dict(os.environ, CHROME_PATH=chrome)
    # Its own process group, stopped with SIGINT: Lighthouse then closes its Chromium, which
    # runs in a group of its own and would outlive a killed Lighthouse.
    run = subprocess.Popen([lighthouse, url, "--quiet", "--save-assets", "--output=json",
                            f"--output-path={out}", f"--only-categories={','.join(CATEGORIES)}",
                            f"--chrome-flags={CHROME_FLAGS}"],
                           env=env, stdout=subprocess.DEVNULL, start_new_session=True)
    try:
        if run.wait(timeout=300):
            raise RuntimeError(f"lighthouse failed on {url} (exit status {run.returncode})")
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGINT)
            try:
                run.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(run.pid, signal.SIGKILL)
    report = json.loads(out.read_text(encoding="utf-8"))
    trace = out.with_name(out.stem + "-0.trace.json")
    report["main_thread_cpu"] = main_thread_cpu(json.loads(trace.read_text(encoding="utf-8")))
    for saved in out.parent.glob(out.stem + "-0.*"):
        saved.unlink()
    return report


def main_thread_cpu(trace: dict) -> dict:
    """The page's main-thread work in CPU time (the trace's thread time), which, unlike the
    wall-clock durations Lighthouse scales, does not grow when other processes share the CPU.
    `blocking_ms` is total blocking time recomputed from it: each task from the first paint
    on, slowed 4x as Lighthouse's mobile setting does, beyond 50 ms. (The first paint is the
    renderer's first Paint, not the first contentful paint's timestamp, which on a busy
    machine comes late enough to hide the tasks that follow the paint.)"""
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    renderer = [(e["pid"], e["tid"]) for e in events
                if e.get("ph") == "M" and e.get("name") == "thread_name"
                and e["args"].get("name") == "CrRendererMain"]
    tasks = [e for e in events if e.get("name") == "RunTask" and e.get("ph") == "X"
             and (e["pid"], e["tid"]) in renderer and "tdur" in e]
    if not tasks:
        return {"total_ms": None, "blocking_ms": None}
    # The page's renderer is the one that worked most (others are Lighthouse's blank pages).
    busiest = max(set(renderer), key=lambda r: sum(t["tdur"] for t in tasks
                                                   if (t["pid"], t["tid"]) == r))
    tasks = [t for t in tasks if (t["pid"], t["tid"]) == busiest]
    paint = [e["ts"] for e in events if e.get("name") == "Paint" and e.get("ph") == "X"
             and (e["pid"], e["tid"]) == busiest]
    first_paint = min(paint) if paint else 0
    blocking = sum(max(0.0, 4 * t["tdur"] / 1000 - 50) for t in tasks if t["ts"] >= first_paint)
    return {"total_ms": round(sum(t["tdur"] for t in tasks) / 1000),
            "blocking_ms": round(blocking)}


def summary(report: dict) -> dict:
    audits = report["audits"]
    result = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    for short, audit in METRICS.items():
        result[short] = audits[audit]["numericValue"]
    lost = {}
    for name in WATCHED:
        audit = audits.get(name)
        if audit and audit.get("score") is not None and audit["score"] < 1:
            lost[name] = audit.get("displayValue", "")
    element = audits.get("largest-contentful-paint-element", {}).get("details", {})
    for item in element.get("items", []):
        for row in item.get("items", []):
            node = row.get("node")
            if node:
                result["lcp_element"] = node.get("snippet", "")[:120]
                break
        if "lcp_element" in result:
            break
    result["lost"] = lost
    result["cpu_ms"] = report["main_thread_cpu"]["total_ms"] or 0
    result["cpu_tbt"] = report["main_thread_cpu"]["blocking_ms"] or 0
    result["benchmark_index"] = report["environment"]["benchmarkIndex"]
    result["bytes"] = audits["total-byte-weight"]["numericValue"]
    return result


def measure(sites: dict[str, Path], kinds: list[str], runs: int, lighthouse: str, chrome: str,
            max_minutes: float) -> dict:
    """Median figures per site label and page kind. With two sites (a baseline and the site),
    their runs alternate, so both meet the same load of the machine."""
    results: dict[str, dict] = {label: {} for label in sites}
    with ExitStack() as stack:
        bases = {label: stack.enter_context(serve(folder, max_minutes))
                 for label, folder in sites.items()}
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for kind in kinds:
            runs_of_kind: dict[str, list] = {label: [] for label in sites}
            for n in range(runs):
                for label, base in bases.items():
                    report = run_lighthouse(lighthouse, chrome, base + PAGES[kind],
                                            tmp / f"{label}-{kind}-{n}.json")
                    runs_of_kind[label].append(summary(report))
            for label, done in runs_of_kind.items():
                results[label][kind] = _medians(kind, done)
                print(f"{label:<8} " + _row(kind, results[label][kind]), flush=True)
    return results


def _medians(kind: str, runs_of_kind: list[dict]) -> dict:
    runs_of_kind.sort(key=lambda r: r["performance"])
    median_run = runs_of_kind[len(runs_of_kind) // 2]
    return {
        "url": "/" + PAGES[kind],
        **{c: statistics.median(r[c] for r in runs_of_kind) for c in CATEGORIES},
        **{m: _median(r[m] for r in runs_of_kind)
           for m in (*METRICS, "bytes", "cpu_ms", "cpu_tbt", "benchmark_index")},
        "performance_runs": [r["performance"] for r in runs_of_kind],
        "lcp_element": median_run.get("lcp_element", ""),
        "lost_in_median_run": median_run["lost"],
    }


def _median(values) -> float:
    middle = statistics.median(values)
    return round(middle, 3) if middle < 1 else round(middle)  # layout shift is below 1


def _row(kind: str, r: dict) -> str:
    return (f"{kind:<10} perf {r['performance']:>5} ({'/'.join(map(str, r['performance_runs']))})"
            f"  LCP {r['lcp'] / 1000:4.1f} s  FCP {r['fcp'] / 1000:4.1f} s"
            f"  TBT {r['tbt']:>4} ms  CLS {r['cls']:.3f}  {r['bytes'] // 1024:>4} KiB"
            f"  a11y {r['accessibility']} bp {r['best-practices']} seo {r['seo']}"
            f"  | CPU {r['cpu_ms']} ms, TBT from CPU {r['cpu_tbt']} ms"
            f" (benchmark index {r['benchmark_index']})")


def find_lighthouse(given: str | None) -> str | None:
    for candidate in (given, shutil.which("lighthouse"), str(DEFAULT_LIGHTHOUSE)):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the sample)")
    parser.add_argument("--baseline", type=Path,
                        help="another built site (e.g. before a change), measured in turns")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kinds", nargs="+", choices=list(PAGES), default=list(PAGES))
    parser.add_argument("--lighthouse", help="path of the lighthouse command")
    parser.add_argument("--max-minutes", type=float, default=60,
                        help="the local server stops after this long")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "lighthouse.json")
    args = parser.parse_args()

    # A stopped run (kill, Ctrl-C) unwinds, so the server and Lighthouse's Chromium stop too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    lighthouse = find_lighthouse(args.lighthouse)
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    missing = []
    if not shutil.which("node"):
        missing.append("Node.js (apt install nodejs)")
    if not lighthouse:
        missing.append("Lighthouse (npm install --prefix /tmp/lh lighthouse)")
    if not Path(chrome).is_file():
        missing.append(f"Chromium at {chrome} (apt install chromium, or set CHROME_PATH)")
    if missing:
        print("lighthouse_bench: skipped, missing " + "; ".join(missing), file=sys.stderr)
        return 0

    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        sites = {"baseline": args.baseline} if args.baseline else {}
        sites["site"] = args.site or build_sample(Path(tmp))
        results = measure(sites, args.kinds, args.runs, lighthouse, chrome, args.max_minutes)
    for label, pages in results.items():
        worst = min(pages.values(), key=lambda r: r["performance"])
        print(f"{label}: worst performance {worst['performance']} ({worst['url']}); largest LCP "
              f"{max(r['lcp'] for r in pages.values()) / 1000:.1f} s")
    print(f"{time.monotonic() - started:.0f} s; load average {os.getloadavg()[0]:.1f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": args.runs, **results}, indent=2,
                                   ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
