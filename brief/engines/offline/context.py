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
from .lexicon import SPEECH_VERBS
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


# What is not yet decided is provisional, not a dispute over facts: "uncertain for Saturday's game",
# "his future remains uncertain".
_FOR_COMING = re.compile(r"(?i)\s+for (?:[\w’'\-]+ ){0,4}?(?:game|match|race|bout|fight|opener|final|semifinal|playoffs?|"
                         r"tournament|series|season|start|weekend|clash|fixture|tie|meet|showdown|derby|trip)s?\b")
_COMING_SUBJECT = re.compile(r"(?i)\b(?:future|fate|outlook|prospects)(?: (?:of|at|with|for|in) [^.,;:]{1,40})?\s+$")


# What follows a body or its spokesperson that said nothing: "declined to comment", "could not be reached".
_NO_ANSWER = re.compile(r"(?i),?\s+(?:(?:has|have|had)\s+)?(?:declined|refused|(?:did|would|will) not (?:immediately )?"
                        r"(?:respond|return|reply|answer|comment|say)|could not be reached|(?:was|were) not (?:immediately )?"
                        r"(?:available|reachable))\b")


def describes(kind: str, cue: str, text: str, start: int, end: int) -> bool:
    """A hedge word modifying an adjective describes a thing, an announcement that is the
    sentence's subject is the news, and a spokesperson who "declined to comment" gave no account:
    none doubts or sources a claim."""
    if kind == "denial" and cue.lower().startswith("denied"):
        return bool(_PASSIVE.search(text, max(0, start - 30), start)) and not re.match(r"\s+by\b", text[end:])
    if kind == "party_claim" and re.match(r"(?i)hoax", cue) and not inside(quote_spans(text), start):
        return bool(_FOUND_TO_BE.search(text, max(0, start - 40), start))
    if kind == "loaded_language" and re.match(r"(?i)(?:far|much|way) too\b", cue):
        return bool(_SELF.search(text, max(0, start - 30), start))
    if kind == "official_account":
        return (bool(_AS_NEWS.match(cue)) and bool(_IS_NEWS.match(text, end))) or bool(_NO_ANSWER.match(text, end))
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


# The writer forecasting a rebuttal ("It will angrily dismiss any criticism"), not reporting one; a plea
# the court will hear ("will deny the charges") is the subject's own.
_FORECAST = re.compile(r"(?i)\b(?:will|would|(?:is|are) (?:likely|sure|certain|bound) to)\s+(?:\w+ly\s+)?$")
_PLEA = re.compile(r"(?i)\b(?:charges?|counts?|offen[cs]es?)\b")
_SPEECH = re.compile(r"(?i)\b(?:" + "|".join(SPEECH_VERBS) + r"|according to)\b")
# A person's account to those who pass it on ("told doctors"): one person's word, not another outlet's report.
_TOLD_LISTENERS = re.compile(r"(?i)told (?:doctors|investigators|officers|detectives|medics|paramedics|nurses|relatives|"
                             r"friends)$")
# "has reportedly told friends": the telling is itself hearsay, so it stays relayed.
_HEARSAY = re.compile(r"(?i)\b(?:reportedly|allegedly|apparently|supposedly|(?:is|was|are|were) said to (?:have )?)\s*"
                      r"(?:(?:has|had|have)\s+)?$")
# "this purported severance of friendship": the writer doubting what was told, not an accusation of a wrong.
_DOUBTED_ACT = re.compile(r"(?i)\b(?:this|that|these|those)\s+(?:[\w\-]+\s+)?$")
_WRONG = re.compile(r"(?i)\b(?:scheme|plot|bribes?|bribery|kickbacks?|fraud|theft|stolen|violations?|abuse|crimes?|"
                    r"attacks?|killings?|murders?|assaults?|affair|ring|cartel|gang|cover-?up|leak|hack|links?|ties|"
                    r"victims?|leaders?|members?|masterminds?|role|involvement|misconduct|wrongdoing|doping)\b")
_NOUN_AFTER = re.compile(r"(?:\s+[\w’'\-]+){0,3}")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, cut at the nearest full stops (enough to find a speech verb)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start)) + 1
    hi = min((i for i in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if i >= 0), default=len(text))
    return text[lo:hi]


def retyped(kind: str, cue: str, text: str, start: int, end: int, sides: frozenset[str]) -> str:
    """The type a cue's context gives it: the spokesman of a campaign speaks for a side; figures
    "according to X, a research firm" are one source's; a report the article says a side wrote is its claim;
    a status yet to be decided is provisional; a rebuttal the writer forecasts is their own framing; an
    account told to doctors is one person's word; a doubted good deed is the writer's scepticism."""
    if kind == "conflicting_accounts" and re.search(r"(?i)uncertain|unknown", cue) and \
            (_FOR_COMING.match(text, end) or _COMING_SUBJECT.search(text, max(0, start - 60), start)):
        return "preliminary"
    if kind == "denial" and _FORECAST.search(text, max(0, start - 40), start) and not _PLEA.search(cue) and \
            not _SPEECH.search(_sentence(text, start, end)):
        return "loaded_language"
    if kind == "relayed_report" and _TOLD_LISTENERS.fullmatch(cue) and not _HEARSAY.search(text, max(0, start - 30), start):
        return "single_source"
    if kind == "allegation" and cue.lower().startswith("purported") and \
            _DOUBTED_ACT.search(text, max(0, start - 40), start) and not _WRONG.search(_after(text, end)):
        return "loaded_language"
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


def _after(text: str, end: int) -> str:
    """The noun phrase right after ``end`` ("purported severance of friendship"), or nothing."""
    m = _NOUN_AFTER.match(text, end)
    return m.group() if m else ""
