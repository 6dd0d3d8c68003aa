"""Hover cards inside sentences: a popup about a person or company, hidden until hovered.

Some sites put, right after a name in a paragraph, a hidden block with the person's photo,
full name and links to recent stories. Its text is in the markup, so extraction glued it
onto the sentence ("Gov. Kristi NoemKristi Lynn NoemSouth Dakota drops pipeline…"), which
split or fused people downstream. The card is known by its shape, not by any site: an
element inside a paragraph holding a picture or several links, whose text is mostly link
text, and (when it holds no picture) a class or id naming a popup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_POPUP = re.compile(r"rollover|hover|tooltip|popover|popup|flyout", re.IGNORECASE)
_BLOCKS = ("p", "li", "blockquote")
_CANDIDATES = " | ".join(f"//{b}//*[not(self::a)][.//a]" for b in _BLOCKS)
MIN_LINKS = 2
LINK_SHARE = 0.5  # of the card's text inside links: a card is mostly links, prose mostly not
SENTENCE_CHARS = 20  # the block holds at least this much text besides the card: it sits in a sentence


def _text(el: "HtmlElement") -> str:
    return " ".join(el.text_content().split())


def _card_shaped(el: "HtmlElement") -> bool:
    """A picture or MIN_LINKS links, mostly link text, and a popup class unless it has a picture."""
    links = el.findall(".//a")
    has_img = el.find(".//img") is not None
    if len(links) < MIN_LINKS and not has_img:
        return False
    if not has_img and not _POPUP.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return False
    total = len(_text(el))
    if total == 0 or sum(len(_text(a)) for a in links) < LINK_SHARE * total:
        return False
    block = next(el.iterancestors(*_BLOCKS), None)
    return block is not None and len(_text(block)) - total >= SENTENCE_CHARS


def drop_hover_cards(tree: "HtmlElement") -> int:
    """Remove hover cards in place, keeping the text after each; returns how many went.

    Innermost first: the card goes before the span wrapping the whole sentence is judged,
    which then holds only the sentence and the visible name's link.
    """
    dropped = 0
    for el in reversed(tree.xpath(_CANDIDATES)):
        if not _card_shaped(el):
            continue
        el.drop_tree()  # keeps el.tail: the rest of the sentence
        dropped += 1
    return dropped
