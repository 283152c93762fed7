"""css_string: user text (the agency's name, a page's title) inside a printed sheet's head."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st
from markupsafe import Markup, escape

from ita_site.text.escaping import css_string, one_line


def _read_back(css: str) -> str:
    """What a CSS parser makes of the quoted string: escapes `\\hex ` become characters."""
    assert css.startswith('"') and css.endswith('"')
    return re.sub(r"\\([0-9a-f]{1,6}) ", lambda m: chr(int(m.group(1), 16)), css[1:-1])


@given(st.text())
def test_any_text_stays_one_string_and_reads_back_as_written(text):
    css = str(css_string(text))
    inner = css[1:-1]
    assert not re.search(r'["\n\r<>{};]', inner)
    assert re.fullmatch(r'(?:[^\\]|\\[0-9a-f]{1,6} )*', inner)
    assert _read_back(css) == one_line(text)


def test_an_escaped_title_reads_back_as_its_text():
    assert _read_back(str(css_string(escape('รายงาน "ปี" <2568> & ต่อ')))) == 'รายงาน "ปี" <2568> & ต่อ'
    assert _read_back(str(css_string(Markup("<em>ก</em> &amp; ข")))) == "ก & ข"
