"""Shared pieces of the survey tests: a real QR decoder and a real headless Chromium."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
SURVEYS_CSS = REPO / "theme" / "assets" / "stylesheets" / "surveys.css"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def decode_qr(image: Image.Image | bytes) -> list[str]:
    """Texts of every QR code zxing-cpp finds, without trying inverted colours: a code that
    reads only when inverted (light on dark) is a code many phones will not read."""
    if isinstance(image, (bytes, bytearray)):
        image = Image.open(io.BytesIO(image))
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode,
                                   try_invert=False)
    return sorted(result.text for result in found)


def browser_unavailable(reason: str) -> None:
    """Skip on a developer machine without Chromium; under CI=true a missing browser fails."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session (Debian's, never a downloaded one)."""
    if not CHROMIUM.exists():
        browser_unavailable(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    # Tests never reach the internet: only file:// pages load.
    context.route(re.compile(r"^(?!file:|data:|about:)"), lambda route: route.abort())
    try:
        yield context.new_page()
    finally:
        context.close()
