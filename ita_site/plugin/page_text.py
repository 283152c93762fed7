"""Front-matter texts that Material prints straight into HTML, escaped once per page.

Material's templates print `page.meta.title`, `page.title` (the navigation, the header, the
footer's previous/next links), `page.meta.description` and `page.meta.author` without escaping,
and its search plugin indexes `page.meta.title` as HTML. Setting those values to escaped
:class:`~markupsafe.Markup` after the page is rendered shows them as written everywhere:
templates print the entities, `| e` leaves Markup alone, and the search index keeps them as the
HTML its worker expects. A title MkDocs takes from the page's first heading is already HTML
and is left as it is; one it makes from the file name is text and is escaped.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup
from mkdocs.structure.pages import Page

from ita_site.messages.pages import L
from ita_site.text.escaping import html_text

# Front-matter fields of the content contract or of Material that reach a template unescaped
# (`status` goes into a class attribute of the navigation).
PRINTED_FIELDS = ("title", "description", "author", "subtitle", "status")


def escape_printed_texts(page: Page) -> None:
    """Escape the page's printed front-matter texts and file-name title in place (idempotent)."""
    for key in PRINTED_FIELDS:
        value = page.meta.get(key)
        # A list or mapping is printed as its Python form, quotes and all: escape that too.
        if value is not None:
            page.meta[key] = html_text(value)
    title = page.title
    if "title" not in page.meta and not isinstance(title, Markup) \
            and title == _title_from_file_name(page):
        page.title = html_text(title)


def _title_from_file_name(page: Page) -> str:
    """The title MkDocs 1.6 gives a page with neither a title nor a first heading. Should the
    rule drift, a heading's title (already HTML) is never mistaken for it unless it holds
    no `&`, `<` or `>`, and then escaping it shows the same text."""
    title = page.file.name.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title


def add_description(page: Page, agency, site_description: str | None) -> None:
    """Give a page without a description of its own one made of its title and the agency's
    name, as text (escape_printed_texts escapes it afterwards). Search engines show it under
    the link, and the government website standard asks every page for one."""
    if page.meta.get("description") or site_description or agency is None:
        return
    if page.file.src_uri == "index.md":
        place = f" {agency.place}" if getattr(agency, "place", None) else ""
        page.meta["description"] = L.home_description.format(agency=agency.name, place=place)
        return
    title = page.meta.get("title") or page.title
    if not title:
        return
    if isinstance(title, Markup) or "title" not in page.meta:
        # a title taken from the first heading is HTML: its text is wanted
        title = html.unescape(re.sub(r"<[^>]*>", "", str(title)))
    page.meta["description"] = L.page_description.format(title=str(title).strip(),
                                                         agency=agency.name)
