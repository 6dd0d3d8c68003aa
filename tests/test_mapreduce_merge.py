"""The merge of chunk notes is deterministic, joins aliases, folds repeats, unions evidence."""

from __future__ import annotations

from brief.notes import ChunkNotes, NoteActor, NoteCaveat, NoteFact, NoteStatement, merge, name_key, \
    to_chunk_notes, union_evidence
from brief.schema import TimelineEntry


def actor(name, type_="person", evidence=("p1",), aliases=(), role=None):
    return NoteActor(name=name, aliases=list(aliases), type=type_, role=role, affiliation=None, country=None,
                     stance=None, evidence=list(evidence))


def notes(**kw):
    base = dict(actors=[], statements=[], facts=[], caveats=[], timeline=[], stakes=[], whats_next=[])
    return ChunkNotes(**{**base, **kw})


def fact(text, evidence, who=None):
    return NoteFact(text=text, status="reported", attributed_to=who, evidence=list(evidence))


def said(speaker, text, evidence):
    return NoteStatement(speaker=speaker, text=text, direct_quote=False, cue_verb="said", channel="direct",
                         via=None, evidence=list(evidence))


def test_name_key_drops_titles_case_and_punctuation():
    assert name_key("President Vladimir Putin") == name_key("vladimir putin.") == "vladimir putin"
    assert name_key("the Kremlin") == "kremlin"


def test_surname_and_titles_join_one_person_first_name_never_does():
    merged = merge([
        notes(actors=[actor("Vladimir Putin", evidence=["p2"], role="Russian president")]),
        notes(actors=[actor("Putin", evidence=["p12"]), actor("President Vladimir Putin", evidence=["p10"]),
                      actor("Vladimir", evidence=["p11"])]),
        notes(actors=[actor("the Kremlin", "government", ["p13"]), actor("Moscow", "government", ["p14"])]),
    ])
    names = [a.name for a in merged.key_actors]
    assert names.count("Vladimir Putin") + names.count("President Vladimir Putin") == 1
    putin = merged.key_actors[0]
    assert putin.id == "vladimir-putin" or putin.id == "president-vladimir-putin"
    assert putin.evidence == ["p2", "p10", "p12"]  # reading order, not string order
    assert "Putin" in putin.aliases and putin.role == "Russian president"
    assert {"Vladimir", "the Kremlin", "Moscow"} <= set(names)  # none of them is the person


def test_shared_surname_is_ambiguous_and_stays_apart():
    merged = merge([notes(actors=[actor("Ali Khamenei"), actor("Ahmad Khamenei"), actor("Khamenei")])])
    assert len(merged.key_actors) == 3


def test_different_types_never_merge_on_a_shared_name():
    merged = merge([notes(actors=[actor("Reuters", "media_outlet"), actor("Reuters", "company")])])
    assert len(merged.key_actors) == 2
    assert len({a.id for a in merged.key_actors}) == 2


def test_duplicates_fold_and_evidence_unions():
    merged = merge([
        notes(facts=[fact("The talks ended on Friday.", ["p9"])],
              timeline=[TimelineEntry(when="Friday", date=None, event="Talks ended", evidence=["p9"])]),
        notes(facts=[fact("the talks ended on Friday", ["p10", "p9"]), fact("A new fact.", ["p11"])],
              timeline=[TimelineEntry(when="Friday", date=None, event="talks ended.", evidence=["p20"])]),
    ])
    assert [f.text for f in merged.key_facts] == ["The talks ended on Friday.", "A new fact."]
    assert merged.key_facts[0].evidence == ["p9", "p10"]
    assert len(merged.timeline) == 1 and merged.timeline[0].evidence == ["p9", "p20"]


def test_statements_facts_and_caveats_point_at_merged_actor_ids():
    merged = merge([
        notes(actors=[actor("Dmitry Peskov", evidence=["p3"])],
              statements=[said("Dmitry Peskov", "Ties are strong.", ["p3"])],
              facts=[fact("Ties are strong.", ["p3"], who="Peskov")],
              caveats=[NoteCaveat(type="official_account", detail="Kremlin's account", cue="told reporters",
                                  applies_to=["Peskov", "Nobody Known"], evidence=["p3"])]),
        notes(statements=[said("Peskov", "Ties are strong", ["p7"]), said("Ali Vaez", "Risky.", ["p8"])]),
    ])
    peskov = merged.key_actors[0]
    assert peskov.id == "dmitry-peskov"
    assert len(peskov.statements) == 1 and peskov.statements[0].evidence == ["p3", "p7"]
    assert merged.key_facts[0].attributed_to == "dmitry-peskov"
    assert merged.sourcing_caveats[0].id == "c1" and merged.sourcing_caveats[0].applies_to == ["dmitry-peskov"]
    vaez = next(a for a in merged.key_actors if a.name == "Ali Vaez")  # quoted speaker becomes an actor
    assert vaez.evidence == ["p8"] and vaez.statements[0].text == "Risky."


def test_merge_is_deterministic_and_round_trips():
    chunks = [notes(actors=[actor("Vladimir Putin", evidence=["p1"]), actor("Iran", "government", ["p2"])],
                    facts=[fact("F1", ["p2"], who="Putin")]),
              notes(actors=[actor("Putin", evidence=["p5"])], statements=[said("Putin", "Hello.", ["p5"])])]
    first = merge(chunks)
    assert first.model_dump_json() == merge(chunks).model_dump_json()
    again = merge([to_chunk_notes(first)])
    assert again.model_dump_json() == first.model_dump_json()


def test_union_evidence_orders_by_paragraph_number():
    assert union_evidence(["p10", "p2"], ["p2", "p1"]) == ["p1", "p2", "p10"]


def test_directory_restores_a_speaker_whose_actor_was_condensed_away():
    full = actor("Rusmik Oza", evidence=["p2", "p3"], aliases=["Oza"])
    condensed = notes(statements=[said("Oza", "Sentiment is up.", ["p3"])])
    bare = merge([condensed]).key_actors[0]
    assert (bare.name, bare.type) == ("Oza", "other")
    known = merge([condensed], directory=[full]).key_actors[0]
    assert (known.name, known.type, known.aliases, known.evidence) == ("Rusmik Oza", "person", ["Oza"], ["p3"])
