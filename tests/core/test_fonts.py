"""The Thai web font every page loads (ita_site.fonts): shipped already cut, cut by a build only
for a Sarabun the package has no cut for."""

import io

import pytest
from fontTools.ttLib import TTFont

from ita_site import fonts
from ita_site.fonts import web_fonts


def _font(data: bytes) -> TTFont:
    return TTFont(io.BytesIO(data))


def _what_a_reader_gets(data: bytes) -> tuple:
    """Characters, glyphs, tables and layout features: what the text looks like, whichever
    fontTools and brotli wrote the bytes."""
    font = _font(data)
    features = sorted({r.FeatureTag for r in font["GSUB"].table.FeatureList.FeatureRecord})
    return font.getBestCmap(), font.getGlyphOrder(), sorted(font.keys()), features


def test_web_font_has_every_thai_character_and_is_small():
    faces = web_fonts(None)
    assert set(faces) == {"Sarabun-Regular.woff2", "Sarabun-Bold.woff2"}
    font = _font(faces["Sarabun-Regular.woff2"])
    cmap = font.getBestCmap()
    thai = [c for c in range(0x0E01, 0x0E5C) if chr(c).isprintable() and c not in range(0x0E3B, 0x0E3F)]
    assert all(c in cmap for c in thai)
    assert all(c in cmap for c in map(ord, "ITA 2568 O28 – “ok”"))
    assert "GPOS" in font and "GSUB" in font  # mark placement for tone marks over vowels
    assert "SIL Open Font License" in font["name"].getDebugName(13)  # the OFL travels with it
    assert len(faces["Sarabun-Regular.woff2"]) < 40_000


def test_the_package_ships_the_cut_of_the_installed_sarabun(tmp_path, monkeypatch):
    packaged = {p.name: p.read_bytes() for p in fonts.shipped_folder().iterdir()
                if p.name.endswith(".woff2")}
    # What `python -m ita_site.fonts` writes, cut now, into a folder holding an older cut.
    (tmp_path / "0ld.woff2").write_bytes(b"wOF2-old")
    fresh = {p.name: p.read_bytes() for p in fonts.ship(tmp_path)}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(fresh)
    assert sorted(packaged) == sorted(fresh), (
        "the shipped faces were not cut from the installed Sarabun with today's UNICODES and "
        "OPTIONS: run python -m ita_site.fonts")
    for name, data in fresh.items():
        assert _what_a_reader_gets(packaged[name]) == _what_a_reader_gets(data)

    def no_cutting(ttf):
        raise AssertionError("a build cut the font although the package ships it")

    monkeypatch.setattr(fonts, "cut_woff2", no_cutting)
    assert set(web_fonts(None)) == {"Sarabun-Regular.woff2", "Sarabun-Bold.woff2"}


@pytest.fixture
def another_sarabun(monkeypatch):
    """A Sarabun the package has no cut for: the installed faces with other bytes (padding after
    the last table, which TrueType readers ignore), as a new release of the font would be."""
    installed = fonts.source_faces()
    monkeypatch.setattr(fonts, "source_faces",
                        lambda: {name: ttf + b"\0" * 4 for name, ttf in installed.items()})
    return installed


def test_another_sarabun_is_cut_once_then_read_from_the_cache(another_sarabun, tmp_path):
    first = web_fonts(tmp_path)
    cached = list(tmp_path.glob("*.woff2"))
    assert len(cached) == 2
    for name, ttf in another_sarabun.items():
        shipped = (fonts.shipped_folder() / fonts.cut_name(ttf)).read_bytes()
        assert _what_a_reader_gets(first[name]) == _what_a_reader_gets(shipped)
    for path in cached:
        path.write_bytes(b"wOF2-cached")  # prove the cache is what the second call returns
    assert set(web_fonts(tmp_path).values()) == {b"wOF2-cached"}
