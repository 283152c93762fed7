# The browser suite's fixtures (sample site built once per worker, served on 127.0.0.1, shared
# page visits in Chromium), reused by tests/identity/test_browser.py.
from tests.browser.conftest import (artifacts, base_url, kind_visits, page_kinds,  # noqa: F401
                                    sample_site)
