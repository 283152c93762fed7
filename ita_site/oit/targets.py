"""What a link given as evidence points to: a page of the site, a file under content/, or
another website; and whether it exists."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Target:
    kind: str  # page | document | external | broken | malformed
    url: str  # normalised: site-relative without leading slash, or the absolute URL


class TargetResolver:
    """Knows every page URL of the site and every file under content/."""

    def __init__(self, content_dir: Path, page_urls: set[str], src_to_url: dict[str, str]):
        self.content_dir = Path(content_dir)
        self.page_urls = page_urls
        self.src_to_url = src_to_url

    def resolve(self, raw: str) -> Target:
        url = raw.strip()
        if not url or any(c in url for c in "\n\t\\ ") and not url.startswith(("http://", "https://")):
            return Target("malformed", url)
        if _EXTERNAL.match(url):
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.netloc and " " not in url:
                return Target("external", url)
            return Target("malformed", url)
        path, _, anchor = url.partition("#")
        path = unquote(path.split("?", 1)[0]).lstrip("/")
        path = posixpath.normpath(path) if path else ""
        if path in (".", ""):
            return Target("page", "")
        if path.startswith(".."):
            return Target("broken", url)
        suffix = f"#{anchor}" if anchor else ""
        if path.endswith(".md"):
            target = self.src_to_url.get(path)
            return Target("page", target + suffix) if target is not None else Target("broken", url)
        if (self.content_dir / path).is_file():
            return Target("document", path)
        as_page = path.rstrip("/") + "/"
        if as_page in self.page_urls:
            return Target("page", as_page + suffix)
        if path.endswith("index.html") and path[: -len("index.html")] in self.page_urls:
            return Target("page", path[: -len("index.html")] + suffix)
        return Target("broken", url)
