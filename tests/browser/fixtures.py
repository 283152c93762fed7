"""Fixtures of the browser-verified quality suite (tests/browser), also used by
tests/identity: registered once for the whole suite (tests/conftest.py `pytest_plugins`), so
both folders share one served site and one set of page visits per worker.

The repository's sample site is built once per run for all workers (tests/sitebuild.py
`sample_build`), or the tests take the built site named by ITA_SITE_DIR, serves it on 127.0.0.1 and drives the session's Chromium (tests/conftest.py `browser`).
Screenshots and PDFs go to test-artifacts/<run>/ at the repository root, one folder per run
shared by all workers of that run.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.browser.pagekinds import SEARCH_QUERY, find_page_kinds, require
from tests.sitebuild import sample_build

from tests.browser.siteserver import (DESKTOP, PHONE, REPO, SharedContexts, Visit, open_search,
                                      open_visit, serve)


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The sample site built once for this worker; the folder holding index.html.

    ITA_SITE_DIR=<folder> checks an already built site instead (any agency's content),
    for example `ITA_SITE_DIR=site pytest tests/browser` after `mkdocs build`.
    """
    given = os.environ.get("ITA_SITE_DIR")
    if given:
        folder = Path(given).resolve()
        if not (folder / "index.html").is_file():
            pytest.fail(f"ITA_SITE_DIR={given} is not a built site (no index.html)")
        return folder
    built = sample_build(tmp_path_factory)
    if built.returncode != 0:
        pytest.fail(f"building the sample site failed:\n{built.output}")
    return built.site


@pytest.fixture(scope="session")
def base_url(sample_site):
    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def page_kinds(sample_site) -> dict[str, str | None]:
    return find_page_kinds(sample_site)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/<run>/: the same folder for every xdist worker of one run."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    name = f"{time.strftime('%Y%m%d')}-{run[:10]}" if run else time.strftime("%Y%m%d-%H%M%S")
    folder = REPO / "test-artifacts" / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# The ways a page is looked at: viewport and colour scheme. One visit of each kind and variant
# is kept open per worker and shared by the tests that only read it (axe, measurements,
# screenshots, recorded requests), so a worker loads each page at most once per variant.
VARIANTS = {
    "desktop": {"viewport": DESKTOP, "color_scheme": "light"},
    "dark": {"viewport": DESKTOP, "color_scheme": "dark"},
    "phone": {"viewport": PHONE, "color_scheme": "light"},
}


@pytest.fixture(scope="session")
def shared_contexts(browser, base_url):
    """Warm contexts for the sample site's visits that need no fresh browser state
    (SharedContexts)."""
    with SharedContexts(browser, base_url) as contexts:
        yield contexts


@pytest.fixture(scope="session")
def kind_visits(browser, base_url, page_kinds, shared_contexts):
    """kind_visits(kind, variant="desktop") -> the shared Visit of that page kind.

    Visits are opened in the shared contexts, with their requests recorded (Visit.first_load()
    is the complete first load: see SharedContexts). The "search" kind is the home page with
    the search box opened and SEARCH_QUERY typed; how many results it listed is Visit.found.
    Tests must not change what a shared page shows; a test that must (printing) opens its own
    visit with open_visit.
    """
    opened: dict[tuple[str, str], Visit] = {}

    def get(kind: str, variant: str = "desktop") -> Visit:
        url = require(page_kinds, kind)
        key = (kind, variant)
        if key not in opened:
            current = open_visit(browser, base_url, url, shared=shared_contexts,
                                 **VARIANTS[variant])
            opened[key] = current
            if kind == "search":
                current.found = open_search(current.page, SEARCH_QUERY)
                current.page.wait_for_load_state("networkidle")
        return opened[key]

    yield get
    for current in opened.values():
        current.close()
