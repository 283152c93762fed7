"""Builds a project as `mkdocs serve` does, in one process, for tests/serve.

    python serve_driver.py PROJECT OUT dirty   # first build, then one rebuild per step
    python serve_driver.py PROJECT OUT clean   # one clean build of the content as it is now
                                               # (or clean_build() in the test process)

`dirty` keeps one MkDocs config loader, so MkDocs keeps the plugin instance between builds
exactly as `mkdocs serve --dirty` does (mkdocs/commands/serve.py: `on_startup` once, then
`build(config, serve_url=..., dirty=True)` per change). It reads steps from stdin: one line per
step, a JSON object {path relative to content/: new text, or null to delete}. After each
build it copies the served folder to OUT/<n> and prints a line of JSON: the files written by
that build. `clean` builds into OUT/clean as a first serve build does.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

if __name__ == "__main__":  # the test process sets it per build (tests/inprocess.py)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

SERVE_URL = "http://127.0.0.1:8000/"


def _config(project: Path, site_dir: str):
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=site_dir)
    config.site_url = SERVE_URL
    return config


def _stamps(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}


def _apply(content: Path, step: dict) -> None:
    for rel, text in step.items():
        path = content / rel
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def clean_build(project: Path, target: Path) -> Path:
    """One clean build of the content as it is now, as a first serve build does, copied to
    `target`; also called in the test process (tests/inprocess.py), which is not the serving
    one."""
    serve(project, target, "clean")
    return target / "clean"


def main() -> None:
    serve(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])


def serve(project: Path, out: Path, mode: str) -> None:
    site = tempfile.mkdtemp(prefix="mkdocs_")
    config = _config(project, site)
    config.plugins.on_startup(command="serve", dirty=mode == "dirty")
    try:
        build(config, serve_url=SERVE_URL, dirty=mode == "dirty")
        if mode == "clean":
            shutil.copytree(site, out / "clean")
            return
        shutil.copytree(site, out / "0")
        for number, line in enumerate(sys.stdin, start=1):
            _apply(project / "content", json.loads(line))
            before = _stamps(Path(site))
            build(_config(project, site), serve_url=SERVE_URL, dirty=True)
            after = _stamps(Path(site))
            shutil.copytree(site, out / str(number))
            written = sorted(k for k, v in after.items() if before.get(k) != v)
            print(json.dumps(written), flush=True)
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
