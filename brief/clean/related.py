"""Blocks of links to other stories inside or after the article.

A heading such as "Most read in world news", "Read more:" or "Related" is followed by
the headlines it introduces: short lines that do not read as paragraphs. The heading
alone is caught by the rules; here the run of headline lines after it goes with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from brief.clean.rules import RELATED_HEAD

RELATED = "related links"
RELATED_LIST = "related story list"  # scores like a menu: a link list, not a barrier to the body
HEADLINE_WORDS = 20   # a headline in a story list is at most this long
MAX_HEADLINES = 12    # a story list is at most this long; longer runs are left to the body run
_PASS = frozenset({None, RELATED, RELATED_LIST, "menu or link list", "byline/date", "truncated teaser", "caption/credit"})


class _Line(Protocol):
    text: str
    words: int
    terminal: bool
    clutter: str | None

    @property
    def prose(self) -> bool: ...


def mark_related(lines: Sequence[_Line]) -> None:
    """Mark the headline lines after a related-stories heading as related links."""
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        i += 1
        if ln.clutter != RELATED or ln.words > 8 or not RELATED_HEAD.match(ln.text.lower()):
            continue
        j = i
        while (j < n and j - i < MAX_HEADLINES and lines[j].clutter in _PASS
               and lines[j].words <= HEADLINE_WORDS and not lines[j].prose
               and not (lines[j].terminal and lines[j].clutter is None and lines[j].words >= 6)):
            j += 1
        if j < n and j - i >= MAX_HEADLINES:
            continue  # too long for a story list: leave it to the body run
        for k in range(i, j):
            lines[k].clutter = lines[k].clutter or RELATED_LIST
        i = j
