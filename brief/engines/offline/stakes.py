"""Stakes (what the article says is at risk, to gain or to lose) and open questions.

Stakes are sentences whose wording states an aim, a risk, a deal or a transfer of force;
they are labelled ``stated`` because the article says them. Open questions come from
what the article itself leaves unsettled: denials, unverified and relayed claims.
"""

from __future__ import annotations

import re

from ...article import Article
from ...schema import Caveat, OpenQuestion, Stake
from .actors import Ent
from .text import clip, dates, sentences

_CUES: list[tuple[str, re.Pattern[str]]] = [(d, re.compile(p, re.IGNORECASE)) for d, p in [
    ("risk", r"\b(?:at risk|at stake|threat(?:en(?:s|ed)?)?|risks?|jeopardi[sz]e|danger|could face|faces? up to|"
             r"warn(?:s|ed)?|fears?|concerns?|widen(?:ing)?|escalat\w+)\b"),
    ("risk", r"\b(?:war|weapons?|missiles?|drones?|arms|troops|military|attack\w*|strikes?)\b"),
    ("gain", r"\b(?:agreement|partnership|deal|treaty|alliance|cooperation|ties|to counter|aims? to|seeks? to|"
             r"in a bid to|hopes?|hoped|benefit|boost|raise|win)\b"),
    ("loss", r"\b(?:lose|loss(?:es)?|lost|cut|fell|fall|drop(?:ped|ping)?|decline[sd]?|deaths?|killed|died|"
             r"sanction(?:s|ed)?|layoffs?|prison|fine[sd]?|penalt\w+)\b"),
]]
_QUOTE_START = ("“", '"', "‘")


def _score(text: str) -> tuple[int, str]:
    counts = {d: 0 for d in ("risk", "gain", "loss")}
    for d, rx in _CUES:
        counts[d] += len(rx.findall(text))
    best = max(counts, key=lambda d: counts[d])
    return sum(counts.values()), best


def stakes(article: Article, actors: list[Ent], limit: int = 5) -> list[Stake]:
    """The sentences that say most about what is at stake, in reading order."""
    scored: list[tuple[int, int, Stake]] = []
    for order, p in enumerate(article.paragraphs):
        for s in sentences(p.id, p.text):
            if s.text.lstrip().startswith(_QUOTE_START) or len(s.text.split()) < 8:
                continue
            score, direction = _score(s.text)
            if score < 2:
                continue
            who = next((e.name for e in actors if e.type != "media_outlet" and
                        any(m.pid == p.id and s.start <= m.start < s.end for m in e.mentions)), "not named")
            when = dates(s.text)
            scored.append((score, order * 1000 + s.start, Stake(
                who=who, what=clip(s.text, 240), direction=direction, consequence=None,
                timeframe=when[0][2] if when else None, basis="stated", evidence=[p.id])))
    top = sorted(scored, key=lambda t: (-t[0], t[1]))[:limit]
    return [s for _, _, s in sorted(top, key=lambda t: t[1])]


_OPEN_TYPES = {"denial": "Disputed", "unverified": "Unverified", "conflicting_accounts": "Unclear",
               "relayed_report": "Not confirmed first-hand", "anonymous_source": "Rests on unnamed sources"}


def open_questions(article: Article, caveats: list[Caveat], limit: int = 4) -> list[OpenQuestion]:
    """What the article leaves unsettled, one question per paragraph with such a caveat."""
    out: list[OpenQuestion] = []
    seen: set[str] = set()
    by_id = article.by_id
    for c in sorted(caveats, key=lambda c: list(_OPEN_TYPES).index(c.type) if c.type in _OPEN_TYPES else 99):
        pid = c.evidence[0]
        if c.type not in _OPEN_TYPES or pid in seen:
            continue
        seen.add(pid)
        found = [s for s in sentences(pid, by_id[pid].text) if c.cue in s.text]
        if not found or found[0].text.lstrip().startswith(_QUOTE_START):
            continue
        claim = found[0]
        if c.type == "denial" and len(claim.text.split()) < 10:  # "X has denied this": ask about what came before
            earlier = [s for s in sentences(pid, by_id[pid].text) if s.end <= claim.start]
            claim = earlier[-1] if earlier else claim
        body = clip(claim.text, 220).rstrip(".…")
        out.append(OpenQuestion(question=f"Is it confirmed that {_decap(body)}? ({_OPEN_TYPES[c.type]})",
                                evidence=[pid]))
        if len(out) >= limit:
            break
    order = {p.id: i for i, p in enumerate(article.paragraphs)}
    return sorted(out, key=lambda q: order[q.evidence[0]])


def _decap(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first in {"The", "A", "An", "It", "This", "That", "These", "Those",
                                                    "There", "Recent", "Some", "Many"} else text
