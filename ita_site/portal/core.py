"""The portal's only door into the domain core: what an agency's content says about it.

Everything the portal needs from ita_site's core goes through the few calls here
(check_site, read_settings, level_of, csv_bytes), so a change of the core's shape is
adapted in one place. The facts are plain JSON-ready values: they travel from a Dask worker
back to the client and are stored in .portal-state.json.
"""

from __future__ import annotations

from pathlib import Path

from ita_site.text.csvfile import csv_bytes  # noqa: F401  (the portal's CSV writer)

# How many problems of a failed agency the portal shows; the agency's own check lists them all.
FIRST_PROBLEMS = 5


def agency_facts(folder: Path) -> dict:
    """Name, type, district, province, each year's scores and level, and the first errors of
    the agency whose mkdocs.yml is in `folder` (read as `ita-site check` reads it)."""
    from ita_site.checking import check_site
    from ita_site.mkdocs_settings import read_settings
    from ita_site.scores.levels import level_of

    settings = read_settings(folder / "mkdocs.yml")
    content = settings.docs_dir or folder / "content"
    data = check_site(content, settings.options)
    agency = data.site.agency
    years = []
    for number in sorted(data.site.years):
        year = data.site.years[number]
        results = data.results.get(number)
        scores = results.scores if results else None
        catalog = data.catalogs.get(year.ita_year)
        level = None
        if scores is not None:
            level = level_of(scores, catalog.levels if catalog is not None else ())
        years.append({"year": number, "ita_year": year.ita_year,
                      "total": scores.total if scores else None, "level": level,
                      "measures": len(year.measures)})
    # Problems name files inside the content folder; the portal names them inside the agency.
    prefix = content.relative_to(folder).as_posix() + "/" if content.is_relative_to(folder) else ""
    errors = [problem_dict(prefix + p.location(), p.text) for p in data.problems.errors]
    if settings.problem:  # mkdocs.yml itself cannot be read: that is the first thing to fix
        errors.insert(0, problem_dict("mkdocs.yml", settings.problem))
    return {
        "name": agency.name if agency else folder.name,
        "type": (agency.type if agency else None) or "",
        "district": (agency.district if agency else None) or "",
        "province": (agency.province if agency else None) or "",
        "years": years,
        "error_count": len(errors),
        "problems": errors[:FIRST_PROBLEMS],
    }


def problem_dict(where: str, text) -> dict:
    """A problem as the portal lists it: where, then Thai and English with their fixes."""
    th = text.th + (f" — วิธีแก้: {text.fix_th}" if text.fix_th else "")
    en = text.en + (f" — fix: {text.fix_en}" if text.fix_en else "")
    return {"where": where, "th": th, "en": en}


def bar_chart(*, chart_id: str, title: str, desc: str, groups: list[tuple[str, str]],
              years: list[int], value_of) -> str:
    """An SVG bar chart on the 0–100 scale, drawn as the agency sites draw theirs, with its
    numbers as a table beneath: `groups` are (key, label), `value_of(year, key)` a value."""
    from ita_site.scores.charts import ChartGroup, bar_chart_svg, chart_table_html

    chart_groups = [ChartGroup(key, label) for key, label in groups]
    svg = bar_chart_svg(chart_id=chart_id, title=title, desc=desc, groups=chart_groups,
                        years=years, value_of=value_of)
    table = chart_table_html(caption=title, groups=chart_groups, years=years, value_of=value_of,
                             table_class="portal-chart-table")
    return f'<figure class="ita-chart-figure">{svg}</figure>\n{table}'
