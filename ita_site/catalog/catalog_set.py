"""The catalogs of every ITA year a site can use, and questions that span years: which item of
another year continues this one, and which items a generated page is evidence for."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ita_site.catalog.codes import normalize_code, tool_of_code
from ita_site.catalog.model import Catalog, OitItem
from ita_site.base.problems import Problems
from ita_site.messages import catalog as msg


@dataclass(frozen=True)
class CatalogSet:
    """Catalogs by ITA year, with the problems met while loading them."""

    catalogs: Mapping[int, Catalog]
    problems: Problems = field(default_factory=Problems)

    def get(self, year: int) -> Catalog | None:
        return self.catalogs.get(year)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted(self.catalogs))

    def __iter__(self) -> Iterator[Catalog]:
        return (self.catalogs[year] for year in self.years)

    def __len__(self) -> int:
        return len(self.catalogs)

    def __contains__(self, year: object) -> bool:
        return year in self.catalogs

    def framework_for(self, year: int) -> Catalog | None:
        """The catalog whose framework (grouping, numbers, names, score range) a year follows:
        its own, else the latest earlier year's (frameworks carry on until a catalog says
        otherwise), else the earliest one. None only when no catalog could be read."""
        if year in self.catalogs:
            return self.catalogs[year]
        earlier = [y for y in self.years if y < year]
        if earlier:
            return self.catalogs[earlier[-1]]
        return self.catalogs[self.years[0]] if self.catalogs else None

    def counterparts(self, year: int, code: str, in_year: int) -> tuple[OitItem, ...]:
        """The items of `in_year` that continue (or preceded) item `code` of `year`, following
        `same_as` links year by year: (2568, "O28", 2567) gives 2567's O43.

        Links point from an item to the earlier item(s) it continues; the walk only moves
        toward `in_year`, so an item merged from two (2568 O1 ← 2567 O1 and O3) does not make
        2567's O1 and O3 counterparts of each other."""
        start = normalize_code(code)
        if start is None or self.get(year) is None or self.get(year).oit(start) is None:
            return ()
        frontier = {(year, start)}
        while any(y != in_year for y, _ in frontier):
            step = set()
            for node in frontier:
                step |= {node} if node[0] == in_year else self._neighbours(node, in_year)
            if step == frontier:
                break
            frontier = step
        target = self.get(in_year)
        if target is None:
            return ()
        found = [target.oit(c) for y, c in frontier if y == in_year and target.oit(c)]
        return tuple(sorted(found, key=lambda item: item.number))

    def _neighbours(self, node: tuple[int, str], toward: int) -> set[tuple[int, str]]:
        year, code = node
        result: set[tuple[int, str]] = set()
        if toward < year:
            item = self.get(year).oit(code) if self.get(year) else None
            for ref in item.same_as if item else ():
                if toward <= ref.year < year:
                    result.add((ref.year, ref.code))
        else:
            for catalog in self:
                if not year < catalog.ita_year <= toward:
                    continue
                for item in catalog.oit_items:
                    if any(ref.year == year and ref.code == code for ref in item.same_as):
                        result.add((catalog.ita_year, item.code))
        return result

    def evidence_for_page(self, page: str, year: int) -> tuple[tuple[Catalog, OitItem], ...]:
        """The OIT items that the generated page `/<year>/<page>/` satisfies, in any ITA year:
        ("report", 2567) gives ITA 2568's O28, whose evidence is the results report of 2567."""
        found = []
        for catalog in self:
            for item, ref in catalog.satisfied_by(page):
                if ref.year_for(catalog.ita_year) == year:
                    found.append((catalog, item))
        return tuple(found)

    def check_code(self, raw: object, year: int, problems: Problems, path: str | Path, *,
                   line: int | None = None, field: str = "oit") -> str | None:
        """The normalised code when content may use `raw` in ITA `year`; otherwise None and a
        problem naming the file, line and field, listing the year's valid codes. A year
        without a catalog gets a warning, not an error: the code cannot be judged."""
        code = normalize_code(raw) if isinstance(raw, str) else None
        if code is None:
            problems.error(path, msg.NOT_A_CODE.format(field=field, got=raw), line=line,
                           field=field)
            return None
        catalog = self.get(year)
        if catalog is None:
            problems.warning(path, msg.NO_CATALOG.format(
                year=year, code=code, years=", ".join(map(str, self.years)) or "-"),
                line=line, field=field)
            return code
        if not catalog.accepts(code):
            problems.error(path, unknown_code_text(code, catalog, field), line=line, field=field)
            return None
        return code


    def check_groups(self, numbers: tuple[int, ...], grouping: str, year: int,
                     problems: Problems, path: str | Path, *, line: int | None = None,
                     field: str) -> None:
        """A problem for every number in `numbers` that ITA `year` has no issue (`grouping`
        "issues") or indicator ("indicators") of, listing the year's numbers and its file."""
        catalog = self.framework_for(year)
        if catalog is None or not numbers:
            return
        known = catalog.group_numbers(grouping)
        values = dict(field=field, year=catalog.ita_year, file=_file_name(catalog),
                      valid=", ".join(map(str, known)), **msg.GROUP_LABELS[grouping])
        if not known:
            got = ", ".join(map(str, numbers))
            problems.warning(path, msg.NO_GROUPS.format(got=got, **values), line=line,
                             field=field)
            return
        contiguous = list(known) == list(range(known[0], known[-1] + 1))
        text = msg.UNKNOWN_GROUP_RANGE if contiguous else msg.UNKNOWN_GROUP_LIST
        for number in numbers:
            if number not in known:
                problems.error(path, text.format(got=number, low=known[0], high=known[-1],
                                                 **values), line=line, field=field)


def _file_name(catalog: Catalog) -> str:
    """The last file the catalog was read from (a site's file when it has one)."""
    return catalog.files[-1] if catalog.files else f"{catalog.ita_year}.yaml"


def unknown_code_text(code: str, catalog: Catalog, field: str = "oit"):
    """The bilingual problem text for a code `catalog`'s year does not have, listing the
    year's valid codes of the same tool compactly (e.g. "O1–O28" for O29 in 2568)."""
    normal = normalize_code(code) or code
    tool = tool_of_code(normal) if normalize_code(code) else None
    return msg.UNKNOWN_CODE.format(field=field, year=catalog.ita_year, code=normal,
                                   valid=catalog.valid_codes(tool) or catalog.valid_codes())
