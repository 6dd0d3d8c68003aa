"""Title, dek, byline and date from the lines above the article body.

These belong in ``source`` metadata, not the body. Only the lines just above the
body are considered, because on a whole-page copy the top of the page is menus.
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence

_BYLINE = re.compile(r"^(by|written by|words by|reporting by)\s+(?=[A-Z])", re.IGNORECASE)
_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_BULLETS = ("- ", "• ", "* ", "– ", "· ", "▪ ")
WINDOW = 15
SHORT_HEADER = 3  # this few plain lines above the body: a copied article, not a whole page
TITLE_MIN, TITLE_MAX = 5, 24  # headline length in words
DEK_MIN = 8


class HeaderLine(Protocol):
    text: str
    words: int
    terminal: bool
    clutter: str | None


def header_meta(header: Sequence[HeaderLine]) -> dict[str, str]:
    """Metadata found in the last WINDOW lines before the body; keys absent when unsure."""
    meta: dict[str, str] = {}
    cands = [h for h in header[-WINDOW:] if h.clutter in (None, "byline/date", "menu or link list")]
    for h in cands:
        if h.words > 14:
            continue
        if "byline" not in meta and _BYLINE.match(h.text):
            meta["byline"] = _BYLINE.sub("", h.text).strip()
        elif "published" not in meta and _DATE.search(h.text):
            meta["published"] = h.text
    plain = [h for h in cands if h.clutter is None and _LETTER.search(h.text)]
    if len(plain) == len([h for h in header if h.clutter is None]) and len(plain) <= SHORT_HEADER:
        # A copied article, not a page: its first line is the headline, the next the dek.
        first = plain[0] if plain else None
        if first and 3 <= first.words <= TITLE_MAX and not first.terminal:
            meta["title"] = first.text
            if len(plain) > 1 and plain[1].words >= DEK_MIN:
                meta["dek"] = plain[1].text
            return meta
    # On a page the headline sits closest above the body (after any dek, byline or date
    # lines), so the window is read bottom-up; the first headline-shaped line is the title.
    dek = None
    for h in reversed(plain):
        if _DATE.search(h.text) or _BYLINE.match(h.text) or h.text.startswith(_BULLETS):
            continue
        if TITLE_MIN <= h.words <= TITLE_MAX and (not h.terminal or h.text.endswith(("?", "!"))):
            meta["title"] = h.text
            if dek is not None:
                meta["dek"] = dek
            break
        if h.words >= DEK_MIN:
            dek = h.text
    return meta
