"""YAML read with the place of every value, so a problem can name the file and the line.

The one YAML reader (ita_site.base.yamlfile) gives plain data and the line of every key
and item; here that becomes dicts and lists that remember, for themselves and for each key or
item, the file and line they came from. Values merged from several files
(a shipped catalog and a site's override) keep their own file.
"""

from __future__ import annotations

from collections.abc import Hashable

from ita_site.base.problems import Problems
from ita_site.base.yamlfile import (YamlDocument, YamlSyntaxError, parse_yaml, read_yaml,
                                       report)
from ita_site.base.yamlfile import describe as shared_describe

Where = tuple[str, int]  # (file as shown to the user, 1-based line)


class LocatedMap(dict):
    """A YAML mapping that remembers where it and each of its keys were written."""

    def __init__(self, where: Where):
        super().__init__()
        self.where = where
        self.key_where: dict[Hashable, Where] = {}

    def put(self, key: Hashable, value: object, where: Where) -> None:
        self[key] = value
        self.key_where[key] = where

    def where_of(self, key: Hashable) -> Where:
        """Where `key` was written; the mapping's own place when it was not."""
        return self.key_where.get(key, self.where)


class LocatedList(list):
    """A YAML sequence that remembers where it and each of its items were written."""

    def __init__(self, where: Where):
        super().__init__()
        self.where = where
        self.item_where: list[Where] = []

    def add(self, value: object, where: Where) -> None:
        self.append(value)
        self.item_where.append(where)

    def where_at(self, index: int) -> Where:
        return self.item_where[index] if index < len(self.item_where) else self.where


def describe(value: object) -> str:
    """A short rendering of a value for messages, worded as for every other file."""
    if isinstance(value, LocatedMap):
        return shared_describe({})
    if isinstance(value, LocatedList):
        return shared_describe([])
    if isinstance(value, str):
        return value if len(value) <= 40 else value[:37] + "…"
    return shared_describe(value)


def read_located(raw: bytes | str, path: str, problems: Problems) -> object:
    """The YAML document in `raw` as LocatedMap/LocatedList/scalars, or None when it is empty
    or unreadable (every problem, with its line, goes to `problems`).

    The one reader (ita_site.base.yamlfile) parses; this only attaches its lines."""
    try:
        doc = parse_yaml(raw) if isinstance(raw, str) else read_yaml(raw)
    except YamlSyntaxError as error:
        report(problems, path, error.problems)
        return None
    report(problems, path, doc.problems)
    return _located(doc.data, (), doc, path)


def _located(value: object, at: tuple, doc: YamlDocument, path: str) -> object:
    if isinstance(value, dict):
        result = LocatedMap((path, doc.start_of(at)))
        for key, item in value.items():
            child = at + (key,)
            result.put(key, _located(item, child, doc, path), (path, doc.line_of(child) or 1))
        return result
    if isinstance(value, list):
        result = LocatedList((path, doc.start_of(at)))
        for index, item in enumerate(value):
            child = at + (index,)
            result.add(_located(item, child, doc, path), (path, doc.line_of(child) or 1))
        return result
    return value
