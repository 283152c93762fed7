"""Build time and peak memory of synthetic sites, with the plugin and as plain MkDocs + Material.

    python bench/build_bench.py                 # 1,000 and 10,000 measures
    python bench/build_bench.py --sizes 1000    # one size
    python bench/build_bench.py --skip-plain-above 5000

The plain build is the same Markdown with MkDocs' automatic navigation, which is what a site
gets without the plugin: it lists every page in every page, so it grows with the square of the
page count. Results are printed as a table and written to bench/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic import write_content  # noqa: E402

YEARS = [2565, 2566, 2567, 2568, 2569]

PLUGIN_CONFIG = """\
site_name: Benchmark
site_url: https://example.go.th/
docs_dir: content
theme:
  name: material
  language: th
  font: false
plugins:
  - search
  - ita
markdown_extensions: [attr_list, md_in_html, tables]
validation:
  nav:
    omitted_files: ignore
"""

PLAIN_CONFIG = """\
site_name: Benchmark
site_url: https://example.go.th/
docs_dir: content
theme:
  name: material
  language: th
  font: false
plugins:
  - search
markdown_extensions: [attr_list, md_in_html, tables]
"""


def run_build(project: Path, timeout: float, memory_timeline: Path | None = None) -> dict:
    """One `mkdocs build` in its own process: wall time and that process's peak RSS. With
    memory_timeline, bench/memory_hook.py writes the build's memory step by step there."""
    config = project / "mkdocs.yml"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if memory_timeline is not None:
        config = project / "mkdocs-memory.yml"
        config.write_text((project / "mkdocs.yml").read_text()
                          + f"hooks:\n  - {HERE / 'memory_hook.py'}\n")
        env["ITA_BENCH_MEMORY"] = str(memory_timeline)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config),
           "-d", str(project / "site")]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return {"seconds": None, "peak_mb": None, "ok": False, "note": f"over {timeout:.0f} s"}
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    ok = os.waitstatus_to_exitcode(status) == 0
    size = sum(f.stat().st_size for f in (project / "site").rglob("*") if f.is_file()) if ok else 0
    return {"seconds": round(seconds, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_mb": round(usage.ru_maxrss / 1024, 1), "ok": ok,
            "site_mb": round(size / 2**20, 1),
            "note": "" if ok else proc.stderr.read().decode(errors="replace")[-500:]}


def bench(size: int, out: Path, *, plain: bool, timeout: float) -> dict:
    root = out / f"m{size}"
    content = root / "content"
    if not content.exists():
        write_content(content, size, YEARS)
    results = {"measures": size}
    with_plugin = root / "with-plugin"
    with_plugin.mkdir(parents=True, exist_ok=True)
    (with_plugin / "mkdocs.yml").write_text(PLUGIN_CONFIG)
    _link(with_plugin / "content", content)
    results["ita"] = run_build(with_plugin, timeout)
    if plain:
        plain_dir = root / "plain"
        plain_dir.mkdir(parents=True, exist_ok=True)
        (plain_dir / "mkdocs.yml").write_text(PLAIN_CONFIG)
        _link(plain_dir / "content", content)
        results["plain"] = run_build(plain_dir, timeout)
    return results


def _link(link: Path, target: Path) -> None:
    if not link.exists():
        link.symlink_to(target, target_is_directory=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--skip-plain-above", type=int, default=10**9)
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        row = bench(size, args.out, plain=size <= args.skip_plain_above, timeout=args.timeout)
        rows.append(row)
        print(_format(row), flush=True)
    (args.out / "results.json").write_text(json.dumps(rows, indent=2))


def _format(row: dict) -> str:
    def cell(result):
        if not result:
            return "not run"
        if not result["ok"]:
            return f"failed ({result['note'][:80]})"
        return f"{result['seconds']:>8.2f} s {result['peak_mb']:>8.1f} MB peak {result['site_mb']:>7.1f} MB site"
    text = f"{row['measures']:>6} measures | ita plugin: {cell(row.get('ita'))}"
    if row.get("plain"):
        text += f" | plain MkDocs + Material: {cell(row['plain'])}"
        if row["ita"]["ok"] and row["plain"]["ok"]:
            text += f" | time ratio ita/plain {row['ita']['seconds'] / row['plain']['seconds']:.2f}"
    return text


if __name__ == "__main__":
    main()
