"""The primary navigation of pages outside it (measures, OIT items) is rendered once per folder
(ita_site.plugin.shared_nav): on every page, each of its links must still lead to its page."""

import posixpath
import re

PAGES = ["2568/measures/service-manual/", "2568/measures/budget/", "2567/measures/old/",
         "2568/oit/o1/", "2568/oit/", "2568/plan/", "about/contact/", ""]


def _primary_nav(html):
    start = html.index('data-md-type="navigation"')
    return html[start:html.index('data-md-type="toc"', start)]


def _targets(built, url):
    nav = _primary_nav(built.html(url))
    for href in re.findall(r'<a href="([^"#]*)"', nav):
        yield href, posixpath.normpath(posixpath.join(url, href))


def test_every_navigation_link_leads_to_a_page_from_every_page(built):
    for url in PAGES:
        targets = list(_targets(built, url))
        assert len(targets) > 5, url
        for href, target in targets:
            target = "" if target == "." else target
            assert built.exists(target), f"{url}: {href} -> {target}"


def test_pages_of_one_folder_share_their_navigation_and_other_folders_do_not(built):
    first = _primary_nav(built.html("2568/measures/service-manual/"))
    assert first == _primary_nav(built.html("2568/measures/budget/"))
    assert first != _primary_nav(built.html("2567/measures/old/"))
    assert first != _primary_nav(built.html("2568/oit/o1/"))
