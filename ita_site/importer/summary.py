"""The summary printed at the end of every import: what a webmaster has to do next.

How many measures were written (or would be, with --dry-run), how many cells went to a field,
and every cell that did not, by its row and column and the file that keeps it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ita_site.importer.document import ImportResult
from ita_site.importer.log import place
from ita_site.importer.writer import WriteAction
from ita_site.messages import say
from ita_site.messages import importer as msg


def _count(actions: list[WriteAction], *kinds: str) -> int:
    return sum(a.action in kinds for a in actions)


def print_summary(result: ImportResult, actions: list[WriteAction] | None, *, dry_run: bool,
                  stream: TextIO | None = None) -> None:
    """Print the summary; `actions` is None when nothing could be written."""
    stream = stream or sys.stdout
    print(file=stream)
    say(msg.SUMMARY_HEAD.format(source=result.source.name), stream)
    measures = result.measures
    if actions is None:
        say(msg.SUMMARY_NONE_WRITTEN.format(count=len(measures)), stream)
    else:
        words = msg.SUMMARY_FILES_DRY if dry_run else msg.SUMMARY_FILES
        say(words.format(count=len(measures), year=result.year, written=_count(actions, "create", "overwrite"),
                         same=_count(actions, "same"), kept=_count(actions, "keep")), stream)
    say(msg.SUMMARY_PLACED.format(count=sum(m.placed for m in measures)), stream)
    repeated = sum(m.repeated for m in measures)
    if repeated:
        say(msg.SUMMARY_REPEATED.format(count=repeated), stream)
    paths: list[Path | None] = [a.path for a in actions] if actions else [None] * len(measures)
    unplaced = [(where, column, path) for m, path in zip(measures, paths) for where, column in m.unplaced]
    if not unplaced:
        say(msg.SUMMARY_ALL_PLACED, stream)
        return
    say(msg.SUMMARY_UNPLACED.format(count=len(unplaced)), stream)
    for where, column, path in unplaced:
        line = msg.SUMMARY_CELL.format(**place(where), column=column, path=path or "-")
        print(f"    {line.th}\n      ({line.en})", file=stream)
