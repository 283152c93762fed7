"""A Catalog from one year's located YAML (a shipped file, a site's file, or the two merged)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ita_site.catalog.entries import YEARS, read_oit_items, read_questions
from ita_site.catalog.fields import FieldReader
from ita_site.catalog.framework import (read_indicators, read_issues, read_levels,
                                        read_score_range, read_tools)
from ita_site.catalog.located import LocatedMap
from ita_site.catalog.model import GROUPINGS, Catalog
from ita_site.messages import catalog as msg

TOP_FIELDS = ("ita_year", "grouping", "sources", "note", "tools", "score_range", "indicators",
              "issues", "levels", "questions", "complete_question_lists", "oit")
QUESTION_TOOLS = ("iit", "eit")


def build_catalog(data: LocatedMap, year: int, fields: FieldReader, files: tuple[str, ...],
                  known_items: Mapping[int, Collection[str]]) -> Catalog | None:
    """The catalog of `year` from `data`, or None when its essentials (grouping, tools, score
    range, indicators, levels, OIT items) are unusable. Every problem found goes to `fields`;
    `known_items` (OIT codes by year) checks `same_as` links across years."""
    fields.check_keys(data, TOP_FIELDS, "")
    check_year(data, year, fields)
    grouping = fields.choice(data, "grouping", "grouping", GROUPINGS, required=True)
    tools = read_tools(data, fields)
    score_range = read_score_range(data, fields)
    indicators = read_indicators(data, fields)
    issues = read_issues(data, fields, grouping)
    levels = read_levels(data, fields, score_range)
    questions = read_questions(data, fields, indicators, issues)
    oit_items = read_oit_items(data, fields, indicators, issues, known_items)
    fields.text(data, "note", "note")
    if (grouping is None or not tools or score_range is None or not indicators or not levels
            or not oit_items):
        return None
    return Catalog(
        ita_year=year, grouping=grouping, tools=tools, indicators=indicators, issues=issues,
        levels=levels, questions=questions, oit_items=oit_items, score_range=score_range,
        sources=fields.texts(data, "sources", "sources"),
        complete_question_lists=_complete_lists(data, fields), files=files)


def check_year(data: LocatedMap, year: int, fields: FieldReader) -> None:
    """`ita_year`, when written, must be the year the file is named after."""
    if "ita_year" not in data:
        return
    written = fields.integer(data, "ita_year", "ita_year", low=YEARS[0], high=YEARS[1])
    if written is not None and written != year:
        where = data.where_of("ita_year")
        name = where[0].replace("\\", "/").rsplit("/", 1)[-1]
        fields.error(where, msg.YEAR_MISMATCH.format(name=name, year=written), "ita_year")


def _complete_lists(data: LocatedMap, fields: FieldReader) -> frozenset[str]:
    """`complete_question_lists: [iit, eit]`: the tools whose every question is listed."""
    tools = fields.texts(data, "complete_question_lists", "complete_question_lists")
    for tool in tools:
        if tool.lower() not in QUESTION_TOOLS:
            fields.error(data.where_of("complete_question_lists"), msg.NOT_ONE_OF.format(
                field="complete_question_lists", got=tool, allowed=", ".join(QUESTION_TOOLS)),
                "complete_question_lists")
    return frozenset(tool.lower() for tool in tools if tool.lower() in QUESTION_TOOLS)
