"""Build the Thai search fixture site (tests/search/site) and serve built sites on localhost.

The fixture's theme is assembled in the output folder from the fixture's main.html and the
project's own search files (theme/partials/thai-search.html, theme/assets/.../search), so the
test exercises exactly the files that ship, without depending on the rest of theme/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.browser.siteserver import serve

__all__ = ["THEME", "build_fixture_site", "serve"]

REPO = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).resolve().parent / "site"
THEME = REPO / "theme"
SEARCH_THEME_FILES = [
    "partials/thai-search.html",
    "assets/javascripts/search",
    "assets/stylesheets/search.css",
]


def assemble_theme(target: Path) -> Path:
    """A custom_dir with the fixture's main.html and the project's search files."""
    shutil.copytree(SOURCE / "overrides", target, dirs_exist_ok=True)
    for rel in SEARCH_THEME_FILES:
        source = THEME / rel
        if source.is_dir():
            shutil.copytree(source, target / rel, dirs_exist_ok=True)
        else:
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / rel)
    return target


def build_fixture_site(out: Path, mode: str = "thai", source: Path = SOURCE,
                       shard_bytes: int | None = None) -> Path:
    """Build `source` (default: the fixture) into `out/site` and return that folder.

    `mode` and `shard_bytes` are passed to the fixture hooks (see tests/search/site/hooks.py).
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    theme_dir = assemble_theme(out / "theme")
    config = load_config(
        str(source / "mkdocs.yml"),
        site_dir=str(out / "site"),
        theme={"name": "material", "language": "th", "font": False, "custom_dir": str(theme_dir)},
        extra={"thai_search_mode": mode, "thai_search_shard_bytes": shard_bytes},
        extra_css=["assets/stylesheets/search.css"],
    )
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return out / "site"
