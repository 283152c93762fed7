"""The plugin build next to plain MkDocs + Material building the same pages, side by side.

    python bench/same_pages.py                  # 1,000 measures
    python bench/same_pages.py --sizes 10000    # run the 10,000 builds once: they take minutes

For each size: the synthetic content (bench/synthetic.py) is built once with the ita plugin
and bench/capture_hook.py, which writes every page's final Markdown (generated pages included)
to `same-pages/docs`. Then, each in its own process, timed with its peak memory:

- `ita`: `mkdocs build` with the plugin, as a webmaster runs it;
- `ita, precompress: false`: the same without the .gz/.br copies of every text file, an output
  plain MkDocs does not make;
- `plain same pages`: MkDocs + Material (search on, same Markdown extensions) on the captured
  pages with a small nav (the home page and each year's page), so the difference is the
  plugin's own cost;
- `plain measures only`: MkDocs + Material on the measure files alone (no generated pages),
  as bench/build_bench.py does.

Results are printed and written to bench/out/same-pages.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_bench import PLAIN_CONFIG, PLUGIN_CONFIG, YEARS, run_build  # noqa: E402
from synthetic import write_content  # noqa: E402

SAME_PAGES_CONFIG = """\
site_name: Benchmark
site_url: https://example.go.th/
docs_dir: docs
theme:
  name: material
  language: th
  font: false
plugins:
  - search
validation:
  nav:
    omitted_files: ignore
"""


def prepare(size: int, out: Path, timeout: float) -> Path:
    """The size's project folder, with content, the plugin project and the captured pages."""
    root = out / f"m{size}"
    content = root / "content"
    if not content.exists():
        write_content(content, size, YEARS)
    # The compressed copies (.gz, .br) are an output plain MkDocs does not make: the plugin is
    # also timed without them, so each cost can be read apart.
    # It shares the first project's cache_dir, which the capture build has filled.
    no_copies = PLUGIN_CONFIG.replace("  - ita\n", "  - ita:\n      precompress: false\n"
                                      "      cache_dir: ../with-plugin/.cache/ita-site\n")
    for name, config in (("with-plugin", PLUGIN_CONFIG), ("without-copies", no_copies),
                         ("plain", PLAIN_CONFIG)):
        project = root / name
        project.mkdir(parents=True, exist_ok=True)
        (project / "mkdocs.yml").write_text(config)
        if not (project / "content").exists():
            (project / "content").symlink_to(content.resolve(), target_is_directory=True)
    same = root / "same-pages"
    if not (same / "docs").exists():
        _capture(root / "with-plugin", same, timeout)
    (same / "mkdocs.yml").write_text(_same_pages_config(same))
    return root


def _capture(project: Path, same: Path, timeout: float) -> None:
    config = project / "mkdocs-capture.yml"
    config.write_text(PLUGIN_CONFIG + f"hooks:\n  - {HERE / 'capture_hook.py'}\n")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "ITA_BENCH_CAPTURE": str(same)}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config),
                    "-d", str(same / "capture-site")], cwd=project, env=env, check=True,
                   timeout=timeout)


def _same_pages_config(same: Path) -> str:
    settings = json.loads((same / "_markdown.json").read_text(encoding="utf-8"))
    docs = same / "docs"
    nav = ["index.md"] if (docs / "index.md").exists() else []
    nav += sorted(p.relative_to(docs).as_posix() for p in docs.glob("*/index.md"))
    lines = [SAME_PAGES_CONFIG, "markdown_extensions:"]
    for name in settings["markdown_extensions"]:
        options = settings["mdx_configs"].get(name)
        lines.append(f"  - {name}" + (f": {json.dumps(options)}" if options else ""))
    lines.append("nav:")
    lines += [f"  - {json.dumps(page, ensure_ascii=False)}" for page in nav]
    return "\n".join(lines) + "\n"


def bench(size: int, out: Path, timeout: float, measures_only_up_to: int) -> dict:
    root = prepare(size, out, timeout)
    row = {"measures": size}
    row["ita"] = run_build(root / "with-plugin", timeout)
    row["ita_without_copies"] = run_build(root / "without-copies", timeout)
    row["plain_same_pages"] = run_build(root / "same-pages", timeout)
    # MkDocs' automatic nav lists every page in every page: quadratic, hours at 10,000
    row["plain_measures_only"] = (run_build(root / "plain", timeout) if size <= measures_only_up_to
                                  else {"ok": False, "note": "skipped (--measures-only-up-to)"})
    return row


def _format(row: dict) -> str:
    def cell(r):
        if not r.get("ok"):
            return f"failed ({(r.get('note') or '')[:80]})"
        return f"{r['seconds']:.2f} s ({r['cpu_seconds']:.2f} s CPU), {r['peak_mb']:.0f} MB peak"
    text = [f"{row['measures']} measures"]
    for ita_key, ita_label in (("ita", "ita plugin"), ("ita_without_copies",
                                                       "ita, precompress: false")):
        ita = row[ita_key]
        text.append(f"  {ita_label}: {cell(ita)}")
        for key, label in (("plain_same_pages", "plain, same pages"),
                           ("plain_measures_only", "plain, measures only")):
            other = row[key]
            if ita.get("ok") and other.get("ok"):
                text.append(f"    vs {label}: time {ita['seconds'] / other['seconds']:.2f}x, "
                            f"CPU {ita['cpu_seconds'] / other['cpu_seconds']:.2f}x, "
                            f"memory {ita['peak_mb'] / other['peak_mb']:.2f}x")
    for key, label in (("plain_same_pages", "plain, same pages"),
                       ("plain_measures_only", "plain, measures only")):
        text.append(f"  {label}: {cell(row[key])}")
    return "\n".join(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--measures-only-up-to", type=int, default=5000,
                        help="largest size also built as plain MkDocs on the measure files only")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        rows.append(bench(size, out, args.timeout, args.measures_only_up_to))
        print(_format(rows[-1]), flush=True)
    (out / "same-pages.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
