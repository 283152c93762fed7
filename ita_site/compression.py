"""Compressed copies of a built site's text files, for hosts that serve them as they are.

A phone on a slow link pays for every byte: Material's stylesheet and script and our pages
shrink to a fifth or less compressed. Hosts that compress on the fly (GitHub Pages, Netlify,
Cloudflare) need nothing; nginx (`gzip_static on`, `brotli_static on`) and Apache (rewrite
rules, see the guide's publishing chapter) send `<file>.gz` or `<file>.br` beside `<file>` to
browsers that accept it. The copies are deterministic: the same site gives the same bytes
(no time or name in the gzip header), so a rebuild uploads nothing new.

Each file is read in chunks and compressed from file to file: the copies need the compressors'
own state (about 10 MB a thread for a search-index file of several megabytes, bounded by
brotli's window) and never a whole file and its copies at once. They are made last, when the
build holds the most.
"""

from __future__ import annotations

import filecmp
import os
import zlib
from concurrent.futures import ThreadPoolExecutor
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


def _compress_one(path: Path) -> int:
    """Write path.gz and path.br; returns how many files were written."""
    deflate = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, _GZIP_WBITS)
    packer = brotli.Compressor(mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)
    gz, br = _Copy(path, ".gz"), _Copy(path, ".br")
    try:
        size = 0
        with open(path, "rb") as source:
            while chunk := source.read(CHUNK):
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


def text_files(site_dir: Path) -> list[Path]:
    """The site's files worth compressing, in a stable order."""
    found = []
    for folder, _dirs, names in os.walk(site_dir):
        for name in names:
            path = Path(folder, name)
            if path.suffix.lower() in TEXT_SUFFIXES and not path.is_symlink() \
                    and path.stat().st_size >= MIN_SIZE:
                found.append(path)
    return sorted(found)


def precompress_site(site_dir: Path, workers: int | None = None) -> int:
    """Add a .gz and a .br copy beside every text file of the built site; returns how many
    copies it holds. zlib and brotli let go of the interpreter while they work, so threads
    use every core."""
    files = text_files(site_dir)
    if not files:
        return 0
    with ThreadPoolExecutor(max_workers=workers or min(8, os.cpu_count() or 1)) as pool:
        return sum(pool.map(_compress_one, files))
