"""The URL scheme of generated pages. These URLs are published and cited by assessors, so they
never change (tests/site/test_urls.py pins them); every module builds them through here."""

from __future__ import annotations


def year_url(year: int) -> str:
    return f"{year}/"


def document_url(year: int, page: str) -> str:
    """/<year>/plan/, /<year>/report/ … — `page` is also the name catalogs use for it."""
    return f"{year}/{page}/"


def oit_index_url(year: int) -> str:
    return f"{year}/oit/"


def oit_item_url(year: int, code: str) -> str:
    """The stable URL of an item's page: /<year>/oit/o1/ (lower case, as assessors type it)."""
    return f"{year}/oit/{code.lower()}/"


def src_to_url(src_uri: str) -> str:
    """The directory URL MkDocs gives a Markdown file: a/index.md → a/, a/b.md → a/b/."""
    stem = src_uri[:-3]
    return stem[: -len("index")] if stem.endswith("index") else stem + "/"


# Year-folder file names whose URLs belong to generated pages: an agency's file there would
# take the generated page's place.
RESERVED_YEAR_PAGES = frozenset({
    "plan.md", "progress.md", "report.md", "analysis.md", "surveys.md", "oit.md",
    "measures.md", "oit/index.md", "measures/index.md",
})


# The contact page made from agency.yml when the site has none of its own (the footer of every
# page links to it); its URL is the conventional about/contact/.
GENERATED_CONTACT_PAGE = "about/contact.md"
# Site-wide generated pages and files.
DATA_PAGE = "data/index.md"                  # /data/: every open-data file, described
STANDARD_REPORT_PAGE = "standard-report/index.md"  # the webmaster's Government Website Standard report
ROBOTS_FILE = "robots.txt"
