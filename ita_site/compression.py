"""Compressed copies of a built site's text files, for hosts that serve them as they are.

A phone on a slow link pays for every byte: Material's stylesheet and script and our pages
shrink to a fifth or less compressed. Hosts that compress on the fly (GitHub Pages, Netlify,
Cloudflare) need nothing; nginx (`gzip_static on`, `brotli_static on`) and Apache (rewrite
rules, see the guide's publishing chapter) send `<file>.gz` or `<file>.br` beside `<file>` to
browsers that accept it. The copies are deterministic: the same site gives the same bytes
(no time or name in the gzip header), so a rebuild uploads nothing new.

Each file is read in chunks and compressed from file to file: the copies need the compressors'
own state (about 10 MB a thread for a search-index file of several megabytes, bounded by
brotli's window) and never a whole file and its copies at once.

A build renders its pages on one core; :class:`SiteCopies` compresses each page on the other
cores while the next ones are rendered, so most of the copies cost no time the build waits for.
What is written later (search index, sitemap, or a page another plugin rewrote) is compressed
at the end, when every file is in place.
"""

from __future__ import annotations

import filecmp
import hashlib
import os
import threading
import zlib
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import brotli

TEXT_SUFFIXES = frozenset({".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv",
                           ".map", ".webmanifest"})
# Below this a compressed copy saves less than the request headers weigh.
MIN_SIZE = 1024
# Measured on a 1,000-measure site's pages: gzip 9 is twice as slow as 6 for 1% less; brotli 9
# is twenty times as slow as 5 for 0.3% less (15.2% against 15.5% of the original size).
GZIP_LEVEL = 6
BROTLI_QUALITY = 5
# Brotli chooses its match finder by the input it holds when it first encodes (another one from
# 1 MiB on): chunks of 1 MiB give the same choice, so the same bytes, as one whole-file call.
CHUNK = 1 << 20
# Pages waiting for a compressing thread hold their bytes: a build that renders faster than the
# spare cores compress waits for them rather than piling up a site's worth of HTML.
BACKLOG = 32
# zlib writes the gzip header and trailer itself: no name and time 0, as gzip.compress(mtime=0).
_GZIP_WBITS = 16 + zlib.MAX_WBITS


class _Copy:
    """One compressed copy being written beside its original, under a temporary name."""

    def __init__(self, path: Path, suffix: str) -> None:
        self.target = path.with_name(path.name + suffix)
        self.part = path.with_name(f".{path.name}{suffix}.part")
        self.out = open(self.part, "wb")  # noqa: SIM115 - closed in finish/abandon
        self.size = 0

    def write(self, data: bytes) -> None:
        if data:
            self.out.write(data)
            self.size += len(data)

    def finish(self, original_size: int) -> int:
        """Put the copy in place; 0 when it is not smaller (a host would send the original)."""
        self.out.close()
        if self.size >= original_size:
            self.part.unlink()
            return 0
        if self.target.is_file() and filecmp.cmp(self.part, self.target, shallow=False):
            self.part.unlink()  # same bytes: the file keeps its date, a sync copies nothing
        else:
            os.replace(self.part, self.target)
        return 1

    def abandon(self) -> None:
        self.out.close()
        self.part.unlink(missing_ok=True)


def _compress_chunks(path: Path, chunks: Iterable[bytes]) -> int:
    """Write path.gz and path.br from chunks, the bytes path holds (or is about to hold);
    returns how many copies were written."""
    deflate = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, _GZIP_WBITS)
    packer = brotli.Compressor(mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)
    gz, br = _Copy(path, ".gz"), _Copy(path, ".br")
    try:
        size = 0
        for chunk in chunks:
            size += len(chunk)
            gz.write(deflate.compress(chunk))
            br.write(packer.process(chunk))
        gz.write(deflate.flush())
        br.write(packer.finish())
    except BaseException:
        gz.abandon()
        br.abandon()
        raise
    return gz.finish(size) + br.finish(size)


def _compress_one(path: Path) -> int:
    with open(path, "rb") as source:
        return _compress_chunks(path, iter(lambda: source.read(CHUNK), b""))


def _worth_compressing(path: Path, size: int) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES and size >= MIN_SIZE


def text_files(site_dir: Path) -> list[Path]:
    """The site's files worth compressing, in a stable order."""
    found = []
    for folder, _dirs, names in os.walk(site_dir):
        for name in names:
            path = Path(folder, name)
            if not path.is_symlink() and _worth_compressing(path, path.stat().st_size):
                found.append(path)
    return sorted(found)


def precompress_site(site_dir: Path, workers: int | None = None) -> int:
    """Add a .gz and a .br copy beside every text file of the built site; returns how many
    copies it holds. zlib and brotli let go of the interpreter while they work, so threads
    use every core."""
    return _compress_files(text_files(site_dir), workers or _cores())


def _compress_files(files: list[Path], workers: int) -> int:
    if not files:
        return 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(_compress_one, files))


def _cores() -> int:
    return min(8, os.cpu_count() or 1)


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class SiteCopies:
    """The compressed copies of one build, made while its pages are still being rendered.

    :meth:`add` takes a page's bytes as they will be written and compresses them on a spare
    core; :meth:`finish` waits for those, then compresses every text file of the finished site
    that was not given as it now stands. The copies are the same bytes as
    :func:`precompress_site` writes.
    """

    def __init__(self, workers: int | None = None) -> None:
        # The build keeps one core busy rendering; the copies take the others (one at least).
        self._pool = ThreadPoolExecutor(max_workers=workers or max(1, _cores() - 1))
        self._room = threading.BoundedSemaphore(BACKLOG)
        self._given: dict[Path, tuple[bytes, Future[int]]] = {}

    def add(self, path: Path, data: bytes) -> None:
        """Compress data, which is about to be written at path."""
        if not _worth_compressing(path, len(data)):
            return
        if path in self._given:  # the same file twice: its copies are written by one thread
            self._given[path][1].result()
        self._room.acquire()
        try:
            future = self._pool.submit(self._write, path, data)
        except BaseException:
            self._room.release()
            raise
        self._given[path] = (_digest(data), future)

    def _write(self, path: Path, data: bytes) -> int:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            view = memoryview(data)
            return _compress_chunks(path, (view[i:i + CHUNK] for i in range(0, len(data), CHUNK)))
        finally:
            self._room.release()

    def finish(self, site_dir: Path) -> int:
        """Complete the copies of the finished site; returns how many copies it holds."""
        self._pool.shutdown(wait=True)
        made = {path: future.result() for path, (_, future) in self._given.items()}
        files = text_files(site_dir)
        current = set(files)
        for path in made.keys() - current:  # given, then removed or cut below MIN_SIZE
            for suffix in (".gz", ".br"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        rest = [path for path in files if not self._still_as_given(path)]
        copies = sum(count for path, count in made.items() if path in current) - \
            sum(made.get(path, 0) for path in rest)
        return copies + _compress_files(rest, _cores())

    def _still_as_given(self, path: Path) -> bool:
        given = self._given.get(path)
        return given is not None and given[0] == _digest(path.read_bytes())

    def discard(self) -> None:
        """Stop: the build failed and its folder is thrown away."""
        self._pool.shutdown(wait=True, cancel_futures=True)
