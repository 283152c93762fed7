"""Build the Thai search fixture site (tests/search/site) and serve built sites on localhost.

The fixture is a real ita site built by `mkdocs build` with the `ita` plugin, so the index the
tests search is the one the plugin's own search step published. Its hook only keeps a copy of
Material's index as Material wrote it, from which the variants are derived:

- "thai" (default): the site as the plugin built it;
- `shard_bytes`: the plugin's publishing step (ita_site.search.publish_thai_search) run again
  over Material's index with smaller shards, to test shards on a small site;
- "unrewritten": our worker over Material's index as Material wrote it (the fallback when a
  build did not run ita_site's search step);
- "stock", "segmented", ... (tests/search/measure_options.py only): Material's own worker over
  Material's index, as written or rewritten by tests/search/material_variants.py.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ita_site.search import publish_thai_search
from tests.browser.siteserver import serve
from tests.sitebuild import build

__all__ = ["THEME", "SOURCE", "build_fixture_site", "derive_site", "serve"]

REPO = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).resolve().parent / "site"
THEME = REPO / "theme"
MATERIAL_INDEX = "material_search_index.json"  # written by site/keep_material_index.py
# The line of theme/partials/thai-search.html that hands Material's search box to our worker.
WORKER_SWAP = re.compile(r'\n\s*config\.search = "[^"]*assets/javascripts/search/worker\.js";?')


def build_project(out: Path, source: Path = SOURCE) -> Path:
    """Copy `source` to `out/project`, build it with the real plugin, return the project."""
    project = out / "project"
    shutil.copytree(source, project, ignore=shutil.ignore_patterns("site", ".cache", "__pycache__"))
    built = build(project)
    assert built.returncode == 0, built.output
    return project


def derive_site(project: Path, out: Path, mode: str = "thai",
                shard_bytes: int | None = None) -> Path:
    """A copy of the built site at `out` for `mode` (see the module docstring)."""
    shutil.copytree(project / "site", out)
    if mode == "thai" and shard_bytes is None:
        return out
    search = out / "search"
    for old in search.glob("thai_index.*.json"):
        old.unlink()
    shutil.copy2(project / MATERIAL_INDEX, search / "search_index.json")
    if mode == "thai":
        publish_thai_search(out, shard_bytes=shard_bytes)
    elif mode != "unrewritten":
        for page in out.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            page.write_text(WORKER_SWAP.sub("", html), encoding="utf-8")
        if mode != "stock":
            from tests.search.material_variants import rewrite_material_index

            rewrite_material_index(out, mode)
    return out


def build_fixture_site(out: Path, mode: str = "thai", source: Path = SOURCE,
                       shard_bytes: int | None = None) -> Path:
    """Build `source` (default: the fixture) and return `out/site` prepared for `mode`."""
    return derive_site(build_project(out, source), out / "site", mode, shard_bytes)
