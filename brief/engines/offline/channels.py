"""The outlets a caveat can name: a state's organ, another outlet the words were relayed from,
and the publisher itself, whose own name ("told The Times" in the Times) relays nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...article import Article
from .actors import Ent
from .cues import STATE_ORGANS, STATE_PHRASE
from .denials import NOT_DONE
from .text import inside

# "told CNN", "he tells GQ", "explained to Vogue", "speaking to the BBC": words given to an outlet, relayed by it
_ATTRIB_BEFORE = re.compile(r"(?i)\b(?:(according to|cited by|quoted by|told|reported by|via|by)\s+(?:[\w’'\-]+\s+){0,5}?|"
                            r"(per(?! cent)|tells|telling|(?:explain|reveal|confid|admitt|confess)(?:s|ed|ing)? to|"
                            r"(?:spoke|speaks|speaking|talked|talking) (?:to|with)|interview with)\s+(?:the\s+)?)$")
_ATTRIB_AFTER = re.compile(r"\s*(?:news agency\s+|agency\s+)?(?:reported|reports|said|says|quoted|cited)\b|,\s*(?:citing|"
                           r"quoting)\b|,[^,]{1,60},\s*(?:said|says|reported|reports)\b|\s+(?:has|have|had) learned\b")
# "a New York Post article (found)", "a Forbes op-ed": the outlet's own piece, relayed
_ITS_PIECE = re.compile(r"(?:[’']s)?\s+(?:article|op-ed|editorial|column|investigation|exposé|report|story)\b")
_A_BEFORE = re.compile(r"(?i)\b(?:an?|another|one|earlier|recent)\s+$")
_CREDIT = re.compile(r"[\[(]\s*(?:(?i:via|source:?)\s+)?[^\[\]()]{2,60}?\s*[\])]\s*$")
_STATE_PHRASE = re.compile("(?i)" + STATE_PHRASE)
_ORGAN = re.compile(r"\b(?:the )?(?:" + "|".join(STATE_ORGANS) + r")\b(?:\s+(?:said|says|reported|reports|stated|"
                    r"wrote|warned|claimed|quoted|carried)\b)?")


def outlet_hits(pid: str, text: str, qs: Sequence[tuple[int, int]], actors: list[Ent]) -> list[tuple[str, int, int]]:
    """An outlet as the channel: state media, or another outlet the words were relayed from."""
    hits: list[tuple[str, int, int]] = []
    for e in actors:
        if e.type != "media_outlet":
            continue
        for m in e.mentions:
            if m.pid != pid or inside(qs, m.start):
                continue
            kind = "state_media" if e.state_media else "relayed_report"
            before = _ATTRIB_BEFORE.search(text[max(0, m.start - 80):m.start])
            if before and (kind == "state_media" or (before.group(1) or "").lower() != "by"):
                start = m.start - (len(text[max(0, m.start - 80):m.start]) - before.start())
                agency = re.match(r"\s+news agency", text[m.end:])
                end = m.end + (len(agency.group()) if agency else 0)
                hits.append((kind, start, end))
            elif (credit := _CREDIT.search(text, max(0, m.start - 6), m.end + 6)) and credit.start() <= m.start:
                hits.append((kind, credit.start(), credit.end()))  # a credit line: built on it
            elif (after := _ATTRIB_AFTER.match(text, m.end)):
                hits.append((kind, m.start, after.end()))
            elif (piece := _ITS_PIECE.match(text, m.end)) and (a := _A_BEFORE.search(text[max(0, m.start - 12):m.start])):
                hits.append((kind, m.start - (len(text[max(0, m.start - 12):m.start]) - a.start()), piece.end()))
    for rx in (_STATE_PHRASE, _ORGAN):
        for phrase in rx.finditer(text):
            if not inside(qs, phrase.start()):
                hits.append(("state_media", phrase.start(), phrase.end()))
    return hits


def publisher(article: Article, actors: list[Ent]) -> set[str]:
    """The outlet that wrote the article ("NEW YORK (Reuters) -"): its own name relays nothing."""
    head = article.paragraphs[0].text[:100] if article.paragraphs else ""
    own = {e.name for e in actors if e.type == "media_outlet" and
           any(f"({f})" in head for f in [e.name, *e.forms])}
    if article.source.publisher:
        own |= {e.name for e in actors if e.type == "media_outlet" and
                (e.name.lower() in article.source.publisher.lower() or article.source.publisher.lower() in e.name.lower())}
    return own


def own_site(article: Article) -> tuple[str, ...]:
    """The publisher's name squeezed to letters, from its URL's host and its publisher field
    ("latimes", "theguardian", "nbcnews"): what "told The Times" must match to be the publisher itself."""
    from urllib.parse import urlparse

    host = urlparse(article.source.url or "").hostname or ""
    parts = [*host.split("."), *(article.source.publisher or "").split(".")]
    return tuple({re.sub(r"[^a-z]", "", p.lower()) for p in parts} - {"www", "com", "co", "uk", "org", "net", "go"}
                 - {""})


_CAPS = re.compile(r"(?-i:[A-Z])[\w’'&\-]*")


def names_publisher(cue: str, site: tuple[str, ...]) -> bool:
    """Whether a relaying cue is the publisher's own reporting: "told The Times" or "as The Times first
    reported" in the Times."""
    return bool(re.search(r"(?i)\b(?:told|interview|reported|according to)\b", cue)) and is_publisher_name(cue, site)


def is_publisher_name(words: str, site: tuple[str, ...]) -> bool:
    """Whether the capitalised name in ``words`` ("The Times", "Page Six") is the publisher's."""
    tokens = [t for t in _CAPS.findall(words) if t not in ("The", "As", "According")]
    name = []
    for t in tokens:
        name.append(re.sub(r"[’']s$", "", t))
        if re.search(r"[’']s$", t):
            break
    squeezed = re.sub(r"[^a-z]", "", "".join(name).lower())
    return len(squeezed) >= 3 and any(squeezed in part for part in site)


# Papers the publisher's own reporter obtained: "obtained by our correspondent", "seen by the Ledger" in the Ledger.
_OBTAINED_BY = re.compile(r"(?i)\b(?:obtained|seen|reviewed) by (?P<who>our\b|this (?:newspaper|paper|website|site|"
                          r"publication|magazine)\b|(?:the )?(?-i:[A-Z])[\w’'&\-]*(?: (?-i:[A-Z])[\w’'&\-]*){0,3})")


def own_documents(cue: str, site: tuple[str, ...]) -> bool:
    """Whether a relaying cue is documents the publisher itself obtained: first-hand reporting that rests
    on those papers alone, not another outlet's story."""
    m = _OBTAINED_BY.search(cue)
    if m is None:
        return False
    return m.group("who").lower().startswith(("our", "this ")) or is_publisher_name(m.group("who"), site)


# The publisher's own unnamed sourcing: "Page Six has learned that" (a writer's "we have learned" is a lesson).
_LEARNED = re.compile(r"\b(?P<name>[A-Z][\w’'&\-]*(?: [A-Z][\w’'&\-]*){0,3}) (?:has|have) (?:exclusively |also )?"
                      r"learned(?=,? that\b|,)")
_TOLD_US = re.compile(r"\b(?:told|tells|tell) (?:us|me)\b")
_SIDES = {"civil_society", "political_party", "armed_group"}


# "did not get back to Page Six" in Page Six: a non-answer, but only if the name is the publisher's.
_NO_ANSWER = re.compile(rf"(?i)\b{NOT_DONE} (?:yet |immediately )?(?:get|got|gotten) back to "
                        r"(?P<name>(?:the )?(?-i:[A-Z])[\w’'&\-]*(?: (?-i:[A-Z])[\w’'&\-]*){0,3})")


def own_sourcing_hits(text: str, qs: Sequence[tuple[int, int]], site: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The publisher saying it "has learned" something names no source: an unnamed one. A subject
    that "did not get back to" the publisher by name gave no answer: a denial."""
    return [("anonymous_source", m.start(), m.end()) for m in _LEARNED.finditer(text) if not inside(qs, m.start())
            and is_publisher_name(m.group("name"), site)] + \
        [("denial", m.start(), m.end()) for m in _NO_ANSWER.finditer(text) if not inside(qs, m.start())
         and is_publisher_name(m.group("name"), site)]


def told_publisher(pid: str, text: str, qs: Sequence[tuple[int, int]], actors: list[Ent]) -> list[tuple[str, int, int, int]]:
    """A named teller "told us"/"tells me": first-hand, but the teller's own version. (kind, start, verb, end):
    a body's own account, a side's claim, or for a person ``"person"`` (the caller reads their role)."""
    hits = []
    for m in _TOLD_US.finditer(text):
        if inside(qs, m.start()):
            continue
        for e in actors:
            x = next((x for x in e.mentions if x.pid == pid and x.end <= m.start() and
                      re.fullmatch(r"\.? ?", text[x.end:m.start()])), None)
            if x is not None and e.type != "media_outlet":
                kind = "person" if e.type == "person" else "party_claim" if e.type in _SIDES else "official_account"
                hits.append((kind, x.start, m.start(), m.end()))
                break
    return hits
