"""The product's own theme parts (templates, stylesheets, scripts) added to Material.

`theme/` ships inside the package as `ita_site/theme`, so a site needs only `theme: material`
and `plugins: [ita]`. It goes into Material's template folders right after the site's own
custom_dir: an agency's overrides still win, ours win over Material's. Because other plugins or
templates can still drop our parts, the build checks for them and stops rather than publish an
unstyled site without Thai search.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ita_site.messages import adoption as msg
from ita_site.messages.plugin import render

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
# What every page rendered from our main.html carries: our stylesheets (joined in one file,
# ita_site.plugin.assets) and the Thai search worker.
PAGE_MARKERS = ("assets/stylesheets/ita-site.css", "assets/javascripts/search/worker.js")


def activate(config: MkDocsConfig) -> None:
    """Put the shipped theme folder after the site's custom_dir and before Material's."""
    if not (THEME_DIR / "main.html").is_file():
        raise PluginError(render(msg.THEME_MISSING.format(path=THEME_DIR)))
    dirs = config.theme.dirs
    ours = os.path.realpath(THEME_DIR)
    if any(os.path.realpath(d) == ours for d in dirs):
        return  # already there (a site that still names theme/ as its custom_dir)
    position = 1 if config.theme.custom_dir is not None else 0
    dirs.insert(position, str(THEME_DIR))


def prepare_env(env, config: MkDocsConfig, files: Files, nav) -> None:
    """What every page rendered from the shipped templates needs, for the `ita` and the
    `ita-portal` plugin alike: Material's navigation under the loader prefix our nav.html
    includes (shared per folder for pages outside `nav`, ita_site.plugin.shared_nav), and the
    one stylesheet made of ours. Stops when a shipped stylesheet or script was dropped.
    Call from on_env: static files are copied after it, and every plugin's changes to our
    stylesheets are known by then."""
    from ita_site.plugin import assets, shared_nav

    shared_nav.install(env, config, nav, str(THEME_DIR))
    require_assets(files)
    files.append(assets.stylesheet_bundle(config, files))


def shipped_assets() -> list[str]:
    """Site paths of every file under the theme's assets/ (stylesheets and scripts)."""
    return sorted(path.relative_to(THEME_DIR).as_posix()
                  for path in (THEME_DIR / "assets").rglob("*") if path.is_file())


def require_assets(files: Files) -> None:
    """Stop the build when a shipped stylesheet or script is not among the site's files."""
    missing = []
    for name in shipped_assets():
        file = files.get_file_from_path(name)
        if file is None or not file.inclusion.is_included():
            missing.append(name)
    if missing:
        raise PluginError(render(msg.ASSETS_MISSING.format(names=", ".join(missing))))


def require_styled(output: str, page: Page) -> None:
    """Stop the build when a page was rendered by a template other than ours."""
    if not all(marker in output for marker in PAGE_MARKERS):
        raise PluginError(render(msg.THEME_INACTIVE.format(page=page.file.src_uri)))
