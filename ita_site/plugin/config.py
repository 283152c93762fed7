"""Options of the `ita` plugin in mkdocs.yml."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ItaConfig(Config):
    enabled = c.Type(bool, default=True)
    """Switch the plugin off for one environment (the site then has only the user's pages)."""

    catalogs = c.Optional(c.Type(str))
    """Folder (relative to mkdocs.yml) with catalog files `<year>.yaml` that add an ITA year or
    override items of a shipped one. A plain string rather than MkDocs' `c.Dir(exists=True)`:
    that option reports a missing folder in English only, before any plugin code runs, so
    on_config checks it instead, with the Thai and English message `ita-site check` gives."""

    strict_oit = c.Type(bool, default=False)
    """Fail the build when an OIT item of a year has no evidence (gate publishing in CI)."""

    survey_hosts = c.ListOfItems(c.Type(str), default=[])
    """Hosts allowed in survey links besides itas.nacc.go.th."""

    cache_dir = c.Type(str, default=".cache/ita-site")
    """Where QR codes and Thai word boundaries of search are kept between builds (relative to
    mkdocs.yml), and the cut font if the installed Sarabun is not the one the package ships cut
    (ita_site.fonts); deleting it costs the next build a few seconds only."""

    precompress = c.Type(bool, default=False)
    """Write a .gz and a .br copy beside every text file of the built site, for servers set up
    to send them (nginx gzip_static, Apache rewrite rules); `mkdocs serve` never does. Off by
    default: most hosts compress on the fly (GitHub Pages, Netlify, Cloudflare, shared hosting
    with mod_deflate or LiteSpeed) and have no use for them, while they triple the files to
    upload and add a sixth to a build's time."""
