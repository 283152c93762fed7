"""The site's Thai font, made small enough for slow links.

Sarabun (OFL) comes as TrueType from the fontpkg-sarabun package, about 90 KB a face. Cut to the
characters a Thai government site uses (Thai, Latin, punctuation) and compressed as WOFF2 it is
about 20 KB, which every visitor's first page load pays. The result is cached by content, so only
the first build after an upgrade of either package spends the quarter second it takes.
"""

from __future__ import annotations

import hashlib
import io
from importlib import resources
from pathlib import Path

import fontTools

FONT_PACKAGE = "fontpkg_sarabun"
FACES = {"Sarabun-Regular.woff2": "Sarabun-Regular.ttf", "Sarabun-Bold.woff2": "Sarabun-Bold.ttf"}

# Thai, Latin with the accents of names and addresses, general punctuation (dashes, quotes,
# zero-width space), the euro and trade marks, the dotted circle Thai marks sit on when alone.
UNICODES = sorted({
    *range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x0E00, 0x0E80), *range(0x2000, 0x2070),
    0x20AC, 0x2122, 0x2212, 0x25CC,
})


def _subset_woff2(ttf: bytes) -> bytes:
    # Imported here: fontTools.subset is large, and a build with the fonts cached never needs it.
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # recalcTimestamp off: the same input must give the same bytes on every build.
    font = TTFont(io.BytesIO(ttf), recalcTimestamp=False)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # Thai needs its mark positioning and ligatures
    options.name_IDs = ["*"]  # keeps the OFL notice inside the font
    options.notdef_outline = True
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def web_fonts(cache_dir: Path | None) -> dict[str, bytes]:
    """File name → WOFF2 bytes of each face, from the cache when the source is unchanged."""
    folder = resources.files(FONT_PACKAGE) / "files"
    faces = {}
    for name, source in FACES.items():
        ttf = (folder / source).read_bytes()
        key = hashlib.sha256(ttf + repr((UNICODES, fontTools.version)).encode()).hexdigest()
        cached = cache_dir / f"{key}.woff2" if cache_dir is not None else None
        if cached is not None and cached.is_file():
            faces[name] = cached.read_bytes()
            continue
        faces[name] = _subset_woff2(ttf)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(faces[name])
    return faces
