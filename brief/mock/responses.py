"""The mock's HTTP answers, shared by the chat handler and the Batch API endpoints."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class MockResponse:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    action: str | None = None  # "timeout" or "drop": the transport misbehaves instead of answering

    def json(self) -> Any:
        return json.loads(self.body)


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> MockResponse:
    return MockResponse(status, {"content-type": "application/json", **(headers or {})},
                        json.dumps(payload).encode())


def error_response(status: int, message: str, *, code: str | None = None, param: str | None = None,
           headers: dict[str, str] | None = None) -> MockResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    if status == 429:
        kind = "insufficient_quota" if code == "insufficient_quota" else "requests"
    body = {"error": {"message": message, "type": kind, "param": param, "code": code}}
    return json_response(status, body, headers)
