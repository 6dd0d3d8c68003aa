"""One-word names the story keeps returning to: "Uber got into ... Uber and Lyft grew".

Repetition is evidence that a name is something in the story, unless the text shows it is
where things happen ("in Spokane"), a term ("HDMI", "the Thunderbolt port"), a label or tag,
or the title of a work in quotation marks.
"""

from __future__ import annotations

import re

from .lexicon import ORG_HEADS, ROLE_WORDS, STOPWORDS
from .names import Mention
from .text import inside, quote_spans

AT_PLACE = re.compile(r"\b(?:in|at|from|near|to|across|outside|around|into|of|visit(?:ed|ing)?)\s+(?:the\s+)?$")
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
    places = sum(bool(AT_PLACE.search(texts[m.pid].text, max(0, m.start - 25), m.start)) for m in ms)
    listed = any(_LISTED.match(texts[m.pid].text, m.end) or
                 re.search(r"(?:,|\band|\bor)\s+$", texts[m.pid].text[max(0, m.start - 6):m.start]) for m in ms)
    return 2 * places < len(ms) and (len(ms) >= MIN_RETURNS or (len(ms) >= 2 and listed))


WHERE = re.compile(r"\b(?:in|at|near|into|inside|outside|across|throughout|around)\s+(?:the\s+|a\s+)?$")


def mostly_where(ms: list[Mention], texts: dict) -> bool:
    """"lives in Tel Rumeida ... the curfew in Tel Rumeida": a name the story puts things in is a place."""
    where = sum(bool(WHERE.search(texts[m.pid].text, max(0, m.start - 25), m.start)) for m in ms)
    return 2 * where >= len(ms)


_EDITION = re.compile(r"\s+(?:19|20)\d\d\b")


def edition(ms: list[Mention], texts: dict) -> bool:
    """"Worlds 2023", "Expo 2020": a name that mostly carries a year is an event, not an actor."""
    return 2 * sum(bool(_EDITION.match(texts[m.pid].text, m.end)) for m in ms) >= len(ms)
