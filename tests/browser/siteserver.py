"""Serve a built site on 127.0.0.1 and open its pages in Chromium.

Every page is opened in a browser context whose requests to any other origin are recorded and
aborted, so no test can reach the internet and the third-party test can list what a page tried
to load: a fresh context by default, or a shared, already warm one (SharedContexts) for visits
that need no fresh browser state.
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
    """One page opened in a browser context, with what it asked the network for."""

    context: object
    page: object
    origin: str
    foreign: list[str] = field(default_factory=list)     # aborted requests to other origins
    finished: list[object] = field(default_factory=list)  # Playwright Requests that completed
    loaded: int = 0          # how many of `finished` belong to the first load
    found: int | None = None  # search results listed, for a visit that searched
    owns_context: bool = True  # False in a shared context (SharedContexts), which outlives it

    def first_load(self) -> list[object]:
        """The requests of the first load, before any test clicked or typed."""
        return self.finished[:self.loaded]

    def close(self) -> None:
        if self.owns_context:
            self.context.close()
        else:
            self.page.close()


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


def _new_context(browser, origin: str, foreign: list[str], *, viewport, color_scheme: str,
                 has_touch: bool = False):
    """A context whose requests to other origins are recorded in `foreign` and aborted."""
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme,
                                  has_touch=has_touch, locale="th-TH", service_workers="block")

    def guard(route):
        foreign.append(route.request.url)
        route.abort()

    context.route(foreign_requests(origin), guard)
    return context


# A page of the site kept open in every shared context (see SharedContexts). Any URL of the
# origin serves; this one is tiny whether the site has it or not.
WARM_PAGE = "/robots.txt"


class SharedContexts:
    """Browser contexts shared by the visits of one site: one per viewport, colour scheme and
    touch screen, each kept warm, closed with `close()` (or at the end of a `with` block).

    Each visit still opens its own page, which a test closes. A context keeps one more page of
    the site open (WARM_PAGE) for its whole life, so Chromium opens every visit's page in the
    same renderer process, already started and with the site's scripts compiled: measured on
    the sample's report page, a visit costs 0.6 s of CPU instead of 1.6 s (a new context, or a
    shared one whose pages have all closed, starts a new process).

    A shared context still shows every visit's first load in full (Visit.first_load): the route
    that aborts other origins turns Chromium's HTTP cache off, so every file is requested again
    and heard by the visit's page (its workers' requests included). What a shared context keeps
    between visits is the site's storage (a colour chosen with the toggle, say): a test that
    changes it, or must meet a first-time visitor, opens its own context. Every visit of a
    shared context sees the requests to other origins of all of them (`foreign`), which only
    makes a test that asserts there are none stricter.
    """

    def __init__(self, browser, base_url: str):
        self.browser = browser
        self.origin = _origin(base_url)
        self.foreign: list[str] = []
        self._contexts: dict[tuple, object] = {}

    def context(self, viewport, color_scheme: str, has_touch: bool = False):
        key = (tuple(sorted(viewport.items())), color_scheme, has_touch)
        if key not in self._contexts:
            context = _new_context(self.browser, self.origin, self.foreign, viewport=viewport,
                                   color_scheme=color_scheme, has_touch=has_touch)
            context.new_page().goto(self.origin + WARM_PAGE, wait_until="commit")
            self._contexts[key] = context
        return self._contexts[key]

    def close(self) -> None:
        for context in self._contexts.values():
            context.close()
        self._contexts.clear()

    def __enter__(self) -> "SharedContexts":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_visit(browser, base_url: str, url: str = "", *, viewport=DESKTOP,
               color_scheme: str = "light", shared: SharedContexts | None = None) -> Visit:
    """Open `base_url + url` in a new context, or in `shared`'s context for the viewport and
    colour scheme, and wait until the network has been idle and the fonts are in; the caller
    closes the Visit."""
    origin = _origin(base_url)
    if shared is None:
        foreign: list[str] = []
        context = _new_context(browser, origin, foreign, viewport=viewport,
                               color_scheme=color_scheme)
    else:
        foreign, context = shared.foreign, shared.context(viewport, color_scheme)
    result = Visit(context=context, page=None, origin=origin, foreign=foreign,
                   owns_context=shared is None)
    try:
        result.page = context.new_page()
        # The page also hears its workers' requests (the search index).
        result.page.on("requestfinished", lambda request: result.finished.append(request))
        result.page.goto(base_url + url, wait_until="networkidle")
        result.page.evaluate("document.fonts.ready.then(() => true)")
        result.loaded = len(result.finished)
    except BaseException:
        if result.page is not None or shared is None:
            result.close()
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
