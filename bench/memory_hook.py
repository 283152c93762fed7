"""MkDocs hook used by bench/same_pages.py --timeline: where a build's memory peak happens.

At each step of the build (and every 1,000 pages written) it notes the process's resident
memory now (VmRSS) and the highest so far (VmHWM), with the seconds since the build began, and
writes the lines to the file named by the environment variable ITA_BENCH_MEMORY. A step whose
VmHWM is higher than the step before it is where the peak grew. Linux only (/proc).

With ITA_BENCH_TRACE=<step> (a word of a step's name, e.g. "Thai"), Python's allocations are
traced (tracemalloc, the build runs several times slower) and the lines that hold the most
memory at that step are added to the file, grouped by where they were allocated.
"""

from __future__ import annotations

import os
import time
import tracemalloc

from mkdocs.plugins import CombinedEvent, event_priority

_START = time.perf_counter()
_TRACE = os.environ.get("ITA_BENCH_TRACE", "")
_lines: list[str] = []
_pages = 0
if _TRACE:
    tracemalloc.start(12)


def _note(step: str) -> None:
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0]) / 1024
    traced = ""
    if _TRACE:
        now, peak = tracemalloc.get_traced_memory()
        traced = f"python {now / 2**20:6.1f} MB (peak {peak / 2**20:6.1f})  "
    _lines.append(f"{time.perf_counter() - _START:8.2f} s  rss {fields['VmRSS']:7.1f} MB  "
                  f"peak {fields['VmHWM']:7.1f} MB  {traced}{step}")
    if _TRACE and _TRACE in step:
        _top_allocations()


def _top_allocations() -> None:
    """The 25 places whose allocations still live hold the most, with the frames of ours or of
    MkDocs/Material that led there (the innermost frames are often the standard library)."""
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)])
    for stat in snapshot.statistics("traceback")[:25]:
        _lines.append(f"  {stat.size / 2**20:7.2f} MB in {stat.count} blocks")
        frames = [f for f in stat.traceback if "site-packages" in f.filename
                  or "ita_site" in f.filename][-4:] or list(stat.traceback)[-2:]
        for frame in frames:
            name = frame.filename.split("site-packages/")[-1].split("/ita_site/")[-1]
            _lines.append(f"      {name}:{frame.lineno}")


def _write() -> None:
    target = os.environ.get("ITA_BENCH_MEMORY")
    if target:
        with open(target, "w", encoding="utf-8") as out:
            out.write("\n".join(_lines) + "\n")


@event_priority(1000)
def _config_first(config):
    _note("config (first)")


@event_priority(1000)
def _files_first(files, config):
    _note("files, before plugins (MkDocs listed content)")


@event_priority(-1000)
def _files_last(files, config):
    _note("files, after plugins (content checked, pages generated)")


@event_priority(-1000)
def _nav_last(nav, config, files):
    _note("nav")


@event_priority(1000)
def _env_first(env, config, files):
    _note("env (every page's Markdown converted)")


@event_priority(-1000)
def _post_page(output, page, config):
    global _pages
    _pages += 1
    if _pages % 1000 == 0:
        _note(f"{_pages} pages written")


@event_priority(1000)
def _post_build_first(config):
    _note(f"post_build, first ({_pages} pages written)")


@event_priority(-10)
def _after_material_search(config):
    _note("post_build, after Material search (priority 0)")


@event_priority(-75)
def _after_thai_search(config):
    _note("post_build, after the Thai index and standard report (priority -50)")


@event_priority(float("-inf"))
def _post_build_last(config):
    _note("post_build, last (compressed copies, publishing)")
    _write()


on_config = CombinedEvent(_config_first)
on_files = CombinedEvent(_files_first, _files_last)
on_nav = CombinedEvent(_nav_last)
on_env = CombinedEvent(_env_first)
on_post_page = CombinedEvent(_post_page)
on_post_build = CombinedEvent(_post_build_first, _after_material_search, _after_thai_search,
                              _post_build_last)
