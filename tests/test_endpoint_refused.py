"""Nothing listening at a nearby endpoint: fail after one quick retry, name the URL, say what to do.

A refused connection to a loopback or private host means no server is running there;
backing off four times only delays the obvious. Remote refusals, timeouts and dropped
connections keep the normal retries.
"""

from __future__ import annotations

import asyncio
import json
import socket

import httpx2
import pytest

from brief.article import Article
from brief.engines.openai import OpenAIEngine
from brief.errors import ModelError
from brief.failures import nearby_host
from tests.test_cli_errors import ENV, STORY, brief, one_line

ARTICLE = Article.from_paragraphs(["The council voted on Monday to reopen the bridge, Mayor Ana Ruiz said.",
                                   "Repairs would cost at least $2 million, engineers said."])


def closed_port() -> int:
    """A loopback port nothing listens on: bound once, then closed."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fail(engine: OpenAIEngine, mode: str) -> ModelError:
    with pytest.raises(ModelError) as err:
        engine.draft(ARTICLE) if mode == "sync" else asyncio.run(engine.adraft(ARTICLE))
    return err.value


def test_refused_on_loopback_fails_after_one_quick_retry_naming_the_url(mode: str, waits: list[float]) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    err = fail(OpenAIEngine(model="llama3.1", base_url=url, api_key="x"), mode)
    assert [a.outcome for a in err.attempts] == ["connection_error"] * 2  # type: ignore[attr-defined]
    assert len(waits) == 1 and waits[0] <= 0.25
    assert url in err.message and "refused" in err.message
    assert err.hint and f"is the server running at {url}?" in err.hint and "--fallback-offline" in err.hint
    assert err.retryable  # still an outage: --fallback-offline must take over


def test_one_attempt_allowed_is_one_attempt(waits: list[float]) -> None:
    err = fail(OpenAIEngine(model="m", base_url=f"http://127.0.0.1:{closed_port()}/v1", api_key="x",
                            max_attempts=1), "sync")
    assert len(err.attempts) == 1 and waits == [] and "after 1 attempt:" in err.message  # type: ignore[attr-defined]


def faulty_engine(base_url: str, fault: Exception) -> OpenAIEngine:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise fault

    return OpenAIEngine(model="m", base_url=base_url, api_key="x",
                        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))


def refused() -> Exception:
    try:
        raise ConnectionRefusedError(111, "Connection refused")
    except ConnectionRefusedError as exc:
        try:
            raise httpx2.ConnectError("[Errno 111] Connection refused") from exc
        except httpx2.ConnectError as wrapped:
            return wrapped


@pytest.mark.parametrize("base_url, fault", [
    ("https://api.example.com/v1", refused()),  # a load balancer may refuse for a moment
    ("http://127.0.0.1:8000/v1", httpx2.RemoteProtocolError("Server disconnected without sending a response.")),
    ("http://localhost:8000/v1", httpx2.ReadTimeout("timed out")),
])
def test_remote_refusals_drops_and_timeouts_keep_the_normal_retries(waits: list[float], base_url, fault) -> None:
    err = fail(faulty_engine(base_url, fault), "sync")
    assert len(err.attempts) == 4 and len(waits) == 3  # type: ignore[attr-defined]
    assert base_url in err.message and err.hint and base_url in err.hint


@pytest.mark.parametrize("host, near", [
    ("localhost", True), ("127.0.0.1", True), ("::1", True), ("10.0.0.5", True), ("192.168.1.20", True),
    ("ollama", True), ("host.docker.internal", True), ("gpu.local", True), ("api.localhost", True),
    ("api.openai.com", False), ("8.8.8.8", False), ("example.com", False),
])
def test_nearby_hosts_are_loopback_private_or_unqualified(host: str, near: bool) -> None:
    assert nearby_host(host) is near


def test_cli_names_the_url_and_the_offline_way_out():
    url = f"http://127.0.0.1:{closed_port()}/v1"
    env = {**ENV, "OPENAI_API_KEY": "x"}
    err = one_line(brief("summarize", "-q", "--base-url", url, "--model", "llama3.1", str(STORY), env=env), 4)
    assert url in err and "--offline" in err and "--fallback-offline" in err
    r = brief("summarize", "-f", "json", "--base-url", url, "--model", "llama3.1", "--fallback-offline",
              str(STORY), env=env)
    assert r.returncode == 0, r.stderr.decode()
    attempts = json.loads(r.stdout)["provenance"]["attempts"]
    assert [a["outcome"] for a in attempts].count("connection_error") == 2
