"""QR codes: they decode to the link, look the same on every build, and are cached."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
import segno
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from ita_site.surveys import qr as qr_module
from ita_site.surveys.cache import QrCache, cache_key
from ita_site.surveys.links import links_from_code
from ita_site.surveys.qr import QUIET_ZONE, encode_qr

from .conftest import REPO, decode_qr

URLS = [
    "https://itas.nacc.go.th/go/iit/x0demo",
    "https://itas.nacc.go.th/go/eit/x0demo",
    "https://itas.nacc.go.th/go/iit/AbC-12_x",
    "https://itas.nacc.go.th/go/eit/Z9?lang=th&src=poster#top",
    "https://survey.example.go.th/" + "x/" * 60 + "end",  # a long link: a denser code
]
SVG = "{http://www.w3.org/2000/svg}"


def _svg_to_image(svg: bytes, pixels_per_module: int = 8) -> Image.Image:
    """Raster the SVG drawing ourselves from its rect and path (no browser needed): the test
    checks what the SVG says, module by module."""
    root = ET.fromstring(svg)
    side = int(root.get("viewBox").split()[2])
    image = Image.new("L", (side * pixels_per_module,) * 2, 128)  # grey: anything undrawn shows
    rect, path = root.find(f"{SVG}rect"), root.find(f"{SVG}path")
    assert rect.get("fill") == "#fff" and int(rect.get("width")) == side
    image.paste(255, (0, 0, side * pixels_per_module, side * pixels_per_module))
    for x, y, run in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", path.get("d")):
        x, y, run = int(x), int(y), int(run)
        image.paste(0, (x * pixels_per_module, y * pixels_per_module,
                        (x + run) * pixels_per_module, (y + 1) * pixels_per_module))
    return image


@pytest.mark.parametrize("url", URLS)
def test_png_decodes_to_the_link(url):
    code = encode_qr(url)
    image = Image.open(io.BytesIO(code.png))
    assert decode_qr(image) == [url]
    assert image.size[0] == image.size[1] == (code.size + 2 * QUIET_ZONE) * qr_module.PNG_MODULE_PIXELS
    assert image.info.get("dpi", (0,))[0] == pytest.approx(300, abs=1)


@pytest.mark.parametrize("url", URLS)
def test_svg_drawing_decodes_to_the_link(url):
    code = encode_qr(url)
    assert decode_qr(_svg_to_image(code.svg_file("label"))) == [url]
    inline = code.svg_inline("label")
    assert decode_qr(_svg_to_image(inline.encode())) == [url]


def test_error_correction_is_at_least_q_and_never_micro_qr():
    for url in URLS:
        code = encode_qr(url)
        version, level = code.designator.split("-")
        assert level in {"Q", "H"} and not version.startswith("M")


def test_code_survives_a_quarter_of_damage_like_a_worn_poster():
    url = URLS[0]
    image = _svg_to_image(encode_qr(url).svg_file("x"), 10)
    side = image.size[0]
    # a pin hole / torn corner: blank a block in the data area away from the finder patterns
    image.paste(255, (side // 2, side // 2, side // 2 + side // 7, side // 2 + side // 7))
    assert decode_qr(image) == [url]


def test_inline_svg_is_compact_accessible_and_sized_by_css():
    code = encode_qr(URLS[0])
    svg = code.svg_inline('คิวอาร์โค้ด "IIT" <ลิงก์> & co')
    assert svg.startswith("<svg ") and not svg.startswith("<?xml")
    root = ET.fromstring(svg)
    n = code.size + 2 * QUIET_ZONE
    assert root.get("viewBox") == f"0 0 {n} {n}"
    assert root.get("width") is None and root.get("height") is None
    assert root.get("role") == "img" and root.get("class") == "ita-qr"
    assert root.get("aria-label") == 'คิวอาร์โค้ด "IIT" <ลิงก์> & co'
    assert root.find(f"{SVG}title").text == 'คิวอาร์โค้ด "IIT" <ลิงก์> & co'
    children = [child.tag for child in root]
    assert children == [f"{SVG}title", f"{SVG}rect", f"{SVG}path"]  # one path for all modules
    rect = root.find(f"{SVG}rect")
    assert (rect.get("width"), rect.get("height"), rect.get("fill")) == (str(n), str(n), "#fff")
    assert len(svg) < 6000


def test_standalone_svg_file_has_xml_declaration_and_a_size():
    data = encode_qr(URLS[0]).svg_file("IIT")
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    root = ET.fromstring(data)
    assert root.get("width") == root.get("height") and int(root.get("width")) >= 200


def test_module_matrix_is_segnos():
    code = encode_qr(URLS[0])
    reference = segno.make_qr(URLS[0], error="q")
    assert code.rows == tuple("".join("1" if m else "0" for m in row)
                              for row in reference.matrix_iter(border=0))


# --- byte-identical builds ----------------------------------------------------------------

_OUTPUTS = """
import hashlib, sys
from ita_site.surveys.cache import QrCache
cache = QrCache(sys.argv[1])
for url in sys.argv[2:]:
    code = cache.get(url)
    for blob in (code.svg_inline("IIT " + url).encode(), code.svg_file("IIT " + url), code.png):
        print(hashlib.sha256(blob).hexdigest())
"""


def test_rebuilds_are_byte_identical_across_processes_and_caches(tmp_path):
    def build(cache_dir, seed):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        return subprocess.run([sys.executable, "-c", _OUTPUTS, str(cache_dir), *URLS],
                              capture_output=True, text=True, check=True, env=env).stdout

    fresh = build(tmp_path / "a", "1")
    assert fresh == build(tmp_path / "b", "2")  # another empty cache, another hash seed
    assert fresh == build(tmp_path / "a", "3")  # read back from the cache
    assert len(fresh.split()) == 3 * len(URLS)


# --- the cache ----------------------------------------------------------------------------

class _CountingEncoder:
    def __init__(self):
        self.texts: list[str] = []

    def __call__(self, text):
        self.texts.append(text)
        return encode_qr(text)


def test_second_build_reads_the_cache_and_never_calls_segno(tmp_path, monkeypatch):
    first = _CountingEncoder()
    codes = [QrCache(tmp_path, encode=first).get(url) for url in URLS]
    assert first.texts == URLS

    def segno_must_not_run(*args, **kwargs):
        raise AssertionError("segno called on a cache hit")

    monkeypatch.setattr(segno, "make_qr", segno_must_not_run)
    monkeypatch.setattr(segno, "make", segno_must_not_run)
    second = _CountingEncoder()
    again = [QrCache(tmp_path, encode=second).get(url) for url in URLS]
    assert second.texts == []
    assert again == codes
    assert decode_qr(again[0].png) == [URLS[0]]


def test_a_changed_parameter_or_segno_version_is_a_new_entry(tmp_path, monkeypatch):
    key = cache_key(URLS[0])
    assert key == cache_key(URLS[0]) and key != cache_key(URLS[1])
    monkeypatch.setattr(qr_module, "RENDERER_VERSION", "test-next")
    assert cache_key(URLS[0]) != key
    monkeypatch.undo()
    monkeypatch.setattr(qr_module, "_segno_version", lambda: "0.0.0-test")
    assert cache_key(URLS[0]) != key


@pytest.mark.parametrize("damage", ["truncate", "garbage", "other-text", "bad-rows"])
def test_damaged_or_foreign_entry_is_re_encoded_never_trusted(tmp_path, damage):
    cache = QrCache(tmp_path)
    url = URLS[0]
    cache.get(url)
    entry = cache.entry_path(url)
    text = entry.read_text()
    if damage == "truncate":
        entry.write_text(text[: len(text) // 2])
    elif damage == "garbage":
        entry.write_bytes(b"\x00\xff not json")
    elif damage == "other-text":  # an entry that would draw another site's code
        other = QrCache(tmp_path / "o").get("https://evil.example/")
        entry.write_text(QrCache(tmp_path / "o").entry_path(other.text).read_text())
    else:
        entry.write_text(text.replace('"1', '"2', 1))
    counting = _CountingEncoder()
    code = QrCache(tmp_path, encode=counting).get(url)
    assert counting.texts == [url]
    assert decode_qr(code.png) == [url]
    assert QrCache(tmp_path, encode=counting).get(url) == code and counting.texts == [url]


def test_cache_leaves_no_temporary_files(tmp_path):
    cache = QrCache(tmp_path)
    for url in URLS:
        cache.get(url)
    names = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert len(names) == len(URLS) and all(re.fullmatch(r"[0-9a-f]{64}\.json", n) for n in names)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(r"[A-Za-z0-9_-]{1,32}", fullmatch=True))
def test_every_valid_survey_code_round_trips_through_png(code):
    links = links_from_code(code)
    for url in (links.iit, links.eit):
        assert decode_qr(encode_qr(url).png) == [url]
