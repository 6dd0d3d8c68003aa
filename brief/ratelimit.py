"""An async limiter for requests per minute and tokens per minute.

Two token buckets (requests, tokens) refill continuously; a caller awaits ``acquire`` with
its estimated token count before each request and reports the real count afterwards with
``settle``. When the server sends OpenAI's ``x-ratelimit-*`` headers, ``observe`` pauses
everyone until the advertised reset once a budget is exhausted: the server knows better
than our estimate. A general-purpose limiter library cannot take that hint, hence this.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl

_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_reset(value: str) -> float | None:
    """Seconds in an OpenAI reset header such as ``1s``, ``6m0s``, ``12ms``; None if unreadable."""
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parts = _DURATION.findall(value)
    if not parts or "".join(n + u for n, u in parts) != value:
        return None
    return sum(float(n) * _UNIT[u] for n, u in parts)


class _Bucket:
    """Capacity ``per_minute``, refilled continuously; may go negative to settle a debt."""

    def __init__(self, per_minute: float, clock: Callable[[], float]) -> None:
        self.capacity = float(per_minute)
        self.level = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self.stamp = clock()

    def refill(self) -> None:
        now = self.clock()
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_for(self, amount: float) -> float:
        """Seconds until ``amount`` is available (0 if it is now)."""
        self.refill()
        need = min(amount, self.capacity) - self.level
        return 0.0 if need <= 0 else need / self.rate


class RateLimiter:
    """Requests-per-minute and tokens-per-minute limits shared by all concurrent tasks."""

    def __init__(self, rpm: float | None = None, tpm: float | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> None:
        self.clock, self.sleep = clock, sleep  # injectable, so tests need no real waiting
        self.requests = _Bucket(rpm, clock) if rpm else None
        self.tokens = _Bucket(tpm, clock) if tpm else None
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self.waited_s = 0.0

    async def acquire(self, tokens: int = 0) -> None:
        """Wait until one request of about ``tokens`` tokens fits; then take it."""
        async with self._lock:  # first come, first served: no starvation of big requests
            while True:
                delay = max(0.0, self._paused_until - self.clock())
                if self.requests:
                    delay = max(delay, self.requests.wait_for(1))
                if self.tokens and tokens:
                    delay = max(delay, self.tokens.wait_for(tokens))
                if delay <= 0:
                    break
                self.waited_s += delay
                await self.sleep(delay)
            if self.requests:
                self.requests.level -= 1
            if self.tokens:
                self.tokens.level -= min(tokens, self.tokens.capacity)

    def settle(self, estimated: int, actual: int) -> None:
        """Correct the token bucket once the real usage of a request is known."""
        if self.tokens and actual:
            self.tokens.refill()
            self.tokens.level -= actual - min(estimated, self.tokens.capacity)
            # a request bigger than a whole minute's budget owes one minute, not hours of waiting
            self.tokens.level = max(self.tokens.level, -self.tokens.capacity)

    def observe(self, headers: Mapping[str, str]) -> None:
        """Honour ``x-ratelimit-remaining-*`` / ``x-ratelimit-reset-*`` from a response."""
        for kind in ("requests", "tokens"):
            remaining = headers.get(f"x-ratelimit-remaining-{kind}")
            reset = headers.get(f"x-ratelimit-reset-{kind}")
            if remaining is None or reset is None:
                continue
            seconds = parse_reset(reset)
            try:
                exhausted = int(float(remaining)) <= 0
            except ValueError:
                continue
            if exhausted and seconds is not None:
                self._paused_until = max(self._paused_until, self.clock() + seconds)


def observing_client(limiter: RateLimiter, *, max_in_flight: int | None = None, **kw: Any) -> Any:
    """An async HTTP client with the OpenAI SDK's defaults that shows every response's
    rate-limit headers to ``limiter`` (the SDK's parsed results do not carry headers) and,
    with ``max_in_flight``, keeps at most that many requests on the wire."""
    import httpx2
    import openai
    from openai._constants import DEFAULT_CONNECTION_LIMITS

    async def hook(response: Any) -> None:
        limiter.observe(response.headers)

    hooks = kw.pop("event_hooks", {})
    hooks = {**hooks, "response": [*hooks.get("response", []), hook]}
    if max_in_flight:
        inner = httpx2.AsyncHTTPTransport(limits=kw.pop("limits", DEFAULT_CONNECTION_LIMITS),
                                          verify=kw.pop("verify", None) or shared_ssl_context())
        kw["transport"] = in_flight_gate(inner, max_in_flight)
    return openai.DefaultAsyncHttpx2Client(event_hooks=hooks, **kw)


def shared_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context (same trust store and settings), built once per process
    and ``SSL_CERT_FILE``/``SSL_CERT_DIR``: loading the CA store costs about 30 ms, and one
    context serves any number of connections and runs."""
    return _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@lru_cache(maxsize=4)
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    import httpx2

    return httpx2.create_ssl_context()


def in_flight_gate(inner: Any, limit: int) -> Any:
    """An httpx2 transport over ``inner`` that lets at most ``limit`` requests be on the wire.

    Gating the wire rather than whole articles lets an article's own work (parsing,
    validation, writing) overlap the next article's request instead of holding its slot.
    """
    import httpx2

    class InFlightGate(httpx2.AsyncBaseTransport):
        def __init__(self) -> None:
            self._slots = asyncio.Semaphore(limit)

        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            async with self._slots:
                response = await inner.handle_async_request(request)
                await response.aread()  # the slot is held until the whole answer is in
            # a request waiting for this slot goes out before this answer is parsed and checked:
            # milliseconds of work here would otherwise delay the next request by as much
            await asyncio.sleep(0)
            return response

        async def aclose(self) -> None:
            await inner.aclose()

    return InFlightGate()
