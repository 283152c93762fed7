"""One agency's build, as a pure task a Dask worker runs.

How content reaches a worker and the site comes back: the client packs the agency folder
(mkdocs.yml, content/, its own catalogs; without site/ and dot folders) into a tar archive and
sends the bytes with the task; the worker unpacks it into a temporary folder, builds it with
`mkdocs build` in a subprocess of its own (MkDocs keeps global state, so two builds never share
a process), reads the facts the portal needs, and returns the built site as tar bytes, which the
client unpacks into `<output>/<slug>/`. Workers need no disk shared with the client, and a task
has no effect outside its temporary folder, so the engine may run it again (`retries=`) when a
worker dies part way.

Archives are made with sorted names, zero times and fixed owners, so the same folder always
gives the same bytes: their hash is the agency's content key for incremental builds.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from ita_site.messages import portal as msg
from ita_site.portal.core import agency_facts, problem_dict

_SKIPPED_TOP = frozenset({"site"})
# oit.json writes an item's status in Thai: "มี" when it has evidence.
_HAS = "มี"


def pack(folder: Path, *, skip_top: frozenset = _SKIPPED_TOP) -> bytes:
    """The files under `folder` as deterministic tar bytes (dot entries skipped everywhere)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for path in _walk(folder, folder, skip_top):
            info = tarfile.TarInfo(path.relative_to(folder).as_posix())
            data = path.read_bytes()
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _walk(root: Path, folder: Path, skip_top: frozenset):
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if folder == root and entry.name in skip_top:
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(root, entry, skip_top)
        elif entry.is_file() and not entry.is_symlink():
            yield entry


def unpack(data: bytes, target: Path) -> None:
    """Unpack tar bytes into `target`; the "data" filter refuses links and paths outside it."""
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(target, filter="data")


def build_agency(slug: str, archive: bytes, site_url: str, build_epoch: int,
                 timeout: float) -> dict:
    """Build one agency's site from its packed folder. Returns a JSON-ready result plus
    `site` (tar bytes of the built site, or None when the build failed)."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"ita-portal-{slug}-") as temp:
        source, site = Path(temp) / "src", Path(temp) / "site"
        unpack(archive, source)
        facts = agency_facts(source)
        # INHERIT keeps the agency's own configuration; only the address changes.
        override = source / ".portal-mkdocs.yml"
        override.write_text(f"INHERIT: mkdocs.yml\nsite_url: {json.dumps(site_url)}\n",
                            encoding="utf-8")
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(build_epoch), NO_MKDOCS_2_WARNING="1")
        command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(override),
                   "-d", str(site)]
        problems = list(facts["problems"])
        try:
            run = subprocess.run(command, cwd=source, env=env, capture_output=True, text=True,
                                 timeout=timeout)
            code = run.returncode
        except subprocess.TimeoutExpired:
            code = None
            problems.insert(0, problem_dict(slug, msg.BUILD_TIMEOUT.format(slug=slug,
                                                                           seconds=int(timeout))))
        if code not in (0, None) and not problems:
            detail = " ".join((run.stderr or "").strip().splitlines()[-3:])
            text = msg.BUILD_FAILED.format(slug=slug, code=code, folder=slug)
            problems.append(problem_dict(f"{slug}/mkdocs.yml", text))
            problems[-1]["en"] += f" [{detail}]" if detail else ""
        ok = code == 0
        return {
            "slug": slug, "ok": ok, "facts": facts, "problems": problems[:5],
            "coverage": _coverage(site, site_url) if ok else [],
            "site": pack(site, skip_top=frozenset()) if ok else None,
            "seconds": round(time.monotonic() - started, 3),
        }


def _coverage(site: Path, site_url: str) -> list[dict]:
    """Each ITA year's OIT items from the site's own /<year>/oit.json: has evidence or not,
    and the item page (relative to the agency's site)."""
    years = []
    for path in sorted(site.glob("*/oit.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        items = [{"code": item["code"], "title": item["title"],
                  "has": item["status"] == _HAS,
                  "url": item["url"].removeprefix(site_url)} for item in document["items"]]
        year = document["year"]
        years.append({"year": year, "ita_year": document["ita_year"], "items": items,
                      "covered": sum(i["has"] for i in items), "total": len(items),
                      "report": (site / str(year) / "report" / "index.html").is_file()})
    return years
