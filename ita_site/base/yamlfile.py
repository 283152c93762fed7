"""The one YAML reader: every file the product reads (front matter, agency.yml, year.yml,
catalogs, the importer's and new-year's reads) goes through it, with the same limits and the
same wording of its problems.

Files are untrusted (copied from other agencies, imported from Word files), so the reader
builds the data itself from PyYAML's parse events (ita_site.base.yamlevents) instead of
PyYAML's recursive composer and constructors: every explicit tag is refused (`!!timestamp x`, `!!set`, `!!python/...`), nesting
and alias expansion have a budget counted while reading (a 350-byte file of nested aliases would
otherwise expand to billions of values), numbers have a length limit, keys may not repeat, and
text may hold no control characters or lone surrogates. Dates stay as written (strings) because
ita_site.text.dates reads B.E. and C.E. dates; only `true`/`false` are booleans (YAML 1.2), so
`no` stays the word "no"; a number with a leading zero (`021234567`) stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from ita_site.base.problems import Problems
from ita_site.base.yamlevents import (NOT_PRINTABLE, DocumentBuilder, Refusal, YamlDocument,
                                         YamlProblem, YamlSyntaxError, char_name)
from ita_site.messages import yaml_reader as msg

__all__ = ["MarkdownSource", "YamlDocument", "YamlProblem", "YamlSyntaxError", "check_characters",
           "decode", "describe", "parse_events", "parse_yaml", "read_markdown", "read_yaml",
           "report", "split_front_matter"]


def _line_column(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def decode(raw: bytes, *, line_offset: int = 0) -> str:
    """Bytes of a file as text: strict UTF-8, a byte-order mark allowed and dropped."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlSyntaxError([YamlProblem(1 + line_offset, msg.UTF16)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1 + line_offset
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlSyntaxError([YamlProblem(line, msg.NOT_UTF8.format(column=column))]) from None
    return text[1:] if text.startswith("\ufeff") else text


def check_characters(text: str, *, line_offset: int = 0) -> None:
    """Refuse control characters, NUL and lone surrogates anywhere in `text`."""
    bad = NOT_PRINTABLE.search(text)
    if bad:
        line, column = _line_column(text, bad.start())
        raise YamlSyntaxError([YamlProblem(line + line_offset, msg.BAD_CHARACTER.format(
            char=char_name(bad.group()), column=column))])


# libyaml's parser gives the same events and marks as PyYAML's own, ten times faster (the four
# shipped catalogs are read on every check and build); PyYAML's is the fallback without it.
_EventLoader = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


def parse_yaml(text: str, *, line_offset: int = 0) -> YamlDocument:
    """Parse one YAML document; raise YamlSyntaxError with the line of the mistake.

    Problems that leave the data usable (a key written twice) are in the result's `problems`.
    """
    check_characters(text, line_offset=line_offset)
    builder = DocumentBuilder(line_offset)
    loader = _EventLoader(text)
    try:
        while True:
            try:
                event = loader.get_event() if loader.check_event() else None
            except yaml.MarkedYAMLError as exc:
                raise Refusal(_parser_problem(exc, text, line_offset)) from None
            except (yaml.YAMLError, ValueError) as exc:
                # "\U00110000" in double quotes: chr() refuses it inside PyYAML's own scanner
                mark = loader.get_mark() if hasattr(loader, "get_mark") else None
                line = mark.line + 1 + line_offset if mark else None
                raise Refusal(YamlProblem(line, msg.explain_parser_error(str(exc)))) from None
            if event is None:
                break
            builder.feed(event)
    except Refusal as fatal:
        raise YamlSyntaxError([fatal.problem]) from None
    finally:
        loader.dispose()
    return builder.doc


def _parser_problem(exc: yaml.MarkedYAMLError, text: str, line_offset: int) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    problem = str(exc.problem or exc.context or exc)
    if mark is not None and problem.startswith("found character") and 0 <= mark.index < len(text):
        # libyaml does not say which character; a tab is the usual one and has its own advice
        problem = f"found character {text[mark.index]!r} that cannot start any token"
    return YamlProblem(None if mark is None else mark.line + 1 + line_offset,
                       msg.explain_parser_error(problem))


def parse_events(text: str) -> list[yaml.Event]:
    """PyYAML's parse events of `text` (libyaml's parser when installed), for checks of how a
    text was written; raises yaml.YAMLError. A plain scalar's `style` is None or ""."""
    loader = _EventLoader(text)
    try:
        events = []
        while loader.check_event():
            events.append(loader.get_event())
        return events
    finally:
        loader.dispose()


def read_yaml(raw: bytes) -> YamlDocument:
    """A YAML file's bytes, decoded and parsed (see `decode` and `parse_yaml`)."""
    return parse_yaml(decode(raw))


def report(problems: Problems, path: str, found: Iterable[YamlProblem]) -> None:
    """Add the reader's problems to `problems`, naming `path`: the one wording everywhere."""
    for problem in found:
        problems.error(path, problem.text, line=problem.line, field=problem.field)


def describe(value: object) -> str:
    """How a wrong value looks in a message ("found ..."), the same for every file."""
    if value is None:
        return msg.EMPTY_VALUE
    if isinstance(value, dict):
        return msg.MAPPING_VALUE
    if isinstance(value, (list, tuple)):
        return msg.LIST_VALUE
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class MarkdownSource:
    """A Markdown file split into front matter and body."""

    meta: YamlDocument
    body: str
    body_line: int  # line number where the body starts
    front_matter: str = ""  # the YAML text as written, for checks of how it was written


def split_front_matter(text: str) -> MarkdownSource:
    """Front matter (between `---` lines at the top) and body; lines stay those of the file."""
    match = _FRONT.match(text)
    if not match:
        return MarkdownSource(YamlDocument({}), text.lstrip("\ufeff"), 1)
    yaml_text = match.group(1) or ""
    meta = parse_yaml(yaml_text, line_offset=1)
    body_line = text.count("\n", 0, match.end()) + 1
    return MarkdownSource(meta, text[match.end():], body_line, yaml_text)


def read_markdown(raw: bytes) -> MarkdownSource:
    """A Markdown file's bytes, decoded strictly, split into front matter and body; control
    characters are refused in the body too (a NUL would reach the published HTML)."""
    text = decode(raw)
    check_characters(text)
    return split_front_matter(text)
