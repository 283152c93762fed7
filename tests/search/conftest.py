"""Fixtures of the Thai search tests: the fixture site, built once and served on localhost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.browser.siteserver import SharedContexts
from tests.search.sitefixture import SOURCE, build_project, derive_site, serve
from tests.sharedbuild import shared_folder

QUERIES = Path(__file__).resolve().parent / "queries.yaml"


@pytest.fixture(scope="session")
def search_project(tmp_path_factory) -> Path:
    """tests/search/site built once per run by `mkdocs build` with the ita plugin."""
    return shared_folder(tmp_path_factory, "search-fixture", [SOURCE],
                         lambda folder: build_project(folder)) / "project"


@pytest.fixture(scope="session")
def thai_site(search_project) -> Path:
    """tests/search/site with Thai search, as the ita plugin published it."""
    return search_project / "site"


@pytest.fixture(scope="session")
def thai_site_url(thai_site):
    with serve(thai_site) as base:
        yield base


@pytest.fixture(scope="session")
def queries() -> list[dict]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


VIEWPORT = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def search_contexts(browser, thai_site_url):
    """A warm context for the fixture site's pages (SharedContexts)."""
    with SharedContexts(browser, thai_site_url) as contexts:
        yield contexts


@pytest.fixture
def page(search_contexts):
    """A page of its own, for the fixture site (thai_site_url) only: other origins are aborted."""
    page = search_contexts.context(VIEWPORT, "light").new_page()
    yield page
    page.close()


@pytest.fixture
def own_page(browser):
    """A page in a context of its own, for the fixture's other sites (other local ports)."""
    context = browser.new_context(viewport=VIEWPORT)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def unrewritten_site_url(search_project, tmp_path_factory):
    """The fixture with our worker but Material's index as Material wrote it (no ita_site step)."""
    site = derive_site(search_project, tmp_path_factory.mktemp("unrewritten") / "site",
                       mode="unrewritten")
    with serve(site) as base:
        yield base


@pytest.fixture(scope="session")
def sharded_site(search_project, tmp_path_factory) -> Path:
    """The fixture with its index cut into shards of 16 kB, as a very large site would be."""
    site = derive_site(search_project, tmp_path_factory.mktemp("sharded") / "site",
                       shard_bytes=16_000)
    assert len(list((site / "search").glob("thai_index.*.json"))) > 2
    return site


@pytest.fixture(scope="session")
def sharded_site_url(sharded_site):
    with serve(sharded_site) as base:
        yield base
