"""Timeline and what's next, from date expressions kept exactly as the article writes them.

No year is ever added: "on Friday" stays "on Friday", and an ISO date appears only when
the expression itself carries day, month and year. An entry's event is the clause its date
belongs to, not the whole sentence (see ``clauses``).
"""

from __future__ import annotations

import re

from ...article import Article
from ...schema import NextEvent, TimelineEntry
from .clauses import dated_clauses
from .text import clip, dates, iso_date, sentences, undated

_FUTURE = re.compile(r"(?i)\b(?:will|is scheduled|are scheduled|is expected to|are expected to|is due to|are due to|"
                     r"plans? to|planned|set to|upcoming|later this (?:week|month|year)|next (?:week|month|year)|"
                     r"hoped? (?:could|would|to)|could be finalised|could be finalized|tomorrow)\b")
_PAST_ONLY = re.compile(r"(?i)\b(?:last|earlier|ago|yesterday)\b")


def timeline(article: Article, limit: int = 8) -> list[TimelineEntry]:
    """One entry per dated event, in reading order; a date named twice in a paragraph counts once."""
    out: list[TimelineEntry] = []
    seen: set[str] = set()
    for p in article.paragraphs:
        for s in sentences(p.id, p.text):
            if s.text.lstrip().startswith(("“", '"')):
                continue
            for d in dated_clauses(undated(s.text)):
                keys = {d.when.lower() + s.pid, d.event}  # a second date of the same clause adds nothing
                if keys & seen:
                    continue
                seen |= keys
                out.append(TimelineEntry(when=d.when, date=iso_date(d.when), event=clip(d.event, 240),
                                         evidence=[s.pid]))
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
            out.append(NextEvent(event=clip(undated(s.text), 240), when=found[-1][2] if found else None, evidence=[s.pid]))
            if len(out) >= limit:
                return out
    return out
