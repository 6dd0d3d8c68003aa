"""Timeline and what's next, from date expressions kept exactly as the article writes them.

No year is ever added: "on Friday" stays "on Friday", and an ISO date appears only when
the expression itself carries day, month and year.
"""

from __future__ import annotations

import re

from ...article import Article
from ...schema import NextEvent, TimelineEntry
from .text import clip, dates, iso_date, sentences

_FUTURE = re.compile(r"(?i)\b(?:will|is scheduled|are scheduled|is expected to|are expected to|is due to|are due to|"
                     r"plans? to|planned|set to|upcoming|later this (?:week|month|year)|next (?:week|month|year)|"
                     r"hoped? (?:could|would|to)|could be finalised|could be finalized|tomorrow)\b")
_PAST_ONLY = re.compile(r"(?i)\b(?:last|earlier|ago|yesterday)\b")


def timeline(article: Article, limit: int = 8) -> list[TimelineEntry]:
    """One entry per dated sentence, in reading order."""
    out: list[TimelineEntry] = []
    seen: set[str] = set()
    for p in article.paragraphs:
        for s in sentences(p.id, p.text):
            found = dates(s.text)
            if not found or s.text.lstrip().startswith(("“", '"')):
                continue
            when = found[0][2]
            key = when.lower() + s.pid
            if key in seen:
                continue
            seen.add(key)
            out.append(TimelineEntry(when=when, date=iso_date(when), event=clip(s.text, 240), evidence=[s.pid]))
            if len(out) >= limit:
                return out
    return out


def whats_next(article: Article, limit: int = 4) -> list[NextEvent]:
    """Scheduled or expected events the article names."""
    out: list[NextEvent] = []
    for p in article.paragraphs:
        for s in sentences(p.id, p.text):
            if s.text.lstrip().startswith(("“", '"')) or not _FUTURE.search(s.text):
                continue
            found = [d for d in dates(s.text) if not _PAST_ONLY.search(d[2])]
            if not found and not re.search(r"(?i)\b(?:scheduled|expected|due|summit|meeting|vote|hearing|"
                                           r"sentencing|trial|election|launch)\b", s.text):
                continue
            out.append(NextEvent(event=clip(s.text, 240), when=found[-1][2] if found else None, evidence=[s.pid]))
            if len(out) >= limit:
                return out
    return out
