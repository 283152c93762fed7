"""MkDocs hook used by bench/same_pages.py only: writes every page's final Markdown to a folder.

With the ita plugin, that Markdown is what plain MkDocs + Material is then given to build
the same pages (with the generated HTML blocks written inline). The folder is named by the environment variable ITA_BENCH_CAPTURE. Pages are
written at the lowest priority, after every plugin changed them; the Markdown settings the
build ended with (the plugin adds extensions) are written to `_markdown.json`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from mkdocs.plugins import event_priority


def _target() -> Path:
    return Path(os.environ["ITA_BENCH_CAPTURE"])


@event_priority(-1000)
def on_config(config):
    _target().mkdir(parents=True, exist_ok=True)
    settings = {"markdown_extensions": list(config.markdown_extensions),
                "mdx_configs": config.mdx_configs}
    (_target() / "_markdown.json").write_text(json.dumps(settings, default=str), encoding="utf-8")


@event_priority(-1000)
def on_page_markdown(markdown, page, config, files):
    # The plugin keeps its large HTML blocks out of Markdown conversion (ita_site.pages.blocks);
    # plain MkDocs gets them inline, as the page's Markdown would hold them without that.
    blocks = getattr(getattr(config.plugins.get("ita"), "tools", None), "html_blocks", None)
    if blocks is not None:
        markdown, _ = blocks.restore(markdown)
    path = _target() / "docs" / page.file.src_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown, encoding="utf-8")
    return markdown
