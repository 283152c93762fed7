"""Compressed copies of a built site (ita_site.compression): same bytes on every build."""

from __future__ import annotations

import gzip
import os

import brotli

from ita_site.compression import precompress_site


def _site(folder):
    (folder / "a").mkdir(parents=True)
    (folder / "index.html").write_text("<p>องค์การบริหารส่วนตำบล</p>\n" * 200, encoding="utf-8")
    (folder / "a" / "style.css").write_text("body { color: #000 }\n" * 100, encoding="utf-8")
    (folder / "a" / "tiny.js").write_text("x()", encoding="utf-8")
    (folder / "a" / "logo.png").write_bytes(b"\x89PNG" + bytes(4000))
    return folder


def test_copies_hold_the_same_bytes_and_skip_tiny_and_binary_files(tmp_path):
    site = _site(tmp_path / "site")
    assert precompress_site(site) == 4
    for name in ("index.html", "a/style.css"):
        data = (site / name).read_bytes()
        assert gzip.decompress((site / f"{name}.gz").read_bytes()) == data
        assert brotli.decompress((site / f"{name}.br").read_bytes()) == data
    assert not (site / "a/tiny.js.gz").exists()
    assert not (site / "a/logo.png.gz").exists()


def test_two_builds_give_identical_copies(tmp_path):
    first, second = _site(tmp_path / "one"), _site(tmp_path / "two")
    precompress_site(first, workers=1)
    precompress_site(second, workers=4)
    for name in ("index.html.gz", "index.html.br", "a/style.css.gz", "a/style.css.br"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    header = (first / "index.html.gz").read_bytes()[:10]
    assert header[4:8] == b"\0\0\0\0", "the gzip header holds the time of the build"
    assert header[3] & 0x08 == 0, "the gzip header holds a file name"


def test_large_files_get_the_bytes_of_a_whole_file_compression(tmp_path):
    """Copies are written in chunks; a search index of several megabytes still gets exactly
    the bytes one call over the whole file gives (brotli decides by the size it first sees)."""
    site = tmp_path / "site"
    site.mkdir()
    words = ["องค์การ", "บริหาร", "มาตรการ", "ทุจริต", "2568", '{"t":', "<p>", "\n"]
    text = "".join(words[(i * 7 + i // 5) % len(words)] + " " for i in range(400_000)).encode()
    sizes = {"index.json": len(text), "exact.json": 1 << 20, "under.json": (1 << 20) - 1}
    for name, size in sizes.items():
        (site / name).write_bytes(text[:size])
    assert len(text) > 3 << 20
    assert precompress_site(site) == 6
    for name in sizes:
        data = (site / name).read_bytes()
        packed_gz = (site / f"{name}.gz").read_bytes()
        packed_br = (site / f"{name}.br").read_bytes()
        assert packed_gz == gzip.compress(data, compresslevel=6, mtime=0), name
        assert packed_br == brotli.compress(data, quality=5, mode=brotli.MODE_TEXT), name
        assert gzip.decompress(packed_gz) == data and brotli.decompress(packed_br) == data
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".")) == []


def test_a_rebuild_keeps_unchanged_copies_and_replaces_changed_ones(tmp_path):
    site = _site(tmp_path / "site")
    precompress_site(site)
    kept = site / "index.html.br"
    os.utime(kept, (1, 1))
    (site / "a" / "style.css").write_text("body { color: #111 }\n" * 100, encoding="utf-8")
    precompress_site(site)
    assert kept.stat().st_mtime == 1, "a copy with the same bytes was written again"
    data = (site / "a" / "style.css").read_bytes()
    assert brotli.decompress((site / "a" / "style.css.br").read_bytes()) == data
    assert gzip.decompress((site / "a" / "style.css.gz").read_bytes()) == data
