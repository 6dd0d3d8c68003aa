"""Outlets the lexicon does not know, found by what the sentence says they do.

"the state news agency DNA", "The Verge's review", "in an interview with CNBC", "a report in
the Argus Leader": only an outlet is named so. A person interviewed is not an outlet.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from ...article import Article, Source
from .given import is_given_name, is_surname
from .lexicon import COUNTRIES, DAYS, MONTHS, NOT_GIVEN_NAMES, PLACES, US_STATES
from .names import DEMONYMS, Mention, org_type, outlet_aliases


_NAMED_AGENCY = re.compile(r"(?i:\b(state|official|state-run|state-owned|state-controlled|government)\s+"
                           r"(?:news\s+agency|media\s+outlet|broadcaster|television|news\s+outlet|newspaper)\s+)"
                           r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")


# "The Verge’s Stadia review", "according to Eurogamer’s reporting": whoever publishes reviews and reports is an outlet.
_OUTLET_WORK = re.compile(r"(?<![\w’'])(?:The\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})[’']s\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:review|reporting|article|coverage|exposé|podcast)\b")  # not "story": "Trump's story changed"


# "in an interview with CNBC", "told the Argus Leader in an interview": whoever holds the interview publishes it.
_INTERVIEWED = re.compile(r"\b(?:(?:in|during) an? (?:\w+ )?interview with (?:the )?({0})|told (?:the )?({0}) (?:in|during) an? "
                          r"(?:\w+ )?interview\b)".format(r"(?:[A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+){0,3}"))


# "a report in the Argus Leader", "told the Daily Courier.": what is published in it, or told to it on the record.
_PUBLISHED_IN = re.compile(r"\b(?:(?:report|story|article|editorial|op-ed|column|piece|investigation|profile|interview)s? "
                           r"(?:in|by|for|published (?:in|by)) (?:the )?({0})|told the ({0}(?:\s+[A-Z][\w\-]+)+)(?=[,.;:]))"
                           .format(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}"))


_CAPS = r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}"

# "after the Miami New Times reported", "the Wrap reports that": whoever reports is an outlet when the text
# gives it "the" (a company, a person, a place or "Researchers" does not) or its name says so ("Vantage Weekly").
_REPORTS = re.compile(r"\b(?:(?i:after|when|as|before|since|until) (?P<the>the )?({0}) (?:first |initially )?"
                      r"(?:reported|reports|revealed)\b|(?P<the2>[Tt]he )?(?!(?:After|When|As|Before|Since|Until)\b)({0}) "
                      r"(?:first |initially )?(?:reports|reported)(?: (?:on|last|earlier|this) \w+)? that\b)".format(_CAPS))

# "a New York Post article", "a Forbes op-ed": what only outlets publish, named by its publisher
# (not "a Harvard investigation": bodies investigate; not "a Maureen Dowd column": a person's).
_PIECE_WORDS = ("article", "op-ed", "editorial")
_ITS_ARTICLE = re.compile(r"\b[Aa]n? (?:recent |new |separate |earlier )?({0}) (?:{1})\b"
                          .format(_CAPS, "|".join(_PIECE_WORDS)))
_OUTLET_WORD = re.compile(r"\b(?:Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Weekly|Magazine|Review|"
                          r"Observer|Chronicle|Courier|Ledger|Press|Telegraph|Mirror|Standard|Register|Examiner|"
                          r"Inquirer|Bulletin|Dispatch|Monitor|Insider|Sentinel|Wire)\b")
_OFFICIAL = re.compile(r"\b(?:Department|Ministry|Office|Services?|Police|Agency|Bureau|Commission|Council|Court|"
                       r"Authority|Board|Administration|Institute|University|Government|Army|Force|Center|Centre|"
                       r"Committee|Survey|Association|Foundation)$")


def _reporter_is_outlet(m: re.Match[str], name: str, body: str) -> bool:
    """An unknown name that reports (``_REPORTS``) or publishes a piece (``_ITS_ARTICLE``): an outlet?"""
    toks = name.split()
    if _OFFICIAL.search(name) or any(t in MONTHS or t in DAYS for t in toks) or name in PLACES or \
            name in US_STATES or name in COUNTRIES:
        return False
    if _OUTLET_WORD.search(name):
        return True
    if m.re is _REPORTS:
        # "the Researchers" never; a word the text also writes lower-case is a common noun, not a title
        return bool(m.group("the") or m.group("the2")) and not re.search(rf"\b{re.escape(toks[0].lower())}\b", body)
    return not _person_like(name, body)


def _person_like(name: str, body: str) -> bool:
    """Given name and surname ("John Smith"), never "Smith News": a person was interviewed, not an outlet."""
    toks = name.split()
    return len(toks) == 2 and toks[0] not in NOT_GIVEN_NAMES and toks[0][1:].islower() and toks[1][1:].islower() \
        and not org_type(name) and not re.search(rf"\b{re.escape(name)}\s+(?:News|TV|Radio)\b", body)


def named_outlets(article: Article) -> list[Mention]:
    """Outlets the lexicon does not know, named with what they are ("the state news agency DNA") or
    with what only outlets publish (a "report" may be anyone's)."""
    found = [Mention(p.id, m.start(2), m.end(2), m.group(2), "state_media", m.group(2))
             for p in article.paragraphs for m in _NAMED_AGENCY.finditer(p.text)]
    for p in article.paragraphs:
        reports = _REPORTS.finditer(p.text) if "report" in p.text or "revealed" in p.text else ()
        pieces = _ITS_ARTICLE.finditer(p.text) if any(w in p.text for w in _PIECE_WORDS) else ()
        for m in (*_OUTLET_WORK.finditer(p.text), *_INTERVIEWED.finditer(p.text), *_PUBLISHED_IN.finditer(p.text),
                  *reports, *pieces):
            name = m.group(2) or m.group(4) if m.re is _REPORTS else next(g for g in m.groups() if g)
            toks = name.split()
            if (toks[0] in NOT_GIVEN_NAMES and len(toks) == 1) or name in DEMONYMS or \
                    org_type(name) not in (None, "media_outlet"):
                continue
            gi = next(i for i, g in enumerate(m.groups(), 1) if g and (m.re is not _REPORTS or i in (2, 4)))
            if m.re in (_REPORTS, _ITS_ARTICLE):
                if not _reporter_is_outlet(m, name, article.body):
                    continue
                start = m.start(gi)
            else:
                start = m.start(gi) if not m.group().startswith("The ") else m.start()
                person = _person_like(name, article.body) or (len(toks) == 1 and (is_surname(name) or is_given_name(name)))
                if person and not re.search(r"\bthe\s+$", p.text[max(0, start - 12):start]):
                    continue  # "interview with John Smith" is a person; "with the Coastal Courier" is not
            found.append(Mention(p.id, start, m.end(gi), p.text[start:m.end(gi)], "media_outlet", p.text[start:m.end(gi)]))
    return found


def site_outlet(source: Source) -> str | None:
    """The outlet whose site the page came from ("nbcnews.com", "money.cnn.com"): the article's own
    voice, so "told NBC News" or "NPR's Debbie Elliot" names the publisher, not a side in the story."""
    host = (urlparse(source.url).hostname or "") if source.url else ""
    keys = {label for label in host.lower().split(".") if len(label) > 1}
    if source.publisher:
        keys.add(_squash(source.publisher))
    if not keys:
        return None
    return next((canon for alias, canon in outlet_aliases().items() if _squash(alias) in keys), None)


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())
