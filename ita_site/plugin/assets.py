"""Files the plugin adds to every site: the self-hosted Thai font (see ita_site.fonts) and our
stylesheets joined into one file.

The font travels with the site, so no page asks a font CDN for it (PDPA, slow links). Every
stylesheet in <head> holds the first paint until it has arrived; on a phone on a slow link
each one costs a round trip, so pages link one file made of all of ours, in a fixed order.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ita_site.fonts import web_fonts

FONT_DIR = "assets/fonts"
STYLESHEET_DIR = "assets/stylesheets"
# Cascade order: base look first, print rules last so they win on paper.
STYLESHEETS = ("ita", "reports", "surveys", "charts", "search", "identity", "print")
BUNDLE = f"{STYLESHEET_DIR}/ita-site.css"


def font_files(config: MkDocsConfig, cache_dir: Path) -> list[File]:
    return [File.generated(config, f"{FONT_DIR}/{name}", content=data)
            for name, data in web_fonts(cache_dir).items()]


def stylesheet_bundle(config: MkDocsConfig, files: Files) -> File:
    """One stylesheet made of ours, each as the site resolved it (an agency's custom_dir copy
    wins over ours, as it does for the separate files). Same inputs, same bytes."""
    parts = []
    for name in STYLESHEETS:
        file = files.get_file_from_path(f"{STYLESHEET_DIR}/{name}.css")
        if file is None:
            continue  # theme.require_assets reports it
        text = file.content_string.strip()
        # Each part keeps its own relative URLs: all live in the same folder.
        parts.append(f"/* --- {name}.css --- */\n{text}\n")
    return File.generated(config, BUNDLE, content="\n".join(parts))
