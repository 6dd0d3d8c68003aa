"""What the engine puts on the wire: the body brief built, whatever the SDK's arguments."""

from __future__ import annotations

import json
from typing import Any

from brief.article import Article
from brief.engines.openai import OpenAIEngine
from brief.mock import MockModel


def test_the_request_body_reaches_the_wire_whole() -> None:
    import httpx2

    mock = MockModel()
    seen: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(request.content))
        reply = mock.handle(request.content, request.url.path, request.method, dict(request.headers))
        return httpx2.Response(reply.status, headers=reply.headers, content=reply.body)

    engine = OpenAIEngine("mock-1", api_key="k", base_url="http://mock.invalid/v1", temperature=0.3,
                          http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))
    article = Article.from_paragraphs(["The council of Tarsk approved the plan on Monday, the clerk said."])
    engine.draft(article)
    body = seen[0]
    assert body["model"] == "mock-1" and body["temperature"] == 0.3
    assert body["messages"] == engine.prompts.messages(article) and len(body["messages"]) == 2
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["additionalProperties"] is False
    assert body["max_completion_tokens"] == engine.max_output_tokens
