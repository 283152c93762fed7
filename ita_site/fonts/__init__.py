"""The site's Thai font, made small enough for slow links.

Sarabun (OFL) comes as TrueType from the fontpkg-sarabun package, about 90 KB a face. Cut to the
characters a Thai government site uses (Thai, Latin, punctuation) and compressed as WOFF2 it is
about 20 KB, which every visitor's first page load pays.

Cutting both faces takes about a second of CPU, as much as all the rest of a small site's build,
and a portal's workers and CI start every build from a folder without a cache. So the package
ships the cut faces (`shipped/`), each named by the key of what it was cut from: the TrueType
bytes, UNICODES and OPTIONS. A build cuts only when the installed Sarabun or those rules differ,
and keeps what it cut in the project's cache under the same key. After changing any of them,
`python -m ita_site.fonts` cuts the shipped faces again (tests/core/test_fonts.py fails until
then). The subset keeps every name record, so the OFL notice travels inside each file.
"""

from __future__ import annotations

import hashlib
import io
from importlib import resources
from pathlib import Path

FONT_PACKAGE = "fontpkg_sarabun"
FACES = {"Sarabun-Regular.woff2": "Sarabun-Regular.ttf", "Sarabun-Bold.woff2": "Sarabun-Bold.ttf"}

# Thai, Latin with the accents of names and addresses, general punctuation (dashes, quotes,
# zero-width space), the euro and trade marks, the dotted circle Thai marks sit on when alone.
UNICODES = sorted({
    *range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x0E00, 0x0E80), *range(0x2000, 0x2070),
    0x20AC, 0x2122, 0x2212, 0x25CC,
})

# fontTools' subsetter options. Thai needs every layout feature (mark positioning, ligatures);
# all name records keep the OFL notice inside the font.
OPTIONS = {"flavor": "woff2", "layout_features": ["*"], "name_IDs": ["*"],
           "notdef_outline": True}


def source_faces() -> dict[str, bytes]:
    """File name of each web face → the TrueType bytes it is cut from."""
    folder = resources.files(FONT_PACKAGE) / "files"
    return {name: (folder / source).read_bytes() for name, source in FACES.items()}


def cut_name(ttf: bytes) -> str:
    """The file name of a cut, shipped or cached: a key of the source and the rules, which give
    the same bytes whenever they are the same."""
    key = hashlib.sha256(ttf + repr((UNICODES, OPTIONS)).encode()).hexdigest()
    return f"{key}.woff2"


def shipped_folder():
    return resources.files(__name__) / "shipped"


def cut_woff2(ttf: bytes) -> bytes:
    # Imported here: fontTools.subset is large, and a build that finds its cut never needs it.
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # recalcTimestamp off: the same input must give the same bytes on every build.
    font = TTFont(io.BytesIO(ttf), recalcTimestamp=False)
    options = subset.Options()
    for name, value in OPTIONS.items():
        setattr(options, name, value)
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = OPTIONS["flavor"]
    font.save(out)
    return out.getvalue()


def web_fonts(cache_dir: Path | None) -> dict[str, bytes]:
    """File name → WOFF2 bytes of each face: the shipped cut, else the cache's, else cut now
    (and cached in `cache_dir` when given)."""
    faces = {}
    for name, ttf in source_faces().items():
        stored = cut_name(ttf)
        shipped = shipped_folder() / stored
        cached = cache_dir / stored if cache_dir is not None else None
        if shipped.is_file():
            faces[name] = shipped.read_bytes()
        elif cached is not None and cached.is_file():
            faces[name] = cached.read_bytes()
        else:
            faces[name] = cut_woff2(ttf)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(faces[name])
    return faces


def ship(folder: Path) -> list[Path]:
    """Cut the installed faces into `folder` as the package ships them, removing older cuts."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ttf in source_faces().values():
        path = folder / cut_name(ttf)
        path.write_bytes(cut_woff2(ttf))
        written.append(path)
    for old in folder.glob("*.woff2"):
        if old not in written:
            old.unlink()
    return written
