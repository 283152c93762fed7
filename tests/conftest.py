import os
import shutil

import pytest
from hypothesis import settings

# No per-example deadline: speed is measured in bench/, not in tests (CI shares two cores).
settings.register_profile("project", deadline=None)
settings.load_profile("project")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM) or shutil.which("chromium") is not None


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright; under CI=true it must be there."""
    if not chromium_available():
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing under CI=true: .ci/run must install it")
        pytest.skip("Chromium not installed (apt-get install chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


# Fixtures a worker makes once and every test using them reads: page visits of every kind and
# variant (tests/browser/conftest.py), the search report over every query. Their tests run on one
# xdist worker (pyproject: --dist loadgroup), so the pages are loaded once per run, not once per
# worker; every other test is still handed to whichever worker is free.
SHARED_BY_ONE_WORKER = {"kind_visits": "page-visits", "report": "search-report"}


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups into the tests' ids
def pytest_collection_modifyitems(items):
    for item in items:
        groups = {SHARED_BY_ONE_WORKER[name] for name in getattr(item, "fixturenames", ())
                  if name in SHARED_BY_ONE_WORKER}
        for group in sorted(groups):
            item.add_marker(pytest.mark.xdist_group(group))
