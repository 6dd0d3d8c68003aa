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
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}(?!\d)", re.IGNORECASE)  # 18.11.2019
# A byline or time stamp glued onto the end of a headline line (a join in the copy, or
# hard-wrap undoing): "... Hong Kong by", "... seat Today 12:01 AM", "... Updated 3 hours ago".
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?"
_GLUED_TAIL = re.compile(
    rf"\s+(?:by|(?:(?:updated|published|posted)\s*:?\s*)?(?:today|yesterday),?\s+(?:at\s+)?{_TIME}"
    r"|(?:(?:updated|published|posted)\s*:?\s*)?(?:an?|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)"
    r"\s+ago)\s*$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_BULLETS = ("- ", "• ", "* ", "– ", "· ", "▪ ")
WINDOW = 15
SHORT_HEADER = 3  # this few plain lines above the body: a copied article, not a whole page
TITLE_MIN, TITLE_MAX = 5, 24  # headline length in words
DEK_MIN = 8


def trim_title(text: str) -> str:
    """The headline without a byline or time stamp glued onto its end."""
    m = _GLUED_TAIL.search(text)
    return text[:m.start()].rstrip(" ,;|·•-–—") if m and len(text[:m.start()].split()) >= 2 else text


class HeaderLine(Protocol):
    text: str
    words: int
    terminal: bool
    clutter: str | None


def header_meta(header: Sequence[HeaderLine], first: HeaderLine | None = None) -> dict[str, str]:
    """Metadata found in the last WINDOW lines before the body (``first``: the body's first
    line); keys absent when unsure. A byline or time stamp glued onto the headline is cut off."""
    meta = _header_meta(header, first)
    if "title" in meta:
        meta["title"] = trim_title(meta["title"])
    return meta


def _header_meta(header: Sequence[HeaderLine], first: HeaderLine | None) -> dict[str, str]:
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
        # A menu or byline copied as one line ("Home | News | World") is not the headline.
        at = next((i for i, h in enumerate(plain) if not _not_title(h)), len(plain))
        top = plain[at] if at < len(plain) else None
        if top and 3 <= top.words <= TITLE_MAX and not top.terminal:
            meta["title"] = top.text
            if len(plain) > at + 1 and plain[at + 1].words >= DEK_MIN:
                meta["dek"] = plain[at + 1].text
            return meta
    # On a page the headline sits closest above the body (after any dek, byline or date
    # lines), so the window is read bottom-up; the first headline-shaped line is the title.
    # Bylines, photo captions and credits, score lines and one-line menus are not.
    win = [h for h in header[-WINDOW:] if h.clutter is not None or _LETTER.search(h.text)]
    found = _bottom_up(win)
    if found:
        meta["title"] = found[0]
        if found[1]:
            meta["dek"] = found[1]
        return meta
    # Failing that: a short headline (3+ words, often taken for a menu item) sitting right on
    # the byline/date block, past any photo credit or one-word section label between them.
    short = _over_dateline(win)
    if short:
        meta["title"] = short
    elif first is not None and win and _is_dateline(win[-1]) and first.clutter is None and _headline(
            first, terminal_ok=False):
        meta["title"] = first.text  # the date line ends the header; the headline opens the body
    return meta


_NAME = r"[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){1,3}"
_NAMES_ONLY = re.compile(rf"^{_NAME}(?:(?:,| and| &) {_NAME})+$")  # "Lisa Kaczke and Trevor J. Mitchell"
_NAME_IN = re.compile(rf"^{_NAME} (?:in|at) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?$")  # "Maria Gonzalez in Beirut"
_NAME_OF = re.compile(rf"^{_NAME}(?: \||,) (\S.*)$")  # "Amy Kuperinsky | NJ Advance Media", "Al Goldis, AP"
# What follows a name in a byline: an outlet or a job, never a clause ("Joe Biden, Xi Jinping to meet...")
_OUTLET_OR_JOB = re.compile(r"(?i)\b(press|news|media|times|post|journal|herald|tribune|telegraph|guardian|"
                            r"reuters|agency|bureau|correspondent|editor|reporter|writer|staff|contributor|"
                            r"columnist|producer|\w+\.(com|org|net|co\.uk))\b")
_DATE_WORDS = frozenset("published updated posted last modified on at am pm gmt bst utc et est edt pt pst cet "
                        "monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


def _byline_like(text: str) -> bool:
    """A byline with no "By": names alone, a name with an outlet or job, or (short) a name in a city."""
    if _NAMES_ONLY.match(text):
        return True
    if (m := _NAME_OF.match(text)) and (_OUTLET_OR_JOB.search(m.group(1)) or (
            len(m.group(1).split()) <= 3 and all(w[:1].isupper() for w in m.group(1).split()))):
        return True
    return False


def _mostly_date(text: str) -> bool:
    """A dateline ("March 4, 2025", "Updated 4 March 2025 10:32 GMT"), not a headline that names a
    date ("Election called for May 5")."""
    if not _DATE.search(text):
        return False
    left = [w for w in re.findall(r"[^\W\d_]+", _DATE.sub(" ", text).lower()) if w not in _DATE_WORDS]
    return len(left) <= 1
_NUMBER = re.compile(r"^[\d.,:%/–—-]+$")
TERMINAL_TITLE = 16  # a sentence this short, right above the byline, is a headline; longer is a dek


_CAMEL = re.compile(r"[a-z][A-Z][a-z]")  # "HomeNewsBusiness": a breadcrumb glued together


_UI = re.compile(r"^(search|more (from|by|on|about)|sign (in|up)|log ?in|subscribe|follow|read more|share"
                 r"|see (all|more)|view (all|more)|comments?)\b", re.IGNORECASE)  # site controls
SKIP = 3  # photo credits, labels and site controls between a short headline and its dateline


def _over_dateline(win: list[HeaderLine]) -> str | None:
    """The line right above the lowest byline/date block, when it is shaped like a short
    headline: capitalised, no sentence end, no breadcrumb, not a byline or credit. Up to
    SKIP lines between are passed over: "©", "REUTERS / POOL", "Columnists", "More from this author"."""
    i = len(win) - 1
    while i >= 0 and not _is_dateline(win[i]):
        i -= 1
    signed = False  # a "By ..." line names the author, so a name-shaped line above is not him
    skipped = 0
    while i >= 0:
        h = win[i]
        if _is_dateline(h):
            signed = signed or bool(_BYLINE.match(h.text))
        elif h.clutter == "no words" or _is_credit(h) or _UI.match(h.text) or (
                h.words <= 1 and h.clutter in (None, "menu or link list")):
            skipped += 1
            if skipped > SKIP:
                return None
        else:
            break
        i -= 1
    if i < 0:
        return None
    h = win[i]
    if h.clutter not in (None, "menu or link list") or not 3 <= h.words <= TITLE_MAX:
        return None
    text = h.text
    if not text[0].isupper() or _CAMEL.search(text) or (h.terminal and not text.endswith(("?", "!"))):
        return None
    if _not_title(h) or (_is_name(h) and not signed) or ":" in text.split()[0]:
        return None
    return text


def _is_dateline(h: HeaderLine) -> bool:
    if h.clutter == "byline/date":
        return True
    return h.clutter in (None, "menu or link list") and h.words <= 20 and bool(
        _DATE.search(h.text) or _BYLINE.match(h.text))


def _not_title(h: HeaderLine) -> bool:
    """A byline ("A and B", "Name | Outlet"), a menu on one line, a score line, a bullet."""
    text = trim_title(h.text)
    if text.startswith(_BULLETS) or _BYLINE.match(text) or (_DATE.search(text) and (h.words > 10 or _mostly_date(text))):
        return True
    if h.words <= 10 and _byline_like(text):
        return True
    for sep in (" | ", " · ", " • ", " / "):
        parts = text.split(sep)
        if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
            return True  # "Home | News | World | Politics"
    tokens = text.split()
    return sum(bool(_NUMBER.match(t)) for t in tokens) >= 0.4 * len(tokens)


_CREDIT = re.compile(r"\b(photo|photograph|image|getty|associated press|reuters|afp|ap)\b", re.IGNORECASE)


def _is_credit(h: HeaderLine) -> bool:
    """"Al Goldis, Associated Press", "Photograph by X/AFP/Getty Images": a photo credit."""
    return h.clutter == "caption/credit" or (h.words <= 8 and bool(_CREDIT.search(h.text)) and (
        _byline_like(h.text) or bool(_NAME_IN.match(h.text)) or h.text.lower().startswith(("photo", "image"))
        or (h.words <= 4 and (" / " in h.text or h.text.isupper()))))  # "REUTERS / POOL"


def _headline(h: HeaderLine, terminal_ok: bool) -> bool:
    if not TITLE_MIN <= h.words <= TITLE_MAX or _not_title(h):
        return False
    if not h.terminal or h.text.endswith(("?", "!")):
        return True
    return terminal_ok and h.words <= TERMINAL_TITLE


def _is_name(h: HeaderLine) -> bool:
    return h.words <= 4 and bool(re.fullmatch(_NAME, h.text))


def _bottom_up(win: list[HeaderLine]) -> tuple[str, str | None] | None:
    """Headline and dek, reading up from the body. A sentence-shaped line (ending in "." or a
    quote) counts as a headline only when short and sitting right on the byline/date block
    or on a dek, and never right under a date line (that is a photo caption)."""
    def near(i: int, step: int) -> HeaderLine | None:
        j = i + step
        while 0 <= j < len(win) and (win[j].words <= 1 and not _is_dateline(win[j])):
            j += step  # "Editorial", "Share": one-word labels between the lines
        return win[j] if 0 <= j < len(win) else None

    for i in range(len(win) - 1, -1, -1):
        h = win[i]
        if h.clutter is not None or not _headline(h, terminal_ok=True):
            continue
        below, above = near(i, 1), near(i, -1)
        if below is not None and _is_credit(below):
            continue  # a photo caption
        if h.terminal and not h.text.endswith(("?", "!")):
            if above is not None and _is_dateline(above):
                continue
            nxt = win[i + 1] if i + 1 < len(win) else None
            if below is None or not (_is_dateline(below) or _is_name(below) or (
                    nxt is not None and nxt.clutter is None and nxt.words >= DEK_MIN)):
                continue
        if (h.words > TERMINAL_TITLE and above is not None and above.clutter is None
                and above.words < h.words and _headline(above, terminal_ok=True)):
            return above.text, h.text  # a long line under a shorter headline: the dek
        dek = below.text if (below is not None and below.clutter is None and below.words >= DEK_MIN
                             and not _not_title(below) and not _is_credit(below)) else None
        return h.text, dek
    return None
