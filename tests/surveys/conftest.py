"""Shared pieces of the survey tests: a real QR decoder and a real headless Chromium."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
SURVEYS_CSS = REPO / "theme" / "assets" / "stylesheets" / "surveys.css"


def decode_qr(image: Image.Image | bytes) -> list[str]:
    """Texts of every QR code zxing-cpp finds, without trying inverted colours: a code that
    reads only when inverted (light on dark) is a code many phones will not read."""
    if isinstance(image, (bytes, bytearray)):
        image = Image.open(io.BytesIO(image))
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode,
                                   try_invert=False)
    return sorted(result.text for result in found)


@pytest.fixture(scope="session")
def chromium(browser):
    """The suite's one headless Chromium (tests/conftest.py): Playwright's sync API allows a
    single instance per process."""
    return browser


@pytest.fixture(scope="module")
def phone_context(chromium):
    """One context per module, kept warm as tests/browser/siteserver.py SharedContexts does:
    each test's page is its own, and one more file page stays open so that Chromium opens
    them all in one already started renderer process (about 1 s of CPU less per page)."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    # Tests never reach the internet: only file:// pages load.
    context.route(re.compile(r"^(?!file:|data:|about:)"), lambda route: route.abort())
    context.new_page().goto(Path(__file__).as_uri(), wait_until="commit")
    yield context
    context.close()


@pytest.fixture
def page(phone_context):
    page = phone_context.new_page()
    try:
        yield page
    finally:
        page.close()
