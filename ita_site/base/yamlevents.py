"""Plain data from PyYAML's parse events, read under limits: the heart of the one YAML reader
(ita_site.base.yamlfile, which decodes files and words the problems for users).

PyYAML's own composer is recursive and its constructors follow YAML 1.1 and tags; here the data
is built event by event, so nesting, alias expansion and number length are counted while reading
and every explicit tag is refused before anything is constructed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import yaml

from ita_site.messages import Text
from ita_site.messages import yaml_reader as msg

MAX_DEPTH = 40          # no field of the content contract nests more than a few levels
ALIAS_BUDGET = 5_000    # values that aliases (*name) may add to one file, all aliases together
MAX_DIGITS = 30         # int("9" * 4301) raises; no field needs more than a few digits

# What YAML allows in a stream (PyYAML's own Reader test), applied to the raw text and to every
# value after escapes, so "\x00" or "\ud800" written as an escape is refused as well.
NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NULL = re.compile(r"~|null|Null|NULL|")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
# Numbers are a subset of what PyYAML's YAML 1.1 resolver reads, so text that PyYAML writes
# unquoted (the importer's files) always reads back as text here.
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?|\.[0-9]+(?:[eE][-+][0-9]+)?")
_SPECIAL_FLOATS = {".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"),
                   "+.inf": float("inf"), "+.Inf": float("inf"), "+.INF": float("inf"),
                   "-.inf": float("-inf"), "-.Inf": float("-inf"), "-.INF": float("-inf"),
                   ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan")}


@dataclass(frozen=True)
class YamlProblem:
    """One thing wrong with a YAML text: the line (1-based, in the file) and the message."""

    line: int | None
    text: Text
    field: str | None = None


class YamlSyntaxError(ValueError):
    """The text cannot be read at all; `problems` says where and why (at least one)."""

    def __init__(self, problems: list[YamlProblem]):
        self.problems = problems
        super().__init__("; ".join(f"line {p.line}: {p.text.en}" for p in problems))

    @property
    def line(self) -> int | None:
        return self.problems[0].line

    @property
    def problem(self) -> str:
        return self.problems[0].text.en


@dataclass
class YamlDocument:
    """Parsed data plus the 1-based line where each key of each mapping (and each item of each
    list) stands. Paths are tuples of mapping keys (as `str(key)`) and list positions (ints)."""

    data: object
    lines: dict[tuple, int] = field(default_factory=dict)
    first_line: int = 1
    starts: dict[tuple, int] = field(default_factory=dict)  # line where each collection starts
    sequences: set[tuple] = field(default_factory=set)      # paths that are lists
    problems: list[YamlProblem] = field(default_factory=list)  # problems that left data usable

    def canonical(self, path: Iterable) -> tuple:
        """`path` as the reader keys it: list positions stay ints, mapping keys become str."""
        out: tuple = ()
        for part in path:
            is_position = isinstance(part, int) and not isinstance(part, bool)
            out += (part if is_position and out in self.sequences else str(part),)
        return out

    def line_of(self, path: tuple) -> int | None:
        """Line of `path`, or of its nearest ancestor that has one."""
        path = self.canonical(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None

    def start_of(self, path: tuple) -> int:
        """Line where the value at `path` starts (a nested mapping: its first key)."""
        path = self.canonical(path)
        if path in self.starts:
            return self.starts[path]
        return self.line_of(path) or self.first_line


def char_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip()


class Refusal(Exception):
    """Reading stops: `problem` says where and why."""

    def __init__(self, problem: YamlProblem):
        self.problem = problem


@dataclass
class _Anchored:
    value: object
    size: int    # values it expands to
    height: int  # levels of nesting inside it


@dataclass
class _Frame:
    """A list or mapping being read."""

    path: tuple
    value: dict | list
    anchor: str | None
    size: int = 1
    height: int = 1
    key: object = None
    has_key: bool = False
    key_line: int = 0
    key_lines: dict = field(default_factory=dict)


class DocumentBuilder:
    """Turns parse events into plain dicts, lists and scalars, counting as it goes."""

    def __init__(self, line_offset: int):
        self.offset = line_offset
        self.doc = YamlDocument(None, first_line=1 + line_offset)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, _Anchored] = {}
        self.open_anchors: set[str] = set()
        self.expanded = 0
        self.documents = 0

    def line(self, event: yaml.Event) -> int:
        return event.start_mark.line + 1 + self.offset

    def fatal(self, event: yaml.Event, text: Text) -> Refusal:
        return Refusal(YamlProblem(self.line(event), text))

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.ScalarEvent):
            self._refuse_tag(event)
            path = self._position(event)
            value = self._scalar(event)
            if event.anchor:
                self.anchors[event.anchor] = _Anchored(value, 1, 0)
            self._attach(event, path, value, 1, 0)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._refuse_tag(event)
            if len(self.stack) >= MAX_DEPTH:
                raise self.fatal(event, msg.TOO_DEEP.format(limit=MAX_DEPTH))
            path = self._position(event)
            is_list = isinstance(event, yaml.SequenceStartEvent)
            if is_list:
                self.doc.sequences.add(path)
            self.doc.starts[path] = self.line(event)
            if event.anchor:
                self.open_anchors.add(event.anchor)
            self.stack.append(_Frame(path, [] if is_list else {}, event.anchor))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            frame = self.stack.pop()
            if frame.anchor:
                self.open_anchors.discard(frame.anchor)
                self.anchors[frame.anchor] = _Anchored(frame.value, frame.size, frame.height)
            self._attach(event, frame.path, frame.value, frame.size, frame.height)
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fatal(event, msg.SECOND_DOCUMENT)

    def _refuse_tag(self, event) -> None:
        if event.tag is not None:
            raise self.fatal(event, msg.TAG.format(tag=_shown_tag(event.tag)))

    def _position(self, event) -> tuple:
        """The path of the node that starts with `event`; records its line."""
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.value, list):
            path = frame.path + (len(frame.value),)
            self.doc.lines[path] = self.line(event)
            return path
        if not frame.has_key:
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                got = msg.LIST_VALUE if isinstance(event, yaml.SequenceStartEvent) else msg.MAPPING_VALUE
                raise self.fatal(event, msg.COMPLEX_KEY.format(got=got))
            return frame.path
        path = frame.path + (str(frame.key),)
        self.doc.lines[path] = frame.key_line
        return path

    def _attach(self, event, path: tuple, value, size: int, height: int) -> None:
        if not self.stack:
            self.doc.data = value
            return
        frame = self.stack[-1]
        frame.size += size
        frame.height = max(frame.height, height + 1)
        if isinstance(frame.value, list):
            frame.value.append(value)
            return
        if not frame.has_key:
            if isinstance(value, (dict, list)):  # an alias of a list or mapping used as a key
                got = msg.LIST_VALUE if isinstance(value, list) else msg.MAPPING_VALUE
                raise self.fatal(event, msg.COMPLEX_KEY.format(got=got))
            frame.key, frame.has_key, frame.key_line = value, True, self.line(event)
            return
        key, line = frame.key, frame.key_line
        if key in frame.value:
            self.doc.problems.append(YamlProblem(line, msg.DUPLICATE_KEY.format(
                key=key, first=frame.key_lines[key]), field=str(key)))
        else:
            frame.key_lines[key] = line
        frame.value[key] = value
        frame.has_key = False

    def _alias(self, event: yaml.AliasEvent) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise self.fatal(event, msg.RECURSIVE_ALIAS.format(name=name))
        anchored = self.anchors.get(name)
        if anchored is None:
            raise self.fatal(event, msg.UNDEFINED_ALIAS.format(name=name))
        self.expanded += anchored.size
        if self.expanded > ALIAS_BUDGET:
            raise self.fatal(event, msg.TOO_MANY_ALIASES.format(limit=f"{ALIAS_BUDGET:,}"))
        if len(self.stack) + anchored.height > MAX_DEPTH:
            raise self.fatal(event, msg.TOO_DEEP.format(limit=MAX_DEPTH))
        path = self._position(event)
        # A copy, so no later change to one place shows in another, and no reader of the data
        # ever walks more values than the budget allowed.
        self._attach(event, path, _copy(anchored.value), anchored.size, anchored.height)

    def _scalar(self, event: yaml.ScalarEvent) -> object:
        text = event.value
        bad = NOT_PRINTABLE.search(text)
        if bad:
            raise self.fatal(event, msg.BAD_ESCAPE_CHARACTER.format(char=char_name(bad.group())))
        if event.style:  # quoted or block text is always text (plain is None or "")
            return text
        if _NULL.fullmatch(text):
            return None
        if text in _BOOLS:
            return _BOOLS[text]
        if _INT.fullmatch(text):
            digits = len(text.lstrip("+-"))
            if digits > MAX_DIGITS:
                raise self.fatal(event, msg.NUMBER_TOO_LONG.format(digits=f"{digits:,}",
                                                                   limit=MAX_DIGITS))
            return int(text)
        if _FLOAT.fullmatch(text):
            return float(text)
        return _SPECIAL_FLOATS.get(text, text)


def _shown_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


def _copy(value: object) -> object:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value
