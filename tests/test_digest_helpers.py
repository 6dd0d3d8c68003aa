"""Hand-built briefings for the digest tests: no engine, so every field is under control."""

from __future__ import annotations

import hashlib

from brief.article import Source
from brief.schema import Actor, Attempt, Briefing, Caveat, KeyFact, Provenance, Tokens


def actor(name: str, type_: str = "person", aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id=name.lower().replace(" ", "-"), name=name, aliases=list(aliases), type=type_, role=None,
                 affiliation=None, country=None, stance=None, statements=[], evidence=["p1"])


def caveat(type_: str, n: int = 1) -> Caveat:
    return Caveat(id=f"c{n}", type=type_, detail="d", cue="cue", applies_to=[], evidence=["p1"])


def briefing(title: str, line: str, *, publisher: str = "Outlet", url: str | None = None,
             facts: tuple[str, ...] = (), actors: tuple[Actor, ...] = (), caveats: tuple[Caveat, ...] = (),
             tokens: int = 0) -> Briefing:
    bid = hashlib.sha256(f"{title}|{publisher}|{line}".encode()).hexdigest()[:16]
    return Briefing(
        id=bid, source=Source(title=title, publisher=publisher, url=url, word_count=300),
        headline=title, bottom_line=line, why_it_matters="It matters.",
        key_facts=[KeyFact(text=f, status="reported", attributed_to=None, evidence=[f"p{i}"])
                   for i, f in enumerate(facts, 1)],
        key_actors=list(actors), stakes=[], sourcing_caveats=list(caveats), timeline=[], whats_next=[],
        open_questions=[],
        provenance=Provenance(engine="test", attempts=[Attempt(n=1, tokens=Tokens(prompt=tokens))]),
    )


def flood(publisher: str, title: str) -> Briefing:
    return briefing(
        title, "At least 12 people died after the Merrow river burst its banks overnight in the valley.",
        publisher=publisher, url=f"https://{publisher.lower().replace(' ', '')}.example/flood",
        facts=("Rescue teams used boats to reach villages cut off by the Merrow floods.",),
        actors=(actor("Hanna Volk"), actor("Merrow Valley Emergency Agency", "government")),
        caveats=(caveat("preliminary"),))


def election(publisher: str = "Daily Ledger") -> Briefing:
    return briefing(
        "Opposition alleges fraud after Dalmora election", "The opposition said the vote was rigged.",
        publisher=publisher, facts=("President Anton Varga was declared winner with 58 percent.",),
        actors=(actor("Anton Varga", aliases=("Varga",)), actor("Unity Party", "political_party")),
        caveats=(caveat("allegation"), caveat("state_media", 2)))


def breach() -> Briefing:
    return briefing(
        "Lumenware confirms breach of customer records",
        "Hackers gained access to records of 1.2 million customers, the software company said.",
        publisher="Byte Ledger", facts=("Lumenware shares fell 4 percent in early trading.",),
        actors=(actor("Lumenware", "company"),), caveats=(caveat("official_account"),))
