"""--max-cost under concurrency: each request reserves its worst case, so together they never overspend."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from brief.accounting import Budget
from brief.article import Article
from brief.dailyrun import daily
from brief.engines.openai import make_mock_engine
from brief.errors import BudgetExceeded, ConfigError, ModelError
from brief.schema import Tokens


def story(i: int) -> str:
    return (f"Council of Town{i} approves bridge plan number {i}\n\n"
            f"The council of Town{i} approved bridge plan number {i} on Monday by {i + 3} votes, "
            f"the town clerk said.\n\nResidents of Town{i} will be asked to comment before work "
            f"starts in {i + 2} weeks, the clerk said.\n")


def article(i: int) -> Article:
    return Article.from_paragraphs(story(i).split("\n\n")[1:])


def engine_and_limit(**kw):
    """A mock engine and a limit of six real costs. With 512 output tokens a request's worst
    case is about three real costs, so articles one after another fit about three; sixteen
    sent together, unreserved, would spend sixteen."""
    real = make_mock_engine(max_output_tokens=512).draft(article(0)).cost_usd
    limit = 6 * real
    budget = Budget(max_cost_usd=limit)
    return make_mock_engine(max_output_tokens=512, budget=budget, **kw), budget, limit


def test_a_reservation_counts_until_it_is_settled_or_released() -> None:
    budget = Budget(max_cost_usd=1.0)
    first = budget.reserve(100, 0.6)
    assert budget.try_reserve(100, 0.6) is None  # it would fit once the first is settled: wait
    with pytest.raises(BudgetExceeded, match="cost budget of \\$1.0000 left no room"):
        budget.reserve(100, 0.6, wait_s=0)  # not waiting: refused, as 0.6 is held
    assert "held by requests in flight" in (budget.stopped() or "")
    with pytest.raises(BudgetExceeded):
        budget.try_reserve(1, 1.5)  # would never fit: refused at once
    budget.settle(first, Tokens(prompt=50, completion=20), 0.1)  # the real cost replaces the hold
    assert budget.spent_usd == pytest.approx(0.1) and budget.reserved_usd == 0
    second = budget.reserve(100, 0.6)
    budget.settle(second)  # failed: released, nothing charged
    assert budget.spent_usd == pytest.approx(0.1) and budget.reserved_usd == 0
    budget.reserve(100, 0.9)  # exactly the rest
    with pytest.raises(BudgetExceeded):
        budget.reserve(1, 0.01, wait_s=0)


def test_a_waiting_thread_goes_once_the_request_in_flight_is_settled() -> None:
    budget = Budget(max_cost_usd=1.0)
    first = budget.reserve(10, 0.8)
    threading.Timer(0.05, lambda: budget.settle(first, Tokens(prompt=10), 0.1)).start()
    budget.reserve(10, 0.8, wait_s=5)  # fits after the settle: 0.1 spent + 0.8
    assert budget.spent_usd == pytest.approx(0.1) and budget.reserved_usd == pytest.approx(0.8)


def test_threads_reserving_at_once_never_hold_more_than_the_limit() -> None:
    budget = Budget(max_cost_usd=5.0)
    start = threading.Barrier(16)

    def one(_: int) -> bool:
        start.wait()
        try:
            budget.reserve(10, 1.0, wait_s=0)  # the five holds never settle here: the rest are refused
        except BudgetExceeded:
            return False
        return True

    with ThreadPoolExecutor(16) as pool:
        assert sum(pool.map(one, range(16))) == 5
    assert budget.reserved_usd == pytest.approx(5.0)


def test_concurrent_articles_never_spend_past_max_cost(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(24):
        (inbox / f"s{i:02d}.txt").write_text(story(i), encoding="utf-8")
    engine, budget, limit = engine_and_limit(latency=0.05)
    digest = daily([str(inbox)], tmp_path / "out", engine=engine, concurrency=16, overview=False)
    assert budget.spent_usd <= limit and digest.stats.cost_usd <= limit
    assert digest.stats.articles >= 2 and digest.failures  # some briefed, the rest refused
    assert all("cost budget" in f.reason for f in digest.failures)
    assert budget.reserved_usd == 0 and budget.reserved_tokens == 0  # no hold outlives its request
    assert engine.mock.stats()["requests"] == digest.stats.articles  # a refused request is never sent


def test_threads_sharing_an_engine_never_spend_past_max_cost() -> None:
    engine, budget, limit = engine_and_limit(latency=0.05)

    def one(i: int) -> bool:
        try:
            engine.draft(article(i))
        except BudgetExceeded:
            return False
        return True

    with ThreadPoolExecutor(16) as pool:
        done = sum(pool.map(one, range(16)))
    assert 2 <= done < 16 and budget.spent_usd <= limit and budget.reserved_usd == 0


def test_a_failed_request_releases_its_hold() -> None:
    budget = Budget(max_cost_usd=1.0)
    engine = make_mock_engine(faults="500:1.0", budget=budget, backoff_s=0.0, max_attempts=2)
    with pytest.raises(ModelError):
        engine.draft(article(1))
    assert budget.reserved_usd == 0 and budget.reserved_tokens == 0 and budget.spent_usd == 0


def test_a_reservation_waits_as_long_as_a_request_is_in_flight_and_is_then_sent() -> None:
    """A long answer in flight (longer than any one request's timeout) delays the next request;
    it neither refuses it nor leaves the run marked as stopped by its budget."""
    budget = Budget(max_cost_usd=1.0)
    first = budget.reserve(10, 0.8)
    threading.Timer(0.3, lambda: budget.settle(first, Tokens(prompt=10), 0.1)).start()
    budget.reserve(10, 0.8)
    assert budget.refused is None and budget.stopped() is None
    assert budget.spent_usd == pytest.approx(0.1) and budget.reserved_usd == pytest.approx(0.8)


def test_a_cost_ceiling_on_a_model_without_a_price_is_refused_at_once() -> None:
    """An unpriced model costs $0 to the budget, so --max-cost would never stop it."""
    with pytest.raises(ConfigError, match="needs a price for model 'llama3.1:8b'"):
        make_mock_engine(model="llama3.1:8b", budget=Budget(max_cost_usd=0.01))
    make_mock_engine(model="llama3.1:8b", budget=Budget(max_tokens=1000))  # a token ceiling needs no price
    make_mock_engine(model="llama3.1:8b", budget=Budget(max_cost_usd=0.01), prices={"llama3.1": (0.1, 0.2)})


def test_an_answer_without_usage_is_charged_its_worst_case() -> None:
    """Some compatible servers report no usage; charging $0 would let the ceiling be passed."""
    budget = Budget(max_cost_usd=1.0)
    engine = make_mock_engine(budget=budget)
    state = engine.reask_state([{"role": "user", "content": "x"}], dict, "brief", None)
    state.hold = budget.reserve(1000, 0.25)  # type: ignore[attr-defined]
    state.account(object())  # an answer with no usage field
    assert budget.spent_usd == pytest.approx(0.25) and budget.reserved_usd == 0


def test_articles_a_budget_refused_count_no_model_calls(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(3):
        (inbox / f"s{i}.txt").write_text(story(i), encoding="utf-8")
    engine = make_mock_engine(budget=Budget(max_cost_usd=1e-7))
    digest = daily([str(inbox)], tmp_path / "out", engine=engine, overview=False)
    assert len(digest.failures) == 3 and engine.mock.stats()["requests"] == 0
    assert digest.stats.model_calls == 0


def test_a_request_waiting_for_room_still_keeps_its_own_deadline() -> None:
    """Waiting for the requests in flight must not outlast the article's deadline, in a thread or
    on the event loop."""
    import asyncio

    budget = Budget(max_cost_usd=1.0)
    budget.reserve(10, 0.8)  # in flight, and never settled here
    ends = time.monotonic() + 0.2

    def deadline() -> None:
        if time.monotonic() >= ends:
            raise ModelError("no usable answer within the per-article deadline", code="deadline")

    with pytest.raises(ModelError, match="deadline"):
        budget.reserve(10, 0.8, check=deadline)
    ends = time.monotonic() + 0.2
    with pytest.raises(ModelError, match="deadline"):
        asyncio.run(budget.areserve(10, 0.8, check=deadline))
    assert budget.reserved_usd == pytest.approx(0.8)  # the waiting requests took nothing


@pytest.mark.parametrize("mode", ["thread", "coroutine"])
def test_a_large_request_waiting_for_room_is_not_starved_by_small_ones(mode: str) -> None:
    """Waiters go in arrival order: small requests that would fit now queue behind a large one."""
    import asyncio

    budget = Budget(max_cost_usd=1.0)
    in_flight = budget.reserve(10, 0.5)
    got: list = []
    waiting = threading.Event()  # set by the large request's check, which runs while it waits
    reserve = (lambda: budget.reserve(10, 0.9, check=waiting.set)) if mode == "thread" else \
        (lambda: asyncio.run(budget.areserve(10, 0.9, check=waiting.set)))
    large = threading.Thread(target=lambda: got.append(reserve()), daemon=True)
    large.start()
    assert waiting.wait(5)
    assert budget.try_reserve(10, 0.3) is None  # it would fit beside the 0.5 in flight, but the 0.9 came first
    with pytest.raises(BudgetExceeded, match="waiting before this one"):
        budget.reserve(10, 0.3, wait_s=0)
    budget.settle(in_flight, Tokens(prompt=5, completion=5), 0.05)
    large.join(5)
    assert got and got[0].cost == 0.9
    assert budget.try_reserve(10, 0.3) is None  # now behind the 0.9 in flight, as before
    budget.settle(got[0], Tokens(prompt=5, completion=5), 0.1)
    assert budget.try_reserve(10, 0.3) is not None


def test_a_waiter_that_gives_up_leaves_the_queue() -> None:
    """A deadline raised while waiting must not leave a ticket that blocks everyone after it."""
    budget = Budget(max_cost_usd=1.0)
    in_flight = budget.reserve(10, 0.5)

    def deadline() -> None:
        raise ModelError("no usable answer within the per-article deadline", code="deadline")

    with pytest.raises(ModelError, match="deadline"):
        budget.reserve(10, 0.9, check=deadline)
    assert budget.try_reserve(10, 0.3) is not None
    budget.settle(in_flight)
