"""Which built page stands for each kind of page, picked from the built site itself.

The suite checks one page of every kind the generator makes, so it keeps working when the
content changes: each kind names a rule ("the latest year that has a plan") rather than a URL.
A kind the site does not have is a failure.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# Every kind of page, in the order a reader meets them. "search" is the home page with the
# search box open and a query typed.
KINDS = ("home", "year", "measure", "plan", "progress", "report", "analysis",
         "oit-index", "oit-item", "surveys", "search")

# Year pages that print as documents, with the orientation of their paper.
PRINTED = {"plan": "landscape", "progress": "landscape", "report": "landscape",
           "analysis": "landscape", "measure": "portrait"}

# The report tables that must turn into cards on a phone.
REPORT_KINDS = ("plan", "progress", "report")

# The query typed for the "search" kind: every ITA site has a measures plan whose title
# contains it (มาตรการส่งเสริมคุณธรรม...).
SEARCH_QUERY = "มาตรการ"

_YEAR = re.compile(r"^\d{4}$")
_OIT_ITEM = re.compile(r"^o(\d+)$")


def _has_page(site: Path, url: str) -> bool:
    return (site / url / "index.html").is_file()


def _years(site: Path) -> list[str]:
    """Year folders that have a year page, latest first."""
    years = [p.name for p in site.iterdir() if _YEAR.match(p.name) and _has_page(site, p.name)]
    return sorted(years, reverse=True)


def _latest_with(site: Path, years: list[str], sub: str) -> str | None:
    for year in years:
        if _has_page(site, f"{year}/{sub}"):
            return f"{year}/{sub}/"
    return None


def _first_measure(site: Path, years: list[str]) -> str | None:
    for year in years:
        folder = site / year / "measures"
        if folder.is_dir():
            slugs = sorted(p.name for p in folder.iterdir() if _has_page(site, f"{year}/measures/{p.name}"))
            if slugs:
                return f"{year}/measures/{slugs[0]}/"
    return None


def _first_oit_item(site: Path, oit_index: str | None) -> str | None:
    """`o1` of the year whose OIT index was picked, else its lowest-numbered item."""
    if oit_index is None:
        return None
    folder = site / oit_index
    numbers = sorted(int(m.group(1)) for p in folder.iterdir()
                     if (m := _OIT_ITEM.match(p.name)) and _has_page(site, f"{oit_index}{p.name}"))
    return f"{oit_index}o{numbers[0]}/" if numbers else None


def find_page_kinds(site: Path) -> dict[str, str | None]:
    """Site-relative URL ("" for home) of the page standing for each kind; None when missing."""
    years = _years(site)
    latest = years[0] if years else None
    oit_index = _latest_with(site, years, "oit")
    return {
        "home": "" if _has_page(site, "") else None,
        "year": f"{latest}/" if latest else None,
        "measure": _first_measure(site, years),
        "plan": _latest_with(site, years, "plan"),
        "progress": _latest_with(site, years, "progress"),
        "report": _latest_with(site, years, "report"),
        "analysis": _latest_with(site, years, "analysis"),
        "oit-index": oit_index,
        "oit-item": _first_oit_item(site, oit_index),
        "surveys": _latest_with(site, years, "surveys"),
        "search": "" if _has_page(site, "") else None,
    }


def require(kinds: dict[str, str | None], kind: str) -> str:
    """The URL of `kind`; fails the test when the site has no such page."""
    url = kinds[kind]
    if url is None:
        pytest.fail(f"the sample site has no page of kind {kind!r}: the generator must make one")
    return url
