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


def test_a_lasting_store_keeps_blocks_for_later_builds_until_no_markdown_names_them():
    """Under `mkdocs serve` a generated page's Markdown is read again by a later build."""
    blocks = HtmlBlocks(lasting=True)
    kept = blocks.keep(TABLE)
    other = blocks.keep("<p>อื่น</p>")
    for _build in range(2):
        restored, anchors = blocks.restore(kept)
        assert restored == TABLE and anchors == {"t1"}
    blocks.prune(["# หน้า\n\n" + kept, b"bytes of an export"])
    assert blocks.restore(kept)[0] == TABLE
    assert blocks.restore(other) == (other, frozenset()), "a block no Markdown names was kept"
