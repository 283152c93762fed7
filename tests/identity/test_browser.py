"""In Chromium: the agency's logo and phone number on every page kind, at desktop and phone
width, and the home page on a 360×740 phone showing the latest year's documents and both survey
codes within its first two screens."""

from __future__ import annotations

import re

import pytest

from tests.browser.pagekinds import KINDS
from tests.browser.siteserver import PHONE

from .sites import target

pytestmark = pytest.mark.browser

PAGE_KINDS = [kind for kind in KINDS if kind != "search"]
SCREENS = 2


def _phone_links(page) -> list[dict]:
    return page.eval_on_selector_all(
        ".md-footer a[href^='tel:']",
        "links => links.map(a => ({href: a.getAttribute('href'), text: a.textContent}))")


def _logo_loaded(page, selector: str) -> bool:
    return page.eval_on_selector(
        selector, "img => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0")


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_desktop_page_shows_the_agency_logo_and_phone(kind, kind_visits, page_kinds, sample_site):
    page = kind_visits(kind).page
    logo = page.locator(".md-header .md-logo img")
    assert logo.is_visible(), f"{kind}: no logo in the header"
    assert _logo_loaded(page, ".md-header .md-logo img"), f"{kind}: the header logo did not load"
    url = page_kinds[kind]
    assert target(sample_site, url, logo.get_attribute("src")) == sample_site / "assets/logo.svg"
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert target(sample_site, url, icon) == sample_site / "assets/logo.svg"
    assert {"href": "tel:043000000", "text": "0 4300 0000"} in _phone_links(page)
    assert page.locator(".md-footer a[href='tel:043000000']").is_visible()
    assert "Made with" not in page.locator(".md-footer").inner_text()


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_phone_page_shows_the_agency_logo_and_phone(kind, kind_visits):
    page = kind_visits(kind, "phone").page
    footer = page.locator(".md-footer")
    assert page.locator(".md-footer a[href='tel:043000000']").is_visible(), kind
    assert _logo_loaded(page, ".md-footer .ita-identity__logo"), f"{kind}: no logo in the footer"
    text = footer.inner_text()
    assert "องค์การบริหารส่วนตำบลบ้านตัวอย่าง" in text and "saraban@" in text
    # Nothing in the footer is wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_home_on_a_phone_shows_latest_documents_and_survey_codes_in_two_screens(
        kind_visits, artifacts):
    page = kind_visits("home", "phone").page
    limit = SCREENS * PHONE["height"]
    bottoms = page.evaluate("""() => {
      const bottom = el => el.getBoundingClientRect().bottom + window.scrollY;
      return {
        cards: [...document.querySelectorAll(".ita-cards .ita-card")].map(bottom),
        codes: [...document.querySelectorAll(".ita-survey-compact .ita-qr")].map(bottom),
      };
    }""")
    (artifacts / "identity").mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "identity" / "home-phone-two-screens.png"), full_page=True,
                    clip={"x": 0, "y": 0, "width": PHONE["width"], "height": limit})
    assert len(bottoms["cards"]) >= 3, "the latest year's documents are not on the home page"
    assert len(bottoms["codes"]) == 2, "the home page lacks the two survey codes"
    late = [round(b) for b in bottoms["cards"] + bottoms["codes"] if b > limit]
    assert not late, f"ends below the first {SCREENS} screens ({limit}px): {late}"
