"""One-word names the story keeps returning to: "Uber got into ... Uber and Lyft grew".

Repetition is evidence that a name is something in the story, unless the text shows it is
where things happen ("in Spokane"), a term ("HDMI", "the Thunderbolt port"), a label or tag,
or the title of a work in quotation marks.
"""

from __future__ import annotations

import re

from .lexicon import AGENT_VERBS, ORG_HEADS, ROLE_WORDS, SPEECH_VERBS, STOPWORDS
from .ent import acts_strongly
from .names import Mention
from .text import inside, quote_spans

_SIDE = (r"(?:(?:north|south|east|west|central|southern|northern|eastern|western|south-?west|south-?east|"
         r"north-?west|north-?east|nearby)\s+)?")
AT_PLACE = re.compile(r"\b(?:in|at|from|near|to|across|outside|around|into|of|visit(?:ed|ing)?)\s+(?:[Tt]he\s+)?" + _SIDE + "$")
_DETERMINED = re.compile(r"\b(?:the|a|an|its|your|their|our|this|that|each|every)\s+$", re.I)
_LISTED = re.compile(r"(?:,\s*|\s+(?:and|or)\s+)[A-Z]")
MIN_RETURNS = 3  # a one-word name the story comes back to this often, not as a place, is something in it


def recurs(ms: list[Mention], texts: dict) -> bool:
    """"Uber got into ... Uber and Lyft grew": a name named again and again, or listed with others, and
    not mostly as where something happens ("in Spokane")."""
    name = ms[0].canonical
    if name in ORG_HEADS or len(name) < 3 or name.lower() in STOPWORDS or name.lower() in ROLE_WORDS or any(
            texts[m.pid].text[m.start - 1:m.start] in ("#", "@") or texts[m.pid].text[m.end:m.end + 1] == ":" or
            (texts[m.pid].text[m.end:m.end + 1] == "." and len(name) <= 4) for m in ms):
        return False  # "Hon.", "Rs.", "#NGRSenate", "Graphic:": labels and tags, not names
    if name.isupper() or 2 * sum(
            bool(_DETERMINED.search(texts[m.pid].text, max(0, m.start - 8), m.start)) for m in ms) >= len(ms):
        return False  # "HDMI", "the Thunderbolt port": terms and products; an acronym must act to be an actor
    if 2 * sum(inside(quote_spans(texts[m.pid].text), m.start) for m in ms) >= len(ms):
        return False  # "‘The Medium is the Message’": the title of a work
    places = sum(bool(AT_PLACE.search(texts[m.pid].text, max(0, m.start - 25), m.start) or
                      _IN_LIST.search(texts[m.pid].text, max(0, m.start - 120), m.start)) for m in ms)
    listed = any(_LISTED.match(texts[m.pid].text, m.end) or
                 re.search(r"(?:,|\band|\bor)\s+$", texts[m.pid].text[max(0, m.start - 6):m.start]) for m in ms)
    return 2 * places < len(ms) and (len(ms) >= MIN_RETURNS or (len(ms) >= 2 and listed))


# "used in Athens, Clanton, Madison, Montgomery and Prattville": every name in a list of places is a place
_IN_LIST = re.compile(r"\b(?:in|at|near)\s+(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,\s+)+(?:and\s+|or\s+)?$")


# "in The Netherlands", "in southern China": where things happen, not who does them
WHERE = re.compile(r"\b(?:in|at|near|into|inside|outside|across|throughout|around)\s+(?:[Tt]he\s+|a\s+)?" + _SIDE + "$")


def mostly_where(ms: list[Mention], texts: dict) -> bool:
    """"lives in Tel Rumeida ... the curfew in Tel Rumeida": a name the story puts things in is a place."""
    where = sum(bool(WHERE.search(texts[m.pid].text, max(0, m.start - 25), m.start)) for m in ms)
    return 2 * where >= len(ms)


_EDITION = re.compile(r"\s+(?:19|20)\d\d\b")


def edition(ms: list[Mention], texts: dict) -> bool:
    """"Worlds 2023", "Expo 2020": a name that mostly carries a year is an event, not an actor."""
    return 2 * sum(bool(_EDITION.match(texts[m.pid].text, m.end)) for m in ms) >= len(ms)


def qualifier(text: str, end: int) -> bool:
    """Whether a name stands before a noun it qualifies ("U.S. stocks", "U.S. Federal Reserve"), not a verb."""
    nxt = _WORD_AFTER.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    return word[0].isupper() or (word not in AGENT_VERBS and word not in SPEECH_VERBS and not word.endswith("ed")
                                 and word not in STOPWORDS and not word.endswith("ly"))


_WORD_AFTER = re.compile(r" ([A-Za-z][a-z]+)\b")


def attributive(ms: list[Mention], texts: dict) -> bool:
    """"Android ransomware ... Android devices ... Android malware": a name mostly written before a
    common noun it qualifies is a platform, product or category, not something that acts."""
    def qualifies(m: Mention) -> bool:
        nxt = _NEXT.match(texts[m.pid].text, m.end)
        word = nxt.group(1) if nxt else ""
        return bool(word) and word not in AGENT_VERBS and word not in SPEECH_VERBS and not word.endswith("ed") and \
            word not in STOPWORDS
    return len(ms) >= 3 and 3 * sum(qualifies(m) for m in ms) >= 2 * len(ms)


_NEXT = re.compile(r" ([a-z]+)\b")


_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?:more\s+)?$")  # not "In 2021, X"


def counted(ms: list[Mention], texts: dict) -> bool:
    """"60,000 Herero", "16,000 Herero survived": a people counted by head, not an organisation."""
    return any(_COUNT.search(texts[m.pid].text, max(0, m.start - 15), m.start) for m in ms)


def mostly_at(ms: list[Mention], texts: dict) -> bool:
    """"in the Amazon ... fires in the Amazon ... the Amazon has": a name mostly given as where, and never
    the subject of a verb of its own ("Amazonas (the largest state) declared" is a state acting)."""
    at = [bool(AT_PLACE.search(texts[m.pid].text, max(0, m.start - 25), m.start)) for m in ms]
    return 2 * sum(at) >= len(ms) and not any(acts_strongly(texts[m.pid].text, m.end) for m, a in zip(ms, at) if not a)


_PLACE_OF = re.compile(r"\b(?:island|islands|city|town|village|region|province|district|county|port|valley|"
                       r"neighbou?rhood)\s+of\s+$", re.I)


def named_place(ms: list[Mention], texts: dict) -> bool:
    """"The rocky island of Redonda", "the town of Ely": the text says outright that the name is a place."""
    return any(_PLACE_OF.search(texts[m.pid].text, max(0, m.start - 30), m.start) for m in ms)


_TEASER = re.compile(r"^\[[^\[\]]+\]$")
_ENDS = ".!?\"”’')…:;"


def heading(text: str) -> bool:
    """A subheading ("Kennedy’s Body") or a related story's teaser ("[How Ann Lee built her firm]"): a
    line of a few words with no sentence's closing mark, not the story's own text. (A tweet's signature,
    "— Ann Lee (@annlee) May 1, 2016", names who said the line above it, and a page's long title is kept.)"""
    text = text.strip()
    return bool(_TEASER.match(text)) or (bool(text) and text[-1] not in _ENDS and len(text.split()) <= 6 and
                                         not text.startswith(("—", "–", "-")))
