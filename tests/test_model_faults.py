"""One test per fault class, through the real openai SDK against the in-process mock.

Each runs sync and async. Sleeps are patched: the tests assert the waits requested,
not wall time.
"""

from __future__ import annotations

import asyncio

import pytest

from brief.article import Article
from brief.engines.openai import make_mock_engine
from brief.errors import ModelError, RefusalError, ValidationFailed
from brief.mock import MockModel
from brief.validate import Problem

ARTICLE = Article.from_paragraphs([
    "The city council voted on Monday to reopen the Elm Street bridge, Mayor Ana Ruiz said.",
    "The bridge closed in March after inspectors found cracks, according to a council statement.",
    "Engineers said repairs would cost at least $2 million, a figure that could rise.",
    "A public hearing is scheduled for next week.",
])


def draft(engine, mode: str, article: Article = ARTICLE):
    return engine.draft(article) if mode == "sync" else asyncio.run(engine.adraft(article))


def engine_for(*script: str, **kw):
    mock_kw = {k: kw.pop(k) for k in ("retry_after", "api_key_required") if k in kw}
    mock = MockModel(script=list(script), retry_after=mock_kw.get("retry_after", 1.0),
                     api_key=mock_kw.get("api_key_required"))
    return make_mock_engine(mock=mock, **kw)


def outcomes(draft_or_exc) -> list[str]:
    return [a.outcome for a in draft_or_exc.attempts]


def test_clean_answer_is_accounted(mode: str, waits: list[float]) -> None:
    engine = engine_for("ok")
    d = draft(engine, mode)
    assert outcomes(d) == ["ok"] and waits == []
    assert d.engine == "mock" and d.model == "mock-1" and d.endpoint == "mock.invalid"
    assert d.prompt_version == "system@1,briefing@1,reask@1"
    assert d.tokens.prompt == engine.mock.stats()["chat"][0]["prompt_tokens"] > 0
    assert d.tokens.completion > 0 and d.cost_usd > 0
    assert {pid for f in d.content.key_facts for pid in f.evidence} <= set(ARTICLE.by_id)


def test_429_honours_retry_after(mode: str, waits: list[float]) -> None:
    engine = engine_for("429", "429", "ok", retry_after=2.5)
    d = draft(engine, mode)
    assert outcomes(d) == ["http_429", "http_429", "ok"]
    assert waits == [2.5, 2.5]
    assert "retrying in 2.50s" in d.attempts[0].errors
    assert engine.mock.stats()["requests"] == 3  # the SDK's own retries are off: nothing doubles


def test_5xx_backs_off_with_jitter(mode: str, waits: list[float]) -> None:
    d = draft(engine_for("500", "503", "ok", backoff_s=0.5), mode)
    assert outcomes(d) == ["http_500", "http_503", "ok"]
    assert len(waits) == 2 and all(0 < w <= 8 for w in waits)


def test_timeout_is_retried(mode: str, waits: list[float]) -> None:
    d = draft(engine_for("timeout", "ok"), mode)
    assert outcomes(d) == ["timeout", "ok"] and len(waits) == 1


def test_dropped_connection_is_retried(mode: str, waits: list[float]) -> None:
    d = draft(engine_for("drop", "ok"), mode)
    assert outcomes(d) == ["connection_error", "ok"]
    assert "connection failed" in d.attempts[0].errors[0]


def test_transient_errors_give_up_after_max_attempts(mode: str, waits: list[float]) -> None:
    engine = engine_for(*["500"] * 5, max_attempts=3)
    with pytest.raises(ModelError) as err:
        draft(engine, mode)
    assert err.value.retryable and err.value.status == 500
    assert "after 3 attempts" in str(err.value) and len(waits) == 2
    assert engine.mock.stats()["requests"] == 3


def test_retry_after_beyond_deadline_gives_up(mode: str, waits: list[float]) -> None:
    engine = engine_for("429", "ok", retry_after=30, deadline_s=5)
    with pytest.raises(ModelError):
        draft(engine, mode)
    assert waits == [] and engine.mock.stats()["requests"] == 1


def test_malformed_json_is_reasked(mode: str, waits: list[float]) -> None:
    engine = engine_for("badjson", "ok")
    d = draft(engine, mode)
    assert outcomes(d) == ["invalid_json", "ok"]
    assert "not valid JSON" in d.attempts[0].errors[0]
    first, second = engine.mock.stats()["chat"]
    assert second["reask"] and second["prompt_tokens"] <= 2 * first["prompt_tokens"]


def test_truncated_answer_gets_more_room_then_fails_clearly(mode: str, waits: list[float]) -> None:
    engine = engine_for("truncate", "ok", max_output_tokens=1000)
    d = draft(engine, mode)
    assert outcomes(d) == ["length", "ok"]
    first, second = engine.mock.stats()["chat"]
    assert (first["max_tokens"], second["max_tokens"]) == (1000, 2000) and not second["reask"]
    with pytest.raises(ModelError) as err:
        draft(engine_for("truncate", "truncate", "ok"), mode)
    assert err.value.code == "length" and "cut off" in str(err.value)


def test_schema_invalid_answer_is_reasked_with_the_errors(mode: str, waits: list[float]) -> None:
    engine = engine_for("invalid", "ok")
    d = draft(engine, mode)
    assert outcomes(d) == ["schema_invalid", "ok"]
    assert any(e.startswith("headline:") for e in d.attempts[0].errors)
    assert any("key_facts.0.status" in e for e in d.attempts[0].errors)


def test_schema_invalid_every_time_fails_after_the_reasks(mode: str, waits: list[float]) -> None:
    engine = engine_for("invalid", "invalid", "invalid", "ok", max_reasks=2)
    with pytest.raises(ValidationFailed) as err:
        draft(engine, mode)
    assert len(err.value.attempts) == 3 and err.value.problems
    assert engine.mock.stats()["requests"] == 3
    # the same Problem objects as --strict raises, not bare strings
    assert all(isinstance(p, Problem) for p in err.value.problems)
    assert {p.where for p in err.value.problems} >= {"headline", "key_facts.0.status"}


def test_ungrounded_answer_is_reasked_then_kept_for_grounding(mode: str, waits: list[float]) -> None:
    d = draft(engine_for("ungrounded", "ok"), mode)
    assert outcomes(d) == ["problems", "ok"] and "p999" in d.attempts[0].errors[0]
    d = draft(engine_for("ungrounded", "ungrounded", max_reasks=1), mode)
    assert outcomes(d) == ["problems", "accepted_with_problems"]
    assert any("p999" in f.evidence for f in d.content.key_facts)  # the pipeline's grounding drops it


def test_refusal_is_not_retried(mode: str, waits: list[float]) -> None:
    engine = engine_for("refuse", "ok")
    with pytest.raises(RefusalError) as err:
        draft(engine, mode)
    assert err.value.code == "refusal" and "refused" in str(err.value)
    assert [a.outcome for a in err.value.attempts] == ["refusal"] and engine.mock.stats()["requests"] == 1


def test_content_filter_is_a_refusal(mode: str, waits: list[float]) -> None:
    engine = engine_for("filter", "ok")
    with pytest.raises(RefusalError) as err:
        draft(engine, mode)
    assert err.value.code == "content_filter" and engine.mock.stats()["requests"] == 1


def test_insufficient_quota_is_not_retried(mode: str, waits: list[float]) -> None:
    engine = engine_for("quota", "ok")
    with pytest.raises(ModelError) as err:
        draft(engine, mode)
    assert err.value.code == "insufficient_quota" and not err.value.retryable
    assert "\n" not in str(err.value) and "insufficient_quota" in str(err.value)
    assert waits == [] and engine.mock.stats()["requests"] == 1


@pytest.mark.parametrize("status", ["401", "403", "404", "422"])
def test_client_errors_fail_at_once_in_one_line(mode: str, waits: list[float], status: str) -> None:
    engine = engine_for(status, "ok")
    with pytest.raises(ModelError) as err:
        draft(engine, mode)
    message = str(err.value)
    assert "\n" not in message and f"HTTP {status}" in message and err.value.status == int(status)
    assert err.value.exit_code == 4 and engine.mock.stats()["requests"] == 1
    if status == "401":
        assert "API key" in message


def test_api_key_never_leaks(mode: str, waits: list[float]) -> None:
    secret = "sk-test-DISTINCTIVE0123456789secret"
    mock = MockModel(script=["429", "badjson", "ok"], api_key=secret)
    d = draft(make_mock_engine(mock=mock, api_key=secret), mode)
    assert secret not in repr(d) and secret not in "".join(a.model_dump_json() for a in d.attempts)
    # A server that echoes the key it was given (the mock does, on 401) must not leak it either.
    engine = make_mock_engine(mock=MockModel(api_key="the-right-key"), api_key=secret)
    with pytest.raises(ModelError) as err:
        draft(engine, mode)
    exc = err.value
    seen = [str(exc), repr(exc), exc.message, str(exc.hint), repr(engine), repr(exc.__cause__),
            repr(exc.__context__), "".join(a.model_dump_json() for a in exc.attempts)]
    assert all(secret not in s for s in seen)
    assert "Incorrect API key provided" in str(exc)


def test_a_short_key_is_masked_as_a_word_not_inside_words():
    """Masking a one-letter test key everywhere turned 'rate_limit_exceeded' into 'rate_limit_e***ceeded'."""
    from brief.failures import scrub

    assert scrub("HTTP 429 rate_limit_exceeded for key x", "x") == "HTTP 429 rate_limit_exceeded for key ***"
    assert scrub("Incorrect API key provided: sk-live-0123456789abcdef.", "sk-live-0123456789abcdef") == \
        "Incorrect API key provided: ***."


def test_a_server_that_wants_a_key_when_none_is_set_says_to_set_one(mode: str, waits: list[float]) -> None:
    """With no key brief sends a placeholder to a base URL; a 401 then means a key is needed, not a wrong one."""
    from brief.failures import NO_KEY_NEEDED

    engine = make_mock_engine(mock=MockModel(api_key="the-right-key"), api_key=NO_KEY_NEEDED)
    with pytest.raises(ModelError) as err:
        draft(engine, mode)
    assert err.value.status == 401 and "no API key is set" in str(err.value) and "$OPENAI_API_KEY" in str(err.value)
    engine = make_mock_engine(mock=MockModel(api_key="the-right-key"), api_key="a-wrong-key")
    with pytest.raises(ModelError) as err:
        draft(engine, mode)
    assert "check the API key" in str(err.value) and "no API key is set" not in str(err.value)
