"""The plugin build next to plain MkDocs + Material building the same pages, side by side.

    python bench/same_pages.py                              # 1,000 measures, 3 rounds
    python bench/same_pages.py --sizes 10000 --repeat 1     # the 10,000 builds take many minutes
    python bench/same_pages.py --timeline                   # also where each build's memory peaks

For each size: the synthetic content (bench/synthetic.py) is built once with the ita plugin
and bench/capture_hook.py, which writes every page's final Markdown (generated pages included)
to `same-pages/docs`. Then, each in its own process, timed with its peak memory:

- `ita`: `mkdocs build` with the plugin, as a webmaster runs it;
- `ita, precompress: true`: the same with a .gz and a .br copy of every text file (off by
  default; for hosts that send precompressed files), an output plain MkDocs does not make;
- `plain same pages`: MkDocs + Material (search on, same Markdown extensions) on the captured
  pages with a small nav (the home page and each year's page), so the difference is the
  plugin's own cost;
- `plain measures only`: MkDocs + Material on the measure files alone (no generated pages),
  as bench/build_bench.py does.

The variants are built in turn, round after round (A B C A B C ...), so a load that comes and
goes on the machine falls on all of them alike; each figure is the median of the rounds with
its range, and each ratio is the median of the rounds' ratios (plugin and plain of the same
round). Results are printed and written to bench/out/same-pages.json: per size, every run
(`runs`), the summary of each variant and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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
    # also timed with them, so each cost can be read apart.
    # It shares the first project's cache_dir, which the capture build has filled.
    copies = PLUGIN_CONFIG.replace("  - ita\n", "  - ita:\n      precompress: true\n"
                                   "      cache_dir: ../with-plugin/.cache/ita-site\n")
    for name, config in (("with-plugin", PLUGIN_CONFIG), ("with-copies", copies),
                         ("plain", PLAIN_CONFIG)):
        project = root / name
        project.mkdir(parents=True, exist_ok=True)
        (project / "mkdocs.yml").write_text(config)
        link = project / "content"
        if link.is_symlink() and not link.exists():  # the projects folder was moved
            link.unlink()
        if not link.exists():
            link.symlink_to(content.resolve(), target_is_directory=True)
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


VARIANTS = (("ita", "ita plugin", "with-plugin"),
            ("ita_with_copies", "ita, precompress: true", "with-copies"),
            ("plain_same_pages", "plain, same pages", "same-pages"),
            ("plain_measures_only", "plain, measures only", "plain"))
# Each plugin build against each plain one, as pairs of the same round.
PAIRS = [(ita, plain) for ita in ("ita", "ita_with_copies")
         for plain in ("plain_same_pages", "plain_measures_only")]
MEASURES = (("seconds", "time"), ("cpu_seconds", "CPU"), ("peak_mb", "memory"))


def bench(size: int, out: Path, timeout: float, measures_only_up_to: int, repeat: int,
          timeline: bool = False, only: list[str] | None = None) -> dict:
    """`repeat` rounds, each building every variant once in turn (A B C A B C ...), so a load
    that comes and goes on the machine falls on all of them alike."""
    root = prepare(size, out, timeout)
    # MkDocs' automatic nav lists every page in every page: quadratic, hours at 10,000
    keys = [key for key, _label, _folder in VARIANTS
            if (key != "plain_measures_only" or size <= measures_only_up_to)
            and (not only or key in only)]
    runs: dict[str, list[dict]] = {key: [] for key in keys}
    for round_ in range(repeat):
        for key, _label, folder in VARIANTS:
            if key in runs:
                memory = out / f"memory-{size}-{key}-{round_ + 1}.txt" if timeline else None
                runs[key].append(run_build(root / folder, timeout, memory_timeline=memory))
                print(f"  round {round_ + 1}, {key}: {json.dumps(runs[key][-1])}", flush=True)
    row: dict = {"measures": size, "repeat": repeat, "runs": runs}
    for key, _label, _folder in VARIANTS:
        row[key] = (_summary(runs[key]) if key in runs
                    else {"ok": False, "note": "skipped"})
    row["ratios"] = {f"{ita}/{plain}": _ratios(runs[ita], runs[plain])
                     for ita, plain in PAIRS if ita in runs and plain in runs}
    return row


def _summary(runs: list[dict]) -> dict:
    """Median of each figure, with its range; `ok` only when every run built."""
    done = [run for run in runs if run.get("ok")]
    if len(done) < len(runs):
        failed = next(run for run in runs if not run.get("ok"))
        return {"ok": False, "note": failed.get("note", "")}
    summary = {"ok": True}
    for field, _name in MEASURES + (("site_mb", "site"),):
        values = [run[field] for run in done]
        summary[field] = round(statistics.median(values), 2)
        summary[f"{field}_range"] = [min(values), max(values)]
    return summary


def _ratios(plugin: list[dict], plain: list[dict]) -> dict:
    """Round by round plugin/plain, then the median and range of those ratios."""
    pairs = [(a, b) for a, b in zip(plugin, plain) if a.get("ok") and b.get("ok")]
    if not pairs:
        return {}
    ratios = {}
    for field, _name in MEASURES:
        values = [a[field] / b[field] for a, b in pairs]
        ratios[field] = {"median": round(statistics.median(values), 3),
                         "range": [round(min(values), 3), round(max(values), 3)]}
    return ratios


def _format(row: dict) -> str:
    repeat = row["repeat"]
    text = [f"{row['measures']} measures, {repeat} round{'s' if repeat > 1 else ''} "
            f"(median{', min-max' if repeat > 1 else ''})"]

    def figure(summary: dict, field: str, unit: str, digits: int) -> str:
        low, high = summary[f"{field}_range"]
        spread = f" [{low:.{digits}f}-{high:.{digits}f}]" if repeat > 1 else ""
        return f"{summary[field]:.{digits}f}{unit}{spread}"

    for key, label, _folder in VARIANTS:
        summary = row[key]
        if not summary.get("ok"):
            text.append(f"  {label}: failed or skipped ({(summary.get('note') or '')[:80]})")
            continue
        text.append(f"  {label}: {figure(summary, 'seconds', ' s', 2)}, "
                    f"CPU {figure(summary, 'cpu_seconds', ' s', 2)}, "
                    f"peak {figure(summary, 'peak_mb', ' MB', 0)}")
    for pair, ratios in row["ratios"].items():
        if not ratios:
            continue
        ita, plain = pair.split("/")
        labels = {key: label for key, label, _folder in VARIANTS}
        cells = []
        for field, name in MEASURES:
            value = ratios[field]
            low, high = value["range"]
            spread = f" [{low:.2f}-{high:.2f}]" if repeat > 1 else ""
            cells.append(f"{name} {value['median']:.2f}x{spread}")
        text.append(f"  {labels[ita]} vs {labels[plain]}: " + ", ".join(cells))
    return "\n".join(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of builds, each variant once per round in turn")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--measures-only-up-to", type=int, default=5000,
                        help="largest size also built as plain MkDocs on the measure files only")
    parser.add_argument("--variants", nargs="+", choices=[key for key, _l, _f in VARIANTS],
                        help="build only these (default: all)")
    parser.add_argument("--timeline", action="store_true",
                        help="write each build's memory by step (bench/memory_hook.py) to "
                             "out/memory-<size>-<variant>-<round>.txt")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        rows.append(bench(size, out, args.timeout, args.measures_only_up_to,
                          max(1, args.repeat), args.timeline, args.variants))
        print(_format(rows[-1]), flush=True)
    (out / "same-pages.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
