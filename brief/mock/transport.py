"""The mock behind an ``httpx2.MockTransport``: the real SDK code path, no sockets."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx2

    from .protocol import MockModel
    from .responses import MockResponse


def _to_httpx(request: "httpx2.Request", response: "MockResponse") -> "httpx2.Response":
    import httpx2

    if response.action == "timeout":
        raise httpx2.ReadTimeout("mock: the server did not answer in time", request=request)
    if response.action == "drop":
        raise httpx2.RemoteProtocolError("mock: server disconnected without sending a response",
                                         request=request)
    return httpx2.Response(response.status, headers=response.headers, content=response.body, request=request)


def sync_transport(model: "MockModel") -> "httpx2.MockTransport":
    import httpx2

    def handler(request: httpx2.Request) -> httpx2.Response:
        started = time.monotonic()
        reply = model.handle(request.content, request.url.path, request.method, dict(request.headers))
        time.sleep(model.remaining_latency(started))
        return _to_httpx(request, reply)

    return httpx2.MockTransport(handler)


def async_transport(model: "MockModel") -> "httpx2.MockTransport":
    import httpx2

    async def handler(request: httpx2.Request) -> httpx2.Response:
        started = time.monotonic()
        body = await request.aread()
        reply = model.handle(body, request.url.path, request.method, dict(request.headers))
        await asyncio.sleep(model.remaining_latency(started))
        return _to_httpx(request, reply)

    return httpx2.MockTransport(handler)
