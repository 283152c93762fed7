"""A measure as it will be written: front matter values in contract order and a Markdown body.

The body opens with a one-line HTML comment naming the source file and rows (`source` is not a
contract field). Text that fits no field follows under headings naming its column, escaped
so Markdown shows it as written and runs nothing: the document may come from anyone.
Front matter values need no escaping of their own: they are YAML strings (writer.py checks
each file reads back as exactly those strings) and the site escapes them where they land.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_site.importer.frameworks import Section
from ita_site.importer.measures import Draft
from ita_site.importer.source import Where, plain_text
from ita_site.messages import importer as msg

_BLOCK_START = re.compile(r"^(?:(\d+)([.)])(\s|$)|([-+])|([#>]))")
# Characters Python-Markdown gives meaning inline and lets a backslash escape.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]{}]")
# "&" only where it would start a character reference ("&lt;" and "&#1" must stay as typed).
_ENTITY_START = re.compile(r"&(?=#|[0-9A-Za-z]+;)")


@dataclass
class ImportedMeasure:
    """One measure ready to write: `front_matter` is a plain dict, `body` Markdown text."""

    front_matter: dict[str, object]
    body: str
    source_rows: str
    placed: int = 0  # cells that went to a front-matter field
    repeated: int = 0  # cells that only repeated text already taken
    unplaced: tuple[tuple[Where, str], ...] = ()  # (row, column) of cells kept in the body

    @property
    def title(self) -> str:
        return str(self.front_matter["title"])


def rows_label(first: Where, last: Where) -> str:
    """The rows a measure came from, in English for the source comment ("rows 20–21").

    Rows of PDF text are its lines; DOCX rows are counted per table, XLSX rows per sheet.
    """
    unit, prefix = "row", ""
    if first.kind == "paragraph":
        unit = "paragraph"
    elif first.kind == "table":
        prefix = f"table {first.container}, "
    elif first.kind == "sheet":
        prefix = f"sheet {first.container}, "
    if first == last:
        return f"{prefix}{unit} {first.number}"
    if first.same_container(last):
        return f"{prefix}{unit}s {first.number}–{last.number}"
    return f"{rows_label(first, first)} – {rows_label(last, last)}"


def markdown_text(text: str) -> str:
    """Document text as one Markdown paragraph that shows exactly that text and runs nothing.

    The body of a page is raw Markdown (HTML allowed), so text copied from a Word file written
    by someone else is escaped: "<" starts no tag, comment or autolink; "[", "]", "{", "}" make
    no link, image or attribute list (`{: onfocus=…}`); "`", "*", "_" and "\\" are shown as
    typed; a leading list number, bullet, "#" or ">" starts no block.
    """
    text = " ".join(plain_text(text).split())  # one paragraph: a line break could start a block
    text = _INLINE_SPECIAL.sub(r"\\\g<0>", text)
    text = _ENTITY_START.sub("&amp;", text).replace("<", "&lt;")
    match = _BLOCK_START.match(text)
    if not match:
        return text
    if match.group(1):
        return f"{match.group(1)}\\{match.group(2)}{text[match.end(2):]}"
    return f"\\{text}"


def _heading_text(text: str) -> str:
    """A column's name as a heading: escaped like any text, and "#" anywhere shown as typed
    (a trailing "#" would otherwise close the heading)."""
    return markdown_text(text).lstrip("\\").replace("#", "\\#")


def _comment(source_name: str, rows: str) -> str:
    # "--" may not appear inside an HTML comment.
    safe = f"imported from {source_name}, {rows}".replace("--", "- -")
    return f"<!-- {safe} -->"


def _section_fields(section: Section | None, draft: Draft) -> tuple[int | None, list[int]]:
    issue = draft.issue
    indicators = list(draft.indicators)
    if section is not None and section.scheme == "issue" and issue is None:
        issue = section.number
    if section is not None and section.scheme == "indicator" and section.number not in indicators:
        indicators.insert(0, section.number)
    return issue, indicators


def assemble(
    draft: Draft,
    *,
    section: Section | None,
    order: int,
    kind: str,
    source_name: str,
    first: Where,
    last: Where,
) -> ImportedMeasure:
    """The front matter and body of one measure; only fields with values are written."""
    fm: dict[str, object] = {"title": draft.title, "order": order}
    issue, indicators = _section_fields(section, draft)
    if issue is not None:
        fm["issue"] = issue
    if indicators:
        fm["indicators"] = indicators
    if draft.oit:
        fm["oit"] = list(draft.oit)
    if draft.addresses:
        fm["addresses"] = list(draft.addresses)
    values = draft.values
    if values.get("steps"):
        fm["steps"] = list(values["steps"])
    if draft.period:
        fm["period"] = " ".join(draft.period)
    for name in ("responsible", "outputs", "outcomes", "suggestions"):
        if values.get(name):
            fm[name] = list(values[name])
    if draft.status:
        fm["status"] = draft.status
    progress = {
        name: list(values[f"progress.{name}"])
        for name in ("outputs", "outcomes", "suggestions")
        if values.get(f"progress.{name}")
    }
    if draft.progress_status:
        progress["status"] = draft.progress_status
    if progress:
        fm["progress"] = progress

    rows = rows_label(first, last)
    parts = [_comment(source_name, rows)]
    if section is not None and not section.exact and section.label != draft.title:
        parts += [f"## {msg.SECTION_HEADING.th}", markdown_text(section.label)]
    for heading, texts in draft.body.items():
        parts.append(f"## {_heading_text(heading)}")
        parts.extend(markdown_text(t) for t in texts)
    return ImportedMeasure(fm, "\n\n".join(parts) + "\n", rows,
                           draft.placed, draft.repeated, tuple(draft.unplaced))
