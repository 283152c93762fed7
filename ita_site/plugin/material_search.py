"""Material's search index as data, read from Material's search plugin after it wrote its file.

The Thai index (ita_site.search) is made from Material's: the sections of every page with their
titles and text. Material keeps them in memory until the build ends, so they are read from its
plugin instead of parsing back the file it just wrote (12 MB of escaped JSON at 1,000
measures). Only read, never changed; when a Material release keeps them elsewhere, the file is
read as before.
"""

from __future__ import annotations

import json

from mkdocs.config.defaults import MkDocsConfig

# The keys of Material's `config` in search_index.json (material/plugins/search/plugin.py,
# SearchIndex.generate_search_index).
_CONFIG_KEYS = ("lang", "separator", "pipeline", "fields")


def material_index(config: MkDocsConfig) -> dict | None:
    """What Material wrote to search/search_index.json, or None when it cannot be read here."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(plugin, "search_index", None)
    entries = getattr(index, "entries", None)
    settings = getattr(index, "config", None)
    if not isinstance(entries, list) or not isinstance(settings, dict):
        return None
    if not all(key in settings for key in _CONFIG_KEYS):
        return None
    # As the file has it: Material writes its settings with json.dumps(default=str).
    written = json.loads(json.dumps({key: settings[key] for key in _CONFIG_KEYS}, default=str))
    return {"config": written, "docs": entries}
