"""A list item indented under the item above it: two steps silently read as one.

    steps:
      - ประชุมชี้แจง
        - อบรมเจ้าหน้าที่        # one space too many

YAML reads the second line as the rest of the first item's plain text, so the page shows one
step, "ประชุมชี้แจง - อบรมเจ้าหน้าที่", and nothing says why. The file is valid YAML, so only a
look at how the text was written finds it: a plain (unquoted) scalar running over several
lines, one of which starts with "- ".
"""

from __future__ import annotations

import re
import yaml

from ita_site.base.problems import Problems
from ita_site.base.yamlfile import parse_events
from ita_site.messages import Text
from ita_site.messages import list_indent as msg

_ITEM = re.compile(r"^([ \t]*)-(?:[ \t]|$)")
_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:")
_MAX_TEXT = 200_000
_MAX_BRACKETS = 500


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _suspect(lines: list[str]) -> bool:
    """A cheap first look: some "- " line stands deeper than the "- " line before it.

    Most files have none, and then YAML need not be parsed a second time.
    """
    above: int | None = None
    for line in lines:
        if _ITEM.match(line):
            if above is not None and _indent(line) > above:
                return True
            above = _indent(line) if line.strip() != "-" else None
    return False


def _costly(text: str) -> bool:
    """True for text PyYAML parses slowly (deep flow nesting is quadratic): a warning about
    indentation is not worth it, and the loader's own limits report such a file."""
    return len(text) > _MAX_TEXT or text.count("[") + text.count("{") > _MAX_BRACKETS


def _field_of(lines: list[str], number: int) -> str | None:
    """The key the text starting on line `number` (0-based) belongs to: the nearest key above
    that is less indented, or as indented when the text is an item ("steps:\n- a")."""
    indent = _indent(lines[number])
    is_item = bool(_ITEM.match(lines[number]))
    for line in reversed(lines[:number]):
        if not line.strip():
            continue
        above = _indent(line)
        if above < indent or (is_item and above == indent and not _ITEM.match(line)):
            key = _KEY.match(line)
            return key.group(1) if key else None
    return None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def over_indented_items(front_matter: str, first_line: int = 1) -> list[tuple[int, Text, str | None]]:
    """(line, message, field) for every "- " line that YAML reads as part of the item above.

    `first_line` is the file's line number of the front matter's first line (2 in a Markdown
    file, after "---"). Text YAML cannot read gives nothing here: the loader reports it.
    """
    lines = front_matter.splitlines()
    if not _suspect(lines) or _costly(front_matter):
        return []
    try:
        # Events, not data: the parser keeps no recursion and expands no alias, so a hostile
        # file costs no more here than it does the loader.
        events = parse_events(front_matter)
    except (yaml.YAMLError, ValueError):
        return []
    found = []
    for event in events:
        if not isinstance(event, yaml.ScalarEvent) or event.style:  # quoted or block text
            continue
        for number in range(event.start_mark.line + 1, min(event.end_mark.line + 1, len(lines))):
            line = lines[number]
            if _ITEM.match(line):
                text = msg.OVER_INDENTED_ITEM.format(item=_short(line.strip()), merged=_short(event.value))
                found.append((number + first_line, text, _field_of(lines, event.start_mark.line)))
    return found


def warn_over_indented(front_matter: str, rel: str, problems: Problems) -> None:
    """Add a warning for each over-indented list item of a Markdown file's front matter (the
    text the loader already split off; it starts on the file's line 2, after "---")."""
    for line, message, field in over_indented_items(front_matter, first_line=2):
        problems.warning(rel, message, line=line, field=field)
