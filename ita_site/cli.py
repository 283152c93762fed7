"""`ita-site`: check content, start a new year, import existing reports.

Every command reads the same core as the MkDocs plugin, so `ita-site check` reports exactly
what would stop `mkdocs build`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ita_site.messages import say
from ita_site.messages import cli as msg


def _content_dir(args) -> Path:
    return Path(args.content)


def cmd_check(args) -> int:
    from ita_site.checking import check_site
    from ita_site.mkdocs_settings import options_from_config

    content = _content_dir(args)
    if not content.is_dir():
        say(msg.NO_CONTENT.format(path=content), sys.stderr)
        return 2
    options = options_from_config(Path(args.config))
    options.strict_oit = options.strict_oit or args.strict
    report = check_site(content, options)
    for problem in report.problems:
        print(problem.format())
        print()
    for audit in report.audits.values():
        print(f"ITA {audit.year}: OIT {audit.covered}/{audit.total}")
        if audit.missing and not options.strict_oit:
            text = audit.text()
            print(f"  {text.th}\n  ({text.en})")
    errors, warnings = len(report.problems.errors), len(report.problems.warnings)
    if errors:
        say(msg.CHECK_FAILED.format(errors=errors, warnings=warnings), sys.stderr)
        return 1
    if warnings:
        say(msg.CHECK_WARNINGS.format(warnings=warnings))
    say(msg.CHECK_OK.format(measures=report.measure_count, years=len(report.site.years)))
    return 0


def cmd_new_year(args) -> int:
    from ita_site.catalog import load_catalogs
    from ita_site.content.new_year import NewYearError, create_year
    from ita_site.content.problems import Problems
    from ita_site.mkdocs_settings import options_from_config

    content = _content_dir(args)
    if not content.is_dir():
        say(msg.NO_CONTENT.format(path=content), sys.stderr)
        return 2
    for year in (args.year, args.copy_from):
        if year is not None and not 2500 <= year <= 2700:
            say(msg.BAD_YEAR.format(year=year), sys.stderr)
            return 2
    catalogs = None
    if args.copy_from is not None:  # codes are carried over with the site's own catalogs too
        catalogs = load_catalogs(options_from_config(Path(args.config)).catalogs_dir)
    notes = Problems()
    try:
        created = create_year(content, args.year, copy_measures_from=args.copy_from,
                              catalogs=catalogs, problems=notes)
    except NewYearError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
            print(file=sys.stderr)
        return 1
    if created is None:
        say(msg.YEAR_EXISTS.format(year=args.year), sys.stderr)
        return 1
    for problem in notes:
        print(problem.format())
        print()
    say(msg.YEAR_CREATED.format(year=args.year, files=", ".join(str(p) for p in created)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ita-site",
        description="ตรวจและเตรียมเนื้อหาเว็บไซต์ ITA (check and prepare ITA site content)")
    parser.add_argument("--content", default="content",
                        help="โฟลเดอร์เนื้อหา / content folder (default: content)")
    parser.add_argument("--config", default="mkdocs.yml",
                        help="ไฟล์ตั้งค่า / MkDocs config file (default: mkdocs.yml)")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="ตรวจเนื้อหาทั้งหมด / validate all content")
    check.add_argument("--strict", action="store_true",
                       help="ข้อ OIT ที่ยังไม่มีหลักฐานถือเป็นข้อผิดพลาด / missing OIT evidence fails")
    check.set_defaults(run=cmd_check)

    new_year = commands.add_parser("new-year", help="สร้างโฟลเดอร์ปีใหม่ / start a new year folder")
    new_year.add_argument("year", type=int, help="ปี พ.ศ. / B.E. year, e.g. 2569")
    new_year.add_argument("--copy-from", type=int, default=None,
                          help="คัดลอกมาตรการจากปีนี้เป็นแผนของปีใหม่ / copy this year's measures as plans")
    new_year.set_defaults(run=cmd_new_year)

    try:
        from ita_site.importer import command as import_command
    except ImportError:  # pragma: no cover - the importer ships with the package
        import_command = None
    if import_command is not None:
        importer = commands.add_parser(
            "import", help="นำเข้ารายงานเดิม (DOCX, XLSX, ข้อความจาก PDF) / import existing reports")
        import_command.add_arguments(importer)
        importer.set_defaults(run=import_command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
