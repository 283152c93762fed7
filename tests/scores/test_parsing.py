"""Reading scores, questions and analysis from year.yml data, with problems naming fields."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from ita_site.base.problems import Problems
from ita_site.catalog import load_catalogs
from ita_site.catalog.codes import normalize_code, sheet_order as code_sort_key
from ita_site.scores.parsing import (Frame, parse_analysis, parse_questions, parse_scores,
                                     parse_year_results)
from ita_site.text.digits import to_thai

PATH = "content/2568/year.yml"
# The numbers a year's scores are read against come from its shipped catalog.
CATALOGS = load_catalogs()
FRAME_2568 = Frame.of(CATALOGS.get(2568))
FRAME_2567 = Frame.of(CATALOGS.get(2567))


def read_scores(data, line_of=lambda keys: None, frame=FRAME_2568):
    problems = Problems()
    return parse_scores(data, path=PATH, problems=problems, line_of=line_of,
                        frame=frame), problems


def read_year(data, **options):
    problems = Problems()
    options.setdefault("frame", FRAME_2568)
    return parse_year_results(data, path=PATH, problems=problems, **options), problems


# --- scores --------------------------------------------------------------------------------

def test_scores_as_in_design_doc():
    scores, problems = read_scores({
        "total": 95.42, "level": "ผ่านดี", "iit": 96.10, "eit": 94.20, "oit": 95.90,
        "indicators": {1: 97.56, 2: 97.11, 3: 99.78},
        "items": {"i10": 81.90, "e7": 93.49, "O12": 50, "O13": 0},
    })
    assert not problems
    assert (scores.total, scores.iit, scores.eit, scores.oit) == (95.42, 96.10, 94.20, 95.90)
    assert scores.level == "ผ่านดี"
    assert scores.indicators == {1: 97.56, 2: 97.11, 3: 99.78}
    assert scores.items == {"i10": 81.90, "e7": 93.49, "O12": 50.0, "O13": 0.0}


def test_thai_digits_everywhere():
    scores, problems = read_scores({
        "total": "๙๕.๔๒", "iit": "๙๖.๑๐",
        "indicators": {"๑": "๙๗.๕๖", "๑๐": "๑๐๐"},
        "items": {"O๐๑": "๕๐", "i๑๐": "๘๑.๙๐"},
    })
    assert not problems
    assert scores.total == 95.42 and scores.iit == 96.10
    assert scores.indicators == {1: 97.56, 10: 100.0}
    assert scores.items == {"i10": 81.90, "O1": 50.0}


score_values = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)


@given(value=score_values, thai=st.booleans(), as_text=st.booleans())
def test_any_score_in_either_digits_reads_the_same(value, thai, as_text):
    written = str(value)
    if thai:
        written = to_thai(written)
    data = written if (thai or as_text) else float(value)
    scores, problems = read_scores({"total": data, "items": {"O1": data}})
    assert not problems
    assert scores.total == float(value)
    assert scores.items["O1"] == float(value)


@pytest.mark.parametrize("value", [100.01, -1, "๑๐๑", 250])
def test_out_of_range_is_an_error_naming_the_field_and_line(value):
    lines = {("scores", "items", "i10"): 12}
    scores, problems = read_scores({"total": 90, "items": {"i10": value}},
                                   line_of=lambda keys: lines.get(keys))
    [problem] = problems.errors
    assert problem.field == "scores.items.i10"
    assert problem.line == 12
    assert "0 ถึง 100" in problem.text.th and "between 0 and 100" in problem.text.en
    assert "i10" not in scores.items


@pytest.mark.parametrize("value", ["ดีมาก", "95.42%", True, [95], {"a": 1}])
def test_wrong_type_is_an_error_naming_the_field(value):
    scores, problems = read_scores({"total": value})
    fields = [p.field for p in problems.errors]
    assert "scores.total" in fields
    assert scores is None  # no total, nothing to show


def test_indicator_key_line_is_looked_up_as_written():
    # YAML keys are found by the text the user typed; `๓:` is not `3`
    seen = []
    read_scores({"total": 90, "indicators": {"๓": 101}}, line_of=lambda keys: seen.append(keys))
    assert ("scores", "indicators", "๓") in seen


def test_missing_total_is_an_error():
    scores, problems = read_scores({"iit": 90})
    assert scores is None
    assert "total" in problems.errors[0].text.en


def test_bad_indicator_and_code_keys():
    scores, problems = read_scores({"total": 90, "indicators": {11: 90, "x": 80, 2: 70},
                                    "items": {"Q5": 1, "O0": 1, "O5": 1}})
    assert scores.indicators == {2: 70.0}
    assert scores.items == {"O5": 1.0}
    assert [p.field for p in problems.errors] == [
        "scores.indicators.11", "scores.indicators.x", "scores.items.Q5", "scores.items.O0"]


def test_the_same_item_written_twice_is_an_error():
    scores, problems = read_scores({"total": 90, "items": {"O1": 100, "O01": 0}})
    [problem] = problems.errors
    assert "O1" in problem.text.th and "O01" in problem.text.th
    assert scores.items == {"O1": 100.0}


def test_items_come_in_result_sheet_order():
    scores, _ = read_scores({"total": 90, "items": {"O2": 1, "e1": 1, "i10": 1, "i2": 1}})
    assert list(scores.items) == ["i2", "i10", "e1", "O2"]


def test_tool_names_in_capitals_and_unknown_fields():
    scores, problems = read_scores({"TOTAL": 90, "IIT": 91, "grade": "A"})
    assert scores.total == 90 and scores.iit == 91
    [warning] = problems.warnings
    assert warning.field == "scores.grade" and not problems.errors


def test_level_must_be_text():
    _, problems = read_scores({"total": 90, "level": 5})
    assert [p.field for p in problems.errors] == ["scores.level"]


def test_scores_not_a_mapping():
    scores, problems = read_scores([95.42])
    assert scores is None and problems.errors[0].field == "scores"


# --- codes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, code", [
    ("O01", "O1"), ("o1", "O1"), ("O ๒๘", "O28"), ("I10", "i10"), ("e7", "e7"), ("E07", "e7"),
    ("O0", None), ("X1", None), ("", None), (5, None), (None, None), ("O1a", None),
])
def test_normalize_code(raw, code):
    assert normalize_code(raw) == code


def test_code_order():
    assert sorted(["O1", "e2", "i10", "i9"], key=code_sort_key) == ["i9", "i10", "e2", "O1"]


# --- questions -----------------------------------------------------------------------------

def test_questions_by_normalised_code():
    problems = Problems()
    questions = parse_questions({"I10": "เจ้าหน้าที่ในหน่วยงาน\n  ของท่าน", "O๐๕": "แผน",
                                 "e7": 3}, path=PATH, problems=problems)
    assert questions == {"i10": "เจ้าหน้าที่ในหน่วยงาน ของท่าน", "O5": "แผน"}
    assert [p.field for p in problems.errors] == ["questions.e7"]


# --- analysis ------------------------------------------------------------------------------

def test_analysis_entry():
    problems = Problems()
    analysis = parse_analysis({
        "๑": {"items": ["i1", "I10", "O05"], "lowest": "i10", "cause": "สาเหตุ",
              "note": ["ข้อ 1", "ข้อ 2"], "plan": "แนวทาง"},
        3: {"items": "O1, o2 O3; O ๔"},
    }, path=PATH, problems=problems, frame=FRAME_2568)
    assert not problems
    assert list(analysis) == [1, 3]
    first = analysis[1]
    assert first.items == ["i1", "i10", "O5"] and first.lowest == ["i10"]
    assert (first.cause, first.note, first.plan) == ("สาเหตุ", "ข้อ 1\nข้อ 2", "แนวทาง")
    assert analysis[3].items == ["O1", "O2", "O3", "O4"]


def test_issue_keys_are_1_to_7_and_indicator_keys_1_to_10():
    problems = Problems()
    parse_analysis({8: {}}, path=PATH, problems=problems, frame=FRAME_2568)
    assert problems.errors[0].field == "analysis.8"
    assert "1–7" in problems.errors[0].text.th

    problems = Problems()
    analysis = parse_analysis({8: {"lowest": "i5"}, 10: {}}, path=PATH, problems=problems,
                              frame=FRAME_2567)
    assert not problems and list(analysis) == [8, 10]


def test_the_numbers_are_the_frames_not_fixed():
    """Another year's catalog may score out of 5 and group analyses under issues 1, 2 and 5."""
    frame = Frame(score_range=(0, 5), indicators=(1, 2, 3), grouping="issue", groups=(1, 2, 5),
                  year=2570)
    problems = Problems()
    results = parse_year_results(
        {"scores": {"total": 4.5, "items": {"O1": 6}, "indicators": {3: 4, 4: 4}},
         "analysis": {5: {"cause": "x"}, 3: {"cause": "y"}}},
        path=PATH, problems=problems, frame=frame)
    assert results.scores.total == 4.5 and list(results.analysis) == [5]
    by_field = {p.field: p for p in problems.errors}
    assert set(by_field) == {"scores.items.O1", "scores.indicators.4", "analysis.3"}
    assert "between 0 and 5" in by_field["scores.items.O1"].text.en
    assert "1–3" in by_field["scores.indicators.4"].text.th
    assert "1, 2, 5" in by_field["analysis.3"].text.en


def test_without_a_frame_only_the_form_is_checked():
    problems = Problems()
    results = parse_year_results({"scores": {"total": 250, "indicators": {12: 1, 0: 1}},
                                  "analysis": {9: {}}}, path=PATH, problems=problems)
    assert results.scores.total == 250 and list(results.analysis) == [9]
    assert [p.field for p in problems.errors] == ["scores.indicators.0"]


def test_analysis_mistakes_name_their_fields():
    problems = Problems()
    parse_analysis({1: {"items": ["i1", "Z9"], "cause": {"a": 1}, "plan": "x", "cuase": "y"}},
                   path=PATH, problems=problems)
    assert sorted(p.field for p in problems.errors) == ["analysis.1.cause", "analysis.1.items[2]"]
    assert [p.field for p in problems.warnings] == ["analysis.1.cuase"]


def test_year_checks_analysis_against_scores():
    results, problems = read_year({
        "scores": {"total": 90, "items": {"i1": 97, "i10": 81.9, "O6": 50}},
        "analysis": {1: {"items": ["i1", "i10", "O6"], "lowest": "i10"},
                     2: {"items": ["e1"], "lowest": "e9"}},
    })
    messages = [(p.field, p.text.en) for p in problems.warnings]
    assert any(f == "analysis.1.lowest" and "O6" in t for f, t in messages)  # O6 is lower
    assert any(f == "analysis.2.lowest" and "e9" in t for f, t in messages)  # not in items
    assert any(f == "analysis.2" and "e1" in t for f, t in messages)         # no score
    assert not problems.errors
    assert results.scores.items["i10"] == 81.9


def test_year_warns_about_codes_the_catalog_does_not_know():
    _, problems = read_year({"scores": {"total": 90, "items": {"i1": 97, "O99": 0}},
                             "questions": {"e40": "ข้อใหม่"},
                             "analysis": {1: {"items": ["e40", "O98"]}}},
                            known_codes={"i1"}, ita_year=2568)
    unknown = [p.text.en for p in problems.warnings if "catalog" in p.text.en]
    assert len(unknown) == 2
    assert any("O99" in t for t in unknown) and any("O98" in t for t in unknown)


def test_year_without_scores():
    results, problems = read_year({"survey_code": "abc"})
    assert results.scores is None and results.questions == {} and results.analysis == {}
    assert not problems
