"""Serve a built site on 127.0.0.1 and open its pages in Chromium.

Every page is opened in a fresh browser context whose requests to any other origin are
recorded and aborted, so no test can reach the internet and the third-party test can list
what a page tried to load.
"""

from __future__ import annotations

import functools
import re
import http.server
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeout

REPO = Path(__file__).resolve().parents[2]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    delays: dict[str, float] = {}

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass

    def do_GET(self):
        # A slow link for chosen files; each request has its own server thread.
        time.sleep(self.delays.get(self.path.split("?")[0], 0))
        super().do_GET()


@contextmanager
def serve(folder: Path, delays: dict[str, float] | None = None):
    """Serve `folder` on a free port of 127.0.0.1; yields the base URL ending in "/".

    `delays` maps URL paths ("/search/x.json") to seconds to wait before answering them.
    """
    handler_class = type("Handler", (_QuietHandler,), {"delays": dict(delays or {})})
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Visit:
    """One page opened in its own browser context, with what it asked the network for."""

    context: object
    page: object
    origin: str
    foreign: list[str] = field(default_factory=list)     # aborted requests to other origins
    finished: list[object] = field(default_factory=list)  # Playwright Requests that completed
    loaded: int = 0          # how many of `finished` belong to the first load
    found: int | None = None  # search results listed, for a visit that searched

    def first_load(self) -> list[object]:
        """The requests of the first load, before any test clicked or typed."""
        return self.finished[:self.loaded]

    def close(self) -> None:
        self.context.close()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def is_local(url: str, origin: str) -> bool:
    # data: and blob: URLs are made inside the page; they never leave the machine.
    return url.startswith(("data:", "blob:", "about:")) or _origin(url) == origin


def foreign_requests(origin: str) -> re.Pattern:
    """A route pattern for every URL that would leave the machine: not `origin`, not made in
    the page (data:, blob:, about:). Playwright matches it outside Python, so the requests to
    `origin` never wait for the test process (which matters when one page loads ~100 times)."""
    return re.compile(rf"^(?!{re.escape(origin)}/|data:|blob:|about:)")


def open_visit(browser, base_url: str, url: str = "", *, viewport=DESKTOP,
               color_scheme: str = "light") -> Visit:
    """Open `base_url + url` in a new context (so an empty cache) and wait until the network
    has been idle and the fonts are in; the caller closes the Visit."""
    origin = _origin(base_url)
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme,
                                  locale="th-TH", service_workers="block")
    result = Visit(context=context, page=None, origin=origin)

    def guard(route):
        request_url = route.request.url
        if is_local(request_url, origin):
            route.continue_()
        else:
            result.foreign.append(request_url)
            route.abort()

    try:
        context.route("**/*", guard)
        context.on("requestfinished", lambda request: result.finished.append(request))
        result.page = context.new_page()
        result.page.goto(base_url + url, wait_until="networkidle")
        result.page.evaluate("document.fonts.ready.then(() => true)")
        result.loaded = len(result.finished)
    except BaseException:
        context.close()
        raise
    return result


def open_search(page, query: str, *, timeout_ms: int = 8_000) -> int:
    """Open Material's search box as a reader does and type `query`.

    Returns how many results are listed once the first appear, or 0 when none appear within
    `timeout_ms` (the box stays open either way, for the checks that look at it).
    """
    toggle = page.locator('label.md-header__button[for="__search"]')
    box = page.locator(".md-search__input")
    if toggle.is_visible():
        toggle.click()
    else:
        box.click()
    box.press_sequentially(query, delay=30)
    # Thai letters reach the box as text input without key events (no Thai keyboard layout
    # here), while Material searches on keyup; a reader's last key press gives that keyup.
    box.press("End")
    items = page.locator(".md-search-result__item")
    try:
        items.first.wait_for(state="attached", timeout=timeout_ms)
    except PlaywrightTimeout:
        return 0
    # Material opens the box with CSS transitions (a growing circle on phones); measuring in
    # the middle of one sees a box still on its way in, so wait until every one has ended.
    page.wait_for_function(
        "() => document.getAnimations().every(a => a.playState !== 'running')",
        timeout=timeout_ms)
    return items.count()
