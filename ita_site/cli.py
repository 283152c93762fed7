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
    return Path(args.content or "content")


def cmd_check(args) -> int:
    """Check the content and say whether `mkdocs build` would succeed, with its exit status:
    errors stop the build, and so do warnings when mkdocs.yml sets `strict: true`."""
    from ita_site.checking import check_site
    from ita_site.messages import identity as verdict
    from ita_site.messages import oit as oit_msg
    from ita_site.mkdocs_settings import read_settings

    settings = read_settings(Path(args.config))
    if settings.problem:
        say(settings.problem, sys.stderr)
    if args.content:
        content = Path(args.content)
    else:
        content = settings.docs_dir or Path("content")
    if not content.is_dir():
        say(msg.NO_CONTENT.format(path=content), sys.stderr)
        return 2
    if not settings.found:
        say(verdict.CONFIG_MISSING.format(path=args.config))
    options = settings.options
    options.strict_oit = options.strict_oit or args.strict
    report = check_site(content, options)
    if settings.found and not settings.site_url and report.audits:
        # The plugin warns about this too, and strict mode stops the build on that warning.
        report.problems.warning(args.config, oit_msg.NO_SITE_URL, field="site_url")
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
    if warnings and settings.strict:
        say(verdict.STRICT_STOPS.format(warnings=warnings), sys.stderr)
        return 1
    if settings.problem:
        return 1
    if warnings:
        say(msg.CHECK_WARNINGS.format(warnings=warnings))
    say(msg.CHECK_OK.format(measures=report.measure_count, years=len(report.site.years)))
    return 0


def cmd_new_year(args) -> int:
    from ita_site.content.new_year import create_year

    content = _content_dir(args)
    if not 2500 <= args.year <= 2700:
        say(msg.BAD_YEAR.format(year=args.year), sys.stderr)
        return 2
    created = create_year(content, args.year, copy_measures_from=args.copy_from)
    if created is None:
        say(msg.YEAR_EXISTS.format(year=args.year), sys.stderr)
        return 1
    say(msg.YEAR_CREATED.format(year=args.year, files=", ".join(str(p) for p in created)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ita-site",
        description="ตรวจและเตรียมเนื้อหาเว็บไซต์ ITA (check and prepare ITA site content)")
    parser.add_argument("--content", default=None,
                        help="โฟลเดอร์เนื้อหา / content folder (default: docs_dir of mkdocs.yml, "
                             "else content)")
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
