"""Relative links between pages whose URLs follow ita_site.sitemap ("2568/plan/", "" for home)."""

from __future__ import annotations

import posixpath

from ita_site.text.escaping import safe_url, url_scheme


def href(from_url: str, to_url: str) -> str:
    """Link from the page at `from_url` to `to_url`; both site-relative, directory style.

    A target with a scheme or starting with '#' is returned unchanged, unless following it
    would run code (javascript:, data: …): that gives an inert "#".
    """
    if url_scheme(to_url) is not None or to_url.startswith("#"):
        return safe_url(to_url)
    to_url = to_url.lstrip("/")
    anchor = ""
    if "#" in to_url:
        to_url, anchor = to_url.split("#", 1)
        anchor = "#" + anchor
    base = from_url.rstrip("/") or "."
    target = to_url.rstrip("/") or "."
    rel = posixpath.relpath(target, base)
    if to_url.endswith("/") or to_url == "":
        rel = "./" if rel == "." else rel + "/"
    if url_scheme(rel) is not None:
        rel = "./" + rel  # "a:b/" would be read as the scheme "a"
    return rel + anchor
