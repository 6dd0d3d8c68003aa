"""The offline engine: a rule-based, deterministic, extractive briefing with no model at all.

It is the fallback when no endpoint is configured, the baseline the model is measured
against, and the map step of long articles (``notes``). Everything it writes is copied
from the article, so it passes the validator by construction; ``ground`` still runs
last as a guard, and anything it drops shows up as a draft warning.
"""

from __future__ import annotations

import re
import time

from ...article import Article
from ...schema import Actor, Attempt, BriefingContent
from ...ground import ground
from .language import foreign_language
from ..base import Draft, Engine
from .actors import Ent, find_actors
from .caveats import find_caveats
from .groups import collectives, unnamed_subject
from .contests import contest_sides
from .places import place_actors
from .facts import bottom_line, headline, key_facts, lead_sentences, why_it_matters
from .stakes import open_questions, stakes
from .statements import Said, find_statements
from .timeline import timeline, whats_next

MAX_ACTORS = 20
MAX_STATEMENTS = 8  # per actor: the first words the article gives them

__all__ = ["OfflineEngine", "analyze", "notes"]


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _rank(ents: list[Ent], said: list[Said]) -> list[Ent]:
    """Keep the actors the story is about: most mentioned and most quoted, in reading order."""
    talk = {id(e): 0 for e in ents}
    for s in said:
        talk[id(s.ent)] = talk.get(id(s.ent), 0) + 1
    for s in said:  # an outlet that carries the words is part of the story's sourcing
        for e in ents:
            if s.statement.via == e.name:
                talk[id(e)] += 1
    weight = {id(e): len(e.mentions) + 2 * talk[id(e)] + (1 if e.type == "person" else 0) +
              (3 if any(m.kind == "side" for m in e.mentions) else 0) +  # a side in a scored result
              (2 if e.state_media else 0) for e in ents}  # state media is a caveat's subject, however brief
    keep = {id(e) for e in sorted(ents, key=lambda e: -weight[id(e)])[:MAX_ACTORS]}
    return [e for e in ents if id(e) in keep]


def _actor(e: Ent, aid: str, said: list[Said]) -> Actor:
    aliases = [f for f in dict.fromkeys(e.forms) if f != e.name]
    return Actor(id=aid, name=e.name, aliases=aliases, type=e.type, role=e.role, affiliation=e.affiliation,
                 country=e.country, stance=None,
                 statements=[s.statement for s in said if s.ent is e][:MAX_STATEMENTS],
                 evidence=e.pids)


def analyze_raw(article: Article) -> BriefingContent:
    """The engine's draft before the validator's guard (for tests and benchmarks)."""
    ents = find_actors(article)
    ents += collectives(article, ents) + unnamed_subject(article) + place_actors(article, ents)
    ents += contest_sides(article, ents)
    said = find_statements(article, ents)
    everyone = ents
    ents = _rank(ents, said)
    taken: set[str] = set()
    ids = {id(e): _slug(e.name, taken) for e in ents}
    said = [s for s in said if id(s.ent) in ids]
    caveats = find_caveats(article, everyone, ids)
    lead = lead_sentences(article)
    return BriefingContent(
        headline=headline(article, lead), bottom_line=bottom_line(lead), why_it_matters=why_it_matters(lead),
        key_facts=key_facts(lead, said, ids), key_actors=[_actor(e, ids[id(e)], said) for e in ents],
        stakes=stakes(article, ents), sourcing_caveats=caveats, timeline=timeline(article),
        whats_next=whats_next(article), open_questions=open_questions(article, caveats),
    )


def analyze(article: Article) -> BriefingContent:
    """A grounded briefing of ``article``; deterministic."""
    return ground(analyze_raw(article), article)[0]


def notes(article: Article, paragraphs: list[str] | None = None) -> BriefingContent:
    """Analyse only some paragraphs (by id), keeping their ids: the map step of map-reduce."""
    if paragraphs is None:
        return analyze(article)
    wanted = set(paragraphs)
    part = article.model_copy(update={"paragraphs": [p for p in article.paragraphs if p.id in wanted]})
    return analyze(part)


class OfflineEngine(Engine):
    """Engine protocol around ``analyze``: one offline pass, no tokens, no cost."""

    name = "offline"

    def draft(self, article: Article) -> Draft:
        t0 = time.perf_counter()
        content, warnings = ground(analyze_raw(article), article)
        if language := foreign_language(article):
            warnings.insert(0, f"the offline engine reads English and this article is in {language}: its actors, "
                               "statements and caveats are likely incomplete (a model reads other languages)")
        ms = (time.perf_counter() - t0) * 1000
        attempt = Attempt(n=1, step="offline", latency_ms=ms, errors=warnings)
        return Draft(content=content, engine=self.name, attempts=[attempt], warnings=warnings, grounded=True)
