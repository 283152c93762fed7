"""The agency's identity in Material: its logo as favicon and the `ita_agency` template variable.

agency.yml is read in on_files, after on_config, so both are set from there and on_env rather
than in mkdocs.yml; MkDocs loads a fresh config for every build, so nothing carries over.
"""

from __future__ import annotations

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig

from ita_site.content.models import Agency
from ita_site.pages.identity import agency_identity
from ita_site.text.escaping import css_string

# Material's own default (material/templates/mkdocs_theme.yml): a site that set another
# favicon in mkdocs.yml keeps it.
MATERIAL_FAVICON = "assets/images/favicon.png"


def use_logo_as_favicon(config: MkDocsConfig, agency: Agency) -> None:
    identity = agency_identity(agency)
    if identity["logo"] and config.theme.get("favicon") == MATERIAL_FAVICON:
        config.theme["favicon"] = identity["logo"]


def add_template_values(env: Environment, agency: Agency | None, preview: dict | None) -> None:
    """`ita_agency` for the header and footer partials; `ita_preview` for the serve-mode report;
    filters that write a text (`ita_css_text`) or a page title, which is HTML by the time the
    page is rendered (`ita_css_html`), as a CSS string for the printed sheets' heads."""
    env.globals["ita_agency"] = agency_identity(agency) if agency is not None else None
    env.globals["ita_preview"] = preview
    env.filters["ita_css_text"] = css_string
    env.filters["ita_css_html"] = lambda title: css_string(Markup(str(title or "")))
