"""Long articles go through map → merge → reduce and never overflow the model's budget."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import brief.mock.notes  # noqa: F401  (registers the map/reduce answerers)
from brief import mapreduce, notes
from brief.article import Article
from brief.budget import limits_for, needs_chunking
from brief.engines.openai import OpenAIEngine, make_mock_engine
from brief.mock import register_answerer, serve
from brief.validate import validate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def long_article(words: int = 40_000) -> Article:
    """Real reporting, long: the dev extraction pages' gold bodies joined (repeated) to ``words``."""
    golds = sorted((SHARED / "data" / "extraction").glob("*.gold.txt"))
    if not golds:
        pytest.skip("../shared extraction gold texts are not present")
    pool = [p.strip() for g in golds for p in g.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts: list[str] = []
    while sum(len(t.split()) for t in texts) < words:
        texts.append(pool[len(texts) % len(pool)])
    return Article.from_paragraphs(texts)


@pytest.fixture(scope="module")
def article() -> Article:
    return long_article()


@pytest.fixture(scope="module")
def medium() -> Article:
    """Enough text for many chunks under a small window, at a fraction of the 40k run's cost."""
    return long_article(8_000)


def cited(content) -> set[str]:
    return set(notes.evidence_ids(content))


def assert_within_budget(prompt_tokens: list[int], model: str, context_window: int | None = None) -> None:
    limit = limits_for(model, context_window, reserve=4096).budget(0)
    assert prompt_tokens and max(prompt_tokens) <= limit


def test_40k_words_through_the_mock_server_is_grounded_end_to_end(article):
    assert article.source.word_count >= 40_000
    assert needs_chunking(article, "mock-1")
    with serve() as server:
        engine = OpenAIEngine(model="mock-1", base_url=server.url, api_key="x")
        seen: list[tuple[str, int, int]] = []
        result = mapreduce.draft_long(engine, article, progress=lambda *a: seen.append(a))
        stats = server.stats()
    assert validate(result.content, article) == []
    run = mapreduce._start(engine, article, None)
    chunks = run.chunks()
    assert result.chunks == len(chunks) > 1
    assert cited(result.content) & set(chunks[0].ids)
    assert cited(result.content) & set(chunks[-1].ids)
    assert_within_budget(stats["prompt_tokens"], "mock-1")
    assert [a.step for a in result.attempts].count("map") == len(chunks)
    assert ("map", len(chunks), len(chunks)) in seen and seen[-1] == ("reduce", 1, 1)
    assert "map@1" in result.prompt_version and "reduce@1" in result.prompt_version


@pytest.mark.parametrize("model", ["gpt-4"])  # 8k window, and another tokenizer (cl100k)
def test_small_context_models_still_succeed(article, model):
    engine = make_mock_engine(model=model)
    result = mapreduce.draft_long(engine, article)
    assert validate(result.content, article) == []
    assert result.chunks >= 8
    assert_within_budget(engine.mock.stats()["prompt_tokens"], model)


def test_notes_too_long_for_one_reduce_are_condensed_in_rounds(medium):
    article = medium
    engine = make_mock_engine(model="mock-8k")
    result = mapreduce.draft_long(engine, article, context_window=2048)
    steps = [a.step for a in result.attempts]
    assert "collapse" in steps and steps[-1] == "reduce"
    assert validate(result.content, article) == []
    assert_within_budget(engine.mock.stats()["prompt_tokens"], "mock-8k", 2048)


def test_a_model_that_will_not_condense_is_thinned_in_code(medium, monkeypatch):
    article = medium
    register_answerer("test_unchanged_notes", lambda request: brief.mock.notes._notes_in(
        request, brief.mock.notes.ChunkNotes).model_dump(mode="json"))
    monkeypatch.setitem(mapreduce.SCHEMA_NAMES, "collapse", "test_unchanged_notes")
    engine = make_mock_engine(model="mock-8k")
    result = mapreduce.draft_long(engine, article, context_window=2048)
    assert any("thinned in code" in w for w in result.warnings)
    assert validate(result.content, article) == []
    assert_within_budget(engine.mock.stats()["prompt_tokens"], "mock-8k", 2048)


def test_a_refused_chunk_is_skipped_with_a_warning(medium):
    article = medium
    engine = make_mock_engine(model="mock-8k", script=["refuse"])
    result = mapreduce.draft_long(engine, article)
    assert any("skipped" in w for w in result.warnings)
    assert [a.outcome for a in result.attempts][0] == "refusal"
    assert validate(result.content, article) == []


def test_async_matches_sync(medium):
    sync = mapreduce.draft_long(make_mock_engine(model="mock-8k"), medium, context_window=4096)
    engine = make_mock_engine(model="mock-8k")
    result = asyncio.run(mapreduce.adraft_long(engine, medium, context_window=4096, concurrency=3))
    assert result.content == sync.content
    assert result.chunks == sync.chunks


def test_short_article_takes_one_call_as_before(seed_path):
    from brief import pipeline

    short = Article.from_paragraphs(["Officials met on Friday.", "They said talks would continue."])
    assert not needs_chunking(short, "mock-1")
    assert not needs_chunking(short, "gpt-4")
    engine = make_mock_engine(model="mock-1")
    pipeline.draft(short, engine)
    assert len(engine.mock.stats()["prompt_tokens"]) == 1


def test_context_window_override_forces_chunking():
    article = Article.from_paragraphs([f"Paragraph {i} says something about the talks." for i in range(400)])
    assert not needs_chunking(article, "gpt-4o")
    assert needs_chunking(article, "gpt-4o", context_window=4096)


def test_engines_without_structured_calls_fall_back_to_their_own_draft():
    from brief.engines.offline import OfflineEngine

    article = Article.from_paragraphs(["One paragraph."])
    assert mapreduce.draft_long(OfflineEngine(), article).engine == "offline"


def test_the_smallest_window_still_fits_and_a_smaller_one_is_a_config_error():
    from brief.errors import ConfigError

    article = Article.from_paragraphs([f"Paragraph {i} says Officials met in Vienna." for i in range(1, 80)])
    engine = make_mock_engine(model="mock-1")
    result = mapreduce.draft_long(engine, article, context_window=1024)
    assert result.chunks > 1 and validate(result.content, article) == []
    assert_within_budget(engine.mock.stats()["prompt_tokens"], "mock-1", 1024)
    with pytest.raises(ConfigError, match="too small"):
        mapreduce.draft_long(make_mock_engine(model="mock-1"), article, context_window=512)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_long_article_that_fails_still_accounts_for_every_request(medium, mode):
    """The error carried only the failing step's attempts, so a failed long article's spend vanished."""
    from brief.errors import ModelError

    engine = make_mock_engine(model="mock-8k", script=["ok", "ok", "401"])
    with pytest.raises(ModelError) as err:
        if mode == "sync":
            mapreduce.draft_long(engine, medium, context_window=4096)
        else:
            asyncio.run(mapreduce.adraft_long(engine, medium, context_window=4096, concurrency=1))
    sent = engine.mock.stats()["requests"]
    assert sent >= 3 and len(err.value.attempts) == sent
    assert sum(a.tokens.prompt for a in err.value.attempts) > 0
