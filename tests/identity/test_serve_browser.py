"""In Chromium, as a webmaster previews with `ita-site serve`: the error report replaces the page
being looked at, and saving the fixed file brings the page back without touching the browser."""

from __future__ import annotations

import pytest

from tests.sitebuild import write_project

from .serving import CHANGE_LIMIT_S, ita_site_serve, serving
from .test_serve import FILES, FIXED

pytestmark = pytest.mark.browser


def test_the_open_page_reloads_by_itself_once_the_file_is_fixed(tmp_path, browser, artifacts):
    root = write_project(tmp_path / "p", FILES)
    with serving(root, ita_site_serve) as server:
        server.wait_for("2568/measures/a/", lambda html: 'class="ita-problems"' in html)
        context = browser.new_context(viewport={"width": 360, "height": 740}, locale="th-TH")
        try:
            page = context.new_page()
            page.goto(server.base + "2568/measures/a/", wait_until="load")
            report = page.locator(".ita-problems")
            assert report.is_visible()
            assert "ฟิลด์ `issue` ต้องเป็นตัวเลข 1–7" in report.inner_text()
            (artifacts / "identity").mkdir(exist_ok=True)
            page.screenshot(path=str(artifacts / "identity" / "serve-error-report-phone.png"))

            (root / "content/2568/measures/a.md").write_text(FIXED, encoding="utf-8")
            # No reload, no navigation: MkDocs' live-reload script brings the page back.
            page.locator("h1", has_text="มาตรการทดสอบ").wait_for(timeout=CHANGE_LIMIT_S * 1000)
            assert page.locator(".ita-problems").count() == 0
            assert page.locator(".md-footer").get_by_text("องค์การบริหารส่วนตำบลทดสอบ").count() == 1
        finally:
            context.close()
