"""The whole pipeline through the real openai SDK against the mock model, sync and async."""

from __future__ import annotations

import pytest

import brief
from brief.validate import validate
from tests.conftest import SEED


def _check(b: brief.Briefing, article: brief.Article) -> None:
    assert b.provenance.engine == "mock"
    assert b.provenance.attempts and b.provenance.tokens.prompt > 0
    assert b.provenance.source_sha256 == article.sha256
    assert b.key_facts and b.id == article.id
    assert validate(b.content, article) == []


def test_pipeline_through_openai_sdk_and_mock():
    from brief.engines.openai import make_mock_engine

    article = brief.load_article(SEED)
    with make_mock_engine() as engine:
        b = brief.summarize_article(article, engine)
    _check(b, article)
    assert b.to_markdown().startswith("# ")


async def test_async_pipeline_through_mock():
    from brief.engines.openai import make_mock_engine

    article = brief.load_article(SEED)
    engine = make_mock_engine()
    try:
        b = await brief.asummarize_article(article, engine)
    finally:
        engine.close()
    _check(b, article)


def test_summarize_accepts_text_and_path_and_falls_back_offline(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    from_path = brief.summarize(SEED)
    from_text = brief.summarize(SEED.read_text(encoding="utf-8"))
    assert from_path.provenance.engine == "offline"
    assert from_path.id == from_text.id  # same cleaned body, same id


def test_empty_text_is_an_input_error():
    with pytest.raises(brief.InputError):
        brief.summarize("   \n\n  ")
