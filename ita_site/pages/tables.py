"""The measures tables of the plan, six-month progress and results report.

Columns follow the official documents agencies publish (tests/importer/data/ holds three):
measure, steps, period, responsible, then results; suggestions only when some measure has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from ita_site.content.models import Measure
from ita_site.messages.pages import L


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    value: Callable[[Measure], object]
    is_list: bool = True


def _period(m: Measure):
    return m.period.label if m.period else None


def _status(results) -> Callable[[Measure], object]:
    def value(m: Measure):
        status = (results(m).status if results(m) else None) or m.status
        return L.status.get(status) if status else None
    return value


PLAN = "plan"
PROGRESS = "progress"
REPORT = "report"


def _addresses(texts: Mapping[str, str]) -> Callable[[Measure], object]:
    # A citizen cannot read "i2": the question or item is written beside its code.
    def value(m: Measure):
        return [f"{code} – {texts[code]}" if texts.get(code) else code for code in m.addresses]
    return value


def columns(kind: str, measures: list[Measure],
            address_texts: Mapping[str, str] | None = None) -> list[Column]:
    """The table's columns after ลำดับ and the measure; `address_texts` (code → question or
    OIT item of the assessment the plan answers) labels the codes of `addresses`."""
    cols = [
        Column("steps", L.col_steps, lambda m: m.steps),
        Column("period", L.col_period, _period, is_list=False),
        Column("responsible", L.col_responsible, lambda m: m.responsible),
    ]
    if kind == PLAN:
        if any(m.addresses for m in measures):
            cols.insert(0, Column("addresses", L.col_addresses,
                                  _addresses(address_texts or {})))
        return cols
    results = (lambda m: m.progress) if kind == PROGRESS else (lambda m: m.results)
    cols += [
        Column("outputs", L.col_output, lambda m: results(m).outputs if results(m) else ()),
        Column("outcomes", L.col_outcome, lambda m: results(m).outcomes if results(m) else ()),
    ]
    if kind == PROGRESS:
        cols.append(Column("status", L.col_status, _status(results), is_list=False))
    if any(results(m) and results(m).suggestions for m in measures):
        cols.append(Column("suggestions", L.col_suggestions,
                           lambda m: results(m).suggestions if results(m) else ()))
    return cols


def measures_for(kind: str, measures: list[Measure]) -> list[Measure]:
    """Which measures a document lists: the plan all; progress those with six-month results."""
    if kind == PROGRESS:
        return [m for m in measures if m.progress]
    return list(measures)
