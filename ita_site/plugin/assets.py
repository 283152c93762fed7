"""Files the plugin adds to every site: the self-hosted Thai font.

Sarabun comes from the fontpkg-sarabun package, so the font travels with the site and no
page asks a font CDN for it (PDPA, slow links).
"""

from __future__ import annotations

from importlib import resources

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

FONT_PACKAGE = "fontpkg_sarabun"
# Regular and Bold only: every further face costs each visitor ~90 KB on a slow link.
FONT_FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf")
FONT_DIR = "assets/fonts"


def font_files(config: MkDocsConfig) -> list[File]:
    folder = resources.files(FONT_PACKAGE) / "files"
    return [
        File.generated(config, f"{FONT_DIR}/{name}", abs_src_path=str(folder / name))
        for name in FONT_FILES
    ]
