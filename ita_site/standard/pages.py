"""What the standard adds to the built site: robots.txt, and the report page the build fills in
once every page is written (the contact page made from agency.yml is ita_site.pages.contact)."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from ita_site.messages import standard as msg
from ita_site.sitemap.urls import STANDARD_REPORT_PAGE, src_to_url


def robots_txt(site_url: str | None) -> bytes:
    """Every crawler may read the site except the webmaster's report; the sitemap is named
    when the site's address is known (robots.txt needs a full URL for it)."""
    base = urlsplit(site_url).path if site_url else "/"
    base = base if base.endswith("/") else base + "/"
    lines = ["User-agent: *", f"Disallow: {base}{src_to_url(STANDARD_REPORT_PAGE)}"]
    if site_url:
        lines.append(f"Sitemap: {site_url.rstrip('/')}/sitemap.xml")
    return ("\n".join(lines) + "\n").encode("utf-8")


def report_page() -> str:
    """The report page as built: a placeholder that the build replaces with the findings once
    every page has been written and scanned (ita_site.plugin). Kept out of search and of
    sitemap.xml here (theme/sitemap.xml reads `ita_unlisted`) and out of crawlers by robots.txt."""
    title = json.dumps(msg.REPORT_TITLE, ensure_ascii=False)
    return (f"---\ntitle: {title}\nsearch:\n  exclude: true\nita_unlisted: true\n---\n\n"
            f"# {msg.REPORT_TITLE}\n\n{msg.REPORT_INTRO}\n\n{msg.REPORT_PLACEHOLDER}\n")
