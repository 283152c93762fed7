"""`ita-site new`: a complete starter site that builds with `mkdocs build --strict` as written.

The files are package data under template/, filled in with the agency's name, type and
province, the current fiscal year and this package's version. Existing files are never
overwritten, so running it again changes nothing.
"""

from __future__ import annotations

import datetime as _dt
import html
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from ita_site.content import json_schema

TEMPLATE = "template"
# Names package data cannot carry as they are (setuptools skips dot files and folders).
RENAMES = {"gitignore.txt": ".gitignore", "vscode": ".vscode", "github": ".github"}
# Entries a folder may already hold and still count as empty (e.g. after `git init`).
IGNORED_ENTRIES = frozenset({".git", ".DS_Store", "Thumbs.db"})
PLACEHOLDER = "  # ← แก้ไข (replace)"
# Template lines that start with "@issues@" or "@indicators@" are kept only for a year whose
# catalog groups measures that way (2566–2567 by indicators, 2568 on by issues), so the example
# measures of any year pass `check` without a warning.
GROUPING_MARKS = ("issues", "indicators")


@dataclass(frozen=True)
class Agency:
    """What the options of `ita-site new` say about the agency; None where not given."""

    name: str | None = None
    type: str | None = None
    province: str | None = None


DEFAULTS = Agency(name="องค์การบริหารส่วนตำบลตัวอย่าง", type="องค์การบริหารส่วนตำบล",
                  province="ตัวอย่าง")


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def fiscal_year(today: _dt.date) -> int:
    """The Thai fiscal year (B.E.) `today` falls in: it starts on 1 October."""
    return today.year + 543 + (1 if today.month >= 10 else 0)


def has_content(folder: Path) -> bool:
    return folder.is_dir() and any(p.name not in IGNORED_ENTRIES for p in folder.iterdir())


def _version() -> str:
    try:
        return metadata.version("ita-site")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0.1.0"


def _tokens(agency: Agency, year: int, *, for_yaml: bool) -> dict[str, str]:
    def value(name: str) -> str:
        text = getattr(agency, name) or getattr(DEFAULTS, name)
        if for_yaml:  # inside a double-quoted YAML string
            return text.replace("\\", "\\\\").replace('"', '\\"')
        return html.escape(text, quote=False)

    tokens = {"@NAME@": value("name"), "@TYPE@": value("type"), "@PROVINCE@": value("province"),
              "@YEAR@": str(year), "@PREV_YEAR@": str(year - 1), "@VERSION@": _version(),
              "@NAME_TEXT@": html.escape(agency.name or DEFAULTS.name, quote=False)}
    for name in ("name", "type", "province"):
        tokens[f"@{name.upper()}_MARK@"] = "" if getattr(agency, name) else PLACEHOLDER
    return tokens


def _fill(text: str, tokens: dict[str, str], grouping: str) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        mark = next((m for m in GROUPING_MARKS if line.startswith(f"@{m}@")), None)
        if mark is None:
            lines.append(line)
        elif mark == grouping:
            lines.append(line[len(mark) + 2:])
    text = "".join(lines)
    # Marks first: "@NAME_MARK@" must not be read as "@NAME@" followed by text.
    for token in sorted(tokens, key=len, reverse=True):
        text = text.replace(token, tokens[token])
    return text


def _target_path(relative: str, year: int) -> str:
    parts = relative.split("/")
    parts = [RENAMES.get(part, part) for part in parts]
    if parts[:2] == ["content", "year"]:
        parts[1] = str(year)
    return "/".join(parts)


def _template_files(root=None, prefix: str = ""):
    """(path inside template/, resource) of every template file, in a stable order."""
    root = root or resources.files("ita_site.scaffold") / TEMPLATE
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name == "__pycache__" or entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _template_files(entry, f"{prefix}{entry.name}/")
        else:
            yield prefix + entry.name, entry


def planned_files(agency: Agency, year: int, grouping: str = "issues") -> dict[str, str]:
    """Path inside the new site → text, for every file `ita-site new` writes; `grouping` is how
    the year's catalog groups measures ("issues" or "indicators")."""
    files = {}
    for relative, resource in _template_files():
        tokens = _tokens(agency, year, for_yaml=relative.endswith((".yml", ".yaml")))
        text = _fill(resource.read_text(encoding="utf-8"), tokens, grouping)
        files[_target_path(relative, year)] = text
    for name, text in json_schema.rendered().items():
        files[f"schemas/{name}"] = text
    return files


def create_site(target: Path, agency: Agency, year: int, grouping: str = "issues") -> Outcome:
    """Write every planned file that does not exist yet; existing files are left as they are."""
    outcome = Outcome()
    for relative, text in planned_files(agency, year, grouping).items():
        path = target / relative
        if path.exists():
            outcome.skipped.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        outcome.written.append(path)
    return outcome
