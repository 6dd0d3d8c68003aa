"""The mock model: fault language, protocol shape, answerers, stats, server, CLI."""

from __future__ import annotations

import json

import httpx2
import pytest
from click.testing import CliRunner

from brief.article import Article
from brief.errors import ConfigError
from brief.mock import FaultSpec, MockModel, article_from_messages, register_answerer, serve
from brief.prompts import Prompts
from brief.schema import BriefingContent

ARTICLE = Article.from_paragraphs(["The port reopened on Friday, officials said.", "Ships queued for days."])
ARTICLE.source.title = "Port reopens"


def chat_request(**kw) -> dict:
    return {"model": "mock-1", "messages": Prompts().messages(ARTICLE),
            "response_format": {"type": "json_schema", "json_schema": {"name": "briefing", "schema": {}}}, **kw}


def test_fault_spec_parses_rates_and_modes() -> None:
    spec = FaultSpec.parse("429:0.1, 500:0.05,timeout:0.05,obey-injection,reject-json-schema", seed=3)
    assert spec.rates == {"429": 0.1, "500": 0.05, "timeout": 0.05}
    assert spec.modes == {"obey-injection", "reject-json-schema"}
    assert spec.transient_rate == pytest.approx(0.2)


@pytest.mark.parametrize("bad", ["nope:0.1", "429:x", "429:2", "429:0.6,500:0.6", "sideways"])
def test_fault_spec_rejects_nonsense(bad: str) -> None:
    with pytest.raises(ConfigError):
        FaultSpec.parse(bad)


def test_fault_draw_is_seeded_and_near_its_rates() -> None:
    a = FaultSpec.parse("429:0.2,badjson:0.1", seed=7)
    b = FaultSpec.parse("429:0.2,badjson:0.1", seed=7)
    draws = [a.pick() for _ in range(4000)]
    assert draws == [b.pick() for _ in range(4000)]
    assert draws != [FaultSpec.parse("429:0.2,badjson:0.1", seed=8).pick() for _ in range(4000)]
    assert 0.17 < draws.count("429") / 4000 < 0.23 and 0.08 < draws.count("badjson") / 4000 < 0.12


def test_chat_completion_has_the_full_shape() -> None:
    mock = MockModel()
    reply = mock.handle(chat_request(), "/v1/chat/completions", "POST")
    body = reply.json()
    assert reply.status == 200 and body["object"] == "chat.completion" and body["id"].startswith("chatcmpl-")
    choice = body["choices"][0]
    assert choice["finish_reason"] == "stop" and choice["message"]["refusal"] is None
    content = BriefingContent.model_validate_json(choice["message"]["content"])
    assert content.headline == "Port reopens"
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0
    assert usage["prompt_tokens"] == mock.stats()["prompt_tokens"][0]


def test_article_round_trips_through_the_prompt() -> None:
    parsed = article_from_messages(Prompts().messages(ARTICLE))
    assert parsed is not None and parsed.paragraphs == ARTICLE.paragraphs
    assert parsed.source.title == "Port reopens" and parsed.id == ARTICLE.id


def test_script_comes_before_faults_and_errors_carry_headers() -> None:
    mock = MockModel("500:1.0", script=["429", "quota"], retry_after=2)
    r429 = mock.handle(chat_request())
    assert r429.status == 429 and r429.headers["retry-after"] == "2" and r429.headers["retry-after-ms"] == "2000"
    quota = mock.handle(chat_request())
    assert quota.status == 429 and quota.json()["error"]["code"] == "insufficient_quota"
    assert mock.handle(chat_request()).status == 500
    assert mock.stats()["outcomes"] == {"429": 1, "quota": 1, "500": 1}


@pytest.mark.parametrize("outcome,finish", [("truncate", "length"), ("filter", "content_filter")])
def test_answer_faults(outcome: str, finish: str) -> None:
    reply = MockModel(script=[outcome]).handle(chat_request()).json()
    assert reply["choices"][0]["finish_reason"] == finish


def test_refusal_and_bad_json() -> None:
    mock = MockModel(script=["refuse", "badjson"])
    refused = mock.handle(chat_request()).json()["choices"][0]["message"]
    assert refused["content"] is None and "can't help" in refused["refusal"]
    bad = mock.handle(chat_request()).json()["choices"][0]["message"]["content"]
    with pytest.raises(ValueError):
        json.loads(bad)


def test_max_completion_tokens_is_respected() -> None:
    reply = MockModel().handle(chat_request(max_completion_tokens=10)).json()
    assert reply["choices"][0]["finish_reason"] == "length" and reply["usage"]["completion_tokens"] == 10


def test_reject_json_schema_mode_names_response_format() -> None:
    mock = MockModel("reject-json-schema")
    rejected = mock.handle(chat_request())
    assert rejected.status == 400 and rejected.json()["error"]["param"] == "response_format"
    assert mock.handle(chat_request(response_format={"type": "json_object"})).status == 200


def test_routes_models_and_unknowns() -> None:
    mock = MockModel(model="m-9")
    assert mock.handle(None, "/v1/models", "GET").json()["data"][0]["id"] == "m-9"
    assert mock.handle(None, "/v2/other", "GET").status == 404
    assert mock.handle(b"{not json", "/v1/chat/completions", "POST").status == 400
    assert mock.handle(None, "/_mock/stats", "GET").json()["paths"]["GET /v1/models"] == 1


def test_unknown_schema_name_and_custom_answerer() -> None:
    req = chat_request(response_format={"type": "json_schema", "json_schema": {"name": "mock_test_x"}})
    assert MockModel().handle(req).status == 400
    register_answerer("mock_test_x", lambda request: {"n": len(request["messages"])})
    reply = MockModel().handle(req).json()
    assert json.loads(reply["choices"][0]["message"]["content"]) == {"n": 2}


def test_in_process_transports_and_server_share_one_model() -> None:
    mock = MockModel(script=["timeout", "drop"])
    with httpx2.Client(transport=mock.transport(), base_url="http://m") as client:
        with pytest.raises(httpx2.ReadTimeout):
            client.post("/v1/chat/completions", json=chat_request())
        with pytest.raises(httpx2.RemoteProtocolError):
            client.post("/v1/chat/completions", json=chat_request())
    with serve(model=mock) as server:
        assert httpx2.post(server.url + "/chat/completions", json=chat_request()).status_code == 200
        stats = httpx2.get(f"http://127.0.0.1:{server.port}/_mock/stats").json()
    assert stats["outcomes"] == {"timeout": 1, "drop": 1, "ok": 1}


def test_cli_rejects_a_bad_spec() -> None:
    from brief.cli.mock import command

    result = CliRunner().invoke(command, ["--faults", "teapot:0.1", "--port", "0"])
    assert result.exit_code != 0 and "unknown mock outcome 'teapot'" in result.output
