"""`ita-site import`: turn an agency's DOCX, XLSX or PDF-extracted report into measure files.

The lead's `ita-site` wires this in with `add_arguments(subparser)` and `run(args)`. What was
read is printed first (year, kind, notices), then problems, then each file written or kept,
then the summary (summary.py). Problems go to stderr, the rest to stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ita_site.importer import write_measures
from ita_site.importer.document import KINDS, import_document
from ita_site.importer.summary import print_summary
from ita_site.importer.writer import WriteAction
from ita_site.messages import say
from ita_site.messages import importer as msg
from ita_site.text.digits import parse_int
from ita_site.text.dates import be_year

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the import command's arguments to `parser` (a subparser of `ita-site`)."""
    parser.add_argument("source", type=Path, help=msg.HELP_SOURCE)
    parser.add_argument("--year", default=None, help=msg.HELP_YEAR)
    # SUPPRESS: when `ita-site --content X import ...` already set it, keep that value.
    parser.add_argument("--content", default=argparse.SUPPRESS, help=msg.HELP_CONTENT)
    parser.add_argument("--dry-run", action="store_true", help=msg.HELP_DRY_RUN)
    parser.add_argument("--force", action="store_true", help=msg.HELP_FORCE)
    parser.add_argument("--kind", choices=KINDS, default="auto", help=msg.HELP_KIND)


def _year(value: str | None) -> tuple[int | None, bool]:
    """The B.E. year given on the command line (Thai digits and C.E. accepted), and whether it is valid."""
    if value is None:
        return None, True
    number = parse_int(value)
    if number is None or not (1900 <= number <= 2200 or 2400 < number < 2700):
        return None, False
    if number < 2400:
        say(msg.YEAR_CONVERTED.format(ce=number, be=be_year(number)))
    return be_year(number), True


def _show_action(action: WriteAction, dry_run: bool) -> None:
    text = {"create": msg.WRITE_CREATE, "overwrite": msg.WRITE_OVERWRITE, "keep": msg.WRITE_KEEP,
            "same": msg.WRITE_SAME}[action.action]
    say(text.format(path=action.path), sys.stderr if action.action == "keep" else sys.stdout)
    if dry_run and action.action in ("create", "overwrite"):
        for line in action.text.splitlines():
            print(f"    {line}")


def _catalogs(args: argparse.Namespace):
    """The shipped catalogs with the site's own (the `catalogs:` folder of mkdocs.yml, when
    there is one): a year the site added is read with its own issues and indicators."""
    from ita_site.catalog import load_catalogs
    from ita_site.mkdocs_settings import options_from_config

    config = getattr(args, "config", None)
    folder = options_from_config(Path(config)).catalogs_dir if config else None
    return load_catalogs(folder)


def run(args: argparse.Namespace) -> int:
    """Run the import; 0 when every measure was written (or would be), 1 on problems, 2 on usage."""
    year, valid = _year(args.year)
    if not valid:
        say(msg.YEAR_INVALID.format(value=args.year), sys.stderr)
        return EXIT_USAGE
    source = Path(args.source)
    if not source.is_file():
        say(msg.MISSING_FILE.format(path=source), sys.stderr)
        return EXIT_USAGE
    result = import_document(source, year=year, kind=args.kind, catalogs=_catalogs(args))
    for notice in result.notices:
        print(notice.format())
    for problem in result.problems:
        print(problem.format(), file=sys.stderr)
    if not result.ok:
        say(msg.NOTHING_WRITTEN, sys.stderr)
        print_summary(result, None, dry_run=args.dry_run)
        return EXIT_PROBLEMS
    say(msg.SUMMARY.format(count=len(result.measures), year=result.year, kind=result.kind, source=source.name))

    content = Path(getattr(args, "content", None) or "content")
    try:
        actions = write_measures(result, content, force=args.force, dry_run=args.dry_run)
    except OSError as exc:  # a file where the folder should be, no permission, disk full
        say(msg.WRITE_FAILED.format(reason=exc), sys.stderr)
        return EXIT_PROBLEMS
    if actions and actions[0].order_offset:
        say(msg.ORDERS_SHIFTED.format(year=result.year, first=actions[0].measure.front_matter["order"]))
    for action in actions:
        _show_action(action, args.dry_run)
    if args.dry_run:
        say(msg.DRY_RUN)
    print_summary(result, actions, dry_run=args.dry_run)
    return EXIT_PROBLEMS if any(a.action == "keep" for a in actions) else EXIT_OK
