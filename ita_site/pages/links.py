"""Relative links between pages whose URLs follow DESIGN.md ("2568/plan/", "" for home)."""

from __future__ import annotations

import posixpath


def href(from_url: str, to_url: str) -> str:
    """Link from the page at `from_url` to `to_url`; both site-relative, directory style.

    A target with a scheme or starting with '#' is returned unchanged.
    """
    if "://" in to_url or to_url.startswith(("#", "mailto:", "tel:")):
        return to_url
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
    return rel + anchor
