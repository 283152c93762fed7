"""YAML reading that keeps line numbers and leaves dates as the user wrote them.

PyYAML turns `2567-10-01` into date(2567, 10, 1), a C.E. date 543 years off, and fails on
29 February of a B.E. year that is not a C.E. leap year; so timestamps stay strings here and
ita_site.text.dates reads them. Booleans are limited to true/false for the same reason
(`no` as a value must not become False).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml


class ContentLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver and with YAML 1.2 booleans only."""


ContentLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ContentLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

Path = tuple  # a path into the document: ("scores", "items", "i10")


@dataclass
class YamlDocument:
    """Parsed data plus the 1-based line where each key of each mapping stands."""

    data: object
    lines: dict[tuple, int] = field(default_factory=dict)
    first_line: int = 1

    def line_of(self, path: tuple) -> int | None:
        """Line of `path`, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


def _collect_lines(node: yaml.Node, path: tuple, lines: dict, offset: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            child = path + (key,)
            lines[child] = key_node.start_mark.line + 1 + offset
            _collect_lines(value_node, child, lines, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = path + (index,)
            lines[child] = item.start_mark.line + 1 + offset
            _collect_lines(item, child, lines, offset)


class YamlSyntaxError(ValueError):
    def __init__(self, line: int | None, problem: str):
        self.line = line
        self.problem = problem
        super().__init__(f"line {line}: {problem}")


def parse_yaml(text: str, *, line_offset: int = 0) -> YamlDocument:
    """Parse one YAML document; raise YamlSyntaxError with the line of the mistake."""
    loader = ContentLoader(text)
    try:
        # One parse gives both the node tree (for line numbers) and the data.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark else None
        raise YamlSyntaxError(line, str(exc.problem or exc.context or exc)) from None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        raise YamlSyntaxError(None, str(exc)) from None
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}
    if node is not None:
        _collect_lines(node, (), lines, line_offset)
    return YamlDocument(data, lines, 1 + line_offset)


_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class MarkdownSource:
    """A Markdown file split into front matter and body."""

    meta: YamlDocument
    body: str
    body_line: int  # line number where the body starts


def split_front_matter(text: str) -> MarkdownSource:
    """Front matter (between `---` lines at the top) and body; lines stay those of the file."""
    match = _FRONT.match(text)
    if not match:
        return MarkdownSource(YamlDocument({}), text.lstrip("\ufeff"), 1)
    yaml_text = match.group(1) or ""
    meta = parse_yaml(yaml_text, line_offset=1)
    body_line = text.count("\n", 0, match.end()) + 1
    return MarkdownSource(meta, text[match.end():], body_line)
