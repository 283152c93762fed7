"""User text in generated Markdown stays text once Python-Markdown and its extensions read it."""

from __future__ import annotations

import html
import re

import markdown
import pytest

from ita_site.pages.links import href
from ita_site.pages.render import environment
from ita_site.text.escaping import is_safe_url, markdown_text, safe_url

from .hostile import PAYLOADS

EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc", "pymdownx.superfences",
              "pymdownx.tilde", "pymdownx.caret", "pymdownx.mark", "pymdownx.keys",
              "pymdownx.magiclink"]
MORE = ["*em* __strong__ `code` ~~del~~ ^^ins^^ ==mark== ++ctrl++ https://x.example/ #",
        "![i](x.png) <b>b</b> &amp; \\*", "line\n\n# heading {: #id }\n- item",
        "[ref]\n\n[ref]: javascript:alert(1)"]


def _convert(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize("value", [*PAYLOADS, *MORE])
def test_text_in_a_heading_comes_out_as_the_same_text(value):
    converted = _convert(f"# {markdown_text(value)}")
    assert converted.count("<") == 2  # <h1 id="…"> and </h1>: no element was made
    shown = html.unescape(re.sub(r"<[^>]+>", "", converted))
    assert shown == " ".join(value.split())


def test_templates_escape_every_value_without_a_filter():
    template = environment().from_string("# {{ name }}\n\n<p>{{ name }}</p>")
    converted = _convert(template.render(name=PAYLOADS[-1]))
    assert "onfocus=" not in converted.replace("onfocus&#61;", "")
    assert converted.count("<") == 4


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)",
                                 " javascript:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,x", "vbscript:x", "\x01javascript:x",
                                 "\n javascript:x", " \x01java\tscr\nipt:x"])
def test_links_that_would_run_code_are_made_inert(url):
    assert not is_safe_url(url)
    assert safe_url(url) == "#"
    assert href("2568/", url) == "#"


@pytest.mark.parametrize("url", ["https://itas.nacc.go.th/go/iit/x", "mailto:a@b.co",
                                 "tel:043000000", "/about/", "files/a b.pdf", "#top"])
def test_ordinary_links_are_kept(url):
    assert safe_url(url) == url


def test_a_relative_link_with_a_colon_is_not_read_as_a_scheme():
    assert href("2568/", "2568/a:b/") == "./a:b/"
    assert href("2568/plan/", "2568/measures/x/") == "../measures/x/"
