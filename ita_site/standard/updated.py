"""When each page was last updated, taken from the content so that rebuilding the same content
gives the same bytes: a page's `updated:` front matter, else the date of the last git commit
that touched its file. The build time never counts; without either, a page has no date.

A generated page is as new as the newest file it is made from: a year's pages follow the files
of that year's folder, the site's own pages (home, /data/) every file.
"""

from __future__ import annotations

import datetime as _dt
import subprocess
from pathlib import Path

from ita_site.content.models import Site


def git_dates(content_dir: Path) -> dict[str, _dt.date]:
    """Path under `content_dir` → date of the last commit that changed it; {} outside git or
    when git is missing. One `git log` for the whole folder, not one per file."""
    try:
        run = subprocess.run(
            ["git", "-C", str(content_dir), "-c", "core.quotePath=false", "log", "--format=@%cs", "--name-only",
             "--relative", "--no-renames", "--", "."],
            capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    except (OSError, subprocess.SubprocessError):
        return {}
    if run.returncode != 0:
        return {}
    dates: dict[str, _dt.date] = {}
    current = None
    for line in run.stdout.splitlines():
        if line.startswith("@"):
            try:
                current = _dt.date.fromisoformat(line[1:].strip())
            except ValueError:
                current = None
        elif line and current is not None:
            dates.setdefault(line, current)  # newest commit comes first
    return dates


def page_dates(site: Site, content_dir: Path, *, use_git: bool = True) -> dict[str, _dt.date]:
    """src_uri → last-updated date of every page and measure that has one, plus the keys
    `"<year>/"` (newest file of a year folder) and `""` (newest file of the site) for the
    generated pages."""
    history = git_dates(content_dir) if use_git else {}
    dates: dict[str, _dt.date] = {}
    for page in site.all_pages():
        date = page.updated or history.get(page.src_uri)
        if date:
            dates[page.src_uri] = date
    for year in site.years.values():
        for measure in year.measures:
            date = measure.updated or history.get(measure.src_uri)
            if date:
                dates[measure.src_uri] = date
    for path, date in history.items():
        _newer(dates, "", date)
        head = path.split("/", 1)[0]
        if head.isdigit() and int(head) in site.years:
            _newer(dates, f"{head}/", date)
    for src_uri, date in list(dates.items()):
        if src_uri.endswith(".md"):
            _newer(dates, "", date)
            head = src_uri.split("/", 1)[0]
            if head.isdigit() and int(head) in site.years:
                _newer(dates, f"{head}/", date)
    return dates


def _newer(dates: dict[str, _dt.date], key: str, date: _dt.date) -> None:
    if key not in dates or dates[key] < date:
        dates[key] = date


def date_of(dates: dict[str, _dt.date], src_uri: str, year: int | None, *,
            generated: bool) -> _dt.date | None:
    """The date a page shows. The agency's pages and measures show their own date or none;
    a generated page the newest file of its year, or of the site."""
    if not generated:
        return dates.get(src_uri)
    if year is not None:
        return dates.get(f"{year}/") or dates.get("")
    return dates.get("")
