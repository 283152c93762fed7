"""The Jinja environment of generated pages and the filters their templates share.

Every `{{ value }}` of every template is user text unless it is already :class:`Markup`: the
environment's `finalize` passes it through :func:`ita_site.text.escaping.markdown_text`, so
an agency's name in a heading cannot become an attribute, a link or a script, and a new
template is safe without remembering a filter. Markup the renderers made themselves (tables,
charts, QR codes) and the user's own Markdown body are marked `| safe` or are Markup.

Templates write raw HTML blocks without a blank line inside them: Python-Markdown ends such a
block at a blank line and reads what follows as Markdown (an indented tag becomes code).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ita_site.messages.pages import L
from ita_site.pages.blocks import html_block
from ita_site.pages.links import href
from ita_site.text.dates import format_thai_date
from ita_site.text.escaping import markdown_text


def cell(value) -> Markup:
    """Text for a table cell: escaped, line breaks kept as <br> (a blank line would end the
    raw HTML block of the table in Python-Markdown)."""
    if value is None:
        return Markup("")
    # Joined as plain text (each line is escaped already): tables hold tens of thousands.
    return Markup("<br>".join([markdown_text(line) for line in str(value).splitlines()
                               if line.strip()]))


# "1.", "๑)", "(2)", "-", "•": entries that carry their own number or bullet, as imported.
_NUMBERED = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,2}[.)]|[-–•●○▪■◦*➢])")


def items(values) -> Markup:
    """One value as text, several as a numbered list, the way agencies number lists in cells;
    entries that already carry their own numbers (Thai digits included) keep them as written."""
    values = [v for v in (values or ()) if v]
    if not values:
        return Markup("")
    if len(values) == 1:
        return cell(values[0])
    entries = "".join(["<li>" + str(cell(v)) + "</li>" for v in values])
    if all(_NUMBERED.match(str(v)) for v in values):
        return Markup('<ul class="ita-as-written">' + entries + "</ul>")
    return Markup("<ol>" + entries + "</ol>")


def yaml_string(value: str) -> str:
    """A front-matter scalar that YAML reads back as exactly this string."""
    # Markup: front matter is YAML, not HTML, so the quotes must not become &#34;.
    return Markup(json.dumps(str(value), ensure_ascii=False))


def _href_attribute(from_url: str, to_url: str) -> Markup:
    # Templates print links only in href="…" of raw HTML, which Markdown does not read: the
    # URL needs HTML escaping alone, and stays readable in the page source.
    return escape(href(from_url, to_url))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ita_site.pages", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=markdown_text,
    )
    env.filters.update(cell=cell, items=items, yaml_string=yaml_string,
                       thai_date=format_thai_date)
    env.globals.update(L=L, href=_href_attribute, html_block=html_block)
    return env


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
