"""The standard check's link resolution gives urljoin's answer for every page and link, also
where it reuses the answer of another page of the same depth."""

from __future__ import annotations

from urllib.parse import unquote, urljoin, urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from ita_site.standard.built_checks import _Resolver

SEGMENT = st.sampled_from(["..", ".", "a", "b", "2569", "m%2001", "index.html", ""])
PAGE_SEGMENT = st.sampled_from(["a", "b", "2569", "measures", "m00001", "x.html"])
PAGE = st.lists(PAGE_SEGMENT, max_size=4).map(lambda parts: "".join(p + "/" for p in parts))
# Links of built pages climb first (`../../`), then name a path.
HREF = st.tuples(st.integers(0, 5).map(lambda n: "../" * n),
                 st.lists(SEGMENT, max_size=4).map("/".join),
                 st.sampled_from(["", "#top", "?q=1", "/"]))


def _urljoin_path(page: str, href: str) -> str:
    return unquote(urlsplit(urljoin("/" + page, href)).path)


@settings(max_examples=300)
@given(pages=st.lists(st.tuples(PAGE, st.booleans()), min_size=1, max_size=6),
       hrefs=st.lists(HREF, min_size=1, max_size=6))
def test_every_link_resolves_as_urljoin_would(pages, hrefs):
    resolver = _Resolver(set(), "https://example.go.th/")
    for page, as_file in pages:
        page = page.rstrip("/") + ".html" if as_file and page else page
        for climb, path, tail in hrefs:
            href = climb + path + tail
            assert resolver.target(page, href) == _urljoin_path(page, href), (page, href)


def test_links_that_climb_to_the_root_are_resolved_once_per_depth():
    resolver = _Resolver(set(), None)
    for number in range(50):
        assert resolver.target(f"2569/measures/m{number:05}/", "../../../assets/a.css") == \
            "/assets/a.css"
        assert resolver.target(f"2569/measures/m{number:05}/", "../m00002/") == \
            "/2569/measures/m00002/"
    assert resolver.rooted == {(3, "../../../assets/a.css"): "/assets/a.css"}
