"""Notes a model takes on one chunk of a long article, and their deterministic merge.

The map step asks for ``ChunkNotes`` (strict-mode: every field required, nothing
extra). Merging is done in code, not by the model, so it is reproducible and cannot
drop evidence: actors are joined by alias rules, repeated items are folded into one,
and evidence lists are unioned in reading order. ``MergedNotes`` is what the reduce
step reads; it already speaks the briefing's vocabulary (actor ids, caveat ids).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .schema import (Actor, ActorType, BriefingContent, Caveat, CaveatType, Channel, Evidence, FactStatus,
                     KeyFact, NextEvent, Stake, Statement, TimelineEntry)

_EVIDENCE = Field(description="Ids of the paragraphs that support this item, e.g. [\"p3\"].")
_TITLES = {"mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "secretary", "general", "gen",
           "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "chancellor", "king", "queen",
           "prince", "pope", "lt", "col", "capt", "sgt", "adm", "admiral", "chief", "ceo", "the", "former"}
_NON_WORD = re.compile(r"[^\w\s]")
T = TypeVar("T")
M = TypeVar("M", bound="_Evidenced")


class _Evidenced(Protocol):
    """A pydantic model with an ``evidence`` list: what ``_fold`` can merge."""

    @property
    def evidence(self) -> list[str]: ...

    def model_copy(self: M, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> M: ...


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NoteActor(_Strict):
    name: str = Field(description="Fullest name the chunk gives.")
    aliases: list[str] = Field(description="Other names used for the same actor in this chunk.")
    type: ActorType
    role: str | None
    affiliation: str | None
    country: str | None
    stance: str | None
    evidence: Evidence = _EVIDENCE


class NoteStatement(_Strict):
    speaker: str = Field(description="Name of the actor who said it, as in actors[].name.")
    text: str = Field(description="What was said; verbatim when direct_quote is true.")
    direct_quote: bool
    cue_verb: str | None
    channel: Channel
    via: str | None
    evidence: Evidence = _EVIDENCE


class NoteFact(_Strict):
    text: str
    status: FactStatus
    attributed_to: str | None = Field(description="Name of the actor it comes from, or null.")
    evidence: Evidence = _EVIDENCE


class NoteCaveat(_Strict):
    type: CaveatType
    detail: str
    cue: str = Field(description="The exact words in the article that raise the caveat.")
    applies_to: list[str] = Field(description="Names of the actors it concerns.")
    evidence: Evidence = _EVIDENCE


class ChunkNotes(_Strict):
    """What one chunk says, item by item, each with the paragraph ids it rests on."""

    actors: list[NoteActor]
    statements: list[NoteStatement]
    facts: list[NoteFact]
    caveats: list[NoteCaveat]
    timeline: list[TimelineEntry]
    stakes: list[Stake]
    whats_next: list[NextEvent]


class CondensedNotes(ChunkNotes):
    """The same notes, condensed: asked for when merged notes outgrow the reduce budget."""


class MergedNotes(_Strict):
    """All chunks' notes, joined: what the reduce step writes the briefing from."""

    key_actors: list[Actor]
    key_facts: list[KeyFact]
    sourcing_caveats: list[Caveat]
    timeline: list[TimelineEntry]
    stakes: list[Stake]
    whats_next: list[NextEvent]

    def size(self) -> int:
        return sum(len(getattr(self, f)) for f in type(self).model_fields)


def name_key(name: str) -> str:
    """A name with case, punctuation, titles and a leading "the" removed."""
    words = _NON_WORD.sub(" ", name.casefold()).split()
    kept = [w for w in words if w not in _TITLES]
    return " ".join(kept or words)


def text_key(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _pnum(pid: str) -> tuple[int, str]:
    digits = pid[1:]
    return (int(digits), pid) if digits.isdigit() else (10**9, pid)


def union_evidence(*lists: Iterable[str]) -> list[str]:
    """Every id once, in reading order."""
    return sorted({pid for ids in lists for pid in ids}, key=_pnum)


def spread(items: list[T], n: int) -> list[T]:
    """``n`` items picked evenly from first to last, in order: thinning keeps the whole article in view."""
    if len(items) <= n:
        return list(items)
    if n <= 1:
        return items[: max(n, 0)]
    step = (len(items) - 1) / (n - 1)
    return [items[round(i * step)] for i in range(n)]


def thin(notes: MergedNotes, share: float) -> MergedNotes:
    """Keep about ``share`` of every list (at least one item each), spread over the article."""
    return notes.model_copy(update={f: spread(getattr(notes, f), max(1, int(len(getattr(notes, f)) * share)))
                                    for f in type(notes).model_fields})


def _slug(name: str) -> str:
    return "-".join(_NON_WORD.sub(" ", name.casefold()).split())[:48] or "actor"


class _Actors:
    """Alias resolution: which merged actor a name in any chunk refers to."""

    def __init__(self, notes: list[ChunkNotes], directory: Iterable[NoteActor] = ()) -> None:
        self.items = [a for n in notes for a in n.actors]
        self.directory: dict[str, NoteActor] = {}
        for known in directory:
            for n in (known.name, *known.aliases):
                self.directory.setdefault(name_key(n), known)
        parent = list(range(len(self.items)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def join(i: int, j: int) -> None:
            a, b = find(i), find(j)
            if a != b and _compatible(self.items[a].type, self.items[b].type):
                parent[max(a, b)] = min(a, b)

        seen: dict[str, int] = {}
        for i, actor in enumerate(self.items):
            for key in dict.fromkeys(k for k in map(name_key, (actor.name, *actor.aliases)) if k):
                if key in seen:
                    join(seen[key], i)
                else:
                    seen[key] = i
        # A lone surname joins the one full name of a person ending in it; a lone first name never does.
        surnames: dict[str, set[int]] = {}
        for i, actor in enumerate(self.items):
            words = name_key(actor.name).split()
            if actor.type == "person" and len(words) > 1:
                surnames.setdefault(words[-1], set()).add(find(i))
        for i, actor in enumerate(self.items):
            key = name_key(actor.name)
            owners = {find(j) for j in surnames.get(key, set())}
            if " " not in key and actor.type == "person" and len(owners) == 1:
                join(owners.pop(), i)
        groups: dict[int, list[int]] = {}
        for i in range(len(self.items)):
            groups.setdefault(find(i), []).append(i)
        self.groups = [groups[root] for root in sorted(groups)]
        self.index: dict[str, int] = {}
        for g, members in enumerate(self.groups):
            for i in members:
                for n in (self.items[i].name, *self.items[i].aliases):
                    self.index.setdefault(name_key(n), g)
        self.ids = _unique_ids([self._canonical(m) for m in self.groups])

    def _canonical(self, members: list[int]) -> str:
        names = Counter(self.items[i].name for i in members)  # first-seen order breaks ties
        return max(names, key=lambda n: (len(name_key(n).split()), names[n]))

    def resolve(self, name: str | None) -> int | None:
        if not name:
            return None
        key = name_key(name)
        if key in self.index:
            return self.index[key]
        last = key.split()[-1:] or [""]
        hits = {g for k, g in self.index.items() if k.split()[-1:] == last and " " in k and " " not in key}
        return hits.pop() if len(hits) == 1 else None

    def add(self, name: str, evidence: list[str]) -> int:
        """A speaker quoted but not listed becomes an actor: as the directory knows them, else bare."""
        known = self.directory.get(name_key(name))
        if known is not None:
            self.items.append(known.model_copy(update={"evidence": list(evidence)}))
        else:
            self.items.append(NoteActor(name=name, aliases=[], type="other", role=None, affiliation=None,
                                        country=None, stance=None, evidence=list(evidence)))
        self.groups.append([len(self.items) - 1])
        self.index[name_key(name)] = len(self.groups) - 1
        self.ids = _unique_ids([self._canonical(m) for m in self.groups])
        return len(self.groups) - 1


def _compatible(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def _unique_ids(names: list[str]) -> list[str]:
    used: Counter[str] = Counter()
    ids = []
    for name in names:
        base = _slug(name)
        used[base] += 1
        ids.append(base if used[base] == 1 else f"{base}-{used[base]}")
    return ids


def _fold(items: Iterable[M], key: Callable[[M], object]) -> list[M]:
    """One item per key, in first-seen order, with the evidence of all its repeats."""
    out: dict[object, M] = {}
    for item in items:
        k = key(item)
        if k in out:
            kept = out[k]
            out[k] = kept.model_copy(update={"evidence": union_evidence(kept.evidence, item.evidence)})
        else:
            out[k] = item.model_copy(update={"evidence": union_evidence(item.evidence)})
    return list(out.values())


def merge(notes: list[ChunkNotes], directory: Iterable[NoteActor] = ()) -> MergedNotes:
    """Join the notes of every chunk; the same input always gives the same output.

    ``directory`` holds actors seen earlier (before condensing), so a speaker whose actor
    entry was condensed away keeps their real name, aliases and type.
    """
    actors = _Actors(notes, directory)
    statements: list[list[Statement]] = [[] for _ in actors.groups]
    for n in notes:
        for s in n.statements:
            g = actors.resolve(s.speaker)
            if g is None:
                g = actors.add(s.speaker, s.evidence)
                statements.append([])
            statements[g].append(Statement(text=s.text, direct_quote=s.direct_quote, cue_verb=s.cue_verb,
                                           channel=s.channel, via=s.via, evidence=s.evidence))
    key_actors = [_merge_actor(actors, g, statements[g]) for g in range(len(actors.groups))]
    ids = actors.ids

    def actor_id(name: str | None) -> str | None:
        g = actors.resolve(name)
        return ids[g] if g is not None else None

    facts = _fold((KeyFact(text=f.text, status=f.status, attributed_to=actor_id(f.attributed_to),
                           evidence=f.evidence) for n in notes for f in n.facts), lambda f: text_key(f.text))
    caveats = _fold((Caveat(id="", type=c.type, detail=c.detail, cue=c.cue,
                            applies_to=list(dict.fromkeys(filter(None, map(actor_id, c.applies_to)))),
                            evidence=c.evidence) for n in notes for c in n.caveats),
                    lambda c: (c.type, text_key(c.cue)))
    caveats = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(caveats, 1)]
    return MergedNotes(
        key_actors=key_actors, key_facts=facts, sourcing_caveats=caveats,
        timeline=_fold((t for n in notes for t in n.timeline), lambda t: (text_key(t.when), text_key(t.event))),
        stakes=_fold((s for n in notes for s in n.stakes), lambda s: (text_key(s.who), text_key(s.what))),
        whats_next=_fold((e for n in notes for e in n.whats_next), lambda e: text_key(e.event)),
    )


def _merge_actor(actors: _Actors, g: int, statements: list[Statement]) -> Actor:
    members = [actors.items[i] for i in actors.groups[g]]
    name = actors._canonical(actors.groups[g])
    aliases = [n for n in dict.fromkeys(x for m in members for x in (m.name, *m.aliases)) if n != name]
    types = Counter(m.type for m in members if m.type != "other")

    def first(field: str) -> str | None:
        return next((getattr(m, field) for m in members if getattr(m, field)), None)

    return Actor(
        id=actors.ids[g], name=name, aliases=aliases, type=types.most_common(1)[0][0] if types else "other",
        role=first("role"), affiliation=first("affiliation"), country=first("country"), stance=first("stance"),
        statements=_fold(statements, lambda s: text_key(s.text)),
        evidence=union_evidence(*(m.evidence for m in members)),
    )


def to_chunk_notes(merged: MergedNotes | BriefingContent) -> ChunkNotes:
    """Merged notes (or a briefing) back in map-step form (names, not ids), e.g. to condense them."""
    names = {a.id: a.name for a in merged.key_actors}
    return ChunkNotes(
        actors=[NoteActor(name=a.name, aliases=a.aliases, type=a.type, role=a.role, affiliation=a.affiliation,
                          country=a.country, stance=a.stance, evidence=a.evidence) for a in merged.key_actors],
        statements=[NoteStatement(speaker=a.name, **s.model_dump()) for a in merged.key_actors
                    for s in a.statements],
        facts=[NoteFact(text=f.text, status=f.status, attributed_to=names.get(f.attributed_to or ""),
                        evidence=f.evidence) for f in merged.key_facts],
        caveats=[NoteCaveat(type=c.type, detail=c.detail, cue=c.cue,
                            applies_to=[names[x] for x in c.applies_to if x in names], evidence=c.evidence)
                 for c in merged.sourcing_caveats],
        timeline=merged.timeline, stakes=merged.stakes, whats_next=merged.whats_next,
    )


def evidence_ids(model: Any) -> Iterator[str]:
    """Every evidence id anywhere in a notes or briefing object."""
    stack = [model.model_dump()]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield from (x for x in node.get("evidence", []) if isinstance(x, str))
            stack.extend(v for k, v in node.items() if k != "evidence")
        elif isinstance(node, list):
            stack.extend(node)


def no_new_ids(merged: MergedNotes) -> Callable[[Any], list[str]]:
    """A validator for a condensed answer: it may cite only paragraphs the notes cite."""
    known = set(evidence_ids(merged))
    return lambda notes: [f"evidence id {pid!r} is not in the notes" for pid in evidence_ids(notes)
                          if pid not in known]


def halve(notes: ChunkNotes) -> ChunkNotes:
    """The first half of every list: a part too long to condense in one request."""
    return ChunkNotes(**{n: getattr(notes, n)[: len(getattr(notes, n)) // 2] for n in ChunkNotes.model_fields})
