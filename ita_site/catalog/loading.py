"""Loading the shipped catalogs and a site's own catalog files into one CatalogSet.

Shipped catalogs are package data (`ita_site/catalog/data/<year>.yaml`, read through
importlib.resources so they are found in a wheel as in a checkout). A site's folder holds files
named `<year>.yaml` (or `.yml`): for a shipped year the file is laid over the shipped catalog
(see :mod:`ita_site.catalog.merging`), for any other year it is a whole catalog. Both pass the
same validation; every problem names the file and line it comes from.

A process reads the shipped files once: `ita-site check`, a build and a portal worker's builds
all load the same four files, and parsing them was a tenth of a small site's build. The parsed
data is shared and never changed: merging copies what it lays a site's file over.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

from ita_site.catalog.building import build_catalog
from ita_site.catalog.catalog_set import CatalogSet
from ita_site.catalog.codes import normalize_code
from ita_site.catalog.fields import FieldReader
from ita_site.catalog.located import LocatedList, LocatedMap, describe, read_located
from ita_site.catalog.merging import merge_catalog
from ita_site.base.problems import Problems
from ita_site.messages import catalog as msg

_FILE_NAME = re.compile(r"^(\d{4})\.ya?ml$")
_SHIPPED_PREFIX = "ita_site/catalog/data/"


def load_catalogs(override_dir: Path | None = None) -> CatalogSet:
    """Every shipped catalog, with the site's files in `override_dir` merged in.

    Problems (syntax, unknown fields, wrong values, a missing folder) are collected in the
    result's `problems`; a year whose catalog is unusable is left out of the set."""
    problems = Problems()
    fields = FieldReader(problems)
    raw: dict[int, LocatedMap] = {}
    files: dict[int, list[str]] = {}
    for year, content, shown in _shipped_files():
        data, shipped_problems = _read_shipped(content, shown)
        problems.extend(list(shipped_problems))
        if data is not None:
            raw[year] = data
            files.setdefault(year, []).append(shown)
    if override_dir is not None:
        for year, content, shown in _site_files(Path(override_dir), problems):
            data = _read_mapping(content, shown, problems)
            if data is not None:
                raw[year] = merge_catalog(raw.get(year), data, year, fields)
                files.setdefault(year, []).append(shown)
    known = {year: _oit_codes(data) for year, data in raw.items()}
    catalogs = {}
    for year in sorted(raw):
        catalog = build_catalog(raw[year], year, fields, tuple(files[year]), known)
        if catalog is not None:
            catalogs[year] = catalog
    return CatalogSet(catalogs, problems)


def _shipped_files():
    folder = resources.files("ita_site.catalog").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        match = _FILE_NAME.match(entry.name)
        if match and entry.is_file():
            yield int(match[1]), entry.read_bytes(), _SHIPPED_PREFIX + entry.name


@functools.lru_cache(maxsize=16)
def _read_shipped(content: bytes, shown: str) -> tuple[LocatedMap | None, tuple]:
    """A shipped file read once per content (an edited file in a checkout is read again)."""
    problems = Problems()
    return _read_mapping(content, shown, problems), tuple(problems)


def _site_files(folder: Path, problems: Problems):
    if not folder.is_dir():
        problems.error(str(folder), msg.OVERRIDE_DIR_MISSING.format(dir=folder))
        return
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
            continue
        match = _FILE_NAME.match(path.name)
        if match is None:
            problems.error(str(path), msg.BAD_FILE_NAME.format(name=path.name))
            continue
        yield int(match[1]), path.read_bytes(), str(path)


def _read_mapping(raw: bytes, shown: str, problems: Problems) -> LocatedMap | None:
    before = len(problems)
    data = read_located(raw, shown, problems)
    if isinstance(data, LocatedMap):
        return data
    if data is None and len(problems) == before:
        problems.warning(shown, msg.EMPTY_FILE)
    elif data is not None:
        problems.error(shown, msg.NOT_A_MAPPING.format(got=describe(data)), line=1)
    return None


def _oit_codes(data: LocatedMap) -> set[str]:
    entries = data.get("oit")
    if not isinstance(entries, LocatedList):
        return set()
    codes = (normalize_code(e.get("code")) for e in entries if isinstance(e, LocatedMap)
             and isinstance(e.get("code"), str))
    return {code for code in codes if code}
