"""YAML read with the place of every value, so a problem can name the file and the line.

PyYAML's `safe_load` forgets where things were written. Here the document is composed into
nodes (which carry marks) and turned into plain dicts and lists that remember, for themselves
and for each key or item, the file and line they came from. Values merged from several files
(a shipped catalog and a site's override) keep their own file.
"""

from __future__ import annotations

from collections.abc import Hashable

import yaml

from ita_site.content.problems import Problems
from ita_site.messages import catalog as msg

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
    """A short rendering of a value for messages: what the writer typed, not a repr."""
    if isinstance(value, LocatedMap):
        return "{…}"
    if isinstance(value, LocatedList):
        return "[…]"
    if value is None:
        return "(ว่าง/empty)"
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def read_located(text: str, path: str, problems: Problems) -> object:
    """The YAML document in `text` as LocatedMap/LocatedList/scalars, or None when it is empty
    or unreadable (a syntax error becomes a problem naming its line)."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _convert(node, loader, path, problems)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        detail = getattr(error, "problem", None) or str(error).splitlines()[0]
        problems.error(path, msg.YAML_SYNTAX.format(detail=detail),
                       line=None if mark is None else mark.line + 1)
        return None
    finally:
        loader.dispose()


def _convert(node: yaml.Node, loader: yaml.SafeLoader, path: str, problems: Problems) -> object:
    where = (path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolves `<<: *anchor` merges like safe_load would
        result = LocatedMap(where)
        for key_node, value_node in node.value:
            key = _convert(key_node, loader, path, problems)
            key_where = (path, key_node.start_mark.line + 1)
            if not isinstance(key, Hashable) or isinstance(key, (LocatedMap, LocatedList)):
                problems.error(path, msg.BAD_KEY.format(got=describe(key)), line=key_where[1])
                continue
            if key in result:
                first = result.where_of(key)[1]
                problems.error(path, msg.DUPLICATE_KEY.format(key=key, first=first),
                               line=key_where[1], field=str(key))
            result.put(key, _convert(value_node, loader, path, problems), key_where)
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList(where)
        for item in node.value:
            result.add(_convert(item, loader, path, problems), (path, item.start_mark.line + 1))
        return result
    return loader.construct_object(node, deep=True)
