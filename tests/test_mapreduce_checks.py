"""The map step's own checks: notes must cite their part, and the mock's faults fit each step."""

from __future__ import annotations

import pytest

import brief.mock.notes  # noqa: F401  (registers the map/reduce answerers and their faults)
from brief import mapreduce, notes
from brief.engines.openai import make_mock_engine
from tests.test_mapreduce import long_article


@pytest.fixture(scope="module")
def medium():
    return long_article(6_000)


def test_map_notes_citing_outside_their_part_never_reach_the_reduce_step(medium):
    engine = make_mock_engine(model="mock-8k", script=["ungrounded"] * 3)
    result = mapreduce.draft_long(engine, medium)
    first = [a for a in result.attempts if a.step == "map"][:3]
    assert [a.outcome for a in first] == ["problems", "problems", "accepted_with_problems"]
    assert any(w.startswith(f"part 1 of {result.chunks}:") and "outside the part" in w for w in result.warnings)
    assert all(f.text != "An event this part never mentions." for f in result.content.key_facts)


def test_map_reask_errors_name_the_item_once_each(medium):
    engine = make_mock_engine(model="mock-8k", script=["ungrounded", "ok"])
    result = mapreduce.draft_long(engine, medium)
    errors = result.attempts[0].errors
    assert errors and len(errors) == len(set(errors))
    assert all(e.startswith("facts[") and ".evidence[0]: evidence id 'p" in e for e in errors), errors


def test_the_mock_breaks_map_notes_in_their_own_shape(medium):
    engine = make_mock_engine(model="mock-8k", script=["invalid", "ok"])
    result = mapreduce.draft_long(engine, medium)
    first = result.attempts[0]
    assert first.outcome == "schema_invalid"
    assert not any("key_facts" in e for e in first.errors), first.errors
    assert any(e.startswith("facts:") for e in first.errors)


def test_ungrounded_map_notes_cite_an_id_outside_their_part(medium):
    from brief.mock.notes import unground_notes

    part = medium.paragraphs[:5]
    request = {"messages": [{"role": "user", "content": "<article id=\"a\">\n" + "\n".join(
        f"[{p.id}] {p.text}" for p in part) + "\n</article>"}]}
    spoiled = unground_notes({"facts": []}, request)
    assert set(notes.evidence_ids(notes.ChunkNotes.model_validate(
        {f: spoiled.get(f, []) for f in notes.ChunkNotes.model_fields}))) - {p.id for p in part}


@pytest.mark.parametrize("fault,error,code", [("refuse", "RefusalError", "refusal"),
                                               ("filter", "RefusalError", "content_filter")])
def test_a_refused_long_article_fails_as_a_short_one_does(medium, fault, error, code):
    from brief.article import Article
    from brief.errors import BriefError

    outcomes = []
    for article in (Article.from_paragraphs(["The council of Tarsk met on Monday, the clerk said."]), medium):
        with pytest.raises(BriefError) as err:
            mapreduce.draft_long(make_mock_engine(model="mock-8k", script=[fault] * 9), article)
        outcomes.append((type(err.value).__name__, err.value.exit_code, getattr(err.value, "code", None)))
    assert outcomes[0] == outcomes[1] == (error, 4, code)


def test_unusable_notes_for_every_part_fail_with_their_problems(medium):
    from brief.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as err:
        mapreduce.draft_long(make_mock_engine(model="mock-8k", script=["badjson"] * 9), medium)
    assert err.value.problems and "not valid JSON" in err.value.problems[0].what
