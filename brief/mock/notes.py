"""Mock answers for the long-article steps: chunk notes, condensed notes, briefing from notes.

Like the "briefing" answerer, these read their input back out of the prompt and answer
with real, grounded content: map notes are the offline engine's analysis of the chunk
(paragraph ids kept), and the reduce answer is assembled from the merged notes, items
picked evenly from the whole article, so evidence reaches from its start to its end.
"""

from __future__ import annotations

import re
from typing import Any

from ..notes import ChunkNotes, CondensedNotes, MergedNotes, spread, to_chunk_notes
from ..schema import BriefingContent
from .answerers import article_from_messages, message_text, register_answerer, register_fault

_NOTES = re.compile(r"<notes>\s*\n(.*?)\n?</notes>", re.DOTALL)
_NOTES_TOKENS = re.compile(r"under about (\d+) tokens")
#: Items a mock "model" keeps per list in one chunk's notes: notes stay a fraction of the text.
MAP_CAP = {"actors": 8, "statements": 6, "facts": 6, "caveats": 4, "timeline": 4, "stakes": 3, "whats_next": 3}
REDUCE_CAP = {"key_actors": 10, "key_facts": 12, "sourcing_caveats": 8, "timeline": 10, "stakes": 5,
              "whats_next": 5}


def notes_from_briefing(content: BriefingContent) -> ChunkNotes:
    return to_chunk_notes(content)


def _capped(notes: ChunkNotes, cap: dict[str, int], model: type[ChunkNotes] = ChunkNotes) -> ChunkNotes:
    """Each list thinned to its cap, but never dropping the actor whose words were kept."""
    kept = model(**{f: spread(getattr(notes, f), cap[f]) for f in cap})
    speakers = {s.speaker for s in kept.statements}
    kept.actors = [a for a in notes.actors if a in kept.actors or a.name in speakers]
    return kept


def _notes_in(request: dict[str, Any], model: type[Any]) -> Any:
    for message in request.get("messages") or []:
        found = _NOTES.search(message_text(message))
        if found:
            return model.model_validate_json(found.group(1))
    raise LookupError("no <notes> in the request")


def answer_chunk_notes(request: dict[str, Any]) -> dict[str, Any]:
    from ..engines.offline import analyze

    article = article_from_messages(request.get("messages") or [])
    if article is None or not article.paragraphs:
        raise LookupError("no fenced <article> in the request")
    notes = notes_from_briefing(analyze(article))
    asked = next((m for m in map(_NOTES_TOKENS.search, map(message_text, request.get("messages") or [])) if m), None)
    return _within(notes, int(asked.group(1)) if asked else None).model_dump(mode="json")


def _within(notes: ChunkNotes, tokens: int | None) -> ChunkNotes:
    """Notes cut to the caps, then thinner until they are about as short as the prompt asked."""
    from ..tokens import count_tokens

    cap = dict(MAP_CAP)
    kept = _capped(notes, cap)
    floor = {f: int(f == "facts") for f in cap}  # a part always yields at least one fact
    while tokens and count_tokens(kept.model_dump_json()) > tokens and cap != floor:
        cap = {f: max(floor[f], n * 3 // 4) for f, n in cap.items()}
        kept = _capped(notes, cap)
    return kept


def answer_condensed_notes(request: dict[str, Any]) -> dict[str, Any]:
    notes = _notes_in(request, ChunkNotes)
    half = {f: max(1, len(getattr(notes, f)) // 2) for f in MAP_CAP}
    return _capped(notes, half, CondensedNotes).model_dump(mode="json")


def answer_briefing_from_notes(request: dict[str, Any]) -> dict[str, Any]:
    from ..engines.offline import analyze

    notes = _notes_in(request, MergedNotes)
    lead = article_from_messages(request.get("messages") or [])
    if lead is None or not lead.paragraphs:
        raise LookupError("no fenced lead <article> in the request")
    opening = analyze(lead)
    ranked = sorted(notes.key_actors, key=lambda a: -len(a.evidence))[: REDUCE_CAP["key_actors"]]
    kept = {a.id for a in ranked}
    actors = [a.model_copy(update={"statements": spread(a.statements, 3)}) for a in notes.key_actors if a.id in kept]
    facts = [f.model_copy(update={"attributed_to": f.attributed_to if f.attributed_to in kept else None})
             for f in spread(notes.key_facts, REDUCE_CAP["key_facts"])]
    caveats = [c.model_copy(update={"applies_to": [x for x in c.applies_to if x in kept]})
               for c in spread(notes.sourcing_caveats, REDUCE_CAP["sourcing_caveats"])]
    return BriefingContent(
        headline=opening.headline, bottom_line=opening.bottom_line, why_it_matters=opening.why_it_matters,
        key_facts=facts, key_actors=actors, stakes=spread(notes.stakes, REDUCE_CAP["stakes"]),
        sourcing_caveats=caveats, timeline=spread(notes.timeline, REDUCE_CAP["timeline"]),
        whats_next=spread(notes.whats_next, REDUCE_CAP["whats_next"]), open_questions=opening.open_questions,
    ).model_dump(mode="json")


def break_notes(answer: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """Notes that break their schema as lax servers do: a list missing, an unknown actor type."""
    answer = {k: v for k, v in answer.items() if k != "facts"}
    answer["actors"] = [{**a, "type": "alien"} for a in answer.get("actors", [])]
    return answer


def unground_notes(answer: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """Valid notes with one fact citing a paragraph outside the part the request gave."""
    article = article_from_messages(request.get("messages") or [])
    # the id after the part's last (a collapse request has no part: an id no article reaches)
    last = max((int(p.id[1:]) for p in article.paragraphs), default=0) if article else 99_998
    fact = {"text": "An event this part never mentions.", "status": "reported", "attributed_to": None,
            "evidence": [f"p{last + 1}"]}
    return {**answer, "facts": [*answer.get("facts", []), fact]}


def register() -> None:
    """Hook the answerers up under the schema names the map-reduce step sends."""
    from ..mapreduce import SCHEMA_NAMES

    register_answerer(SCHEMA_NAMES["map"], answer_chunk_notes)
    register_answerer(SCHEMA_NAMES["collapse"], answer_condensed_notes)
    register_answerer(SCHEMA_NAMES["reduce"], answer_briefing_from_notes)
    for step in ("map", "collapse"):
        register_fault(SCHEMA_NAMES[step], "invalid", break_notes)
        register_fault(SCHEMA_NAMES[step], "ungrounded", unground_notes)


register()
