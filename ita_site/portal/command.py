"""`ita-site portal build PORTAL.yml [--scheduler tcp://HOST:PORT] [--workers N] [--timeout S]`.

Exit status: 0 when every agency built, 1 when any failed (the portal is still written, with
failed agencies listed and their last good sites kept), 2 when PORTAL.yml or the scheduler
cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ita_site.messages import say
from ita_site.messages import portal as msg


def _positive(kind):
    def read(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise argparse.ArgumentTypeError(msg.NOT_POSITIVE.format(value=text).th + " ("
                                             + msg.NOT_POSITIVE.format(value=text).en + ")")
        return value
    return read


def add_arguments(parser) -> None:
    actions = parser.add_subparsers(dest="portal_command", required=True)
    build = actions.add_parser("build", help="สร้างเว็บไซต์ทุกหน่วยงานและหน้าพอร์ทัล / build all "
                                             "agencies' sites and the portal pages")
    build.add_argument("portal", help="ไฟล์ตั้งค่าพอร์ทัล / the portal file, e.g. portal.yml")
    build.add_argument("--scheduler", default=None,
                       help="ส่งงานไปยัง Dask scheduler ที่มีอยู่ / use an existing Dask "
                            "scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    build.add_argument("--workers", type=_positive(int), default=None,
                       help="จำนวน worker ของ local cluster / local worker processes "
                            "(default: one per core)")
    build.add_argument("--timeout", type=_positive(float), default=600,
                       help="เวลาสูงสุดต่อหน่วยงาน (วินาที) / seconds allowed per agency build")
    build.add_argument("--force", action="store_true",
                       help="สร้างทุกหน่วยงานใหม่ / rebuild every agency, changed or not")


def run(args) -> int:
    from ita_site.portal.config import PortalError, read_portal
    from ita_site.portal.run import (SchedulerUnreachable, build_agencies, build_epoch,
                                     write_state)
    from ita_site.portal.site import PortalSiteError, build_portal_site

    try:
        portal = read_portal(Path(args.portal))
    except PortalError as error:
        for text in error.problems:
            say(text, sys.stderr)
        return 2
    try:
        state = build_agencies(portal, scheduler=args.scheduler, workers=args.workers,
                               timeout=args.timeout, force=args.force)
    except SchedulerUnreachable as error:
        say(msg.SCHEDULER_UNREACHABLE.format(address=args.scheduler, reason=error), sys.stderr)
        return 2
    try:
        build_portal_site(portal, state, build_epoch())
    except PortalSiteError as error:
        say(error.text, sys.stderr)
        return 1
    write_state(portal.output, state)
    records = state["agencies"]
    failed = sorted(slug for slug, record in records.items() if not record["ok"])
    for slug in failed:
        for problem in records[slug]["problems"]:
            print(f"{slug}: {problem['where']}\n  {problem['th']}\n  ({problem['en']})",
                  file=sys.stderr)
    built = len(state.get("built", []))
    say(msg.SUMMARY_OK.format(output=portal.output, count=len(records), built=built,
                              kept=len(records) - built))
    if failed:
        say(msg.SUMMARY_FAILED.format(failed=len(failed), slugs=", ".join(failed)), sys.stderr)
        return 1
    return 0
