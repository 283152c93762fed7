"""`ita-site`: start a site, check content, start a new year, import existing reports, write
the JSON Schemas of the content files.

Every command reads the same core as the MkDocs plugin, so `ita-site check` reports exactly
what would stop `mkdocs build`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ita_site.messages import say
from ita_site.messages import cli as msg


def _content_dir(args) -> Path:
    return Path(args.content or "content")


def cmd_check(args) -> int:
    """Check the content and say whether `mkdocs build` would succeed, with its exit status:
    errors stop the build, and so do warnings when mkdocs.yml sets `strict: true`. With
    `--standard`, then check the Government Website Standard (ita_site.standard)."""
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
    if args.standard:
        return _check_standard(args, settings, content, report)
    return 0


def _check_standard(args, settings, content: Path, data) -> int:
    """The Government Website Standard: the content items, and the built items when a built
    site is there (`--site`, else mkdocs.yml's site_dir). Fails when an item fails."""
    from ita_site.messages import standard as std_msg
    from ita_site.standard import built_checks
    from ita_site.standard.content_checks import SiteSettings, check_content
    from ita_site.standard.report import text_lines

    print()
    report = check_content(data.site, data.sitemap, content, SiteSettings(
        language=settings.language if settings.found else "th", site_url=settings.site_url,
        search=settings.search if settings.found else True))
    site = Path(args.site) if args.site else settings.site_dir
    if site is not None and (site / "index.html").is_file():
        say(std_msg.BUILT_FROM.format(site=site))
        files = built_checks.site_files(site)
        report.merge(built_checks.check_built(built_checks.scan_site(site), files,
                                              settings.site_url, report.catalog))
    else:
        say(std_msg.NOT_BUILT.format(site=site or "site"))
    print()
    print("\n".join(text_lines(report)))
    return 1 if report.failed else 0


def cmd_new_year(args) -> int:
    from ita_site.catalog import load_catalogs
    from ita_site.content.new_year import NewYearError, create_year
    from ita_site.base.problems import Problems
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


def cmd_new(args) -> int:
    import datetime as _dt

    from ita_site import scaffold
    from ita_site.catalog import load_catalogs
    from ita_site.messages import adoption as new_msg

    target = Path(args.folder)
    values = {}
    for option, name, example in (("--name", "name", "องค์การบริหารส่วนตำบลบ้านตัวอย่าง"),
                                  ("--type", "type", "องค์การบริหารส่วนตำบล"),
                                  ("--province", "province", "ขอนแก่น")):
        value = getattr(args, name)
        if value is not None:
            value = value.strip()
            if not value or "\n" in value or "\r" in value:
                say(new_msg.NEW_BAD_VALUE.format(option=option, example=example), sys.stderr)
                return 2
        values[name] = value
    year = args.year if args.year is not None else scaffold.fiscal_year(_dt.date.today())
    if not 2500 <= year <= 2700:
        say(new_msg.NEW_BAD_YEAR.format(year=year), sys.stderr)
        return 2
    if target.exists() and not target.is_dir():
        say(new_msg.NEW_NOT_A_FOLDER.format(path=target), sys.stderr)
        return 1
    if scaffold.has_content(target) and not args.force:
        say(new_msg.NEW_NOT_EMPTY.format(path=target), sys.stderr)
        return 1
    catalogs = load_catalogs()
    framework = catalogs.framework_for(year)
    grouping = framework.grouping if framework is not None else "issues"
    outcome = scaffold.create_site(target, scaffold.Agency(**values), year, grouping)
    if outcome.skipped:
        names = ", ".join(p.relative_to(target).as_posix() for p in outcome.skipped)
        say(new_msg.NEW_SKIPPED.format(names=names))
    if not outcome.written:
        say(new_msg.NEW_NOTHING)
        return 0
    say(new_msg.NEW_WROTE.format(path=target, count=len(outcome.written)))
    say(new_msg.NEW_NEXT.format(path=target))
    if year not in catalogs:
        years = ", ".join(str(y) for y in catalogs.years)
        say(new_msg.NEW_NO_CATALOG.format(year=year, years=years))
    return 0


def cmd_schema(args) -> int:
    from ita_site.content import json_schema
    from ita_site.messages import adoption as new_msg

    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in json_schema.rendered().items():
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
    say(new_msg.SCHEMA_WROTE.format(names=", ".join(str(folder / n) for n in json_schema.FILES)))
    return 0


def cmd_serve(args) -> int:
    """Preview the site while editing: MkDocs' live preview with the plugin's incremental
    rebuilds, told of edits by the operating system (ita_site.plugin.dev_server)."""
    from ita_site.plugin.dev_server import serve

    config = Path(args.config)
    if not config.is_file():
        say(msg.NO_CONFIG.format(path=config), sys.stderr)
        return 2
    return serve(config, args.dev_addr, poll=args.poll, open_in_browser=args.open)


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
    check.add_argument("--standard", action="store_true",
                       help="ตรวจตามมาตรฐานเว็บไซต์ภาครัฐ (มสพร. 11-2566) / check the Thai "
                            "Government Website Standard")
    check.add_argument("--site", default=None,
                       help="โฟลเดอร์เว็บไซต์ที่สร้างแล้ว (ค่าเริ่มต้น: site_dir ของ mkdocs.yml) / "
                            "built site to check with --standard (default: site_dir of mkdocs.yml)")
    check.set_defaults(run=cmd_check)

    new_year = commands.add_parser("new-year", help="สร้างโฟลเดอร์ปีใหม่ / start a new year folder")
    new_year.add_argument("year", type=int, help="ปี พ.ศ. / B.E. year, e.g. 2569")
    new_year.add_argument("--copy-from", type=int, default=None,
                          help="คัดลอกมาตรการจากปีนี้เป็นแผนของปีใหม่ / copy this year's measures as plans")
    new_year.set_defaults(run=cmd_new_year)

    new = commands.add_parser("new", help="สร้างเว็บไซต์ใหม่ / start a new site")
    new.add_argument("folder", help="โฟลเดอร์ของเว็บไซต์ใหม่ / folder of the new site")
    new.add_argument("--name", help="ชื่อเต็มของหน่วยงาน / the agency's full name")
    new.add_argument("--type", help="ประเภทหน่วยงาน / kind of agency, e.g. องค์การบริหารส่วนตำบล")
    new.add_argument("--province", help="จังหวัด / province")
    new.add_argument("--year", type=int, default=None,
                     help="ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีปัจจุบัน) / B.E. fiscal year (default: current)")
    new.add_argument("--force", action="store_true",
                     help="เขียนไฟล์ที่ยังไม่มีในโฟลเดอร์ที่มีไฟล์อยู่แล้ว ไม่เขียนทับ / "
                          "add missing files to a folder with content, never overwriting")
    new.set_defaults(run=cmd_new)

    schema = commands.add_parser("schema", help="เขียน JSON Schema ของไฟล์เนื้อหา / write JSON Schemas")
    schema.add_argument("folder", nargs="?", default="schemas",
                        help="โฟลเดอร์ปลายทาง / output folder (default: schemas)")
    schema.set_defaults(run=cmd_schema)

    try:
        from ita_site.importer import command as import_command
    except ImportError:  # pragma: no cover - the importer ships with the package
        import_command = None
    if import_command is not None:
        importer = commands.add_parser(
            "import", help="นำเข้ารายงานเดิม (DOCX, XLSX, ข้อความจาก PDF) / import existing reports")
        import_command.add_arguments(importer)
        importer.set_defaults(run=import_command.run)

    serve = commands.add_parser(
        "serve", help="ดูตัวอย่างเว็บไซต์ขณะแก้ไข / preview the site while editing")
    serve.add_argument("-a", "--dev-addr", default=None, metavar="IP:PORT",
                       help="ที่อยู่ของตัวอย่าง (ค่าเริ่มต้น: dev_addr ของ mkdocs.yml หรือ "
                            "127.0.0.1:8000) / address to serve on (default: dev_addr of "
                            "mkdocs.yml, else 127.0.0.1:8000)")
    serve.add_argument("--poll", action="store_true",
                       help="ตรวจหาการแก้ไขด้วยการไล่ดูไฟล์ (สำหรับโฟลเดอร์บนเครือข่ายหรือ WSL) / "
                            "look for edits by listing files (network folders, WSL)")
    serve.add_argument("-o", "--open", action="store_true",
                       help="เปิดเบราว์เซอร์ / open the preview in a browser")
    serve.set_defaults(run=cmd_serve)

    from ita_site.portal import command as portal_command
    portal = commands.add_parser("portal", help="พอร์ทัลของหลายหน่วยงาน / many agencies' sites "
                                                "and one view of them")
    portal_command.add_arguments(portal)
    portal.set_defaults(run=portal_command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Material prints its end-of-life notice to every MkDocs run; the guide explains it once.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
