"""HTML blocks the renderers made, kept out of Markdown conversion.

Generated pages are Markdown with raw HTML blocks: a measure's summary, the tables of the plan
and the reports, the lists of a year's measures. Python-Markdown reads every raw block with
html.parser (md_in_html) and MkDocs reads the whole page again for its anchors, only to put
the block back as written; on a large site that is a third of the build. A template marks such
a block with ``{% call html_block(blocks) %} … {% endcall %}``: given a store, the block is kept
there and the Markdown holds a one-line comment in its place, which the plugin replaces with the
block once the page is converted (:meth:`HtmlBlocks.restore`), and lets it go once every page
given its placeholder got it back. Under `mkdocs serve` a page's Markdown outlives its build (a
later build may read it again), so a lasting store keeps each block until :meth:`prune` finds
no Markdown naming it. Without a store the block stays in the Markdown, as it always did.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

from markupsafe import Markup

# The comment Markdown passes through untouched; the key is the block's content hash, so the
# same block gets the same comment in every build.
_PLACEHOLDER = re.compile(r"<!--ita-html:([0-9a-f]{16})-->")
# Blocks are our own templates' HTML: attributes are double-quoted and user text is escaped
# (no `"` or `=` of its own), so a pattern finds every id a browser would see.
_ID = re.compile(r'<[a-zA-Z][^<>]*?\sid="([^"]*)"')


@dataclass(frozen=True)
class _Block:
    html: str
    anchors: frozenset[str]


class HtmlBlocks:
    """Blocks of one build, by key; a page's Markdown names them by placeholder comments."""

    def __init__(self, *, lasting: bool = False) -> None:
        self.lasting = lasting
        self._blocks: dict[str, _Block] = {}
        # Placeholders handed out and not yet put back, by key: a block is let go once every
        # page that names it is converted, instead of a second copy of the site's generated
        # HTML living until the build ends.
        self._pending: dict[str, int] = {}

    def keep(self, block: str) -> str:
        """The placeholder that stands for `block` in Markdown (a trailing line break stays
        outside, so the page's lines and blank lines are those of the block written inline)."""
        block = str(block)  # plain text: Markup would escape the comment added to it
        body = block[:-1] if block.endswith("\n") else block
        key = hashlib.blake2b(body.encode("utf-8"), digest_size=8).hexdigest()
        if key not in self._blocks:
            anchors = frozenset(html.unescape(a) for a in _ID.findall(body))
            self._blocks[key] = _Block(body, anchors)
        if not self.lasting:
            self._pending[key] = self._pending.get(key, 0) + 1
        return f"<!--ita-html:{key}-->" + block[len(body):]

    def restore(self, text: str) -> tuple[str, frozenset[str]]:
        """`text` (a converted page, or its Markdown) with every known placeholder replaced by
        its block, and the ids of the elements those blocks hold (the page's new anchors)."""
        if "<!--ita-html:" not in text:
            return text, frozenset()
        anchors: set[str] = set()
        used: set[str] = set()

        def block_of(match: re.Match) -> str:
            block = self._blocks.get(match.group(1))
            if block is None:
                return match.group()  # a comment the agency wrote that merely looks like ours
            anchors.update(block.anchors)
            used.add(match.group(1))
            return block.html

        restored = _PLACEHOLDER.sub(block_of, text)
        if self.lasting:
            return restored, frozenset(anchors)
        # Counted once per page, however often the page repeats it: a block is never let go
        # while a page that was given its placeholder still waits.
        for key in used:
            self._pending[key] -= 1
            if self._pending[key] <= 0:
                del self._pending[key], self._blocks[key]
        return restored, frozenset(anchors)

    def prune(self, texts) -> None:
        """A lasting store keeps only the blocks that `texts` (the Markdown a later build may
        read) name."""
        named = {key for text in texts if isinstance(text, str)
                 for key in _PLACEHOLDER.findall(text)}
        self._blocks = {key: block for key, block in self._blocks.items() if key in named}


def html_block(blocks: HtmlBlocks | None, caller) -> Markup:
    """Template global for ``{% call html_block(blocks) %}``: the block itself without a store,
    else its placeholder."""
    block = caller()
    if not isinstance(blocks, HtmlBlocks):
        return block
    return Markup(blocks.keep(block))
