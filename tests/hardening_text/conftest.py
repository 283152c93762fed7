"""The hostile site (hostile.py), built once per test session (per xdist worker)."""

from __future__ import annotations

import pytest

from tests.sitebuild import Built, build

from .hostile import write_hostile_site


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Built:
    built = build(write_hostile_site(tmp_path_factory.mktemp("hostile") / "project"))
    assert built.returncode == 0, built.output
    return built
