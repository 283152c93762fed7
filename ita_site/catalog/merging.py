"""A site's catalog file laid over a shipped one, before validation.

Rules (also in the package docstring):

- `oit` and `questions`: entries are matched by code (in any spelling). A listed field of an
  entry replaces that field of the shipped entry; fields not listed keep the shipped value; a
  new code is added; `remove: true` drops the shipped entry.
- `tools`, `indicators`: matched by key (`iit`, `3`), field by field like entries.
- `issues`: matched by number, the name replaced.
- `levels`: the whole list is replaced (bands only make sense together).
- `sources`: added to the shipped ones.
- anything else (`grouping`, `note`, `ita_year`): replaced.

The merge keeps every value's file and line, so the validation that follows names the site's
file for what the site wrote and the shipped file for the rest.
"""

from __future__ import annotations

from collections.abc import Hashable

from ita_site.catalog.codes import normalize_code
from ita_site.catalog.fields import FieldReader
from ita_site.catalog.located import LocatedList, LocatedMap
from ita_site.messages import catalog as msg
from ita_site.text.digits import parse_int

ENTRY_SECTIONS = ("oit", "questions")
KEYED_SECTIONS = ("tools", "indicators", "issues")


def merge_catalog(base: LocatedMap | None, over: LocatedMap, year: int,
                  fields: FieldReader) -> LocatedMap:
    """`over` laid over `base` (None for a year without a shipped catalog)."""
    result = _copy(base) if base is not None else LocatedMap(over.where)
    for key, value in over.items():
        where = over.where_of(key)
        current = result.get(key)
        if key in ENTRY_SECTIONS and isinstance(value, LocatedList):
            merged = _merge_entries(key, current if isinstance(current, LocatedList) else None,
                                    value, year, fields)
            result.put(key, merged, where)
        elif key in KEYED_SECTIONS and isinstance(value, LocatedMap) and isinstance(
                current, LocatedMap):
            result.put(key, _merge_keyed(current, value, deep=key != "issues"), where)
        elif key == "sources" and isinstance(value, LocatedList) and isinstance(
                current, LocatedList):
            combined = LocatedList(value.where)
            for index, item in enumerate([*current, *value]):
                source = current if index < len(current) else value
                offset = index if index < len(current) else index - len(current)
                combined.add(item, source.where_at(offset))
            result.put(key, combined, where)
        else:
            result.put(key, value, where)
    return result


def _copy(data: LocatedMap) -> LocatedMap:
    copy = LocatedMap(data.where)
    for key, value in data.items():
        copy.put(key, value, data.where_of(key))
    return copy


def _overlay(base: LocatedMap, over: LocatedMap) -> LocatedMap:
    """Fields of `over` replacing those of `base`; the result is placed where `over` is."""
    result = LocatedMap(over.where)
    for source in (base, over):
        for key, value in source.items():
            result.put(key, value, source.where_of(key))
    return result


def _key(key: Hashable) -> Hashable:
    """Numbers written with Thai or Arabic digits meet: `๙` and `9` are one indicator."""
    number = parse_int(key)
    return number if number is not None else key


def _merge_keyed(base: LocatedMap, over: LocatedMap, *, deep: bool) -> LocatedMap:
    result = _copy(base)
    by_key = {_key(key): key for key in base}
    for key, value in over.items():
        old_key = by_key.get(_key(key))
        old = result.pop(old_key) if old_key is not None else None
        if deep and isinstance(old, LocatedMap) and isinstance(value, LocatedMap):
            value = _overlay(old, value)
        result.put(key, value, over.where_of(key))
    return result


def _merge_entries(section: str, base: LocatedList | None, over: LocatedList, year: int,
                   fields: FieldReader) -> LocatedList:
    """Entries of `over` merged into `base` by code; unreadable entries are passed on as they
    are, so validation reports them with the site's file and line."""
    merged: dict[object, tuple[object, tuple[str, int]]] = {}
    for index, entry in enumerate(base or ()):
        merged[_entry_key(entry, index, "base")] = (entry, base.where_at(index))
    seen: dict[object, tuple[str, int]] = {}
    for index, entry in enumerate(over):
        where = over.where_at(index)
        key = _entry_key(entry, index, "over")
        if not isinstance(entry, LocatedMap):
            merged[key] = (entry, where)
            continue
        if key in seen:  # listed twice in one file: say so rather than merge the two
            first = seen[key]
            fields.error(where, msg.DUPLICATE_CODE.format(code=key, first=f"{first[0]}:{first[1]}"),
                         f"{section}[{key}]")
            continue
        seen[key] = where
        entry = _without_remove(entry)
        if _wants_removal(over[index], fields):
            if merged.pop(key, None) is None:
                fields.warning(where, msg.REMOVE_UNKNOWN.format(
                    code=entry.get("code"), year=year), "remove")
            continue
        old = merged.get(key)
        if old is not None and isinstance(old[0], LocatedMap):
            entry = _overlay(old[0], entry)
        merged[key] = (entry, where)
    result = LocatedList(over.where)
    for entry, where in merged.values():
        result.add(entry, where)
    return result


def _entry_key(entry: object, index: int, side: str) -> object:
    """The code an entry is matched by; entries without a readable code never match."""
    if isinstance(entry, LocatedMap):
        raw = entry.get("code")
        code = normalize_code(raw if isinstance(raw, str) else str(raw))
        if code is not None:
            return code
    return (side, index)


def _wants_removal(entry: LocatedMap, fields: FieldReader) -> bool:
    if "remove" not in entry:
        return False
    return fields.boolean(entry, "remove", f"{entry.get('code')}.remove", default=False)


def _without_remove(entry: LocatedMap) -> LocatedMap:
    result = LocatedMap(entry.where)
    for key, value in entry.items():
        if key != "remove":
            result.put(key, value, entry.where_of(key))
    return result
