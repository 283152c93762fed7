"""The /data/ page: every open-data file of the site by year, described, with its licence."""

from __future__ import annotations

from ita_site.messages import opendata as msg
from ita_site.messages.pages import L
from ita_site.pages.render import yaml_string
from ita_site.sitemap import Kind, SiteMap
from ita_site.text.escaping import markdown_text

# The files of a year in the order the page lists them.
YEAR_FILES = (Kind.MEASURES_CSV, Kind.MEASURES_JSON, Kind.SCORES_CSV, Kind.SCORES_JSON,
              Kind.OIT_CSV, Kind.OIT_JSON)


def _row(name: str, href: str, text: str) -> str:
    kind = name.rsplit(".", 1)[-1].upper()
    return f"| [{name}]({href}) | {kind} | {text} |"


def data_page(sitemap: SiteMap, years: list[int], licence: str | None) -> str:
    """Markdown of /data/. Links are relative to data/ and to the files' own paths, so MkDocs
    checks each of them like any other link."""
    lines = ["---", f"title: {yaml_string(L.data_title)}", "---", "", f"# {L.data_title}", "",
             msg.INTRO, "", f"## {msg.LICENCE_HEADING}", "",
             markdown_text(licence or msg.DEFAULT_LICENCE), ""]
    head = f"| {' | '.join(msg.COLUMNS)} |\n| --- | --- | --- |"
    for year in sorted(years, reverse=True):
        entries = sitemap.of_year(year, YEAR_FILES)
        if not entries:
            continue
        lines += [f"## {msg.YEAR_HEADING.format(year=year)}", "", head]
        for entry in entries:
            name = entry.src_uri.rsplit("/", 1)[-1]
            lines.append(_row(name, f"../{entry.src_uri}",
                              msg.DESCRIPTIONS[name].format(year=year)))
        lines.append("")
    schemas = [e for e in sitemap if e.kind is Kind.DATA_SCHEMA]
    if schemas:
        lines += [f"## {msg.SCHEMA_HEADING}", "", head]
        for entry in schemas:
            name = entry.src_uri.rsplit("/", 1)[-1]
            lines.append(_row(name, f"schemas/{name}", msg.SCHEMA_DESCRIPTIONS[entry.key]))
        lines.append("")
    return "\n".join(lines)
