"""Places that act: a US state running a campaign, a school's team named for its state.

A place is usually only where things happen, so it becomes an actor only on evidence that it
does something: it is the subject of a verb, it owns something ("South Dakota's campaign"),
the story calls it "the state", or it keeps coming back.
"""

from __future__ import annotations

import re

from ...article import Article
from .actors import Ent, is_agent
from .lexicon import US_STATES
from .names import Mention
from .text import inside, quote_spans

_DIRECTIONS = ("Eastern", "Western", "Northern", "Southern", "Central")
_US_STATE = re.compile(r"(?<![\w\-])(?:(" + "|".join(_DIRECTIONS) + r")\s+)?("
                       + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")(?![\w\-])")
# "South Dakota's campaign", not "Michigan's Governor Whitmer" nor "when she was Ohio's governor" (an office)
_OWNS = re.compile(r"[’']s\s+(?:[“\"]|(?!(?:(?:former|then|current|first|longtime)\s+)?(?:governor|lieutenant|senator|"
                   r"attorney|secretary|treasurer|representative|congressman|congresswoman|delegation|capital)\b)[a-z])")
# "South Florida", "upstate New York": a region, where things happen, not the state itself
_REGION = re.compile(r"(?:\b(?:South|North|East|West|Southeast|Southwest|Northeast|Northwest|Upstate|Downstate|upstate|"
                     r"downstate|rural|coastal)|\bcentral)\s+$")
_THE_STATE = re.compile(r"\b[Tt]he state(?:[’']s)?\b(?! of\b| (?:capital|line|border|house|senate|legislature|court)\b)")
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")  # "rolled past Northern Illinois, 45-17": a team, not a region
_ADDRESS = re.compile(r"\b(?:in|of|from|near|at)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+$")  # "Boise, Idaho": where someone is from
# what follows a state that is part of another name, a party member's description or a list's label
_QUALIFIES = re.compile(r" (?:State|University|College|Republicans?|Democrats?|Democratic|GOP)\b|:")
_OBJECT = re.compile(r"\b(?:of|in|from|for|to|at)\s+$")  # "governor of Ohio, had said": Ohio is not the subject
# a state only ever after a preposition, alone or with another state: a destination or a comparison
_PREP = re.compile(r"\b(?:to|in|into|from|of|at|than|including|like|across|throughout|near|outside)\s+"
                   r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:and|or)\s+)?$")
MIN_MENTIONS = 3  # a state named this often, outside quotes, is part of the story


def place_actors(article: Article, named: list[Ent]) -> list[Ent]:
    """US states (type government) and the schools named for one ("Eastern Michigan", type other)
    that the text shows acting; names already inside another actor's name are left to it."""
    taken = {(m.pid, m.start) for e in named for m in e.mentions}
    spans = [(m.pid, m.start, m.end) for e in named for m in e.mentions]
    found: dict[str, Ent] = {}
    acting: dict[str, bool] = {}
    for p in article.paragraphs:
        qs = quote_spans(p.text)
        for m in _US_STATE.finditer(p.text):
            if inside(qs, m.start()) or (p.id, m.start()) in taken or _ADDRESS.search(p.text, max(0, m.start() - 30),
                                                                                      m.start()) or \
                    any(pid == p.id and a < m.end() and m.start() < b for pid, a, b in spans):
                continue
            if _QUALIFIES.match(p.text, m.end()) or (not m.group(1) and _REGION.search(p.text, max(0, m.start() - 12),
                                                                                       m.start())):
                continue  # "Michigan State": a university the name finder owns; "an Iowa Republican"; "Ohio:"
            name = m.group(0)
            ent = found.setdefault(name, Ent(name, "other" if m.group(1) else "government",
                                             country=None if m.group(1) else "United States"))
            ent.mentions.append(Mention(p.id, m.start(), m.end(), name, "place", name))
            acting[name] = acting.get(name, False) or (is_agent(p.text, m.end()) and not _OBJECT.search(
                p.text, max(0, m.start() - 6), m.start())) or bool(_OWNS.match(p.text, m.end()))
    the_state = len(_THE_STATE.findall(article.body))
    texts = {p.id: p.text for p in article.paragraphs}
    states = [n for n in found if found[n].type == "government"]
    out = []
    for name, ent in found.items():
        if any(e.name == name for e in named):
            continue
        n = len(ent.mentions)
        sole_state = the_state >= 1 and states == [name]
        school = ent.type == "other" and (n >= 2 or any(_SCORE.search(texts[m.pid]) for m in ent.mentions))
        if not acting[name] and all(_PREP.search(texts[m.pid], max(0, m.start - 40), m.start) for m in ent.mentions):
            continue  # "shipped to Louisiana ... a facility in Louisiana", "than Kentucky and Ohio": only where or what
        if (acting[name] and (n >= 2 or school)) or n >= MIN_MENTIONS or (sole_state and n >= 2):
            ent.evidence_of_kind = True
            out.append(ent)
    return out
