"""Timeline and what's next, from date expressions kept exactly as the article writes them.

No year is ever added: "on Friday" stays "on Friday", and an ISO date appears only when
the expression itself carries day, month and year. An entry's event is the clause its date
belongs to, not the whole sentence (see ``clauses``).
"""

from __future__ import annotations

import re

from ...article import Article
from ...schema import NextEvent, TimelineEntry
from .clauses import FUTURE, dated_clauses, future_clause, future_dates, skipped
from .text import clip, iso_date, sentences, undated

_LEADING_AND = re.compile(r"(?i)^(?:and|but|or|so|yet)\s+")
_EVENT = re.compile(r"(?i)\b(?:scheduled|expected|due|summit|meeting|vote|hearing|sentencing|trial|election|launch)\b")


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
    """Scheduled or expected events the article names: the clause holding the future cue, dated only by a
    date inside that clause, so "X blasted Y on Tuesday, warning that Z will pay" is no event of Tuesday."""
    out: list[NextEvent] = []
    for p in article.paragraphs:
        for s in sentences(p.id, p.text):
            text = undated(s.text)
            if text.lstrip().startswith(("“", '"')) or skipped(text):
                continue
            for cue in FUTURE.finditer(text):
                start, end = future_clause(text, cue.start())
                found = future_dates(text, start, end)
                event = _LEADING_AND.sub("", text[start:end].strip(" ,;:–—-"))
                if not found and (not text[start:cue.start()].strip() or not _EVENT.search(event)):
                    continue
                out.append(NextEvent(event=clip(event, 240), when=found[-1] if found else None, evidence=[s.pid]))
                break
            if len(out) >= limit:
                return out
    return out
