"""The `ita` plugin's options as written in mkdocs.yml, read without MkDocs for `ita-site`.

MkDocs configs may hold tags such as `!!python/name:` that a safe YAML loader rejects; they are
read as plain strings here since only the plugin's own options matter.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ita_site.checking import CheckOptions


class _TolerantLoader(yaml.SafeLoader):
    pass


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def options_from_config(config_file: Path) -> CheckOptions:
    """CheckOptions from the `ita` entry of `plugins` in `config_file`; defaults if absent."""
    options = CheckOptions()
    if not config_file.is_file():
        return options
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except yaml.YAMLError:
        return options
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and "ita" in entry:
            settings = entry["ita"] or {}
            if settings.get("catalogs"):
                options.catalogs_dir = config_file.parent / settings["catalogs"]
            options.survey_hosts = tuple(settings.get("survey_hosts") or ())
            options.strict_oit = bool(settings.get("strict_oit", False))
    return options
