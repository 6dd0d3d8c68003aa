"""What a person's title or the words beside their name say they are: "Kremlin spokesman Dmitry Peskov",
"Ann Lee, a lawyer for the family", "founder and former CEO Adam Neumann".

The words are read only as far as they still describe the person: a comma, a verb or a sentence's
opening phrase ("Moving forward, Ann Lee") ends them.
"""

from __future__ import annotations

import re

from .ent import Ent
from .lexicon import ROLE_WORDS, STOPWORDS, TITLES
from .names import DEMONYMS

_TITLE_COMMA = re.compile(r"(?<![\w’'-])((?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
                          + r")(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?),\s*$")


# "Ann Lee, president and CEO, Acme Corp": the title is the person's, Acme is where she works
_SIGNOFF = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'.\-]*,\s+(?!(?:the|a|an|its|his|her|their|our)\s)"
                      r"(?:[\w\-/]+\s+){0,6}[\w\-/]+,\s*$")


def role_before(text: str, start: int) -> str | None:
    """"Kremlin spokesman Dmitry Peskov", "Its chairman, Ivo Kral": the words that say who he is."""
    if text[max(0, start - 2):start] == ", " and _SIGNOFF.search(text[:start], max(0, start - 160)):
        return None
    titled = _TITLE_COMMA.search(text, max(0, start - 80), start)
    if titled:  # "President of the Senate, Bukola Saraki"
        return titled.group(1)
    words = text[max(0, start - 100):start].split()[-5:]
    kept: list[str] = []
    set_off = bool(words) and words[-1].endswith(",")  # "Its chairman, Ivo Kral"
    for w in reversed(words):
        if kept and w.endswith((",", ";", ":")):
            break  # a comma closes the description: "Ahead of the meeting, Kremlin spokesman"
        bare = w.strip(",;:()“”\"'") if not kept else w.strip(";:()“”\"'")
        if set_off and _GERUND.fullmatch(bare) and bare[0].isupper():
            return None  # "Moving forward, Ann Lee": the sentence's opening phrase, not her role
        if (kept and bare != w) or not bare or bare.lower() in STOPWORDS or bare.lower() in _DETERMINERS or bare.endswith(("’s", "'s")) or \
                bare[0].isdigit() or (bare.islower() and bare.endswith("ed") and bare.lower() not in ROLE_WORDS):
            break
        if not kept and bare.lower() not in ROLE_WORDS:
            return None
        kept.insert(0, bare)
    if kept and kept[-1].lower() in _RELATIONS:
        return None  # "his Russian counterpart": who he is to someone else, not what he is
    return " ".join(kept) or None


# "One witness, Ann Lee", "what coach Ann Lee": words that count or ask, never an employer
_DETERMINERS = {"one", "another", "each", "every", "any", "some", "what", "which", "whose", "whichever", "whatever",
                "no", "other", "both", "either", "neither", "such", "and", "or", "but", "nor", "if", "when"}
_RELATIONS = {"counterpart", "counterparts", "successor", "predecessor"}
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_APPOS = re.compile(r",\s+(?:(?:the|a|an|his|her|their|its|[A-Z][\w’'-]+[’']s)\s+)?([^,.;:“”\"]{3,60}?)"
                    r"(?=\s+who\b|\s+whose\b|\s+which\b|,|\.|;)")


def role_after(text: str, end: int) -> str | None:
    m = _APPOS.match(text, end)
    if m and m.group(1).split()[0] in ("and", "or", "nor"):
        return None  # "model Ann Lee, and singer Jo Roe": the list's next item, not her role
    if m and any(w.lower().strip("-") in ROLE_WORDS for w in m.group(1).split()[:3]):
        return m.group(1)
    return None


def split_role(ent: Ent, role: str, opens: bool = False, whole: bool = False) -> None:
    """"Kremlin spokesman" -> affiliation Kremlin, role spokesman; "Russian ..." -> country Russia.
    A role that ``opens`` its sentence may owe its first capital to the sentence ("High school math teacher"),
    and a ``whole`` one, set off after the name, keeps its own words ("a victim of Lee’s alleged scheme")."""
    words = role.split()
    for w in words:
        if w in DEMONYMS and not ent.country:
            ent.country = DEMONYMS[w]
    if role in TITLES:  # "Solicitor General": one office, though "General" alone is a rank too
        ent.role = ent.role or role
        return
    cut = len(words)
    while cut > 0 and (words[cut - 1].islower() or words[cut - 1] in TITLES or
                       words[cut - 1].lower().rstrip(".") in ROLE_WORDS):
        cut -= 1
    if opens is True and cut == 1 and len(words) > 2 and words[1].lower() not in ROLE_WORDS:
        cut = 0  # "High school math teacher": a modifier, not an employer ("Kremlin spokesman" keeps its head)
    named = all(w[:1].isupper() for w in words[:cut])
    head = [w for w in words[:cut] if w not in DEMONYMS]
    ent.role = ent.role or (" ".join(words[cut:]) if cut < len(words) and (named or not whole) else role)
    if head and cut < len(words) and named and not ent.affiliation:
        ent.affiliation = " ".join(head)


# "founder and former CEO", "then-President": a title its holder no longer (or only for now) holds
WAS = re.compile(r"(?P<role>(?:\b(?P<also>[a-z\-]+)\s+and\s+)?\b(?:former|ex-|then-|onetime|one-time|outgoing|interim|"
                 r"acting)\s*(?P<title>[^\s].*?))\s+$")


def mid_sentence(word: str, texts: dict) -> bool:
    """Whether the story capitalises ``word`` inside a sentence too, as it does a name ("the Clinton campaign")."""
    return any(re.search(r"[a-z,;] " + re.escape(word) + r"\b", p.text) for p in texts.values())
