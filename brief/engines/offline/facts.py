"""Headline, bottom line, why it matters and key facts, taken from the lead.

News puts the news first, so the lead's sentences are the facts; each is copied verbatim
(clipped at a word boundary), which keeps every number, name and quote grounded.
"""

from __future__ import annotations

import re

from ...article import Article
from ...schema import KeyFact
from .statements import Said
from .text import Sentence, clip, sentences, undated
from .lexicon import SPEECH_VERBS

_CLAIM = re.compile(r"(?i)\b(?:claim(?:s|ed)?|alleged(?:ly)?|according to|reportedly)\b")
_DISPUTE = re.compile(r"(?i)\b(?:denied|denies|disputed|rejected|contradict)")
_CONTEXT = re.compile(r"(?i)\b(?:comes (?:against|amid|as|after)|against the backdrop|amid|in order to|to counter|"
                      r"threat(?:en)?s?|risks?|at stake|means|signals?|marks?|raises? (?:questions|concerns|fears))\b")
_SPEECH = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\b")


def lead_sentences(article: Article, limit: int = 8) -> list[Sentence]:
    """Informative sentences from the top: not bare quotes, not one-word lines; a dateline
    ("BERLIN -- ") left out, as the engine quotes these sentences as its own summary."""
    out: list[Sentence] = []
    for p in article.paragraphs:
        for s in sentences(p.id, p.text):
            if (text := undated(s.text)) != s.text:
                s = Sentence(s.pid, p.text.find(text, s.start), s.end, text)
            words = s.text.split()
            if len(words) < 6 or s.text.lstrip().startswith(("“", '"', "‘")) or s.text.endswith("?"):
                continue
            out.append(s)
            if len(out) >= limit:
                return out
    return out


def headline(article: Article, lead: list[Sentence]) -> str:
    title = (article.source.title or "").strip()
    if title and len(title) <= 110:
        return title
    return clip(title or (lead[0].text if lead else "Untitled article"), 108)


def bottom_line(lead: list[Sentence]) -> str:
    return clip(lead[0].text, 300) if lead else "The article states no clear news event."


def why_it_matters(lead: list[Sentence]) -> str:
    for s in lead[1:]:
        if _CONTEXT.search(s.text):
            return clip(s.text, 300)
    return clip(lead[1].text, 300) if len(lead) > 1 else "The article does not say."


def key_facts(lead: list[Sentence], said: list[Said], ids: dict[int, str], limit: int = 5) -> list[KeyFact]:
    """The first sentences of the article, each with its status and speaker when it has one."""
    facts: list[KeyFact] = []
    for s in lead[:limit]:
        status = "disputed" if _DISPUTE.search(s.text) else "claimed" if _CLAIM.search(s.text) else "reported"
        speaker = None
        if _SPEECH.search(s.text):
            for x in said:
                if x.statement.evidence == [s.pid] and (x.statement.text in s.text or s.text in x.statement.text):
                    speaker = ids.get(id(x.ent))
                    break
        facts.append(KeyFact(text=clip(s.text, 300), status=status, attributed_to=speaker, evidence=[s.pid]))
    return facts
