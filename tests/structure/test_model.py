"""The checked site is one typed model: every field says what it holds, and the renderers get
the build's helpers beside it, never inside it."""

from __future__ import annotations

import dataclasses

from ita_site.checked import CheckedSite
from ita_site.checking import check_site
from ita_site.mkdocs_settings import options_from_config
from ita_site.pages.tools import RenderTools
from tests.sitebuild import REPO


def test_every_field_of_the_model_names_its_type():
    for model in (CheckedSite, RenderTools):
        for field in dataclasses.fields(model):
            annotation = str(field.type)
            assert "object" not in annotation and annotation not in ("dict", "list"), (
                f"{model.__name__}.{field.name}: {annotation}")
            if annotation.startswith("dict"):
                assert "[" in annotation, f"{model.__name__}.{field.name}: {annotation}"


def test_render_time_helpers_are_not_part_of_the_model():
    names = {field.name for field in dataclasses.fields(CheckedSite)}
    assert not names & {"qr_cache", "survey_assets", "evidence_bodies", "site_url"}


def test_a_measure_is_found_by_its_file_and_nothing_else_is():
    checked = check_site(REPO / "content", options_from_config(REPO / "mkdocs.yml"))
    for year in checked.site.years.values():
        for measure in year.measures:
            assert checked.measure(measure.src_uri) is measure
    assert checked.measure_count == sum(len(y.measures) for y in checked.site.years.values()) > 0
    assert checked.measure("2568/index.md") is None
    assert checked.measure("2568/measures/no-such-measure.md") is None
