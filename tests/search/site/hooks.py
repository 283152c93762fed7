"""Fixture hooks: what the ita plugin does for search, without the plugin (tests only).

`extra.thai_search_mode` (set by tests/search/sitefixture.py) selects what runs after
Material's search plugin wrote search/search_index.json:

- "thai" (default): ita_site.search.publish_thai_search, and the theme uses our worker
  (`extra.thai_search_shard_bytes` sets the shard size, to test shards on a small site);
- "stock": nothing, Material's own worker and index (the baseline);
- "unrewritten": our worker over Material's index as Material wrote it (the fallback when the
  build did not run ita_site);
- "segmented", "segmented+parts", "segmented+unsplit", "segmented+suffixes": Material's worker
  over an index rewritten by tests/search/material_variants.py (the alternatives measured in
  tests/search/README.md).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from ita_site.search import publish_thai_search


def _mode(config) -> str:
    return (config.extra or {}).get("thai_search_mode", "thai")


def on_config(config):
    # The fixture's main.html swaps in our worker only when this flag is true.
    config.extra["thai_search"] = _mode(config) in ("thai", "unrewritten")
    return config


# -50: after Material's search plugin (0) has written its index, before Material's offline
# plugin (-100) would copy it into search_index.js. The ita plugin uses the same priority.
@event_priority(-50)
def on_post_build(config):
    mode = _mode(config)
    site = Path(config.site_dir)
    if mode == "thai":
        shard_bytes = config.extra.get("thai_search_shard_bytes")
        publish_thai_search(site, **({"shard_bytes": shard_bytes} if shard_bytes else {}))
    elif mode not in ("stock", "unrewritten"):
        from tests.search.material_variants import rewrite_material_index

        rewrite_material_index(site, mode)
