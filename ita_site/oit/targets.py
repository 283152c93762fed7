"""What a link given as evidence points to: a page of the site, a file under content/ that the
build publishes, or another website; and whether it exists."""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ita_site.content.tree import is_published_file
from ita_site.text.urls import has_blank

_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Target:
    # page | document | external | broken | malformed | unpublished (a file under content/
    # that the build does not copy: agency.yml, year.yml, hidden files, symbolic links)
    kind: str
    url: str  # normalised: site-relative without leading slash, or the absolute URL


class TargetResolver:
    """Knows every page URL of the site and every file under content/."""

    def __init__(self, content_dir: Path, page_urls: set[str], src_to_url: dict[str, str]):
        self.content_dir = Path(content_dir)
        self.page_urls = page_urls
        self.src_to_url = src_to_url

    def resolve(self, raw: str) -> Target:
        url = raw.strip()
        # Browsers drop line breaks and tabs inside URLs, so what the assessor opens would differ
        # from what the link shows; `//host/` leaves the site as surely as `https://host/`.
        if not url or has_blank(url) or "\\" in url or url.startswith("//"):
            return Target("malformed", url)
        if _EXTERNAL.match(url):
            return _external(url)
        path, _, anchor = url.partition("#")
        path = unquote(path.split("?", 1)[0]).lstrip("/")
        if has_blank(path) or "\\" in path:  # %0a, %00 and such
            return Target("malformed", url)
        path = posixpath.normpath(path) if path else ""
        if path in (".", ""):
            return Target("page", "")
        if path.startswith(".."):
            return Target("broken", url)
        suffix = f"#{anchor}" if anchor else ""
        if path.endswith(".md"):
            target = self.src_to_url.get(path)
            return Target("page", target + suffix) if target is not None else Target("broken", url)
        if is_published_file(self.content_dir, path):
            return Target("document", path)
        # A folder of content/ is also the URL of its index page (`/about/`), so pages come
        # before the test for files the build keeps to itself.
        as_page = path.rstrip("/") + "/"
        if as_page in self.page_urls:
            return Target("page", as_page + suffix)
        if path.endswith("index.html") and path[: -len("index.html")] in self.page_urls:
            return Target("page", path[: -len("index.html")] + suffix)
        if os.path.lexists(self.content_dir / path):
            return Target("unpublished", url)
        return Target("broken", url)


def _external(url: str) -> Target:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it validates the port ("https://host:x/" raises)
    except ValueError:  # "http://[::1" and other unparseable hosts
        return Target("malformed", url)
    if parts.scheme in ("http", "https") and parts.hostname:
        return Target("external", url)
    return Target("malformed", url)
