"""The agency's identity on every page a real build makes: logo in the header and as favicon,
name, address, phone (tel:), e-mail (mailto:) and links to its contact and privacy pages in
the footer; Material's book icon and big credit gone."""

from __future__ import annotations

import re

import pytest

from tests.sitebuild import build, shared_project_build, write_project

from .sites import FILES, LOGO, footer, html_pages, target, with_logo


def _built(tmp_path, files=FILES, *, logo=True, edit_config=None):
    root = write_project(tmp_path / "p", files)
    if logo:
        with_logo(root)
    if edit_config:
        config = root / "mkdocs.yml"
        config.write_text(edit_config(config.read_text(encoding="utf-8")), encoding="utf-8")
    return build(root)


@pytest.fixture(scope="module")
def identity_site(tmp_path_factory):
    """The identity site with its logo, as it is by default: built once for the tests that
    only read it."""
    return shared_project_build(tmp_path_factory, "identity", [repr(FILES), LOGO],
                                lambda root: with_logo(write_project(root, FILES)))


def test_every_page_names_the_agency_and_how_to_reach_it(identity_site):
    result = identity_site
    assert result.returncode == 0, result.output
    pages = html_pages(result.site)
    # Pages the generator makes and pages the agency wrote, the 404 page too.
    for url in ("", "2568/", "2568/plan/", "2568/report/", "2568/surveys/", "2568/oit/",
                "2568/oit/o1/", "2568/measures/a/", "news/", "about/contact/", "404.html"):
        assert url in pages, f"no page at {url!r}"
    for url, html in pages.items():
        block = footer(html)
        assert "เทศบาลตำบลทดสอบตัวตน" in block, url
        assert "เลขที่ 1 หมู่ที่ 2 ตำบลทดสอบ" in block, url
        # Thai digits are dialled as Arabic ones; the extension is not dialled.
        assert 'href="tel:043123456">๐ ๔๓๑๒ ๓๔๕๖</a> ต่อ 12, ' in block, url
        assert 'href="tel:0812345678">08 1234 5678</a>' in block, url
        assert 'href="mailto:saraban@identity.example.go.th"' in block, url
        assert "Made with" not in html, url


def test_footer_links_open_the_contact_and_privacy_pages_from_every_page(identity_site):
    result = identity_site
    assert result.returncode == 0, result.output
    for url, html in html_pages(result.site).items():
        if url == "404.html":
            continue  # its links are absolute to the site's root, checked below
        block = footer(html)
        contact = re.search(r'<a href="([^"]*)">ติดต่อหน่วยงาน</a>', block)
        privacy = re.search(r'<a href="([^"]*)">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a>', block)
        assert contact and privacy, url
        assert target(result.site, url, contact.group(1)) == result.site / "about/contact/index.html"
        assert target(result.site, url, privacy.group(1)) == result.site / "about/privacy/index.html"
    assert 'href="/about/contact/"' in footer((result.site / "404.html").read_text(encoding="utf-8"))


def test_logo_replaces_materials_icon_in_the_header_and_is_the_favicon(identity_site):
    result = identity_site
    assert result.returncode == 0, result.output
    for url, html in html_pages(result.site).items():
        if url == "404.html":
            continue
        header = html[html.index('<header'):html.index('</header>')]
        logo = re.search(r'class="md-header__button md-logo"[^>]*>\s*<img src="([^"]+)"', header)
        assert logo, url
        assert target(result.site, url, logo.group(1)) == result.site / "assets/logo.svg"
        icon = re.search(r'<link rel="icon" href="([^"]+)"', html)
        assert icon and target(result.site, url, icon.group(1)) == result.site / "assets/logo.svg", url
        assert "favicon.png" not in html


def test_without_a_logo_the_header_shows_a_building_not_materials_book(tmp_path):
    files = {**FILES, "agency.yml": FILES["agency.yml"].replace("logo: assets/logo.svg\n", "")}
    result = _built(tmp_path, files, logo=False)
    assert result.returncode == 0, result.output
    html = result.html("")
    header = html[html.index('<header'):html.index('</header>')]
    assert "<img" not in header
    # Material's default logo icon is material/library (a row of books).
    book = "M12 3 1 9l11 6 9-4.91V17h2V9M5 13.18v4L12 21l7-3.82v-4L12 17z"
    assert book not in header and "<svg" in header
    assert "ita-identity__logo" not in footer(html)


def test_a_favicon_set_in_mkdocs_yml_is_kept(tmp_path):
    result = _built(tmp_path, edit_config=lambda text: text.replace(
        "  font: false\n", "  font: false\n  favicon: assets/logo.svg\n  logo: assets/logo.svg\n"))
    assert result.returncode == 0, result.output
    # Both the agency's and the site's setting name the same file here; what matters is that
    # the site's own value is used as written, not replaced.
    assert re.search(r'<link rel="icon" href="assets/logo.svg">', result.html(""))
    custom = _built(tmp_path / "custom", edit_config=lambda text: text.replace(
        "  font: false\n", "  font: false\n  favicon: assets/other.svg\n"))
    assert '<link rel="icon" href="assets/other.svg">' in custom.html("")


def test_agency_text_in_the_footer_is_text_not_markup(tmp_path):
    agency = (FILES["agency.yml"]
              .replace("address: เลขที่ 1", 'address: "<img src=x onerror=alert(1)> เลขที่ 1')
              .replace("40000\n", '40000 \\" onmouseover=alert(2)"\n')
              .replace("phone: ", "phone: <b>โทร</b> "))
    result = _built(tmp_path, {**FILES, "agency.yml": agency})
    assert result.returncode == 0, result.output
    block = footer(result.html("2568/"))
    assert "<img src=x" not in block and "&lt;img src=x onerror=alert(1)&gt;" in block
    assert "<b>" not in block and "&lt;b&gt;โทร&lt;/b&gt;" in block
    assert '" onmouseover' not in block


def test_a_logo_file_name_with_quotes_cannot_break_out_of_its_attributes(tmp_path):
    name = 'lo"go <x> onerror=alert(1).svg'
    files = {**FILES, "agency.yml": FILES["agency.yml"].replace(
        "logo: assets/logo.svg", f"logo: 'assets/{name}'")}
    root = write_project(tmp_path / "p", files)
    (root / "content/assets").mkdir(parents=True)
    (root / "content/assets" / name).write_text(LOGO, encoding="utf-8")
    result = build(root)
    assert result.returncode == 0, result.output
    html = result.html("")
    encoded = "assets/lo%22go%20%3Cx%3E%20onerror%3Dalert%281%29.svg"
    assert f'<link rel="icon" href="{encoded}">' in html
    assert html.count(f'src="{encoded}"') == 3  # header, drawer, footer
    assert "onerror=alert" not in html
    assert (result.site / "assets" / name).is_file()
