"""`ita-site portal build`: build every changed agency on Dask, then the portal pages.

Builds fan out on Dask distributed: by default a LocalCluster of worker processes (one per
core, one build at a time each, dashboard off) that this command starts and stops; with
`--scheduler tcp://HOST:PORT` the same tasks go to an existing cluster. See
ita_site.portal.task for how content and sites travel between client and workers.

Incremental: an agency whose packed folder (content, mkdocs.yml, catalogs) and ita-site
version hash the same as at its last build is not sent again; its row comes from
`<output>/.portal-state.json`. A failed agency keeps its last good site: a new site replaces
the old one only once it has been built and unpacked whole.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path

from ita_site.messages import portal as msg
from ita_site.portal.config import Portal
from ita_site.portal.core import problem_dict
from ita_site.portal.task import build_agency, pack, unpack

STATE = ".portal-state.json"
# How often a long run records its progress (an interrupted run resumes from there).
SAVE_EVERY = 20
# A worker that dies part way hands its task back to the scheduler; a task that raises is
# tried again up to this many times before the agency is listed as failed.
RETRIES = 2


class SchedulerUnreachable(RuntimeError):
    """The Dask scheduler given with --scheduler cannot be reached."""


def version() -> str:
    try:
        return metadata.version("ita-site")
    except metadata.PackageNotFoundError:  # pragma: no cover - a bare checkout
        return "0"


def read_state(output: Path) -> dict:
    try:
        state = json.loads((output / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"agencies": {}}
    return state if isinstance(state.get("agencies"), dict) else {"agencies": {}}


def write_state(output: Path, state: dict) -> None:
    temp = output / (STATE + ".tmp")
    temp.write_text(json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True),
                    encoding="utf-8")
    os.replace(temp, output / STATE)


def build_epoch() -> int:
    """Midnight UTC of today: pinned into every build (SOURCE_DATE_EPOCH), so a local and a
    cluster run of the same input on the same day write the same bytes."""
    today = _dt.datetime.now(_dt.timezone.utc).date()
    return int(_dt.datetime(today.year, today.month, today.day, tzinfo=_dt.timezone.utc)
               .timestamp())


def _client(scheduler: str | None, workers: int | None):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="20s"), None
    # The dashboard stays off, but the scheduler still serves its health checks over HTTP:
    # on a free port of 127.0.0.1, not Dask's fixed 8787, which another Dask on the machine
    # may hold (the build then printed an English warning about it).
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, dashboard_address=None, host="127.0.0.1",
                           scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    return Client(cluster), cluster


def build_agencies(portal: Portal, *, scheduler: str | None = None, workers: int | None = None,
                   timeout: float = 600, force: bool = False, stream=None) -> dict:
    """Build every agency that changed; returns the updated state (also written to output)."""
    stream = stream or sys.stderr
    output = portal.output
    output.mkdir(parents=True, exist_ok=True)
    state = read_state(output)
    records = state["agencies"]
    ours = version()
    jobs = {}
    for agency in portal.agencies:
        archive = pack(agency.folder)
        key = hashlib.sha256(ours.encode() + b"\0" + portal.agency_url(agency.slug).encode()
                             + b"\0" + archive).hexdigest()
        old = records.get(agency.slug)
        if not force and old and old.get("hash") == key and (
                not old.get("ok") or (output / agency.slug).is_dir()):
            continue
        jobs[agency.slug] = (agency.folder, key)  # packed again when sent: memory stays small
    for slug in list(records):  # agencies no longer in PORTAL.yml leave the portal
        if slug not in {a.slug for a in portal.agencies}:
            del records[slug]
            # Only a folder this command made (it is in the state) is ever removed.
            shutil.rmtree(output / slug, ignore_errors=True)
    state.update(version=ours, built=sorted(jobs))
    if jobs:
        try:
            client, cluster = _client(scheduler, workers)
        except (OSError, ValueError) as error:  # no scheduler there, or not an address
            raise SchedulerUnreachable(str(error)) from None
        try:
            _run_jobs(client, portal, jobs, records, timeout, stream,
                      save=lambda: write_state(output, state))
        finally:
            # Written even when the run is stopped part way: the sites already placed are
            # recorded, so the next run does not build them again.
            write_state(output, state)
            client.close()
            if cluster is not None:
                cluster.close()
    else:
        write_state(output, state)
    return state


def _run_jobs(client, portal: Portal, jobs: dict, records: dict, timeout: float, stream,
              save=lambda: None) -> None:
    """Send the builds, a few per worker at a time (the archives of thousands of agencies
    are never all in memory), and place each site as it comes back."""
    from dask.distributed import as_completed

    epoch, output = build_epoch(), portal.output
    window = max(4, 2 * len(client.scheduler_info().get("workers", {})))
    waiting = list(jobs)
    futures: dict = {}
    running = as_completed()

    def send(slug: str) -> None:
        folder, key = jobs[slug]
        future = client.submit(build_agency, slug, pack(folder), portal.agency_url(slug), epoch,
                               timeout, key=f"ita-agency-{slug}-{key[:16]}", retries=RETRIES)
        futures[future] = slug
        running.add(future)

    for slug in waiting[:window]:
        send(slug)
    waiting = waiting[window:]
    done = failed = 0
    _progress(stream, done, failed, len(jobs))
    for future in running:
        slug = futures.pop(future)
        try:
            result = future.result()
        except Exception as error:  # the engine gave up on the task: listed, not raised
            text = msg.TASK_LOST.format(slug=slug, reason=type(error).__name__)
            result = {"slug": slug, "ok": False, "facts": None, "site": None,
                      "problems": [problem_dict(slug, text)], "coverage": []}
        future.release()
        if waiting:
            send(waiting.pop(0))
        records[slug] = _record(output, records.get(slug), result, jobs[slug][1])
        done += 1
        failed += not result["ok"]
        _progress(stream, done, failed, len(jobs))
        if done % SAVE_EVERY == 0:
            save()


def _progress(stream, done: int, failed: int, total: int) -> None:
    line = msg.PROGRESS.format(done=done, total=total, ok=done - failed, failed=failed,
                               left=total - done)
    end = "\r" if stream.isatty() and done < total else "\n"
    print(line, end=end, file=stream, flush=True)


def _record(output: Path, old: dict | None, result: dict, key: str) -> dict:
    """Place a successful site in output/<slug>/ (whole or not at all) and say what the
    portal shows for the agency; a failure keeps the last good site and its figures."""
    slug = result["slug"]
    if result["ok"]:
        fresh, previous = output / f".new-{slug}", output / f".old-{slug}"
        for leftover in (fresh, previous):
            shutil.rmtree(leftover, ignore_errors=True)
        unpack(result["site"], fresh)
        if (output / slug).exists():
            os.replace(output / slug, previous)
        os.replace(fresh, output / slug)
        shutil.rmtree(previous, ignore_errors=True)
        good = {"facts": result["facts"], "coverage": result["coverage"]}
    else:
        good = (old or {}).get("good") if (output / slug).is_dir() else None
    return {"hash": key, "ok": result["ok"], "facts": result["facts"],
            "problems": result["problems"], "good": good}
