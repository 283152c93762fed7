"""Levels derived from each year's bands: the best band whose every condition holds."""

from __future__ import annotations

import pytest

from ita_site.base.problems import Problems
from ita_site.scores.levels import (LevelBand, check_given_level, derive_level, explain_level,
                                    level_of)
from ita_site.scores.models import YearScores

from .conftest import BANDS_2566, LETTER_BANDS_2565


@pytest.mark.parametrize("total, iit, eit, oit, level", [
    (95.42, 96.10, 95.00, 95.90, "ผ่านดีเยี่ยม"),    # every tool exactly at 95 counts
    (96.00, 99.00, 94.99, 99.00, "ผ่านดี"),          # one tool under 95 drops a band
    (95.42, 96.10, 94.20, 95.90, "ผ่านดี"),
    (85.00, 85.00, 85.00, 85.00, "ผ่านดี"),
    (90.00, 95.00, 95.00, 80.00, "ผ่าน"),            # total enough, OIT not
    (84.99, 99.00, 99.00, 99.00, "ต้องปรับปรุง"),
    (49.99, 60.00, 60.00, 30.00, "ต้องปรับปรุงโดยด่วน"),
    (0.00, 0.00, 0.00, 0.00, "ต้องปรับปรุงโดยด่วน"),
])
def test_level_from_2566_bands(total, iit, eit, oit, level):
    scores = YearScores(total=total, iit=iit, eit=eit, oit=oit)
    assert derive_level(scores, BANDS_2566) == level


@pytest.mark.parametrize("total, level", [
    (100, "AA"), (95, "AA"), (94.99, "A"), (85, "A"), (80, "B"), (70, "C"), (60, "D"),
    (50, "E"), (49.99, "F"),
])
def test_letter_grades_use_the_total_only(total, level):
    # no tool scores needed: the 2565 bands set no minimum per tool
    assert derive_level(YearScores(total=total), LETTER_BANDS_2565) == level


def test_each_year_uses_its_own_bands():
    scores = YearScores(total=90, iit=90, eit=90, oit=90)
    assert derive_level(scores, LETTER_BANDS_2565) == "A"
    assert derive_level(scores, BANDS_2566) == "ผ่านดี"


def test_missing_tool_scores_give_no_level_rather_than_a_wrong_one():
    scores = YearScores(total=97.0, iit=98.0)  # EIT and OIT not written
    derivation = explain_level(scores, BANDS_2566)
    assert derivation.name is None
    assert "EIT" in derivation.explain_th() and "OIT" in derivation.explain_th()


def test_low_total_needs_no_tool_scores():
    # below every band that checks tools, the total alone settles it
    assert derive_level(YearScores(total=70.0), BANDS_2566) == "ต้องปรับปรุง"


def test_no_band_matches():
    bands = [{"name": "ผ่าน", "min_total": 85}]
    derivation = explain_level(YearScores(total=60), bands)
    assert derivation.name is None
    assert "60.00" in derivation.explain_th()


def test_explanation_names_the_missed_band_and_the_tool():
    scores = YearScores(total=95.42, iit=96.10, eit=94.20, oit=95.90)
    text = explain_level(scores, BANDS_2566).explain_th()
    assert "ผ่านดีเยี่ยม" in text and "EIT 94.20" in text
    assert "95.42 ≥ 85.00" in text


def test_bands_as_objects_or_mappings():
    bands = [LevelBand("ดี", 80, 80), type("Band", (), {"name": "พอ", "min_total": 0,
                                                         "min_each_tool": None})()]
    assert derive_level(YearScores(total=85, iit=85, eit=85, oit=85), bands) == "ดี"
    assert derive_level(YearScores(total=85, iit=85, eit=70, oit=85), bands) == "พอ"


def test_written_level_wins_over_derived():
    scores = YearScores(total=95.42, iit=96.10, eit=94.20, oit=95.90, level="ผ่านดีเยี่ยม")
    assert level_of(scores, BANDS_2566) == "ผ่านดีเยี่ยม"
    assert level_of(YearScores(total=95.42, iit=96.1, eit=94.2, oit=95.9), BANDS_2566) == "ผ่านดี"


def test_written_level_that_disagrees_is_a_warning_with_the_field():
    problems = Problems()
    scores = YearScores(total=95.42, iit=96.10, eit=94.20, oit=95.90, level="ผ่านดีเยี่ยม")
    check_given_level(scores, BANDS_2566, year=2568, path="2568/year.yml", problems=problems,
                      line_of=lambda keys: 4 if keys == ("scores", "level") else None)
    [problem] = problems.warnings
    assert problem.field == "scores.level" and problem.line == 4
    assert "ผ่านดี" in problem.text.th and "2568" in problem.text.th
    assert not problems.errors


def test_written_level_that_agrees_is_quiet():
    problems = Problems()
    scores = YearScores(total=95.42, iit=96.10, eit=94.20, oit=95.90, level="ผ่าน ดี")
    check_given_level(scores, BANDS_2566, year=2568, path="y", problems=problems)
    assert not problems
