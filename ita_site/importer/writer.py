"""Writing imported measures: readable YAML, names that say what the measure is (slugs.py),
nothing overwritten unasked.

YAML is written block style with Thai as is. PyYAML quotes any string that would read back as
something else ("2568", "yes", "1.", "1:20"), and every file is read back before it is
written, so a measure file always loads as exactly the values meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from ita_site.base.yamlfile import YamlSyntaxError, read_markdown
from ita_site.importer.front_matter import ImportedMeasure
from ita_site.importer.slugs import measure_slug
from ita_site.text.digits import parse_int

_YAML_BREAKS = re.compile("[\x85\u2028\u2029]")


class _Dumper(yaml.SafeDumper):
    """Indents list items under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML writes NEL and the Unicode line/paragraph separators bare, then reads them as
    # line breaks; double quotes escape them (\N, \L, \P).
    style = '"' if _YAML_BREAKS.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


# Registered once on our own Dumper subclass (PyYAML copies the table for a subclass).
_Dumper.add_representer(str, _represent_text)


def front_matter_text(values: dict[str, object]) -> str:
    """The YAML of a front matter; raises ValueError if it would not read back the same."""
    text = yaml.dump(
        values,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,  # one entry per line: easier to read and edit than folded lines
    )
    if yaml.safe_load(text) != values:
        raise ValueError(f"front matter does not round-trip through YAML: {values!r}")
    return text


def measure_file_text(measure: ImportedMeasure) -> str:
    """The whole measure file: front matter between --- lines, then the body."""
    return f"---\n{front_matter_text(measure.front_matter)}---\n\n{measure.body}"


_SOURCE_NOTE = re.compile(r"<!-- imported from .*? -->")


@dataclass(frozen=True)
class _Existing:
    order: int | None
    source_note: str | None  # the "imported from <file>, rows N–M" comment, if imported


def _existing_measures(folder: Path) -> dict[Path, _Existing]:
    """Every measure file already in the folder, with its `order` and import note."""
    found: dict[Path, _Existing] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.md")):
        try:
            raw = path.read_bytes()
        except OSError:  # not a readable file (a folder named x.md): `check` reports it
            continue
        try:
            source = read_markdown(raw)
            data, body = source.meta.data, source.body
        except YamlSyntaxError:  # `ita-site check` reports it; its note still identifies it
            data, body = None, raw.decode("utf-8", errors="replace")
        order = parse_int(data.get("order")) if isinstance(data, dict) else None
        note = _SOURCE_NOTE.search(body)
        found[path] = _Existing(order, note.group(0) if note else None)
    return found


def _source_note(measure: ImportedMeasure) -> str | None:
    note = _SOURCE_NOTE.search(measure.body)
    return note.group(0) if note else None


@dataclass(frozen=True)
class WriteAction:
    """What happened, or would happen in a dry run, to one measure file.

    action is "create", "overwrite" (asked with force), "same" (exists with exactly this text:
    importing the same document again changes nothing) or "keep" (exists; not touched).
    """

    path: Path
    action: str
    measure: ImportedMeasure
    text: str
    written: bool
    order_offset: int = 0  # added to the document's orders because the year already used them


def plan_paths(measures: list[ImportedMeasure], folder: Path) -> list[Path]:
    """One file per measure; a name given twice gets -2, -3 ..."""
    taken: set[str] = set()
    paths = []
    for measure in measures:
        base = measure_slug(measure.title, int(measure.front_matter["order"]))
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        paths.append(folder / f"{slug}.md")
    return paths


def _free(path: Path, taken: set[Path]) -> Path:
    """`path`, or `path` with -2, -3 ... when another measure of the import already has it."""
    candidate, n = path, 1
    while candidate in taken:
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _renumbered(measures: list[ImportedMeasure], offset: int) -> list[ImportedMeasure]:
    return [
        replace(m, front_matter={**m.front_matter, "order": int(m.front_matter["order"]) + offset})
        for m in measures
    ]


def place_measures(
    measures: list[ImportedMeasure], folder: Path
) -> tuple[list[ImportedMeasure], list[Path], int]:
    """Measures, their paths, and the offset added to their orders.

    A year's orders must be unique: when other measures already in the folder use one of the
    imported orders, the import is numbered after them. A file at one of the import's own
    paths is that same measure (kept, or overwritten with `force`), not another one.
    """
    existing = _existing_measures(folder)
    # A measure imported before from the same rows of the same document is that same file,
    # whatever order it was numbered with then: importing twice never duplicates measures.
    by_note = {e.source_note: (path, e.order) for path, e in existing.items() if e.source_note}
    previous = [by_note.get(_source_note(m)) for m in measures]
    if any(previous):
        # Files of an earlier import keep their names, even names of an older release
        # (measure-01-issue-1.md); only a measure whose file is gone gets a new one.
        offsets = {(order or 0) - int(m.front_matter["order"])
                   for m, found in zip(measures, previous) if found for _, order in [found]}
        offset = offsets.pop() if len(offsets) == 1 else 0
        measures = _renumbered(measures, offset)
        paths = [found[0] if found else None for found in previous]
        for index, planned in enumerate(plan_paths(measures, folder)):
            if paths[index] is None:
                paths[index] = _free(planned, set(p for p in paths if p is not None))
        return measures, paths, offset
    paths = plan_paths(measures, folder)
    taken = {e.order for path, e in existing.items()
             if path not in set(paths) and e.order is not None}
    if not taken & {int(m.front_matter["order"]) for m in measures}:
        return measures, paths, 0
    offset = max(taken)
    measures = _renumbered(measures, offset)
    return measures, plan_paths(measures, folder), offset


def _same_text(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


def write_files(
    measures: list[ImportedMeasure], year: int, content_dir: Path, *, force: bool, dry_run: bool
) -> list[WriteAction]:
    """Write the measures under content/<year>/measures/; never overwrite unless `force`."""
    folder = Path(content_dir) / str(year) / "measures"
    measures, paths, offset = place_measures(measures, folder)
    actions = []
    for measure, path in zip(measures, paths):
        text = measure_file_text(measure)
        exists = path.exists()
        if exists and _same_text(path, text):
            action = "same"
        else:
            action = "keep" if exists and not force else ("overwrite" if exists else "create")
        write = action in ("create", "overwrite") and not dry_run
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        actions.append(WriteAction(path, action, measure, text, write, offset))
    return actions
