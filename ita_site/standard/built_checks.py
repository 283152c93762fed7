"""The items of the standard that only the built HTML shows: lang="th", the viewport, mixed
content, files loaded from other hosts, broken links inside the site, and robots.txt and
sitemap.xml in place.

Pages are scanned with regular expressions rather than a full HTML parser: the build scans
every page it writes, and a site of 10,000 measures must not pay a parser's price for it.
The HTML is MkDocs' own output, well-formed and with quoted attributes.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from ita_site.messages import standard as msg
from ita_site.standard.catalog import StandardCatalog, load_standard
from ita_site.standard.report import FAIL, PASS, StandardReport

_TAG = re.compile(r"<(a|img|script|link|iframe|source|video|audio|embed|object|track|input|html|meta)\b"
                  r"([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
# <link rel=…> values that make the browser fetch the target.
_LOADING_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload",
                 "modulepreload", "manifest", "prefetch", "mask-icon"}
_NOT_CHECKED = ("mailto:", "tel:", "javascript:", "data:", "#", "sms:")


# Most tags of a page (navigation, header, footer) repeat on every page of the same depth; the
# others are the page's own and seen once, so a small cache keeps every hit (a 1,000-measure
# site has 2,900 distinct tags) without holding a site's worth of tags to the end of the build.
@lru_cache(maxsize=4096)
def _attributes(text: str) -> dict[str, str]:
    found = {}
    for name, value in _ATTR.findall(text):
        if value[:1] in "\"'":
            value = value[1:-1]
        found[name.lower()] = value.replace("&amp;", "&")
    return found


@dataclass
class PageScan:
    """What one built page declares and loads."""

    url: str  # site-relative, "" for the home page, "404.html" for the error page
    lang: str | None = None
    viewport: bool = False
    loads: list[str] = field(default_factory=list)   # URLs the browser fetches
    links: list[str] = field(default_factory=list)   # <a href> targets


def scan_page(url: str, html: str) -> PageScan:
    scan = PageScan(url)
    for tag, rest in _TAG.findall(html):
        tag = tag.lower()
        attrs = _attributes(rest)  # shared between calls: read, never changed
        if tag == "html":
            scan.lang = attrs.get("lang")
        elif tag == "meta":
            scan.viewport = scan.viewport or attrs.get("name", "").lower() == "viewport"
        elif tag == "a":
            if "href" in attrs:
                scan.links.append(attrs["href"])
        elif tag == "link":
            rels = set(attrs.get("rel", "").lower().split())
            if rels & _LOADING_RELS and "href" in attrs:
                scan.loads.append(attrs["href"])
        elif tag == "object":
            if "data" in attrs:
                scan.loads.append(attrs["data"])
        else:
            if "src" in attrs:
                scan.loads.append(attrs["src"])
            for candidate in attrs.get("srcset", "").split(","):
                if candidate.strip():
                    scan.loads.append(candidate.strip().split()[0])
            if "poster" in attrs:
                scan.loads.append(attrs["poster"])
    return scan


def site_files(site_dir: Path) -> set[str]:
    """Every file of the built site, as a site-relative POSIX path."""
    files = set()
    for folder, _dirs, names in os.walk(site_dir):
        rel = os.path.relpath(folder, site_dir).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        files.update(prefix + name for name in names)
    return files


def scan_site(site_dir: Path) -> list[PageScan]:
    """Scan every HTML page of a built site (for `ita-site check --standard`)."""
    scans = []
    for rel in sorted(site_files(site_dir)):
        if rel.endswith(".html"):
            text = (site_dir / rel).read_text(encoding="utf-8", errors="replace")
            url = rel[: -len("index.html")] if rel.endswith("index.html") else rel
            scans.append(scan_page(url, text))
    return scans


class _Resolver:
    """Whether a link inside the site reaches a file of the built site."""

    def __init__(self, files: set[str], site_url: str | None):
        self.files = files
        parts = urlsplit(site_url or "")
        self.host = (parts.hostname or "").lower()
        self.base_path = parts.path if parts.path.endswith("/") else parts.path + "/"
        self.cache: dict[str, bool] = {}
        self.rooted: dict[tuple[int, str], str] = {}  # (depth, href) → path, see target()

    def own_host(self, url: str) -> bool:
        return bool(self.host) and (urlsplit(url).hostname or "").lower() == self.host

    def target(self, page_url: str, href: str) -> str:
        """The path `href` on the page at `page_url` points at: urljoin's, from the site's root.

        Most links of a page climb to the site's root first (`../../assets/…`, the navigation),
        and where they lead then depends on how deep the page is, not on which page it is: those
        are resolved once per depth (urljoin costs a noticeable part of a large site's check)."""
        depth = page_url.count("/")
        climbs = 0
        while href.startswith("../", climbs * 3):
            climbs += 1
        if climbs < depth or depth == 0 or "//" in page_url:
            return unquote(urlsplit(urljoin("/" + page_url, href)).path)
        key = (depth, href)
        path = self.rooted.get(key)
        if path is None:
            path = unquote(urlsplit(urljoin("/" + page_url, href)).path)
            self.rooted[key] = path
        return path

    def exists(self, page_url: str, href: str, looked: set[str] | None = None) -> bool:
        """Whether `href` on the page at `page_url` reaches a file; the site paths it may be
        are added to `looked`."""
        path = self.target(page_url, href)  # pages are relative to the site's root
        if path.startswith(self.base_path) and self.base_path != "/":
            path = "/" + path[len(self.base_path):]
        known = self.cache.get(path)
        if known is None or looked is not None:
            rel = path.lstrip("/")
            index = rel + "index.html" if rel.endswith("/") or not rel else rel + "/index.html"
            if looked is not None:
                looked.update((rel, index))
            if known is None:
                known = rel in self.files or index in self.files
                self.cache[path] = known
        return known


def _external(url: str) -> bool:
    return url.startswith("//") or bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url))


@dataclass
class PageFindings:
    """What one page fails of the `built` items (messages, each naming the page)."""

    no_lang: list[str] = field(default_factory=list)
    no_viewport: list[str] = field(default_factory=list)
    mixed: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)

    def extend(self, other: PageFindings) -> None:
        for name in (f.name for f in fields(self)):
            getattr(self, name).extend(getattr(other, name))


class FindingsMemo:
    """Each page's findings, kept between the builds of one `mkdocs serve`: a rebuild writes
    a few pages again, and another page's findings stay true while the site's URL is the same
    and no file its links may reach was added or removed."""

    def __init__(self) -> None:
        self.files: set[str] = set()
        self.site_url: str | None = None
        # page URL → (the scan, its findings, the site paths its links may reach)
        self.pages: dict[str, tuple[PageScan, PageFindings, frozenset[str]]] = {}

    def start(self, files: set[str], site_url: str | None) -> None:
        """Forget the findings that `files` (the site's files now) or `site_url` may change."""
        if site_url != self.site_url:
            self.pages.clear()
        else:
            changed = files ^ self.files
            if changed:
                self.pages = {url: kept for url, kept in self.pages.items()
                              if kept[2].isdisjoint(changed)}
        self.files, self.site_url = set(files), site_url

    def findings(self, scan: PageScan, resolver: "_Resolver") -> PageFindings:
        kept = self.pages.get(scan.url)
        if kept is not None and kept[0] is scan:
            return kept[1]
        looked: set[str] = set()
        found = page_findings(scan, resolver, looked)
        self.pages[scan.url] = (scan, found, frozenset(looked))
        return found


def page_findings(scan: PageScan, resolver: "_Resolver",
                  looked: set[str] | None = None) -> PageFindings:
    """The findings of one page; the site paths its links may reach are added to `looked`."""
    found = PageFindings()
    page = "/" + scan.url
    if (scan.lang or "").lower() != "th":
        found.no_lang.append(msg.LANG_MISSING.format(page=page))
    if not scan.viewport:
        found.no_viewport.append(msg.VIEWPORT_MISSING.format(page=page))
    for url in scan.loads:
        if url.lower().startswith("http://"):
            found.mixed.append(msg.MIXED.format(page=page, url=url))
        elif _external(url) and not resolver.own_host(url):
            found.other.append(msg.OTHER_HOST.format(page=page, url=url))
    if scan.url == "404.html":
        return found  # its links are absolute to wherever the site is published
    for href in scan.links:
        if not href or href.startswith(_NOT_CHECKED) or _external(href):
            continue
        if not resolver.exists(scan.url, href, looked):
            found.broken.append(msg.BROKEN.format(page=page, url=href))
    return found


def check_built(scans: list[PageScan], files: set[str], site_url: str | None,
                catalog: StandardCatalog | None = None,
                memo: FindingsMemo | None = None) -> StandardReport:
    """Findings of every `built` item, and the built-site side of sitemap and robots. With a
    `memo`, a page scanned before (the same PageScan) is not checked again."""
    catalog = catalog or load_standard()
    report = StandardReport(catalog)
    resolver = _Resolver(files, site_url)
    if memo is not None:
        memo.start(files, site_url)
    total = PageFindings()
    for scan in scans:
        found = (memo.findings(scan, resolver) if memo is not None
                 else page_findings(scan, resolver))
        total.extend(found)
    if total.no_lang:
        report.set("lang-th", FAIL, total.no_lang)
    report.set("viewport", FAIL if total.no_viewport else PASS, total.no_viewport)
    report.set("no-mixed-content", FAIL if total.mixed else PASS, total.mixed)
    report.set("no-third-party", FAIL if total.other else PASS, total.other)
    report.set("internal-links", FAIL if total.broken else PASS, total.broken)
    for item_id, name in (("sitemap", "sitemap.xml"), ("robots", "robots.txt")):
        if name not in files:
            report.set(item_id, FAIL, [msg.FILE_MISSING.format(name=name)])
    return report
