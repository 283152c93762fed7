"""Shared data for the score tests: the 2566-on level bands and a scored year."""

from __future__ import annotations

import pytest

from ita_site.scores.models import IssueAnalysis, YearScores

BANDS_2566 = [
    {"name": "ผ่านดีเยี่ยม", "min_total": 95, "min_each_tool": 95},
    {"name": "ผ่านดี", "min_total": 85, "min_each_tool": 85},
    {"name": "ผ่าน", "min_total": 85},
    {"name": "ต้องปรับปรุง", "min_total": 50},
    {"name": "ต้องปรับปรุงโดยด่วน", "min_total": 0},
]

LETTER_BANDS_2565 = [
    {"name": "AA", "min_total": 95}, {"name": "A", "min_total": 85},
    {"name": "B", "min_total": 75}, {"name": "C", "min_total": 65},
    {"name": "D", "min_total": 55}, {"name": "E", "min_total": 50},
    {"name": "F", "min_total": 0},
]


@pytest.fixture
def scores_2568() -> YearScores:
    return YearScores(
        total=95.42, iit=96.10, eit=94.20, oit=95.90,
        indicators={1: 97.56, 2: 97.11, 3: 99.78, 4: 84.50, 5: 96.00,
                    6: 94.00, 7: 93.00, 8: 95.60, 9: 96.00, 10: 95.80},
        items={"i1": 97.00, "i10": 81.90, "i13": 90.00, "e7": 93.49, "O5": 100.0, "O6": 50.0,
               "O12": 100.0, "O13": 0.0},
    )


@pytest.fixture
def analysis_2568() -> dict[int, IssueAnalysis]:
    return {
        1: IssueAnalysis(1, items=["i1", "i10", "i13", "O5", "O6"], lowest=["i10"],
                         cause="บุคลากรยังไม่ทราบระเบียบการยืมทรัพย์สิน\nไม่มีแบบฟอร์มการยืม",
                         note="", plan="จัดทำคู่มือการยืม-คืนทรัพย์สิน <ฉบับใหม่>"),
    }
