"""Publisher boilerplate at the end of the body: the site describing itself, a show's credits.

"WIRED is where tomorrow is realized…" or "The Tennis Podcast is produced weekly…" read
as sentences, so the line rules keep them, and as the article's last paragraph they
became a briefing's bottom line. Both are told from reporting by position (only the
run of paragraphs that ends the body), by shape (the page's own publisher describing
itself; a podcast or newsletter credited; the reporter's e-mail address), and by the absence of quotes or attribution.
"""

from __future__ import annotations

import re

PUBLISHER_TAIL = "publisher boilerplate"
TAIL = 3  # at most this many trailing paragraphs are judged
_REPORTED = re.compile(r"[\"“”]|\b(said|says|told|according to|reported|announced)\b")
_SELF = r",?\s+(?:is|are)\s+(?:where|the|a|an|your|one of|part of|owned by|published by|home to)\b"
_CREDIT = re.compile(
    r"^(?:the|this|our)\b[^.,;:]{0,40}?\b(?:podcast|newsletter|programme|program|show|bulletin|episode)s?"
    r"\s+(?:is|are|was)\s+(?:produced|recorded|presented|hosted|edited|made|available)\b")
# The reporter's address as the last line: "Write to Al Root at allen.root@dowjones.com".
_CONTACT = re.compile(r"^(?:write to|e-?mail|contact|reach|send tips to)\b.{0,60}?\s\S+@[\w-]+(?:\.[\w-]+)+\W*$")
_HOST = re.compile(r"^(?:www\d?\.)?([a-z0-9-]+)\.[a-z.]{2,10}$")


def _names(publisher: str | None) -> list[str]:
    """The publisher as a paragraph would name it: "The Telegraph" -> "telegraph", "www.wired.com" -> "wired"."""
    name = " ".join((publisher or "").lower().split())
    name = re.sub(r"^the ", "", name)
    if m := _HOST.match(name):
        name = m.group(1)
    return [name] if len(name) >= 3 else []


def _is_boilerplate(text: str, self_rx: re.Pattern[str] | None) -> bool:
    low = text.lower()
    if _REPORTED.search(low):
        return False
    return bool(_CREDIT.match(low) or _CONTACT.match(low) or (self_rx is not None and self_rx.match(low)))


def strip_tail(paragraphs: list[str], publisher: str | None) -> tuple[list[str], list[tuple[str, str]]]:
    """The body without the trailing run of publisher boilerplate, and what went."""
    names = _names(publisher)
    self_rx = re.compile(rf"^(?:the )?(?:{'|'.join(map(re.escape, names))})(?:\.com)?{_SELF}") if names else None
    end = len(paragraphs)
    while end > 1 and len(paragraphs) - end < TAIL and _is_boilerplate(paragraphs[end - 1], self_rx):
        end -= 1
    return paragraphs[:end], [(p, PUBLISHER_TAIL) for p in paragraphs[end:]]
