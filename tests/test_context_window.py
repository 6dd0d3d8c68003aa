"""Every request fits the model's context window: prompt + max_completion_tokens, re-asks too.

Real servers (OpenAI, vLLM, llama.cpp) answer an overflowing request with a 400; the mock
does the same, so an overflow fails these tests rather than passing unseen.
"""

from __future__ import annotations

import pytest

import brief.mock.notes  # noqa: F401  (registers the map/reduce answerers)
from brief import mapreduce
from brief.article import Article
from brief.engines.openai import make_mock_engine
from brief.errors import ModelError
from brief.mock import MockModel
from tests.test_mapreduce import long_article


def fits(engine, window: int) -> None:
    chat = engine.mock.stats()["chat"]
    assert chat and all(c["outcome"] != "context_length_exceeded" for c in chat)
    assert all(c["prompt_tokens"] + c["max_tokens"] <= window for c in chat), [
        (c["prompt_tokens"], c["max_tokens"]) for c in chat]


def test_the_mock_refuses_a_request_over_its_window_like_real_servers():
    mock = MockModel(model="mock-8k")
    reply = mock.handle({"model": "mock-8k", "messages": [{"role": "user", "content": "hi"}],
                         "max_completion_tokens": 9000})
    assert reply.status == 400
    error = __import__("json").loads(reply.body)["error"]
    assert error["code"] == "context_length_exceeded" and error["type"] == "invalid_request_error"
    assert error["message"].startswith("This model's maximum context length is 8192 tokens.")
    fitting = MockModel(model="mock-8k").handle({"model": "mock-8k", "messages": [{"role": "user", "content": "hi"}],
                                                 "max_completion_tokens": 2048})
    assert b"context_length_exceeded" not in fitting.body


@pytest.mark.parametrize("model,window", [("mock-1", 4096), ("mock-8k", None)])
def test_map_reduce_requests_fit_the_window(model, window):
    mock = MockModel(model=model, context_window=window)
    engine = make_mock_engine(model=model, mock=mock, context_window=window)
    result = mapreduce.draft_long(engine, long_article(6_000))
    assert result.chunks > 1
    fits(engine, window or 8192)


def test_a_reask_of_a_chunk_that_fills_the_window_still_fits():
    engine = make_mock_engine(model="mock-8k", script=["ok", "badjson", "invalid", "ok", "ok", "ok", "ok"])
    mapreduce.draft_long(engine, long_article(6_000))
    assert any(c["reask"] for c in engine.mock.stats()["chat"])
    fits(engine, 8192)


def test_a_cut_off_answer_grows_only_as_far_as_the_window_then_is_written_from_notes():
    article = Article.from_paragraphs([f"Paragraph {i}: the council of Tarsk met on Monday, the clerk said."
                                       for i in range(1, 90)])
    mock = MockModel(model="mock-1", context_window=4096, script=["truncate"])
    engine = make_mock_engine(model="mock-1", mock=mock, context_window=4096)
    result = engine.draft(article)  # the window leaves no more room: the answer cannot grow
    steps = [(a.step, a.outcome) for a in result.attempts]
    assert steps[0] == ("brief", "length") and steps[-1] == ("reduce", "ok")
    assert set(steps[1:-1]) == {("map", "ok")} and len(steps) == result.chunks + 2
    assert "context window" in result.warnings[0] and "from notes" in result.warnings[0]
    fits(engine, 4096)
    with pytest.raises(ModelError) as err:  # cut off with room to spare: no window to blame
        make_mock_engine(model="mock-1", script=["truncate", "truncate"], max_output_tokens=1000).draft(article)
    assert err.value.code == "length" and not getattr(err.value, "window_bound", False)


def test_the_cli_window_reaches_every_request(tmp_path):
    from brief.cli.options import _limits_kw

    assert _limits_kw({"context_window": 4096})["context_window"] == 4096


def test_a_reask_leaves_the_answer_the_room_the_last_answer_took():
    engine = make_mock_engine(model="mock-8k", script=["ok", "ok", "ungrounded", "ok"])
    result = mapreduce.draft_long(engine, long_article(6_000))
    steps = [(a.step, a.outcome) for a in result.attempts]
    assert steps[-2:] == [("reduce", "problems"), ("reduce", "ok")], steps
    fits(engine, 8192)


def test_the_library_window_reaches_every_request():
    """``brief.summarize(..., context_window=N)`` builds its own engine: N bounds each request
    it sends, not only the decision to chunk."""
    import brief
    from brief.mock import serve

    article = Article.from_paragraphs([f"Paragraph {i}: the council of Tarsk met on Monday, the clerk said."
                                       for i in range(1, 60)])
    with serve(model=MockModel(model="mock-1", context_window=4096)) as server:
        brief.summarize(article, model="mock-1", base_url=server.url, api_key="x", context_window=4096)
        chat = server.stats()["chat"]
    assert chat and all(c["outcome"] != "context_length_exceeded" for c in chat)
    assert all(c["prompt_tokens"] + c["max_tokens"] <= 4096 for c in chat)
