"""The rate limiter, on a fake clock: no test here waits for real time."""

from __future__ import annotations

import pytest

from brief.ratelimit import RateLimiter, observing_client, parse_reset


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.mark.parametrize("text, seconds", [("1s", 1.0), ("6m0s", 360.0), ("12ms", 0.012), ("1h2m3s", 3723.0),
                                           ("0.5", 0.5), ("2.5s", 2.5)])
def test_parse_reset_reads_openai_durations(text: str, seconds: float) -> None:
    assert parse_reset(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["soon", "1x", ""])
def test_parse_reset_refuses_what_it_cannot_read(text: str) -> None:
    assert parse_reset(text) is None


async def test_requests_per_minute_spread_requests_out() -> None:
    clock = FakeClock()
    limiter = RateLimiter(rpm=60, clock=clock, sleep=clock.sleep)
    for _ in range(60):  # the first minute's budget is there at once
        await limiter.acquire()
    assert clock.slept == []
    await limiter.acquire()
    await limiter.acquire()
    assert sum(clock.slept) == pytest.approx(2.0)  # then one a second


async def test_tokens_per_minute_and_settling_the_real_count() -> None:
    clock = FakeClock()
    limiter = RateLimiter(tpm=6000, clock=clock, sleep=clock.sleep)
    await limiter.acquire(5000)
    limiter.settle(5000, 1000)  # the request used far less than estimated: refund
    await limiter.acquire(5000)
    assert clock.slept == []
    await limiter.acquire(3000)  # 0 left; 3000 tokens refill in 30 s
    assert sum(clock.slept) == pytest.approx(30.0)


async def test_a_limit_below_one_request_slows_the_run_but_never_stalls_it() -> None:
    """--tpm 1 once let 1,500 tokens of debt accrue at 1/60 token a second: 25 hours per article."""
    clock = FakeClock()
    limiter = RateLimiter(tpm=1, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        await limiter.acquire(1500)
        limiter.settle(1500, 1600)
    assert max(clock.slept) <= 120.0 and sum(clock.slept) <= 240.0


async def test_no_limits_means_no_waiting() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    for _ in range(1000):
        await limiter.acquire(10_000)
    assert clock.slept == []


async def test_exhausted_server_budget_pauses_until_its_reset() -> None:
    clock = FakeClock()
    limiter = RateLimiter(rpm=1000, clock=clock, sleep=clock.sleep)
    limiter.observe({"x-ratelimit-remaining-requests": "5", "x-ratelimit-reset-requests": "9s"})
    await limiter.acquire()
    assert clock.slept == []  # budget left: no pause
    limiter.observe({"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "1m30s"})
    await limiter.acquire()
    assert sum(clock.slept) == pytest.approx(90.0)


async def test_observing_client_feeds_response_headers_to_the_limiter() -> None:
    import httpx2

    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json={}, headers={"x-ratelimit-remaining-requests": "0",
                                                      "x-ratelimit-reset-requests": "3s"})

    async with observing_client(limiter, transport=httpx2.MockTransport(handler)) as client:
        await client.get("http://mock.invalid/v1/models")
    await limiter.acquire()
    assert sum(clock.slept) == pytest.approx(3.0)
