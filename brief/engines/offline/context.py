"""The context that changes what a cue means.

A cue phrase names a class of wording, but the words around it can change its type or cancel
it: the spokesman of a campaign speaks for a side, not an institution; figures "according to X,
a research firm" are one source's; "so-called African Quarter" is a place's name, "malicious
links" malware's vocabulary, and "the most seemingly barren places" a description.
"""

from __future__ import annotations

import re

from ...article import Article
from .actors import Ent
from .cues import RELEASE_MARKS
from .spokes import names_spokes, speaks_for_side
from .text import inside, quote_spans

# "Wedding's so-called African Quarter" names a place; "so-called experts" doubts them.
_PROPER_NEXT = re.compile(r"\s+[“\"‘']?[A-Z]")
# What "so-called" doubts: people and institutions ("so-called experts", "so-called reforms"); before any
# other noun it introduces a term of art ("a so-called repatriation tax holiday", "so-called neo-banks").
_DOUBTED = re.compile(r"(?i)\s+(?:[\w\-]+\s+)?(?:experts?|friends?|allies|leaders?|moderates?|journalists?|scientists?|"
                      r"activists?|rebels?|government|authorities|president|elections?|referend(?:um|a)|democracy|"
                      r"reforms?|peace|justice|evidence|investigation|inquiry|victims?|charity|charities|news|"
                      r"freedom|liberation|republic|state)\b")
# "slammed the plan", "blasted South Korea": how someone criticised whom, in news's stock verbs.
_ATTACK_VERBS = {"slammed", "blasted", "lambasted"}
_OBJECT_NEXT = re.compile(r"\s+(?:[A-Z]|(?:the|his|her|their|its|a|an|this|that|these|those)\s)")
# Malware's own vocabulary: "malicious links", "malicious code" describe, they do not judge.
_TECHNICAL = re.compile(r"(?i)\s+(?:links?|code|software|apps?|applications?|files?|payloads?|urls?|attachments?|domains?|"
                        r"actors?|traffic|websites?|sites?|e-?mails?|scripts?|programs?|ads|adverts?|packages?|"
                        r"extensions?|macros?|documents?|versions?|servers?|downloads?|binaries|binary|executables?|"
                        r"messages|texts|sms)\b")
# A role an actor plays: "playing a ruthless divorce lawyer".
_ROLE_PLAYED = re.compile(r"(?i)\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|starr(?:ed|ing) as|cast as) (?:a|an|the)\s+$")
# "Seemingly" on a quality is description: "the most seemingly barren places", "in seemingly random locations"
# ("an apparently illegal operation" still doubts a claim).
_HEDGE_WORDS = {"seemingly"}
_ATTRIBUTIVE = re.compile(r"(?i)\b(?:a|an|the|most|more|less|so|very|in|of|at|with|its|their|his|her|these|those|and|or)\s+$")
# What the article says a named source is: a research outfit's figures are one source, not a side's word.
RESEARCH_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:research (?:firm|group|company|institute|"
                                  r"organi[sz]ation|centre|center)|think[- ]tank|consultancy|consulting firm|"
                                  r"analytics (?:firm|company)|data (?:firm|company|provider)|research and consulting firm)\b")
# "The announcement by the company is the latest in a flurry": the news itself, not the source of a claim.
_AS_NEWS = re.compile(r"(?i)(?:the |an? )?(?:announcement|statement|declaration) by\b")
_IS_NEWS = re.compile(r"\s+(?:is|was|comes|came|marks|marked|follows|followed)\b")


# The writer's excess about their own habits ("I spend way too much time") judges no side.
_SELF = re.compile(r"\bI (?:[\w’'\-]+ ){0,2}$")
_RELEASE = re.compile(RELEASE_MARKS, re.I)


def is_release(article: Article) -> bool:
    """Whether the page says it is a company's own press release, however it is republished."""
    return any(_RELEASE.search(p.text) for p in article.paragraphs)


# "was later denied the money" is a refusal done to someone, not a denial ("was denied by the firm" still is).
_PASSIVE = re.compile(r"(?i)\b(?:was|were|is|are|been|being|be|get|gets|got|getting)\s+(?:\w+ly\s+|later\s+|then\s+|"
                      r"also\s+|initially\s+|again\s+)?$")
# "which turned out to be a hoax": the publisher's finding, not a side's label for the case against it.
_FOUND_TO_BE = re.compile(r"(?i)\b(?:turned out to be|proved(?: to be)?|proven(?: to be)?|(?:found|deemed|declared|"
                          r"determined|confirmed) to be|exposed as|revealed as)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$")


def describes(kind: str, cue: str, text: str, start: int, end: int) -> bool:
    """A hedge word modifying an adjective describes a thing, and an announcement that is the
    sentence's subject is the news: neither doubts nor sources a claim."""
    if kind == "denial" and cue.lower().startswith("denied"):
        return bool(_PASSIVE.search(text, max(0, start - 30), start)) and not re.match(r"\s+by\b", text[end:])
    if kind == "party_claim" and re.match(r"(?i)hoax", cue) and not inside(quote_spans(text), start):
        return bool(_FOUND_TO_BE.search(text, max(0, start - 40), start))
    if kind == "loaded_language" and re.match(r"(?i)(?:far|much|way) too\b", cue):
        return bool(_SELF.search(text, max(0, start - 30), start))
    if kind == "official_account":
        return bool(_AS_NEWS.match(cue)) and bool(_IS_NEWS.match(text, end))
    return kind == "unverified" and cue.lower() in _HEDGE_WORDS and \
        bool(_ATTRIBUTIVE.search(text, max(0, start - 12), start))


def excused(word: str, text: str, start: int, end: int) -> bool:
    """A loaded word that names or describes rather than judges: a place's name, a term of art, malware,
    a film role, a verb of attack that only reports whom someone criticised."""
    word = word.lower()
    return (word == "so-called" and (bool(_PROPER_NEXT.match(text, end)) or not _DOUBTED.match(text, end))) or \
        (word in _ATTACK_VERBS and bool(_OBJECT_NEXT.match(text, end))) or \
        (word == "malicious" and bool(_TECHNICAL.match(text, end))) or \
        bool(_ROLE_PLAYED.search(text, max(0, start - 30), start))


def retyped(kind: str, cue: str, text: str, start: int, end: int, sides: frozenset[str]) -> str:
    """The type a cue's context gives it: the spokesman of a campaign speaks for a side; figures
    "according to X, a research firm" are one source's; a report the article says a side wrote is its claim."""
    if kind == "party_claim" and cue.lower().startswith("according to") and RESEARCH_APPOSITIVE.match(text, end):
        kind = "single_source"
    elif kind == "official_account" and names_spokes(cue) and speaks_for_side(text, end):
        kind = "party_claim"  # "a spokeswoman for the teachers' union"
    elif kind == "official_account" and sides and (names_spokes(cue) or cue.startswith(("says ", "said "))):
        words = set(re.findall(r"[\w’'\-]+", text[max(0, start - 10):end + 60]))
        kind = "party_claim" if words & sides else kind
    elif kind == "relayed_report" and "_report" in sides and re.search(r"(?i)\breport\b", cue):
        kind = "party_claim"
    elif kind == "relayed_report" and "_internal" in sides and re.search(r"(?i)\b(?:the|this|that) report\b", cue):
        kind = "official_account"  # the body's own internal report, not another outlet's
    return kind


# A side's name or description: "the Initiative of Black People (ISD)", "one of the NGOs, the ... (CCI)".
_SIDE_HEAD = re.compile(r"\b(?:(?<!European )(?<!African )(?<!Soviet )Union|Party|Campaign|Coalition|Movement|Initiative|"
                        r"Front)\b|(?i:\b(?:NGOs?|activists?|campaigners?|campaigns?|advocacy group|lobby group|rights group|"
                        r"pressure group|trade union)\b)")
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_SIDE_REPORT = re.compile(r"(?i)\breport (?:by|from|for|commissioned by) (?:the )?(?:[\w’'\-]+\s+){0,6}?(?:union|party|"
                          r"campaign|coalition|movement|initiative|activists|campaigners|lobby|ngo)\b")
_STAKE_TYPES = {"civil_society", "political_party", "armed_group"}
_INTERNAL = re.compile(r"(?i)\b(?:internal|in-house) (?:report|review|audit|investigation|inquiry)\b")


def sides_of(article: Article, actors: list[Ent]) -> frozenset[str]:
    """Names (and acronyms) of the campaigns, unions and parties the article introduces, and "_report"
    where it says a report is one of theirs: their spokesmen and their reports speak for a side."""
    names: set[str] = set()
    for e in actors:
        if e.type in _STAKE_TYPES:
            names |= {e.name, *e.forms}
    body = "\n".join(p.text for p in article.paragraphs)
    for m in _ACRONYM.finditer(body):
        before = re.split(r"[.!?]\s", body[max(0, m.start() - 120):m.start()])[-1]  # the sentence that names it
        if _SIDE_HEAD.search(before):
            names.add(m.group(1))
    if _SIDE_REPORT.search(body):
        names.add("_report")
    if _INTERNAL.search(body):
        names.add("_internal")
    return frozenset(names)


# An interview page: the interviewer's questions to "you", each its own paragraph.
_QUESTION = re.compile(r"(?i)\byou(?:r)?\b.*\?\s*$")
# The subject's account of themselves, opening an answer: "My career has been", "I'm a self-taught engineer".
_SELF_ACCOUNT = re.compile(r"^(?:My|I['’]m|I am|I['’]ve|I have|I was) (?:[\w’'\-]+ ){0,4}?(?:has been|have been|is|was|"
                           r"am|a|an)\b")


def self_account(article: Article) -> tuple[str, int, int] | None:
    """(pid, start, end) where a Q&A's subject first describes themselves: the profile rests on their word.
    A page is a Q&A when at least two paragraphs are questions put to "you"."""
    paras = article.paragraphs
    if sum(bool(_QUESTION.search(p.text)) for p in paras) < 2:
        return None
    for q, a in zip(paras, paras[1:]):
        if _QUESTION.search(q.text) and not a.text.rstrip().endswith("?") and (m := _SELF_ACCOUNT.match(a.text)):
            return a.id, m.start(), m.end()
    return None
