"""Which measures of the next fiscal year raise which question or OIT item (`addresses`)."""

from __future__ import annotations

from collections.abc import Iterable

from ita_site.catalog.codes import normalize_code


def measures_by_item(measures: Iterable[tuple[str, str, Iterable[str]]]
                     ) -> dict[str, list[tuple[str, str]]]:
    """Code → [(measure title, href)], from (title, href, addresses) of each measure.

    Measures keep the order given (the plan's order); codes are normalised so `O06` in a
    measure meets `O6` in year.yml. A code a measure names twice links it once.
    """
    out: dict[str, list[tuple[str, str]]] = {}
    for title, href, addresses in measures:
        for raw in addresses:
            code = normalize_code(raw)
            if code is None:
                continue
            links = out.setdefault(code, [])
            if (title, href) not in links:
                links.append((title, href))
    return out
