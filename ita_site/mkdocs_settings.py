"""What `ita-site check` needs from mkdocs.yml, read without MkDocs: the `ita` plugin's options
and the settings that decide whether `mkdocs build` would stop (strict, site_url, docs_dir).

MkDocs configs may hold tags such as `!!python/name:` that a safe YAML loader rejects; they are
read as empty values here since none of them matters to the check. `!ENV` is resolved as MkDocs
resolves it, because `strict: !ENV [CI, false]` is a common way to be strict only in CI.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ita_site.checking import CheckOptions
from ita_site.messages import Text
from ita_site.messages import identity as msg


class _TolerantLoader(yaml.SafeLoader):
    pass


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable set, else the default."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    elif isinstance(node, yaml.SequenceNode) and node.value:
        *names, default = [loader.construct_object(child) for child in node.value]
        if not names:
            names, default = [default], None
    else:
        return None
    for name in names:
        if isinstance(name, str) and name in os.environ:
            try:
                return yaml.load(os.environ[name], Loader=yaml.SafeLoader)
            except yaml.YAMLError:
                return os.environ[name]
    return default


_TolerantLoader.add_constructor("!ENV", _env)
_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass
class MkDocsSettings:
    """mkdocs.yml as far as the check needs it."""

    options: CheckOptions = field(default_factory=CheckOptions)
    found: bool = False
    strict: bool = False
    site_url: str | None = None
    docs_dir: Path | None = None      # where `mkdocs build` reads content; None without mkdocs.yml
    site_dir: Path | None = None      # where it writes the site
    language: str | None = None       # theme → language
    search: bool = False              # whether the search plugin is listed
    problem: Text | None = None       # why mkdocs.yml could not be read


def read_settings(config_file: Path) -> MkDocsSettings:
    settings = MkDocsSettings()
    if not config_file.is_file():
        return settings
    settings.found = True
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8-sig"), Loader=_TolerantLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        settings.problem = msg.CONFIG_UNREADABLE.format(
            path=config_file, line=mark.line + 1 if mark else "?",
            problem=getattr(error, "problem", None) or error)
        return settings
    if not isinstance(config, dict):
        config = {}
    settings.docs_dir = config_file.parent / "docs"  # MkDocs' default
    settings.strict = config.get("strict") is True
    site_url = config.get("site_url")
    settings.site_url = site_url if isinstance(site_url, str) and site_url.strip() else None
    if isinstance(config.get("docs_dir"), str):
        settings.docs_dir = config_file.parent / config["docs_dir"]
    site_dir = config.get("site_dir")
    settings.site_dir = config_file.parent / (site_dir if isinstance(site_dir, str) else "site")
    theme = config.get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("language"), str):
        settings.language = theme["language"]
    settings.search = bool({"search", "material/search"} & _plugin_names(config))
    _read_plugin_options(config, config_file, settings.options)
    return settings


def _plugin_names(config: dict) -> set[str]:
    plugins = config.get("plugins") or []
    if isinstance(plugins, dict):
        return {str(name) for name in plugins}
    names = set()
    for entry in plugins if isinstance(plugins, list) else []:
        if isinstance(entry, str):
            names.add(entry)
        elif isinstance(entry, dict) and len(entry) == 1:
            names.add(str(next(iter(entry))))
    return names


def _read_plugin_options(config: dict, config_file: Path, options: CheckOptions) -> None:
    plugins = config.get("plugins") or []
    entries = plugins.items() if isinstance(plugins, dict) else (
        next(iter(entry.items())) for entry in plugins if isinstance(entry, dict) and len(entry) == 1)
    for name, settings in entries:
        if name != "ita" or not isinstance(settings, dict):
            continue
        if settings.get("catalogs"):
            options.catalogs_dir = config_file.parent / str(settings["catalogs"])
        options.survey_hosts = tuple(str(h) for h in settings.get("survey_hosts") or ())
        options.strict_oit = settings.get("strict_oit") is True


def options_from_config(config_file: Path) -> CheckOptions:
    """CheckOptions from the `ita` entry of `plugins` in `config_file`; defaults if absent."""
    return read_settings(config_file).options
