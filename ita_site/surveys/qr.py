"""QR codes of survey links: encoded once with segno, drawn as compact SVG and as PNG.

Choices, and why:

- Error correction Q (25 % of the code may be lost) at least: posters hang on notice boards
  where they fade, crease and get pinned through, and screenshots are re-compressed when shared
  in LINE groups. A survey link is short, so Q costs one version step over M (33 instead of 29
  modules), invisible at poster or screen size. segno may raise the level further (to H) when
  that fits in the same version (`boost_error`), which is free robustness.
- A quiet zone of 4 modules, as ISO/IEC 18004 requires, drawn as a white rectangle inside the
  SVG, so the code stays readable on Material's dark (slate) background.
- The SVG is our own drawing of segno's module matrix: one path of filled rectangles (one per
  horizontal run), which renders without seams at any scale and stays small; no width or
  height on the inline form, so CSS sizes it.
- PNG comes from segno's own writer (no Pillow), black on white, at 300 dpi so a downloaded
  file pasted into a Word document comes out about 11 cm wide.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from html import escape
from importlib import metadata

# Raise when the drawing or any parameter below changes: it is part of the cache key.
RENDERER_VERSION = "1"
ERROR_LEVEL = "Q"
BOOST_ERROR = True
QUIET_ZONE = 4
PNG_MODULE_PIXELS = 32
PNG_DPI = 300
SVG_FILE_MODULE_PIXELS = 10  # width/height of the downloadable SVG: 10 px per module
DARK, LIGHT = "#000", "#fff"


def encoding_parameters() -> dict[str, object]:
    """Everything besides the text that decides the output bytes; the cache keys on it."""
    return {
        "renderer": RENDERER_VERSION,
        "encoder": f"segno {_segno_version()}",
        "error": ERROR_LEVEL,
        "boost_error": BOOST_ERROR,
        "quiet_zone": QUIET_ZONE,
        "png_module_pixels": PNG_MODULE_PIXELS,
        "png_dpi": PNG_DPI,
        "colors": [DARK, LIGHT],
    }


@dataclass(frozen=True)
class QrCode:
    """One encoded QR code: its text, its module matrix and its PNG file."""

    text: str
    designator: str  # version and error level, e.g. "4-Q"
    rows: tuple[str, ...]  # "1" dark, "0" light; no quiet zone
    png: bytes

    @property
    def size(self) -> int:
        """Modules per side, without the quiet zone."""
        return len(self.rows)

    @property
    def size_with_quiet_zone(self) -> int:
        return self.size + 2 * QUIET_ZONE

    def path_data(self) -> str:
        """SVG path of the dark modules: one filled rectangle per horizontal run."""
        parts = []
        for y, row in enumerate(self.rows):
            x = 0
            while x < len(row):
                if row[x] != "1":
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x] == "1":
                    x += 1
                parts.append(f"M{start + QUIET_ZONE} {y + QUIET_ZONE}h{x - start}v1h-{x - start}z")
        return "".join(parts)

    def _svg(self, label: str, size_attributes: str, css_class: str) -> str:
        n = self.size_with_quiet_zone
        name = escape(label, quote=True)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}"{size_attributes}'
            f'{css_class} role="img" aria-label="{name}" shape-rendering="crispEdges">'
            f"<title>{name}</title>"
            f'<rect width="{n}" height="{n}" fill="{LIGHT}"/>'
            f'<path fill="{DARK}" d="{self.path_data()}"/></svg>'
        )

    def svg_inline(self, label: str, css_class: str = "ita-qr") -> str:
        """SVG element to put inside HTML: no XML declaration, no width/height (CSS sizes it),
        `label` as its accessible name (aria-label and <title>), a white quiet zone."""
        return self._svg(label, "", f' class="{escape(css_class, quote=True)}"')

    def svg_file(self, label: str) -> bytes:
        """A standalone .svg file (UTF-8, XML declaration, a default size) of the same drawing."""
        side = self.size_with_quiet_zone * SVG_FILE_MODULE_PIXELS
        body = self._svg(label, f' width="{side}" height="{side}"', "")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


@functools.cache
def _segno_version() -> str:
    # From the installed package's metadata: segno itself is imported only to draw a code the
    # cache does not hold (most builds draw none).
    try:
        return metadata.version("segno")
    except metadata.PackageNotFoundError:  # pragma: no cover - segno is a dependency
        import segno
        return segno.__version__


def encode_qr(text: str) -> QrCode:
    """Encode `text` with segno (a full QR code, never Micro QR) and write its PNG."""
    import segno

    symbol = segno.make_qr(text, error=ERROR_LEVEL, boost_error=BOOST_ERROR)
    rows = tuple("".join("1" if module else "0" for module in row) for row in symbol.matrix)
    buffer = io.BytesIO()
    symbol.save(buffer, kind="png", scale=PNG_MODULE_PIXELS, border=QUIET_ZONE,
                dark=DARK, light=LIGHT, dpi=PNG_DPI)
    return QrCode(text=text, designator=symbol.designator, rows=rows, png=buffer.getvalue())
