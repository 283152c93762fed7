"""The store of generated HTML blocks (ita_site.pages.blocks) lets a block go once every page
given its placeholder has it back, and never before."""

from ita_site.pages.blocks import HtmlBlocks

TABLE = '<table id="t1"><tr><td>มาตรการ</td></tr></table>\n'


def test_a_block_two_pages_share_reaches_both_then_is_let_go():
    blocks = HtmlBlocks()
    first = "# หน้า 1\n\n" + blocks.keep(TABLE)
    second = "# หน้า 2\n\n" + blocks.keep(TABLE) + "\n" + blocks.keep("<p id='x'>อื่น</p>")
    page_one, anchors_one = blocks.restore(first)
    assert TABLE.rstrip("\n") in page_one and anchors_one == {"t1"}
    page_two, anchors_two = blocks.restore(second)
    assert TABLE.rstrip("\n") in page_two and "<p id='x'>อื่น</p>" in page_two
    assert anchors_two == {"t1"}  # single-quoted ids are not ours to find
    assert blocks.restore(second) == (second, frozenset()), "a block outlived its pages"


def test_a_page_that_repeats_a_block_gets_it_every_time():
    blocks = HtmlBlocks()
    page = blocks.keep(TABLE) + "\n\n" + blocks.keep(TABLE)
    restored, _ = blocks.restore(page)
    assert restored.count(TABLE.rstrip("\n")) == 2 and "<!--ita-html:" not in restored
