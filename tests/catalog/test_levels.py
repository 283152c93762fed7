"""Level bands are data: the first band (best first) the scores reach is the level."""

import pytest
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize("total, iit, eit, oit, level", [
    (95, 95, 95, 95, "ผ่านดีเยี่ยม"),
    (99.1, 98, 100, 99.5, "ผ่านดีเยี่ยม"),
    (96, 97, 94.99, 96, "ผ่านดี"),          # one tool below 95 keeps it out of the top band
    (90, 88, 86, 93, "ผ่านดี"),
    (90, 84, 92, 95, "ผ่าน"),             # a tool at 84 is below ผ่านดี's 85 for every tool
    (85, 60, 90, 100, "ผ่าน"),
    (84.99, 90, 90, 90, "ต้องปรับปรุง"),
    (70, 50, 80, 80, "ต้องปรับปรุง"),
    (69.99, 70, 70, 70, "ต้องปรับปรุงโดยด่วน"),
    (0, 0, 0, 0, "ต้องปรับปรุงโดยด่วน"),
])
def test_level_of_scores(shipped, total, iit, eit, oit, level):
    assert list(shipped), "no shipped catalog"
    for catalog in shipped:
        assert catalog.level_for(total, iit, eit, oit).name == level


def test_level_needs_a_total(shipped):
    assert shipped.get(2568).level_for(None, 95, 95, 95) is None


def test_a_missing_tool_score_that_would_decide_the_level_gives_no_level(shipped):
    catalog = shipped.get(2568)
    assert catalog.level_for(97, 96, None, 98) is None      # ผ่านดีเยี่ยม or lower? unknown
    assert catalog.level_for(97, 80, None, 98).name == "ผ่าน"  # iit 80 settles it
    assert catalog.level_for(80).name == "ต้องปรับปรุง"        # no band asks for tools below 85


def test_bands_say_whether_they_pass_and_how_sure_the_boundary_is(shipped):
    bands = shipped.get(2566).levels
    assert [band.name for band in bands] == [
        "ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"]
    assert [band.passes for band in bands] == [True, True, True, False, False]
    lower = bands[3]
    assert (lower.min_total, lower.confidence) == (70, "low")
    assert "70" in lower.note
    assert bands[0].name_en == "Excellent"


def test_bands_expose_what_the_scores_helper_reads(shipped):
    band = shipped.get(2568).levels[0]
    assert (band.name, band.min_total, band.min_each_tool) == ("ผ่านดีเยี่ยม", 95, 95)


score = st.floats(0, 100, allow_nan=False)


@given(total=score, tools=st.tuples(score, score, score), raise_by=st.floats(0, 20))
def test_higher_scores_never_give_a_lower_level(shipped, total, tools, raise_by):
    catalog = shipped.get(2568)
    rank = {band.name: index for index, band in enumerate(catalog.levels)}
    before = catalog.level_for(total, *tools)
    after = catalog.level_for(min(100, total + raise_by), *(min(100, t + raise_by) for t in tools))
    assert rank[after.name] <= rank[before.name]


@given(total=score, tools=st.tuples(score, score, score))
def test_the_level_given_is_one_the_scores_reach(shipped, total, tools):
    band = shipped.get(2569).level_for(total, *tools)
    assert total >= band.min_total
    if band.min_each_tool is not None:
        assert min(tools) >= band.min_each_tool
