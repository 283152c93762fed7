"""The rows of each open-data file, and the same rows as CSV and JSON bytes.

JSON keeps lists as lists and numbers as numbers; CSV cells hold one value each, a list's
items on separate lines of the cell (Excel shows them so). Key order is fixed here, so the
bytes change only when the content does.
"""

from __future__ import annotations

import json

from ita_site.content.models import Measure, Results, Year
from ita_site.oit.exports import absolute, checked_url
from ita_site.scores.levels import level_of
from ita_site.scores.models import YearResults
from ita_site.text.csvfile import csv_bytes

MEASURE_COLUMNS = ("year", "slug", "order", "title", "issue", "indicators", "oit", "addresses",
                   "steps", "period", "period_start", "period_end", "responsible", "outputs",
                   "outcomes", "suggestions", "status", "progress_outputs", "progress_outcomes",
                   "progress_suggestions", "progress_status", "progress_as_of", "updated", "url")
SCORE_COLUMNS = ("year", "ita_year", "part", "code", "text", "score")


def _date(value) -> str | None:
    return value.isoformat() if value else None


def _results(results: Results | None) -> dict:
    results = results or Results()
    return {"outputs": list(results.outputs), "outcomes": list(results.outcomes),
            "suggestions": list(results.suggestions), "status": results.status,
            "as_of": _date(results.as_of)}


def measure_record(measure: Measure, site_url: str | None) -> dict:
    """Every field of a measure's front matter, as JSON holds it."""
    period = measure.period
    return {
        "year": measure.year, "slug": measure.slug, "order": measure.order,
        "title": measure.title, "issue": measure.issue,
        "indicators": list(measure.indicators), "oit": list(measure.oit),
        "addresses": list(measure.addresses), "steps": list(measure.steps),
        "period": None if period is None else {
            "label": period.label, "start": _date(period.start), "end": _date(period.end)},
        "responsible": list(measure.responsible),
        "outputs": list(measure.outputs), "outcomes": list(measure.outcomes),
        "suggestions": list(measure.suggestions), "status": measure.status,
        "progress": None if measure.progress is None else _results(measure.progress),
        "updated": _date(measure.updated),
        "url": checked_url(absolute(site_url, measure.url), year=measure.year, code=measure.slug),
    }


def measure_records(year: Year, site_url: str | None) -> list[dict]:
    return [measure_record(m, site_url) for m in year.measures]


def _cell(value) -> object:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return "" if value is None else value


def _flat(record: dict) -> list:
    period = record["period"] or {}
    progress = record["progress"] or {}
    row = dict(record, period=period.get("label"), period_start=period.get("start"),
               period_end=period.get("end"))
    for key in ("outputs", "outcomes", "suggestions", "status", "as_of"):
        row[f"progress_{key}"] = progress.get(key)
    return [_cell(row[column]) for column in MEASURE_COLUMNS]


def measures_csv(records: list[dict]) -> bytes:
    return csv_bytes(MEASURE_COLUMNS, (_flat(r) for r in records))


def measures_json(year: Year, records: list[dict]) -> bytes:
    return _json({"year": year.year, "ita_year": year.ita_year, "measures": records})


def score_records(year: Year, results: YearResults, catalog) -> dict:
    """The year's published scores: totals, level, each indicator and each item, with the
    question's text where the catalog or year.yml has it."""
    scores = results.scores
    texts = {}
    if catalog is not None:
        texts.update({q.code: q.text for q in catalog.questions})
        texts.update({i.code: i.title for i in catalog.oit_items})
    texts.update(results.questions)
    bands = catalog.levels if catalog is not None else ()
    return {
        "year": year.year, "ita_year": year.ita_year,
        "total": scores.total, "level": level_of(scores, bands),
        "iit": scores.iit, "eit": scores.eit, "oit": scores.oit,
        "indicators": [{"number": n, "score": scores.indicators[n]}
                       for n in sorted(scores.indicators)],
        "items": [{"code": code, "text": texts.get(code), "score": scores.items[code]}
                  for code in sorted(scores.items, key=_code_order)],
    }


def _code_order(code: str) -> tuple:
    return ("ieO".find(code[0]) if code[0] in "ieO" else 9, int(code[1:]) if code[1:].isdigit() else 0, code)


def scores_csv(record: dict) -> bytes:
    rows = [[record["year"], record["ita_year"], "total", "", record["level"] or "", record["total"]]]
    for part in ("iit", "eit", "oit"):
        if record[part] is not None:
            rows.append([record["year"], record["ita_year"], part, "", "", record[part]])
    for entry in record["indicators"]:
        rows.append([record["year"], record["ita_year"], "indicator", entry["number"], "",
                     entry["score"]])
    for entry in record["items"]:
        rows.append([record["year"], record["ita_year"], "item", entry["code"],
                     entry["text"] or "", entry["score"]])
    return csv_bytes(SCORE_COLUMNS, rows)


def scores_json(record: dict) -> bytes:
    return _json(record)


def _json(document) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
