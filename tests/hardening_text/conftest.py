"""The hostile site (hostile.py), built once per test run and shared by the xdist workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuild import Built, shared_project_build

from .hostile import write_hostile_site


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Built:
    here = Path(__file__).parent
    built = shared_project_build(tmp_path_factory, "hostile",
                                 [here / "hostile.py", here / "markup.py"], write_hostile_site)
    assert built.returncode == 0, built.output
    return built
