"""Built fixture sites shared by every test of one run, across pytest-xdist workers.

A session fixture is made once per worker; a site that several workers read would be built
once by each. `shared_folder` makes it once per run: the first worker to ask builds it under a
file lock in the run's common temporary folder, the others wait and then read the same folder.
The folder's name holds a hash of the inputs, so two fixtures never share a folder by accident.
Tests must only read what they get here; a test that changes the input builds its own site.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on Windows: each worker then builds its own copy, which is still right
    fcntl = None


def run_folder(tmp_path_factory) -> Path:
    """The temporary folder every worker of this run sees (never one of an earlier run)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def inputs_hash(*inputs: Path | str) -> str:
    """A short hash of files, of every file under folders, and of plain strings."""
    digest = hashlib.sha256()
    for item in inputs:
        if isinstance(item, str):
            digest.update(b"s" + item.encode("utf-8"))
            continue
        files = sorted(p for p in item.rglob("*") if p.is_file()) if item.is_dir() else [item]
        for path in files:
            if "__pycache__" in path.parts or ".cache" in path.parts:
                continue
            digest.update(str(path.relative_to(item) if item.is_dir() else path.name).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def shared_folder(tmp_path_factory, name: str, inputs: Iterable[Path | str],
                  make: Callable[[Path], None]) -> Path:
    """A folder `make(folder)` filled once in this run, whichever worker asks first."""
    root = run_folder(tmp_path_factory) / "shared-sites"
    root.mkdir(parents=True, exist_ok=True)
    folder = root / f"{name}-{inputs_hash(name, *inputs)}"
    if fcntl is None:
        folder = tmp_path_factory.mktemp(name)
    with _locked(root / f"{folder.name}.lock"):
        done = folder / ".made"
        if not done.exists():
            if folder.exists():  # left half made by a worker that failed: start again
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            make(folder)
            done.touch()
    return folder
