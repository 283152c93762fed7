"""Compressed copies of a built site (ita_site.compression): same bytes on every build."""

from __future__ import annotations

import gzip

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
