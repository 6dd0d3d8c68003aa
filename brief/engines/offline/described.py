"""Organisations the sentence describes: "the CEO of DH", "Chapter & Verse, a Spokane design agency".

A short or odd name ("DH") carries no sign of what it is; the words around it do. The kind
comes from the description's head noun, or from the office its officer holds.
"""

from __future__ import annotations

import re

from ...article import Article
from .gates import scan
from .lexicon import AGENT_VERBS, COUNTRIES, JOB_NOUNS, ORG_DESCRIPTORS, US_STATES
from .names import DEMONYMS, Mention, org_type
from .text import inside, quote_spans

_NAME = r"(?-i:[A-Z][\w’'\-]*(?:\s+(?:&\s+)?[A-Z][\w’'\-]*){0,4})"
_OFFICERS = {"ceo": "company", "chief executive": "company", "founder": "company", "co-founder": "company",
             "owner": "company", "president": "other", "chairman": "other", "chairwoman": "other",
             "director": "other", "head": "other", "spokesperson": "other", "spokesman": "other",
             "spokeswoman": "other", "editor": "media_outlet", "publisher": "media_outlet"}
_OFFICER_OF = re.compile(rf"(?i)\b(?:the\s+)?({'|'.join(_OFFICERS)})\s+of\s+(?:the\s+)?({_NAME})")
_LINKS = r"(?:for|of|at|with|in|on|from|by|who|which|that|to|whose|and\s+(?:a|an|the))"
# The descriptor must head the apposition: "Jane Roe, a spokeswoman for the firm," is no firm.
_APPOSED = re.compile(rf"({_NAME}),\s+(?:a|an|the)\s+(?:(?!{_LINKS}\b)[\w’'\-&]+,?\s+){{0,6}}?"
                      rf"({'|'.join(sorted(ORG_DESCRIPTORS, key=len, reverse=True))})"
                      rf"(?=[,.;:]|\s+(?:that|which|who|whose|behind|based|in|with|founded|known|run|owned|of)\b)")
# "analysts at Digital Foundry", "tests by Digital Foundry": people who work there, work done by it.
_MEMBERS_AT = re.compile(rf"\b(?:analysts|researchers|engineers|scientists|experts|editors|reporters|staff|team|"
                         rf"employees|workers|testers|tests|testing|analysis|research|study|survey|poll) "
                         rf"(?:at|by|from) (?:the )?({_NAME})")
# "Lukas Stefanko with ESET", "Ann Lee of NIAID": a named person's employer, written as an acronym
_STAFF_OF = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][\w’'\-]+\s+(?:of|with|from)\s+(?:the\s+)?([A-Z]{2,6})(?![\w\-]|\.\w)")
# "a Software Engineer for SpaceX", "a research consultant at Adelard": one person's employer
_JOB_AT = re.compile(rf"\b(?:a|an|as|is|was|,)\s+(?:[\w\-]+\s+){{0,2}}?(?:(?-i:{'|'.join(sorted(JOB_NOUNS))})|engineer|"
                     rf"consultant|manager|developer|designer|analyst|researcher|scientist|programmer)\s+"
                     rf"(?:at|for|with)\s+(?:the\s+)?({_NAME})")
_ARTICLES = {"The", "A", "An", "He", "She", "It", "They"}
_NOT_ORGS = {*COUNTRIES, *US_STATES, *_ARTICLES, *DEMONYMS}  # "Texas Instruments" is an organisation; "Texas" alone is not


def described_orgs(article: Article) -> list[tuple[Mention, str]]:
    """(mention, actor type) for every organisation named with a description of what it is."""
    found: list[tuple[Mention, str]] = []
    for p in article.paragraphs:
        low = p.text.lower()
        for m in scan(_OFFICER_OF, p.text, low):
            name = m.group(2)
            if re.match(r"\s+(?:at|in)\s+[A-Z]", p.text[m.end():]) or re.search(r"[’']s$", name):
                continue  # "Head of Research at ICICI Securities", "spokesman of the North's committee": a part of it
            kind = org_type(name) or _OFFICERS.get(m.group(1).casefold(), "other")  # (?i) also matches "presıdent"
            found.append((Mention(p.id, m.start(2), m.end(2), name, "described", name), kind))
        for m in scan(_MEMBERS_AT, p.text, low):
            if not re.match(r"[’']s\b", p.text[m.end():]):
                found.append((Mention(p.id, m.start(1), m.end(1), m.group(1), "described", m.group(1)),
                              org_type(m.group(1)) or "other"))
        for m in _NAMED_BY.finditer(p.text):
            kind = m.lastgroup or "other"
            name = m.group(kind)
            if not inside(quote_spans(p.text), m.start(kind)):
                found.append((Mention(p.id, m.start(kind), m.end(kind), name, "described", name),
                              org_type(name) or kind))
        for m in scan(_JOB_AT, p.text, low):
            after = p.text[m.end():m.end() + 40]
            if re.match(r"\s+(?:for|of|on|and)\s+(?:the\s+)?[A-Z]|[’']s\b", after) or (re.match(r" [a-z]", after) and
                    not re.match(r" (?:who|which|that|and|or|in|since|until|on|as|where|from|to|when|after|before)\b", after)):
                continue  # "at the Center for Forestry Research": a longer name; "a consultant for Acme sellers"
            found.append((Mention(p.id, m.start(1), m.end(1), m.group(1), "described", m.group(1)),
                          org_type(m.group(1)) or "other"))
        for m in _STAFF_OF.finditer(p.text):
            found.append((Mention(p.id, m.start(1), m.end(1), m.group(1), "described", m.group(1)), "other"))
        for m in scan(_APPOSED, p.text, low):
            if m.group(2).lower() == "site" and p.text.startswith(" of", m.end()):
                continue  # "the National Cathedral, the site of state funerals": a place, not a website
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
            start = m.end(1) - len(name)
            found.append((Mention(p.id, start, m.end(1), name, "described", name),
                          org_type(name) or ORG_DESCRIPTORS[m.group(2).lower()]))
        for m in scan(_NUMBERED, p.text, low):
            found.append((Mention(p.id, m.start(2), m.end(2), m.group(2), "described", m.group(2)),
                          ORG_DESCRIPTORS.get(m.group(1).lower(), "civil_society")))
    found += _institutions(article)
    body = article.body  # "head of Research": a one-word name the text also writes in lowercase is a department
    return [(m, k) for m, k in found if m.text not in _NOT_ORGS and len(m.text) > 1 and m.text.split()[0] not in _ARTICLES
            and not (" " not in m.text and re.search(rf"\b{re.escape(m.text.lower())}\b(?!\.\w)", body))  # not "x.jpg"
            and not (m.text.split()[0] in _PLACE_FIRST and org_type(m.text) is None)]


# "Dock workers at Port Avalen", "rangers at Mount Rainier": a place's name, where people work, not an employer
_PLACE_FIRST = {"Port", "Mount", "Mt.", "Fort", "Lake", "Cape", "Point", "Glen"}


# "activist group Fight for $15", "the campaign Raise Up for 15": a cause named for its number, which the
# name finder (capitalised words only) cuts short
_NUMBERED = re.compile(r"\b(group|organi[sz]ation|campaign|coalition|movement|union)\s+"
                       r"((?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z][\w’'\-]*)){0,3}\s+for\s+\$?\d+(?:,\d{3})*)(?![\w,]\d)")


# "according to Acme's own data", "Apple CEO Tim Cook", "the Biden administration": a body by its own
# figures, a company by its officer, a government by its leader's name. ("According to Acme," alone
# is left to the caveats, which read an unknown name there as an outlet.)
_NAMED_BY = re.compile(rf"\b[Aa]ccording to (?P<other>{_NAME})(?=[’']s\s+(?:[\w\-]+\s+){{0,3}}?(?:data|figures|"
                       rf"numbers|statistics|count|estimates?|research|survey|parsing|analysis|records)\b)|"
                       rf"(?<![’'\w])(?P<company>{_NAME})(?=\s+(?:CEO|chief executive|co-founder|founder)\s+[A-Z][a-z])|"
                       rf"\b[Tt]he\s+(?P<government>(?-i:[A-Z][a-z]+)\s+administration)\b")


def _institutions(article: Article) -> list[tuple[Mention, str]]:
    """"the CIA came", "the CIA's", "by the CIA.": an acronym the story keeps calling "the" something,
    standing alone, is an institution (but "the HDMI port" is a term)."""
    hits: dict[str, list[tuple[Mention, bool]]] = {}
    for p in article.paragraphs:
        for m in _ACRONYM.finditer(p.text):
            alone = bool(_THE_BEFORE.search(p.text, max(0, m.start() - 4), m.start()) or
                         _OWNER_BEFORE.search(p.text, max(0, m.start() - 30), m.start())) and \
                bool(_STANDS_ALONE.match(p.text, m.end()))
            hits.setdefault(m.group(), []).append((Mention(p.id, m.start(), m.end(), m.group(), "described", m.group()),
                                                   alone))
    return [(m, "other") for ms in hits.values() if len(ms) >= 3 and sum(a for _m, a in ms) >= 2 for m, _a in ms]


_ACRONYM = re.compile(r"(?<![\w.\-])[A-Z]{2,6}(?![\w\-]|\.\w)")
_OWNER_BEFORE = re.compile(r"\b[A-Z][a-z]+[’']s\s+$")  # "Ecuador's SENAIN"
_STANDS_ALONE = re.compile(r"[’']s\b|\s*[,.;:)]|\s+(?:and|or|is|was|has|had|in|to|for|of|from|on|at|with|said|says|"
                           r"would|will|did|does|came|that|which|who|apparently|also)\b")


def defined_term(name: str, texts: dict) -> bool:
    """An acronym the text spells out in lowercase words is a term, not an organisation."""
    if not name.isupper():
        return False
    key = f"({name})"
    for p in texts.values():
        at = p.text.find(key)
        if at > 0 and _SPELLED.search(p.text, max(0, at - 80), at):
            return True
    return False


_SPELLED = re.compile(r"\b[a-z][\w\-]*(?:\s+[a-z][\w\-]*)+\s+$")


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def institution(m: Mention, text: str) -> bool:
    """"The Pentagon said", "the Federal Reserve held": a name that takes "the" and acts is an institution."""
    verb = _VERB_AFTER.match(text, m.end)  # no comma between: "dubbed the Black Death, say officials"
    return bool(_THE_BEFORE.search(text, max(0, m.start - 4), m.start)) and verb is not None and \
        verb.group(1) in _ACTS and not m.canonical.endswith("s") and not inside(quote_spans(text), m.start)


_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(\w+)")


# What institutions do (not "is", "rose" or "killed", which markets, parts and plagues do too).
_ACTS = (AGENT_VERBS - {"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may",
                        "might", "should", "must", "did", "does", "became", "moved", "cut", "raised"}) | {
    "arrested", "held", "ruled", "approved", "ordered", "issued", "fined", "charged", "banned", "blocked",
    "sanctioned", "investigated", "opened", "closed", "voted", "published", "froze", "seized", "deployed"}


# "After graduating from Princeton and Yale Law School": where someone studied is biography, not a side
_STUDIED = re.compile(r"\b(?:graduat(?:ed|ing|es) from|studied at|attended|(?:a |her |his )?degrees? (?:from|at)|"
                      r"alumn(?:us|a|i|ae) of)\s+(?:(?-i:[A-Z][\w’'\-]*)\s+){0,4}?(?:and\s+)?(?:then\s+)?(?:the\s+)?$", re.I)


def studied_at(text: str, start: int) -> bool:
    return _STUDIED.search(text, max(0, start - 70), start) is not None
