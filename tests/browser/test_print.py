"""Paper: Chromium's print-to-PDF of the year's documents, as a webmaster prints them for files.

Each printed page kind gives A4 sheets (plan, progress, report and analysis landscape, a
measure portrait) whose Thai text is set in the site's Sarabun (read from the PDF's fonts, so
a fallback system font fails), table headers on every sheet a table continues on, none of
the site's navigation, and on every sheet the agency's name, the document's title and the
sheet's number; the measures tables run on from sheet to sheet instead of leaving sheets half
empty. The PDFs are kept in test-artifacts/<run>/print/.
"""

from __future__ import annotations

import io
import subprocess
import unicodedata
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from .pagekinds import PRINTED, REPORT_KINDS, require
from .siteserver import open_visit

pytestmark = pytest.mark.browser

A4 = (595.28, 841.89)   # points
TOLERANCE = 3.0         # points; Chromium rounds the sheet to whole device pixels
THAI = range(0x0E00, 0x0E80)
CHROME = (".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-search", ".md-top",
          ".md-content__button", ".headerlink", ".ita-noprint")

# Chrome still laid out on paper (selector and text), which must be none.
SHOWN_CHROME = """(selectors) => selectors.flatMap(selector =>
  [...document.querySelectorAll(selector)]
    .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
    .map(el => selector + ": " + el.textContent.trim().slice(0, 40)))"""

# Per table: its header labels and the text of the first two cells of each body row (later
# cells hold lists whose numbers are drawn by the printer but are not in the text).
TABLES = """() => [...document.querySelectorAll("article table")].map(table => ({
  headers: [...table.querySelectorAll("thead th")].map(th => th.textContent.trim()),
  rows: [...table.querySelectorAll("tbody tr")].map(tr =>
    [...tr.children].slice(0, 2).map(c => c.textContent.trim()).join(" ")),
}))"""


def _plain(text: str) -> str:
    """Text as PDF extraction and the DOM can both give it: Thai marks above and below the
    line (which Chromium may draw as unnamed glyphs), spaces and line breaks removed."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if c not in "\x00" and not c.isspace()
                   and unicodedata.category(c) != "Mn")


def _fonts_of_thai_text(reader: PdfReader) -> set[str]:
    fonts: set[str] = set()

    def visit(text, cm, tm, font, size):
        if font is not None and any(ord(c) in THAI for c in text):
            fonts.add(str(font.get("/BaseFont", "?")).split("+")[-1])

    for sheet in reader.pages:
        sheet.extract_text(visitor_text=visit)
    return fonts


@dataclass
class Printed:
    """A page printed to PDF, with what its screen version shows and what print still lays out."""

    pdf: bytes
    footer: str
    agency: str
    title: str
    content: str
    shown: list
    tables: list


@pytest.fixture(scope="module")
def printed(browser, base_url, page_kinds, shared_contexts):
    """printed(kind) -> that kind's page printed once for every test of this module."""
    done: dict[str, Printed] = {}

    def get(kind: str) -> Printed:
        if kind not in done:
            done[kind] = _print(browser, base_url, require(page_kinds, kind), shared_contexts)
        return done[kind]

    return get


def _print(browser, base_url, url, shared) -> Printed:
    opened = open_visit(browser, base_url, url, shared=shared)
    try:
        page = opened.page
        footer = page.evaluate("(document.querySelector('.md-footer') || {}).innerText || ''")
        agency = page.evaluate("(document.querySelector('.ita-identity__name') || {}).textContent || ''")
        title = page.evaluate("document.querySelector('article h1').textContent")
        # The footer names the agency, as the printed document's own header does.
        content = page.evaluate("(document.querySelector('.md-content') || {}).innerText || ''")
        page.emulate_media(media="print")
        page.evaluate("document.fonts.ready.then(() => true)")
        shown = page.evaluate(SHOWN_CHROME, list(CHROME))
        tables = page.evaluate(TABLES)
        pdf = page.pdf(prefer_css_page_size=True)
    finally:
        opened.close()
    return Printed(pdf, footer, agency, title, content, shown, tables)


@pytest.mark.parametrize("kind", sorted(PRINTED))
def test_print_gives_a4_in_sarabun_with_repeated_headers_and_no_navigation(
        printed, artifacts, kind):
    printout = printed(kind)
    pdf, footer, agency, title = printout.pdf, printout.footer, printout.agency, printout.title
    content, shown, tables = printout.content, printout.shown, printout.tables
    path = artifacts / "print" / f"{kind}.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)

    assert not shown, f"{kind}: navigation printed: {shown}"
    reader = PdfReader(io.BytesIO(pdf))
    short, long_ = A4
    width, height = (long_, short) if PRINTED[kind] == "landscape" else (short, long_)
    for number, sheet in enumerate(reader.pages, 1):
        size = (float(sheet.mediabox.width), float(sheet.mediabox.height))
        assert abs(size[0] - width) < TOLERANCE and abs(size[1] - height) < TOLERANCE, (
            f"{kind}: sheet {number} is {size[0]:.0f}×{size[1]:.0f} pt, expected A4 "
            f"{PRINTED[kind]} ({width:.0f}×{height:.0f})")

    fonts = _fonts_of_thai_text(reader)
    assert fonts, f"{kind}: no Thai text in the PDF ({path})"
    assert all(name.startswith("Sarabun") for name in fonts), (
        f"{kind}: Thai text printed in {sorted(fonts)}, not only in the site's Sarabun")

    sheets = [_plain(sheet.extract_text()) for sheet in reader.pages]
    everything = "".join(sheets)
    in_content = _plain(content)
    # The agency's name heads every sheet on purpose; the rest of the footer must not print.
    for line in (line for line in footer.splitlines() if _plain(line) and _plain(line) not in in_content
                 and _plain(line) != _plain(agency)):
        assert _plain(line) not in everything, f"{kind}: the footer {line!r} was printed"

    assert _plain(agency), f"{kind}: the page names no agency in its footer"
    total = len(reader.pages)
    for number, text in enumerate(sheets, 1):
        assert _plain(agency) in text, f"{kind}: sheet {number} does not name the agency ({path})"
        # the title at the head of the sheet may be cut to fit; its first words must be there
        assert _plain(title)[:20] in text, f"{kind}: sheet {number} does not carry the title"
        assert _plain(f"หน้า {number} / {total}") in text, (
            f"{kind}: sheet {number} does not say 'หน้า {number} / {total}' ({path})")

    for table in tables:
        headers = [_plain(h) for h in table["headers"] if _plain(h)]
        # A row's first two cells run together only where the table itself is printed (a
        # chart drawing the same labels puts other text between them).
        rows = [_plain(r)[:40] for r in table["rows"] if len(_plain(r)) >= 8]
        carrying = [n for n, text in enumerate(sheets, 1) if any(r in text for r in rows)]
        lost = [r for r in rows if not any(r in text for text in sheets)]
        assert not lost, f"{kind}: table rows missing from the PDF: {lost}"
        for number in carrying:
            missing = [h for h in headers if h not in sheets[number - 1]]
            assert not missing, (f"{kind}: sheet {number} carries rows of a table but not its "
                                 f"header cells {missing} ({path})")


# Landscape sheet height and its top and bottom margins (print.css), in millimetres: the
# running head and the page number live in the margins and say nothing about how full a sheet is.
SHEET_MM, TOP_MM, BOTTOM_MM = 210, 14, 12


def _ink_extent(sheet_png: bytes) -> float:
    """How far down the sheet's text area the ink reaches, from 0 to 1."""
    from PIL import Image, ImageOps

    image = ImageOps.invert(Image.open(io.BytesIO(sheet_png)).convert("L"))
    top = round(image.height * TOP_MM / SHEET_MM)
    bottom = image.height - round(image.height * BOTTOM_MM / SHEET_MM)
    area = image.crop((0, top, image.width, bottom))
    box = area.point(lambda v: 255 if v > 40 else 0).getbbox()
    return 0.0 if box is None else box[3] / area.height


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_printed_measures_tables_leave_no_sheet_half_empty(printed, artifacts, kind):
    """Only the last sheet may be more than half empty: a table of one issue runs on after
    the previous one instead of starting a sheet of its own."""
    pdf = printed(kind).pdf
    path = artifacts / "print" / f"{kind}-sheets.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    sheets = len(PdfReader(io.BytesIO(pdf)).pages)
    half_empty = []
    for number in range(1, sheets):  # the last sheet may end where the document ends
        done = subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", str(number), "-l",
                               str(number), str(path)], capture_output=True, check=True)
        used = _ink_extent(done.stdout)
        if used < 0.5:
            half_empty.append(f"sheet {number}: {used:.0%} used")
    assert not half_empty, f"{kind}: sheets more than half empty ({path}): {half_empty}"
