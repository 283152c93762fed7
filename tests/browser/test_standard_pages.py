"""The pages the Government Website Standard adds, in Chromium: the webmaster's report, the
open-data page and the policy pages are accessible (axe-core: nothing serious or critical) and
fit a 360 px phone without the page scrolling sideways."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .siteserver import PHONE, open_visit

pytestmark = pytest.mark.browser

PAGES = ["standard-report/", "data/", "about/cookie-policy/", "about/accessibility/"]
SIDEWAYS = "() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("url", PAGES)
def test_page_is_accessible_and_fits_a_phone(browser, base_url, shared_contexts, url):
    visit = open_visit(browser, base_url, url, viewport=PHONE, shared=shared_contexts)
    try:
        page = visit.page
        results = Axe().run(page)
        blocking = [v["id"] for v in results.response["violations"]
                    if v["impact"] in ("serious", "critical")]
        assert blocking == [], url
        assert page.evaluate(SIDEWAYS) == 0, url
        assert page.locator("html").get_attribute("lang") == "th"
    finally:
        visit.close()


def test_report_page_shows_every_finding_with_its_status(browser, base_url, shared_contexts):
    visit = open_visit(browser, base_url, "standard-report/", shared=shared_contexts)
    try:
        rows = visit.page.locator("article tbody tr")
        assert rows.count() == 23
        assert visit.page.locator("article tbody tr.ita-standard--fail").count() == 0
        assert "ผ่าน" in visit.page.locator(".ita-standard__summary").inner_text()
    finally:
        visit.close()
