"""JSON Schemas (draft 2020-12) of agency.yml, year.yml and measure front matter, made from
the contract (ita_site.content.contract), so editors underline what `ita-site check` reports.

The schemas accept the spellings the validator accepts (Thai digits, a single value for a list
of one, codes in any case). Unknown names are refused, as the validator warns about them. Some
checks need more than a schema can say (a logo file that exists, a date written in Thai words,
the codes of one year's catalog, survey link safety): `ita-site check` remains the judge.

Numbers that belong to the ITA framework (issues, indicators, the score range) are taken from
the shipped catalogs, the widest any shipped year allows: a year's own catalog (maybe a site's)
decides in `ita-site check`. Shipping a catalog that widens them changes the schemas; rewrite
them with `ita-site schema ita_site/schemas`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from ita_site.catalog import load_catalogs
from ita_site.content import contract as c
from ita_site.text.digits import to_thai

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "urn:ita-site:schema:"
FILES = {"agency.schema.json": c.AGENCY, "year.schema.json": c.YEAR,
         "measure.schema.json": c.MEASURE}

_TEXT = {"type": ["string", "number"], "pattern": r"\S"}
_DIGITS = r"^\s*[+-]?[0-9๐-๙][0-9๐-๙,]*\s*$"
_NUMBER_TEXT = r"^\s*[0-9๐-๙]+([.][0-9๐-๙]+)?\s*$"
# Dates in Thai words are allowed; an editor reading YAML 1.2 sees ISO dates as text.
_DATE = {"type": ["string", "integer"]}
_SCALAR = {"type": ["string", "number"]}


def _code(letters: str) -> dict:
    # normalize_code: a letter, optional spaces, digits (leading zeros allowed), never zero.
    return {"type": "string",
            "pattern": rf"^\s*[{letters}]\s*[0๐]*[1-9๑-๙][0-9๐-๙]{{0,2}}\s*$"}


_ANY_CODE = _code("OoIiEe")
_OIT_CODE = _code("Oo")


@dataclass(frozen=True)
class _Framework:
    """What the shipped catalogs allow, all years together."""

    issues: tuple[int, ...]
    indicators: tuple[int, ...]
    score_low: float
    score_high: float

    def numbers(self, groups: str) -> tuple[int, ...]:
        return self.issues if groups == "issues" else self.indicators


@cache
def _framework() -> _Framework:
    catalogs = list(load_catalogs())
    issues = sorted({n for catalog in catalogs for n in catalog.issues})
    indicators = sorted({n for catalog in catalogs for n in catalog.indicators})
    return _Framework(tuple(issues), tuple(indicators),
                      _whole(min(catalog.score_range.low for catalog in catalogs)),
                      _whole(max(catalog.score_range.high for catalog in catalogs)))


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _number_key(numbers: tuple[int, ...]) -> dict:
    """A mapping key that is one of `numbers`, in Arabic or Thai digits."""
    spelled = [str(n) for n in numbers] + [to_thai(str(n)) for n in numbers]
    return {"pattern": rf"^\s*({'|'.join(spelled)})\s*$"}


def _one_or_list(item: dict) -> dict:
    return {"anyOf": [item, {"type": "array", "items": item}]}


def _integer(low: int | None, high: int | None) -> dict:
    number = {"type": "integer"}
    if low is not None:
        number.update(minimum=low, maximum=high)
    return {"anyOf": [number, {"type": "string", "pattern": _DIGITS}]}


def _score() -> dict:
    frame = _framework()
    return {"anyOf": [{"type": "number", "minimum": frame.score_low, "maximum": frame.score_high},
                      {"type": "string", "pattern": _NUMBER_TEXT}]}


def _object(properties: dict, required: tuple[str, ...] = ()) -> dict:
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return schema


def _map(keys: dict, values: dict) -> dict:
    return {"type": "object", "propertyNames": keys, "additionalProperties": values}


def _scores() -> dict:
    props = {name: _score() for name in ("total", "iit", "eit", "oit")}
    props["level"] = {"type": "string", "pattern": r"\S"}
    props["indicators"] = _map(_number_key(_framework().indicators), _score())
    props["items"] = _map(_ANY_CODE, _score())
    return _object(props, ("total",))


def _analysis() -> dict:
    text = {"anyOf": [_TEXT, {"type": "array", "items": _TEXT}]}
    codes = {"anyOf": [{"type": "string"}, {"type": "array", "items": _ANY_CODE}]}
    entry = _object({"items": codes, "lowest": codes, "cause": text, "note": text, "plan": text})
    frame = _framework()
    return _map(_number_key(tuple(sorted({*frame.issues, *frame.indicators}))), entry)


def _evidence() -> dict:
    link = {"anyOf": [{"type": "string", "minLength": 1},
                      {"type": "object", "properties": {"title": _TEXT, "url": _TEXT},
                       "required": ["url"], "additionalProperties": False}]}
    return _map(_OIT_CODE, _one_or_list(link))


def _period() -> dict:
    dates = {"label": _TEXT, "start": _DATE, "end": _DATE}
    return {"anyOf": [_TEXT, {"type": "object", "properties": dates}]}


def _field(field: c.Field) -> dict:
    kind = field.kind
    if kind == c.TEXT:
        schema = dict(_TEXT)
    elif kind in (c.INTEGER, c.INTEGERS):
        low, high = field.bounds
        if field.catalog_groups:
            numbers = _framework().numbers(field.catalog_groups)
            low, high = numbers[0], numbers[-1]
        schema = _integer(low, high)
        if kind == c.INTEGERS:
            schema = _one_or_list(schema)
    elif kind == c.TEXTS:
        schema = {"type": "array", "items": _SCALAR}
    elif kind == c.TEXTS_OR_ONE:
        schema = {"anyOf": [_SCALAR, {"type": "array", "items": _SCALAR}]}
    elif kind == c.CHOICE:
        schema = {"enum": list(field.choices)}
    elif kind == c.DATE:
        schema = dict(_DATE)
    elif kind == c.PERIOD:
        schema = _period()
    elif kind == c.OIT_CODES:
        schema = _one_or_list(_OIT_CODE)
    elif kind == c.CODES:
        schema = _one_or_list(_ANY_CODE)
    elif kind == c.EMAIL:
        schema = {"type": "string", "pattern": r"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$"}
    elif kind == c.WEB_URL:
        schema = {"type": "string", "pattern": r"^\s*https?://[^\s/]+"}
    elif kind == c.SURVEY_CODE:
        schema = {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,32}$"}
    elif kind == c.SURVEY_URLS:
        url = {"type": "string", "pattern": "^https://"}
        schema = _object({"iit": url, "eit": url})
    elif kind == c.SCORES:
        schema = _scores()
    elif kind == c.QUESTIONS:
        schema = _map(_ANY_CODE, {"type": "string", "pattern": r"\S"})
    elif kind == c.ANALYSIS:
        schema = _analysis()
    elif kind == c.EVIDENCE:
        schema = _evidence()
    elif kind == c.RESULTS:
        schema = document(c.RESULTS, nested=True)
    elif kind == c.ANY:
        schema = {}
    else:  # pragma: no cover - a kind added to the contract without a schema
        raise ValueError(f"no JSON Schema for kind {kind!r}")
    if field.th:
        schema["description"] = field.description
    if field.example is not None:
        schema["examples"] = [field.example]
    return schema


def document(contract: c.Contract, *, nested: bool = False) -> dict:
    """The JSON Schema of one kind of file (or of a nested part, without $schema/$id)."""
    properties = {f.name: _field(f) for f in contract.fields}
    if contract is c.MEASURE:
        properties.update({f.name: _field(f) for f in c.THEME.fields})
    schema = _object(properties, tuple(f.name for f in contract.fields if f.required))
    if nested:
        return schema
    return {"$schema": SCHEMA_URI, "$id": BASE_ID + _file_of(contract),
            "title": f"ita-site: {contract.title}", **schema}


def _file_of(contract: c.Contract) -> str:
    return next(name for name, value in FILES.items() if value is contract)


def rendered() -> dict[str, str]:
    """File name → JSON text of every schema, as shipped in ita_site/schemas/."""
    return {name: json.dumps(document(contract), ensure_ascii=False, indent=2) + "\n"
            for name, contract in FILES.items()}
