"""Portal benchmark: N generated agencies (about 30 measures over two years each, varied
names, districts, types and scores), built

  1. one after another, each as the portal builds it (`mkdocs build` in a subprocess), for
     the per-agency time and the sequential total;
  2. as `ita-site portal build` does on a LocalCluster (one worker per core, or --workers);
  3. again after editing one measure of one agency (the incremental rebuild).

It prints wall times, per-agency time, the peak memory of each worker (its own and that of
its largest build subprocess) and the speed-up of (2) against (1). Not a test: figures depend
on the machine.

    .venv/bin/python bench/portal_bench.py --agencies 200 [--workers 2] [--sequential N]

`--sequential N` builds only every k-th agency one after another (N of them, spread over the
types) and scales their mean to all agencies: on a busy machine the full baseline would take
as long as everything else together. Each phase prints the load average beside its figures.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synthetic import measure_text  # noqa: E402

from ita_site import scaffold  # noqa: E402
from ita_site.portal.config import read_portal  # noqa: E402
from ita_site.portal.run import build_agencies, build_epoch, write_state  # noqa: E402
from ita_site.portal.site import build_portal_site  # noqa: E402
from ita_site.portal.task import build_agency, pack  # noqa: E402

DISTRICTS = ["เมือง", "ภูเวียง", "ชุมแพ", "น้ำพอง", "บ้านไผ่", "พล", "กระนวน", "มัญจาคีรี"]
TYPES = [("องค์การบริหารส่วนตำบล", "abt"), ("เทศบาลตำบล", "tbt"), ("โรงพยาบาล", "rph")]
YEARS = (2567, 2568)


def generate(root: Path, count: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    for number in range(1, count + 1):
        kind, prefix = TYPES[number % len(TYPES)]
        folder = root / "agencies" / f"{prefix}-{number:04d}"
        scaffold.create_site(folder, scaffold.Agency(name=f"{kind}ทดสอบที่ {number}", type=kind,
                                                     province="ขอนแก่น"), YEARS[-1])
        content = folder / "content"
        agency = content / "agency.yml"
        agency.write_text(agency.read_text(encoding="utf-8").replace(
            'district: "ตัวอย่าง"', f'district: "{rng.choice(DISTRICTS)}"'), encoding="utf-8")
        for year in YEARS:
            measures = content / str(year) / "measures"
            shutil.rmtree(measures, ignore_errors=True)  # the starter measures' order numbers
            measures.mkdir(parents=True)
            for index in range(1, rng.randint(12, 18) + 1):
                (measures / f"m{index:02d}.md").write_text(measure_text(rng, index, year),
                                                           encoding="utf-8")
            scores = "" if rng.random() < 0.3 else (
                f"\nscores:\n  total: {rng.uniform(60, 99):.2f}\n")
            (content / str(year) / "year.yml").write_text(
                f"survey_code: x{number:04d}\n{scores}", encoding="utf-8")
    portal = root / "portal.yml"
    portal.write_text("name: ITA จังหวัดทดสอบ\nsite_url: https://ita.example.go.th/\n"
                      "agencies: [agencies/*]\noutput: public\n", encoding="utf-8")
    return portal


def load() -> str:
    return "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def sequential(portal, count: int | None = None) -> list[float]:
    times = []
    agencies = portal.agencies
    if count is not None and count < len(agencies):
        step = len(agencies) / count
        agencies = [agencies[int(i * step)] for i in range(count)]
    for agency in agencies:
        start = time.perf_counter()
        result = build_agency(agency.slug, pack(agency.folder), portal.agency_url(agency.slug),
                              build_epoch(), 600)
        times.append(time.perf_counter() - start)
        if not result["ok"]:
            print(f"  {agency.slug} failed: {result['problems'][:1]}", flush=True)
    return times


def _peaks() -> dict:
    """A worker's own peak RSS and the largest of its finished subprocesses (MB), and the CPU
    seconds of both: on a shared machine CPU time, unlike wall time, plans a larger run."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return {"worker_mb": own.ru_maxrss / 1024, "build_mb": children.ru_maxrss / 1024,
            "cpu_s": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime}


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def portal_run(portal, workers: int | None) -> tuple[float, dict]:
    from dask.distributed import Client, LocalCluster

    peaks = {}
    start, cpu = time.perf_counter(), _cpu_self()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, host="127.0.0.1")
    address = cluster.scheduler_address
    try:
        state = build_agencies(portal, scheduler=address, timeout=600)
        with Client(address) as client:
            peaks = client.run(_peaks)
    finally:
        cluster.close()
    build_portal_site(portal, state, build_epoch())
    write_state(portal.output, state)
    peaks["client"] = {"worker_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                       "build_mb": 0.0, "cpu_s": _cpu_self() - cpu}
    return time.perf_counter() - start, peaks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agencies", type=int, default=200)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "portal")
    parser.add_argument("--skip-sequential", action="store_true")
    parser.add_argument("--sequential", type=int, default=None,
                        help="build only this many agencies one after another and scale")
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    portal = read_portal(generate(args.out, args.agencies))
    print(f"{len(portal.agencies)} agencies generated in {args.out}", flush=True)
    seq_total = None
    if not args.skip_sequential:
        print(f"sequential start: {load()}", flush=True)
        times = sequential(portal, args.sequential)
        seq_total = statistics.mean(times) * len(portal.agencies)
        print(f"sequential ({len(times)} agencies built, scaled to {len(portal.agencies)}): "
              f"{seq_total:.1f} s, per agency median {statistics.median(times):.2f} s"
              f" (mean {statistics.mean(times):.2f}, min {min(times):.2f}, max {max(times):.2f});"
              f" {load()}", flush=True)
    print(f"portal build start: {load()}", flush=True)
    seconds, peaks = portal_run(portal, args.workers)
    print(f"portal build (local cluster, {len(peaks) - 1} workers): {seconds:.1f} s"
          + (f", speed-up {seq_total / seconds:.2f}x" if seq_total else "")
          + f", {seconds / len(portal.agencies):.2f} s per agency; {load()}", flush=True)
    for worker, peak in sorted(peaks.items()):
        print(f"  {worker}: worker {peak['worker_mb']:.0f} MB peak, largest build "
              f"{peak['build_mb']:.0f} MB peak, {peak['cpu_s']:.0f} CPU s")
    cpu = sum(peak["cpu_s"] for peak in peaks.values())
    print(f"CPU time: {cpu:.0f} s, {cpu / len(portal.agencies):.2f} CPU s per agency "
          f"(workers, their builds and the client; the portal pages' build not counted)")
    size = sum(p.stat().st_size for p in portal.output.rglob("*") if p.is_file())
    files = sum(1 for p in portal.output.rglob("*") if p.is_file())
    print(f"output: {size / 2**20:.1f} MB, {files} files "
          f"({files / len(portal.agencies):.0f} files per agency)")
    edited = next((portal.agencies[0].folder / "content" / str(YEARS[-1]) / "measures")
                  .glob("m01.md"))
    edited.write_text(edited.read_text(encoding="utf-8").replace("status: done",
                                                                 "status: in-progress"),
                      encoding="utf-8")
    seconds, _ = portal_run(portal, args.workers)
    print(f"incremental rebuild after editing one measure: {seconds:.1f} s; {load()}",
          flush=True)


if __name__ == "__main__":
    main()
