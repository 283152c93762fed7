"""JSON Schemas (draft 2020-12) of the open-data JSON files, published under /data/schemas/.
The tests validate every file the sample site writes against them."""

from __future__ import annotations

import json

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"

_TEXT = {"type": "string"}
_TEXTS = {"type": "array", "items": _TEXT}
_OPT_TEXT = {"type": ["string", "null"]}
_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_YEAR = {"type": "integer", "minimum": 2400, "maximum": 2800}
_SCORE = {"type": "number", "minimum": 0, "maximum": 100}
_OPT_SCORE = {"type": ["number", "null"], "minimum": 0, "maximum": 100}
_STATUS = {"enum": ["planned", "in-progress", "done", None]}


def _object(properties: dict, *, title: str = "", description: str = "") -> dict:
    schema = {"type": "object", "properties": properties, "required": list(properties),
              "additionalProperties": False}
    if title:
        schema["title"] = title
    if description:
        schema["description"] = description
    return schema


def _results() -> dict:
    return _object({"outputs": _TEXTS, "outcomes": _TEXTS, "suggestions": _TEXTS,
                    "status": _STATUS, "as_of": _DATE})


def _measure() -> dict:
    period = {"anyOf": [{"type": "null"},
                        _object({"label": _TEXT, "start": _DATE, "end": _DATE})]}
    return _object({
        "year": _YEAR, "slug": _TEXT,
        "order": {"type": ["integer", "null"]},
        "title": _TEXT,
        "issue": {"type": ["integer", "null"], "minimum": 1, "maximum": 7},
        "indicators": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 10}},
        "oit": _TEXTS, "addresses": _TEXTS, "steps": _TEXTS, "period": period,
        "responsible": _TEXTS, "outputs": _TEXTS, "outcomes": _TEXTS, "suggestions": _TEXTS,
        "status": _STATUS,
        "progress": {"anyOf": [{"type": "null"}, _results()]},
        "updated": _DATE,
        "url": _TEXT,
    }, description="มาตรการหนึ่งข้อ (one measure) ตาม front matter ของไฟล์มาตรการ")


def measures() -> dict:
    return {"$schema": SCHEMA_URI, "$id": "measures.schema.json",
            **_object({"year": _YEAR, "ita_year": _YEAR,
                       "measures": {"type": "array", "items": _measure()}},
                      title="มาตรการของปีงบประมาณ (measures of a fiscal year)")}


def scores() -> dict:
    indicator = _object({"number": {"type": "integer", "minimum": 1, "maximum": 10},
                         "score": _SCORE})
    item = _object({"code": {"type": "string", "pattern": "^[ieO][0-9]+$"},
                    "text": _OPT_TEXT, "score": _SCORE})
    return {"$schema": SCHEMA_URI, "$id": "scores.schema.json",
            **_object({"year": _YEAR, "ita_year": _YEAR, "total": _SCORE, "level": _OPT_TEXT,
                       "iit": _OPT_SCORE, "eit": _OPT_SCORE, "oit": _OPT_SCORE,
                       "indicators": {"type": "array", "items": indicator},
                       "items": {"type": "array", "items": item}},
                      title="ผลคะแนน ITA ของปี (a year's ITA scores)")}


def oit() -> dict:
    evidence = _object({"kind": _TEXT, "title": _TEXT, "url": _TEXT})
    item = _object({"code": {"type": "string", "pattern": "^O[0-9]+$"}, "title": _TEXT,
                    "status": _TEXT, "url": _TEXT,
                    "evidence_count": {"type": "integer", "minimum": 0},
                    "evidence": {"type": "array", "items": evidence}})
    return {"$schema": SCHEMA_URI, "$id": "oit.schema.json",
            **_object({"year": _YEAR, "ita_year": _YEAR,
                       "items": {"type": "array", "items": item}},
                      title="ข้อ OIT และหลักฐาน (OIT items and their evidence)")}


SCHEMAS = {"measures": measures, "scores": scores, "oit": oit}


def schema_bytes(name: str) -> bytes:
    return (json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
