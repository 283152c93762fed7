"""The agency list filters by district and type in the browser, from a plain file (no server)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_choosing_a_district_and_a_type_hides_the_other_agencies(browser, local_build):
    _, output = local_build
    page = browser.new_page()
    try:
        page.goto((output / "index.html").as_uri())
        rows = page.locator("table.portal-agencies tbody tr")
        assert rows.count() == 3
        page.select_option('select[data-portal-filter="district"]', "ภูเวียง")
        visible = [r.get_attribute("id") for r in rows.all() if r.is_visible()]
        assert visible == ["abt-khok-sung"]
        page.select_option('select[data-portal-filter="district"]', "เมือง")
        page.select_option('select[data-portal-filter="type"]', "องค์การบริหารส่วนตำบล")
        visible = [r.get_attribute("id") for r in rows.all() if r.is_visible()]
        assert visible == ["abt-broken", "abt-nong-bua"]
        page.select_option('select[data-portal-filter="district"]', "")
        assert sum(r.is_visible() for r in rows.all()) == 3
    finally:
        page.close()
