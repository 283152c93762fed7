"""Links: every internal link and anchor of every built page leads somewhere.

Every HTML file of the built site is parsed; each href/src/srcset is resolved against the page
(percent-encoded Thai paths and anchors decoded), a folder URL means its index.html, and a
`#fragment` must be an id (or <a name>) of the target page. Absolute links to the site's own
address (its canonical URL) are internal. Links to other sites are not followed: they are
listed in test-artifacts/<run>/external-links.txt for a person to review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LOCAL = "http://site.invalid/"
LINKING = {"a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",),
           "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
           "video": ("src", "poster"), "audio": ("src",), "embed": ("src",), "object": ("data",)}
NOT_FOLLOWED = ("mailto:", "tel:", "javascript:", "data:", "blob:", "sms:")


@dataclass
class _Page:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)   # (tag, url)
    canonical: str | None = None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Page()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.page.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.page.ids.add(values["name"])
        if tag == "link" and (values.get("rel") or "").lower() == "canonical":
            self.page.canonical = values.get("href")
        for name in LINKING.get(tag, ()):
            value = values.get(name)
            if not value:
                continue
            if name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.links.append((tag, candidate.strip().split()[0]))
            else:
                self.page.links.append((tag, value.strip()))


def _parse(path: Path) -> _Page:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.page


def _site_address(site: Path, home: _Page) -> str | None:
    """The address the site is published at, from the home page's canonical link."""
    return home.canonical if home.canonical and re.match(r"https?://", home.canonical) else None


def _target_file(site: Path, path: str) -> Path:
    target = site / unquote(path).lstrip("/")
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def test_no_broken_internal_link_or_anchor(sample_site: Path, artifacts: Path):
    files = sorted(sample_site.rglob("*.html"))
    pages = {f: _parse(f) for f in files}
    address = _site_address(sample_site, pages[sample_site / "index.html"])
    broken: list[str] = []
    external: dict[str, set[str]] = defaultdict(set)
    checked = anchors = 0
    for source, page in pages.items():
        rel = source.relative_to(sample_site).as_posix()
        for tag, raw in page.links:
            if raw.startswith(NOT_FOLLOWED):
                continue
            url = raw
            if address and url.startswith(address):
                url = "/" + url[len(address):]
            absolute = urljoin(LOCAL + rel, url)
            if not absolute.startswith(LOCAL):
                external[absolute].add(rel)
                continue
            parts = urlsplit(absolute)
            target = _target_file(sample_site, parts.path)
            checked += 1
            if not target.is_file():
                broken.append(f"{rel}: <{tag}> {raw} -> missing {target.relative_to(sample_site)}")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html":
                anchors += 1
                ids = pages[target].ids if target in pages else _parse(target).ids
                if fragment not in ids:
                    broken.append(f"{rel}: <{tag}> {raw} -> no id {fragment!r} in "
                                  f"{target.relative_to(sample_site)}")
    listing = "".join(f"{url}\n    from {', '.join(sorted(froms)[:5])}"
                      f"{' ...' if len(froms) > 5 else ''}\n"
                      for url, froms in sorted(external.items()))
    (artifacts / "external-links.txt").write_text(
        f"{len(files)} pages, {checked} internal links ({anchors} with anchors) checked, "
        f"{len(broken)} broken; {len(external)} external links not followed:\n{listing}",
        encoding="utf-8")
    print(f"links: {len(files)} pages, {checked} internal links, {anchors} anchors, "
          f"{len(broken)} broken, {len(external)} external")
    assert checked > len(files), "the link check found almost no links: the parser is broken"
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken[:30])
