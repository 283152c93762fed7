"""Files the plugin adds to every site: the self-hosted Thai font (see ita_site.fonts).

The font travels with the site, so no page asks a font CDN for it (PDPA, slow links).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from ita_site.fonts import web_fonts

FONT_DIR = "assets/fonts"


def font_files(config: MkDocsConfig, cache_dir: Path) -> list[File]:
    return [File.generated(config, f"{FONT_DIR}/{name}", content=data)
            for name, data in web_fonts(cache_dir).items()]
