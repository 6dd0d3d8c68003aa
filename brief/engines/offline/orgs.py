"""Organisations among the capitalised names: by head word ("... University"), by a description
before them ("construction goods giant Home Depot"), or a one-word name that acts and recurs.

A name that took "the" and acts is an institution; a one-word name needs to act or come back,
and not as a place, a term, a label or an edition, to be an organisation.
"""

from __future__ import annotations

import re

from .described import defined_term, institution, studied_at
from .ent import Ent, is_agent, speaks as _speaks
from .given import is_given_name
from .lexicon import COMPANY_CUES, ORG_DESCRIPTORS, ORG_HEADS, POLITICAL, TITLES
from .names import Mention, org_type
from .recurring import AT_PLACE, attributive, counted, edition, mostly_at, named_place, recurs
from .text import inside, quote_spans


# "I’m", "USB-C", "COVID-19", "African-Americans", "NGOs": never an organisation alone ("T-Mobile" may be)
_NOT_A_NAME = re.compile(r"[’'][a-z]{1,2}$|-(?:[0-9]|[A-Z](?![a-z]{2})|[A-Z][a-z]+(?:an|ans|ese|ish)$)|^[A-Z]{2,}s$")


def organisations(ents: dict[str, Ent], spans: list[Mention], texts: dict, person_tokens: set[str]) -> None:
    singles: dict[str, list[Mention]] = {}
    plurals: dict[str, list[Mention]] = {}
    institutions = {m.canonical for m in spans if institution(m, texts[m.pid].text)}
    for name in institutions:  # a name that took "the" was never a person
        if name in ents and ents[name].type == "person" and not ents[name].evidence_of_kind:
            del ents[name]
    for m in spans:
        if a_title(m.canonical):
            continue
        org = org_type(m.canonical) if len(m.canonical.split()) > 1 else None
        if not org and m.canonical in institutions:
            org = ORG_HEADS.get(m.canonical, "other")
        if not org and len(m.canonical.split()) > 1 and m.canonical not in ents:
            org = descriptor(texts[m.pid].text, m.start)  # "construction goods giant Home Depot"
        if org and studied_at(texts[m.pid].text, m.start):
            continue
        if org:
            org = _refine_type(m.canonical, org, texts[m.pid].text)
            ent = ents.setdefault(m.canonical, Ent(m.canonical, org, evidence_of_kind=True))
            ent.mentions.append(m)
        elif len(m.canonical.split()) == 1 and m.canonical not in person_tokens and m.canonical not in ents:
            singles.setdefault(m.canonical, []).append(m)
        elif 1 < len(m.canonical.split()) <= 4 and (m.canonical not in ents or not ents[m.canonical].evidence_of_kind):
            plurals.setdefault(m.canonical, []).append(m)
    _teams(ents, plurals, texts)
    for name, ms in singles.items():
        if _NOT_A_NAME.search(name) and not re.match(r"(?:Al|El|Abu)-[A-Z][a-z]", name) or \
                defined_term(name, texts) or edition(ms, texts) or attributive(ms, texts) or counted(ms, texts) or \
                named_place(ms, texts):
            continue  # "I’m"; "USB-C", "NGOs"; "binge eating disorder (BED)"; "Worlds 2023"; "Android devices"
        agent = sum((is_agent(texts[m.pid].text, m.end) or _speaks(texts[m.pid].text, m.start, m.end)) and
                    not AT_PLACE.search(texts[m.pid].text, max(0, m.start - 25), m.start) and
                    not inside(quote_spans(texts[m.pid].text), m.start) for m in ms)
        described = [descriptor(texts[m.pid].text, m.start) for m in ms]
        if any(described):
            ents[name] = Ent(name, next(d for d in described if d), ms, evidence_of_kind=True)
        elif name.isupper() and 1 < len(name) <= 6 and any(done_by(texts[m.pid].text, m.start, m.end, agent > 0)
                                                           for m in ms):
            ents[name] = Ent(name, "other", ms, evidence_of_kind=True)  # "resurfaced by Chicago’s WGN"
        elif name in ORG_HEADS and agent:  # "the Legislature said"
            ents[name] = Ent(name, ORG_HEADS[name], ms, evidence_of_kind=True)
        elif (agent and len(ms) >= 2 and not name.isupper() or agent >= 2 or recurs(ms, texts)) and \
                not mostly_at(ms, texts):
            around = " ".join(texts[m.pid].text for m in ms)
            kind = "company" if any(c in around for c in COMPANY_CUES) else "other"
            ents[name] = Ent(name, kind, ms, evidence_of_kind=True)


# Titles an office's holder is a body by ("the New York State Attorney General is investigating"), as offices.py
# reads them; any other title after a body's name is a person's ("Senate Leader, Ann Lee", "House Speaker")
_OFFICE_TITLES = {"General", "Attorney", "Sheriff", "Coroner", "Comptroller", "Treasurer", "Prosecutor"}
_HONORIFICS = {"Rt", "Hon", "Rt.", "Hon.", "Hon'ble"}  # "Speaker of the House Rt. Hon. Ann Lee": cut off at the point


def a_title(name: str) -> bool:
    """"House of Representatives Speaker", "Senate Leader": a body's name that ends in a title (or an
    honorific cut off at its point) names the person who holds it, not the body."""
    toks = name.split()
    last = toks[-1]
    if len(toks) < 2 or last in ORG_HEADS or last in _OFFICE_TITLES or toks[-2] in ("of", "the", "for"):
        return False  # "Office of the President" is a body
    return last in _HONORIFICS or (last in TITLES and last[0].isupper() and last not in ("Mr", "Mrs", "Ms", "Dr"))


# Plural names that are events, ranges or awards, not sides: "the Oscars", "the Rocky Mountains".
_NOT_A_SIDE = {"Awards", "Games", "Olympics", "Oscars", "Grammys", "Emmys", "Globes", "Finals", "Playoffs", "Series",
               "Championships", "Mountains", "Islands", "Hills", "Lakes", "Falls", "Heights", "Springs", "Times",
               "States", "News", "Affairs", "Services", "Studies", "Sciences", "Arts", "Days", "Years", "Rights"}
_THE = re.compile(r"\b[Tt]he\s+$")


def _teams(ents: dict[str, Ent], plurals: dict[str, list[Mention]], texts: dict) -> None:
    """A plural name the story keeps giving "the" ("the Red Sox", "the Chicago White Sox"): a team or a band, a
    side in the story, though no rule reads it as a person or an organisation."""
    for name, ms in plurals.items():
        last = name.split()[-1]
        if not re.fullmatch(r"[A-Z][a-z]+(?:[^s]s|x)", last) or last in _NOT_A_SIDE or last in ORG_HEADS:
            continue
        with_the = sum(bool(_THE.search(texts[m.pid].text, max(0, m.start - 5), m.start)) for m in ms)
        if len(ms) >= 3 and with_the >= 2 and len({m.pid for m in ms}) >= 2 and not mostly_at(ms, texts) and \
                not named_place(ms, texts):
            ents[name] = Ent(name, "other", ms, evidence_of_kind=True)


# "purchases by the ECB past March", "resurfaced by Chicago’s WGN last week": an acronym that does something
_BY = re.compile(r"\bby\s+(the\s+|[A-Z][\w\-]+[’']s\s+)?$")
_DONE = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:to|in|on|at|for|and|or|past|last|this|after|before|since|over|as|when|that)\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?:the\s+)?$")


def cited(text: str, start: int, end: int) -> bool:
    """"according to Ann Lee, a lawyer": a named source, not "according to Acme's data" (its figures) nor a name
    that runs on into a noun. (An organisation named so is left to the caveats, which read it as a relayed report.)"""
    return _ACCORDING.search(text, max(0, start - 20), start) is not None and _CITED_END.match(text, end) is not None


_CITED_END = re.compile(r"\s*(?:[,.;:)—–]|$)")


def done_by(text: str, start: int, end: int, acts: bool = False) -> bool:
    """Whether a name is the agent after "by" and ends its phrase (not "by GDP growth", "by EST"). A bare
    acronym ("caused by COVID", "driven by AI") counts only if it ``acts`` elsewhere: causes are not agents,
    but a body named as one ("by the ECB", "Chicago’s WGN") is."""
    by = _BY.search(text, max(0, start - 30), start)
    return by is not None and (acts or by.group(1) is not None) and _DONE.match(text, end) is not None


def _refine_type(name: str, org: str, text: str) -> str:
    """A police command is not the army; a governors' association is political, not a charity."""
    words = set(name.split())
    if "Police" in words or (org == "military" and name.split()[-1] in ("Command", "Headquarters", "Force")
                             and re.search(r"(?i)\bpolice\b", text)):
        return "government"
    if org == "civil_society" and words & POLITICAL:
        return "political_party"
    if words & {"Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "LLC", "plc", "PLC"}:
        return "company"
    return org


def descriptor(text: str, start: int) -> str | None:
    """"the regional monitoring group ElectWatch": the noun before a name that says what it is."""
    m = re.search(r"(\w+)\s+$", text[max(0, start - 40):start])
    if m and m.group(1).lower() in ORG_DESCRIPTORS:
        return ORG_DESCRIPTORS[m.group(1).lower()]
    m = _APPOSED.search(text, max(0, start - 50), start)  # "one SpaceX customer, Inmarsat,": set off by commas
    if m and (m.group(1).lower() in _PARTNERS or m.group(1).lower() in ORG_DESCRIPTORS) and \
            not is_given_name(text[start:].split(maxsplit=1)[0].strip(",.")):
        return ORG_DESCRIPTORS.get(m.group(1).lower(), "company")
    return None


# A business relation that, set off before a name, says the name is a business ("a European competitor, Arianespace")
_PARTNERS = {"customer", "client", "competitor", "rival", "partner", "contractor", "subcontractor", "subsidiary",
             "vendor", "sponsor", "buyer", "acquirer", "affiliate", "shareholder", "lender", "backer"}
_APPOSED = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[\w\-]+\s+){0,2}?(\w+),\s+$")
