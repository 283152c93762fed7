import io

from fontTools.ttLib import TTFont

from ita_site.fonts import web_fonts


def test_web_font_has_every_thai_character_and_is_small(tmp_path):
    faces = web_fonts(tmp_path)
    assert set(faces) == {"Sarabun-Regular.woff2", "Sarabun-Bold.woff2"}
    font = TTFont(io.BytesIO(faces["Sarabun-Regular.woff2"]))
    cmap = font.getBestCmap()
    thai = [c for c in range(0x0E01, 0x0E5C) if chr(c).isprintable() and c not in range(0x0E3B, 0x0E3F)]
    assert all(c in cmap for c in thai)
    assert all(c in cmap for c in map(ord, "ITA 2568 O28 – “ok”"))
    assert "GPOS" in font and "GSUB" in font  # mark placement for tone marks over vowels
    assert len(faces["Sarabun-Regular.woff2"]) < 40_000


def test_second_build_reads_the_cache_and_gives_the_same_bytes(tmp_path):
    first = web_fonts(tmp_path)
    cached = list(tmp_path.glob("*.woff2"))
    assert len(cached) == 2
    for path in cached:
        path.write_bytes(b"wOF2-cached")  # prove the cache is what the second call returns
    second = web_fonts(tmp_path)
    assert set(second.values()) == {b"wOF2-cached"}
    assert web_fonts(None) == first  # without a cache the same bytes are made again
