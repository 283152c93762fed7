"""Settings in mkdocs.yml that would make every visitor's browser ask another host for files.

Thai government sites may not hand visitors' data to third parties without need (PDPA), and
the product promises a site that loads nothing from elsewhere. Each check names the setting and
a local way to get the same. Google Fonts are checked in plugin.on_config beside the theme.
What loads what was read in Material 9.8's bundle and pymdownx.emoji:

- a mermaid fence makes Material fetch unpkg.com/mermaid unless the page already defines the
  global `mermaid` (a copy of mermaid listed in extra_javascript);
- `repo_url` on github.com or a GitLab host makes Material fetch the repository's facts
  (stars, forks, version) from that host's API on every first visit; a repository elsewhere
  is only a link, so it is allowed;
- pymdownx.emoji's image generators (`to_png`, `to_svg`, Material's `to_svg` for emoji)
  point every emoji at a CDN unless `options.image_path` names a local folder;
- extra_javascript / extra_css / theme logo and favicon given as http(s) URLs of another host;
- Material's analytics (`extra.analytics`) loads Google's tag manager.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from ita_site.messages import Text
from ita_site.messages import settings as msg

MERMAID_FORMATS = ("fence_code_format", "fence_div_format")
IMAGE_GENERATORS = ("to_png", "to_svg")


def third_party_settings(config: MkDocsConfig) -> list[Text]:
    """One message per setting that would load files from another host; empty when none."""
    own_host = urlsplit(config.site_url or "").netloc.lower()
    return [*_mermaid(config), *_repo_url(config), *_emoji(config),
            *_remote_assets(config, own_host), *_analytics(config)]


def _is_remote(url: str, own_host: str) -> bool:
    parts = urlsplit(url.strip())
    if url.strip().startswith("//") or parts.scheme in ("http", "https"):
        return parts.netloc.lower() != own_host or not own_host
    return False


def _mermaid(config: MkDocsConfig) -> list[Text]:
    superfences = (config.mdx_configs or {}).get("pymdownx.superfences") or {}
    fences = superfences.get("custom_fences") or []
    uses_mermaid = any(
        isinstance(f, dict) and "mermaid" in (str(f.get("name", "")), str(f.get("class", "")))
        for f in fences)
    if not uses_mermaid:
        return []
    local = [str(s) for s in config.extra_javascript
             if "mermaid" in str(s).lower() and not _is_remote(str(s), "")]
    return [] if local else [msg.MERMAID]


# The patterns Material's bundle matches repo_url against before it fetches the facts.
_FETCHED_REPOS = (re.compile(r"^.+github\.com/([^/]+)/?([^/]+)?", re.I),
                  re.compile(r"^.+?([^/]*gitlab[^/]+)/(.+?)/?$", re.I))


def _repo_url(config: MkDocsConfig) -> list[Text]:
    url = config.repo_url or ""
    if any(pattern.match(url) for pattern in _FETCHED_REPOS):
        return [msg.REPO_URL.format(url=url)]
    return []


def _emoji(config: MkDocsConfig) -> list[Text]:
    if "pymdownx.emoji" not in config.markdown_extensions:  # names; settings in mdx_configs
        return []
    settings = (config.mdx_configs or {}).get("pymdownx.emoji") or {}
    generator = settings.get("emoji_generator")
    # pymdownx's default generator is to_png with a CDN path.
    name = getattr(generator, "__name__", "to_png") if generator is not None else "to_png"
    if name not in IMAGE_GENERATORS:
        return []
    options = settings.get("options") or {}
    paths = [options.get("image_path"), options.get("non_standard_image_path", "")]
    if paths[0] and not any(p and _is_remote(str(p), "") for p in paths):
        return []
    return [msg.EMOJI]


def _remote_assets(config: MkDocsConfig, own_host: str) -> list[Text]:
    found = []
    for setting, values in (("extra_javascript", config.extra_javascript),
                            ("extra_css", config.extra_css)):
        found += [msg.REMOTE_ASSET.format(setting=setting, url=str(v))
                  for v in values if _is_remote(str(v), own_host)]
    for key in ("logo", "favicon"):
        value = config.theme.get(key)
        if isinstance(value, str) and _is_remote(value, own_host):
            found.append(msg.REMOTE_ASSET.format(setting=f"theme.{key}", url=value))
    return found


def _analytics(config: MkDocsConfig) -> list[Text]:
    analytics = (config.extra or {}).get("analytics")
    if isinstance(analytics, dict) and analytics.get("provider"):
        return [msg.ANALYTICS.format(provider=analytics.get("provider"))]
    return []
