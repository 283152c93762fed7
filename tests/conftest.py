import os
import shutil

import pytest
from hypothesis import settings

# No per-example deadline: speed is measured in bench/, not in tests (CI shares two cores).
settings.register_profile("project", deadline=None)
settings.load_profile("project")

# The sample site served and its page visits (tests/browser/fixtures.py), for tests/browser and
# tests/identity alike: defined once, so one worker opens each page once.
pytest_plugins = ["tests.browser.fixtures"]

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



# Tests that read what one worker makes once and keeps (a fixture of session or module scope
# that loads pages in Chromium or starts processes): under `pytest -n`, each module listed runs
# on one worker, so that is made once per run, not once per worker. Every other test is handed
# out one by one to whichever worker is free, as --dist load does. (xdist's own --dist loadgroup
# cannot be used: its group names are lost with pytest 9's node ids.)
ONE_WORKER = {
    # kind_visits (tests/browser/fixtures.py): every page kind in every variant
    "page-visits": ["tests/browser/test_accessibility.py", "tests/browser/test_desktop_tables.py",
                    "tests/browser/test_page_load.py", "tests/browser/test_page_weight.py",
                    "tests/browser/test_phone.py", "tests/browser/test_phone_reading.py",
                    "tests/browser/test_third_party.py", "tests/identity/test_browser.py"],
    # report: every query of the Thai search set
    "search-report": ["tests/search/test_browser_search.py"],
    # cluster (module scope): one Dask scheduler and two workers, started once, not per worker
    "portal-cluster": ["tests/portal/test_cluster.py"],
    # printed (module scope): each page kind printed to PDF once for both tests of a kind
    "print": ["tests/browser/test_print.py"],
}
_GROUP_OF_MODULE = {module: group for group, modules in ONE_WORKER.items() for module in modules}


def pytest_xdist_make_scheduler(config, log):
    if config.getoption("dist") != "load":
        return None  # a --dist the user chose
    from xdist.scheduler import LoadScopeScheduling

    class SharedPagesScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _GROUP_OF_MODULE.get(nodeid.split("::", 1)[0], nodeid)

    return SharedPagesScheduling(config, log)
