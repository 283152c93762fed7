"""The site map: every page and file the build generates from the checked data, built once.

Checking (which URLs will exist), OIT evidence (titles of generated pages), the navigation and
the MkDocs plugin (one renderer per kind) all read the same list, so a page kind is declared
in one place: a `Kind`, an entry made in `build.py`, and a renderer in ita_site.pages.renderers.
"""

from ita_site.sitemap.build import build_sitemap
from ita_site.sitemap.model import DOCUMENT_KINDS, Entry, Kind, SiteMap
from ita_site.sitemap.urls import (RESERVED_YEAR_PAGES, document_url, oit_index_url,
                                   oit_item_url, src_to_url, year_url)

__all__ = ["DOCUMENT_KINDS", "Entry", "Kind", "RESERVED_YEAR_PAGES", "SiteMap", "build_sitemap",
           "document_url", "oit_index_url", "oit_item_url", "src_to_url", "year_url"]
