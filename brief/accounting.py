"""Tokens, estimated cost and the per-run budget.

Every request is accounted for (prompt, completion and cached tokens) so a run can say
what it spent, and a shared ``Budget`` stops a run cleanly before it overspends.
Prices are estimates in USD per million tokens; users override them because list
prices change and local servers cost nothing.
"""

from __future__ import annotations

import threading
from collections import deque
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .errors import BudgetExceeded, ConfigError
from .schema import Tokens


def count_tokens(text: str, model: str | None = None) -> int:
    """brief's shared counter (``brief.tokens``) when present, else ~4 characters per token."""
    try:
        from .tokens import count_tokens as shared
    except ImportError:
        return max(1, len(text) // 4) if text else 0
    return shared(text, model=model)


def count_prompt_tokens(messages: Any, model: str | None = None) -> int:
    """The OpenAI cookbook estimate: 3 per message plus its text, plus 3 to prime the reply."""
    total = 3
    for m in messages:
        content = m.get("content") or ""
        if isinstance(content, list):
            content = "\n".join(part.get("text", "") for part in content if isinstance(part, dict))
        total += 3 + _message_tokens(str(content), model)
    return total


@lru_cache(maxsize=64)  # the system prompt is the same in every request, and a re-ask repeats them all
def _message_tokens(text: str, model: str | None) -> int:
    return count_tokens(text, model)


BATCH_PRICE = 0.5  # the Batch API bills a request at half the synchronous price


@dataclass(frozen=True)
class Price:
    """USD per million tokens."""

    input: float
    output: float
    cached_input: float | None = None  # None: cached tokens cost the same as input


# Longest matching prefix wins, so "gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini".
DEFAULT_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60, 0.075),
    "gpt-4o": Price(2.50, 10.00, 1.25),
    "gpt-4.1-nano": Price(0.10, 0.40, 0.025),
    "gpt-4.1-mini": Price(0.40, 1.60, 0.10),
    "gpt-4.1": Price(2.00, 8.00, 0.50),
    "gpt-5-nano": Price(0.05, 0.40, 0.005),
    "gpt-5-mini": Price(0.25, 2.00, 0.025),
    "gpt-5": Price(1.25, 10.00, 0.125),
    "o4-mini": Price(1.10, 4.40, 0.275),
    "mock": Price(0.15, 0.60, 0.075),  # priced like a small model so the accounting is exercised
}


_PRICE_FIELDS = ("input", "output", "cached_input")


def _rate(value: Any) -> float | None:
    """A price as a float, or None when it is not a finite, non-negative number (bools are not)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    rate = float(value)
    return rate if 0 <= rate < float("inf") else None


def _as_price(model: str, value: Any) -> Price:
    """A user's price row, checked whole: it comes straight from a --prices file or a caller."""
    if isinstance(value, Price):
        return value
    if isinstance(value, Mapping):
        row = {k: v for k, v in value.items() if not (k == "cached_input" and v is None)}
    elif isinstance(value, (list, tuple)) and len(value) in (2, 3):
        row = dict(zip(_PRICE_FIELDS, value))
    else:
        row = None
    rates = {k: rate for k, v in (row or {}).items() if (rate := _rate(v)) is not None}
    if (row is None or len(rates) < len(row) or set(rates) - set(_PRICE_FIELDS)
            or not {"input", "output"} <= set(rates)):
        shown = repr(value) if len(repr(value)) <= 80 else repr(value)[:79] + "…"
        raise ConfigError(f"price for {model!r} needs numbers 'input' and 'output' (USD per million tokens, "
                          f"none negative; 'cached_input' may be added), not {shown}",
                          hint='e.g. {"input": 0.15, "output": 0.6}')
    return Price(rates["input"], rates["output"], rates.get("cached_input"))


def price_table(overrides: Mapping[str, Any] | None = None) -> dict[str, Price]:
    """The default table with the user's entries (dicts, tuples or ``Price``) on top."""
    table = dict(DEFAULT_PRICES)
    for name, value in (overrides or {}).items():
        table[name] = _as_price(name, value)
    return table


def price_for(model: str, prices: Mapping[str, Price] | None = None) -> Price | None:
    table = prices if prices is not None else DEFAULT_PRICES
    matches = [name for name in table if model == name or model.startswith(name)]
    return table[max(matches, key=len)] if matches else None


def cost_usd(model: str, tokens: Tokens, prices: Mapping[str, Price] | None = None) -> float:
    """Estimated cost of one request; 0.0 for a model the table does not know."""
    price = price_for(model, prices)
    if price is None:
        return 0.0
    cached = min(tokens.cached, tokens.prompt)
    cached_rate = price.input if price.cached_input is None else price.cached_input
    total = (tokens.prompt - cached) * price.input + cached * cached_rate + tokens.completion * price.output
    return round(total / 1_000_000, 8)


def tokens_from_usage(usage: Any) -> Tokens:
    """Read an OpenAI ``usage`` object (or dict); servers that omit details count as 0."""
    if usage is None:
        return Tokens()
    get = usage.get if isinstance(usage, Mapping) else (lambda k, d=None: getattr(usage, k, d))
    details = get("prompt_tokens_details", None)
    cached = 0
    if details is not None:
        cached = (details.get("cached_tokens") if isinstance(details, Mapping)
                  else getattr(details, "cached_tokens", 0)) or 0
    return Tokens(prompt=get("prompt_tokens", 0) or 0, completion=get("completion_tokens", 0) or 0,
                  cached=cached)


@dataclass(frozen=True)
class Hold:
    """What one request in flight has set aside: its worst case, until its answer is counted."""

    tokens: int
    cost: float


@dataclass
class Budget:
    """Limits shared by every request of a run; thread-safe so concurrent articles share it.

    A request reserves its worst case before it is sent and ``settle`` replaces that by what
    it really cost, so requests in flight together can never spend past ``max_cost_usd``.
    A request that would fit once those in flight are settled waits for them; one that would
    not fit even then is not sent (``BudgetExceeded``). ``max_tokens`` is a stop line: a
    request is sent while the tokens used and in flight are below it. Articles already
    finished are untouched, so a run that hits its budget keeps what it did.
    """

    max_cost_usd: float | None = None
    max_tokens: int | None = None
    deadline_s: float | None = None
    spent_usd: float = 0.0
    tokens: Tokens = field(default_factory=Tokens)
    started: float = field(default_factory=time.monotonic)
    reserved_usd: float = 0.0  # the worst cases of the requests in flight
    reserved_tokens: int = 0
    refused: str | None = None  # why the first request refused was, once one was
    _holds: int = field(default=0, init=False, repr=False, compare=False)
    _lock: threading.Condition = field(default_factory=threading.Condition, repr=False, compare=False)
    _queue: deque[object] = field(default_factory=deque, init=False, repr=False, compare=False)  # waiters

    def charge(self, tokens: Tokens, cost: float) -> None:
        self.settle(None, tokens, cost)

    def reserve(self, tokens: int, cost: float, *, wait_s: float | None = None,
                check: Callable[[], None] | None = None) -> Hold:
        """Set aside a request's worst case (``tokens``, ``cost`` USD) before it is sent. The
        check and the reservation are one step under the lock, so no two requests can both
        take the last of the money. When settling the requests in flight would make room it
        waits for them (up to ``wait_s``; by default as long as any is in flight, since each
        settles within its own timeout), and raises ``BudgetExceeded`` when it cannot fit.
        Waiters go first come, first served, so a large request is not starved by small ones
        that would each fit sooner. ``check`` runs while it waits (a request's own deadline)
        and may raise to stop waiting."""
        until = None if wait_s is None else time.monotonic() + wait_s
        ticket: object | None = None
        with self._lock:
            try:
                while (hold := self._take(tokens, cost, ticket,
                                          wait=until is None or time.monotonic() < until)) is None:
                    ticket = ticket or self._join()
                    if check is not None:
                        check()
                    left = None if until is None else max(0.0, until - time.monotonic())
                    self._lock.wait(0.25 if check is not None and (left is None or left > 0.25) else left)
                return hold
            finally:
                self._leave(ticket)

    async def areserve(self, tokens: int, cost: float, *, check: Callable[[], None] | None = None) -> Hold:
        """``reserve`` for a coroutine: waits without blocking the event loop (by polling, as
        the requests it waits for may settle in other threads or loops), in the same queue."""
        import asyncio

        delay = 0.002
        ticket: object | None = None
        try:
            while (hold := self.try_reserve(tokens, cost, _ticket=ticket)) is None:
                if ticket is None:
                    with self._lock:
                        ticket = self._join()
                if check is not None:
                    check()
                await asyncio.sleep(delay)
                delay = min(2 * delay, 0.05)
            return hold
        finally:
            with self._lock:
                self._leave(ticket)

    def try_reserve(self, tokens: int, cost: float, *, _ticket: object | None = None) -> Hold | None:
        """A hold, or None when the request must wait (for those in flight, or behind earlier
        waiters); raises if it never fits."""
        with self._lock:
            return self._take(tokens, cost, _ticket, wait=True)

    def _join(self) -> object:
        ticket = object()
        self._queue.append(ticket)
        return ticket

    def _leave(self, ticket: object | None) -> None:
        if ticket is not None and ticket in self._queue:
            self._queue.remove(ticket)
            self._lock.notify_all()  # the next in line may go now

    def _take(self, tokens: int, cost: float, ticket: object | None, *, wait: bool) -> Hold | None:
        first = not self._queue or self._queue[0] is ticket
        if first and self._over(tokens, cost, self.reserved_usd, self.reserved_tokens) is None:
            self.reserved_usd += cost
            self.reserved_tokens += tokens
            self._holds += 1
            self._leave(ticket)
            return Hold(tokens, cost)
        problem = self._over(tokens, cost, 0.0, 0)
        if problem is None and wait and (self._holds or not first):
            return None  # there is room once the requests in flight, or those ahead, are through
        problem = (problem or self._over(tokens, cost, self.reserved_usd, self.reserved_tokens)
                   or "budget room is promised to requests waiting before this one")
        self.refused = self.refused or problem
        raise BudgetExceeded(problem)

    def settle(self, hold: Hold | None, tokens: Tokens | None = None, cost: float = 0.0) -> None:
        """Replace ``hold`` by what the request really cost; without ``tokens`` (it failed, or
        was never answered) the hold is only released."""
        with self._lock:
            if hold is not None:
                self._holds -= 1
                self.reserved_tokens -= hold.tokens
                # no hold left, nothing reserved: float drift must not shrink the budget
                self.reserved_usd = self.reserved_usd - hold.cost if self._holds else 0.0
            if tokens is not None:
                self.tokens = self.tokens + tokens
                self.spent_usd += cost
            self._lock.notify_all()

    def _over(self, tokens: int, cost: float, held_usd: float, held_tokens: int) -> str | None:
        """The limit a request of this worst case would pass with ``held`` still in flight, if any."""
        spent, used = self.spent_usd, self.tokens.prompt + self.tokens.completion
        if self.max_cost_usd is not None and (spent >= self.max_cost_usd or
                                              spent + held_usd + cost > self.max_cost_usd + 1e-12):
            state = "reached" if spent >= self.max_cost_usd else "left no room for the next request"
            held = f", ${held_usd:.4f} held by requests in flight" if held_usd else ""
            return (f"cost budget of ${self.max_cost_usd:.4f} {state} (spent ${spent:.4f}{held}; "
                    f"the next request could cost up to ${cost:.4f})")
        if self.max_tokens is not None and used + held_tokens >= self.max_tokens:
            return f"token budget of {self.max_tokens} reached (used {used}, {held_tokens} in flight)"
        remaining = self.remaining_s()
        if remaining is not None and remaining <= 0:
            return f"run deadline of {self.deadline_s:g}s reached"
        return None

    def remaining_s(self) -> float | None:
        if self.deadline_s is None:
            return None
        return self.deadline_s - (time.monotonic() - self.started)

    def check(self) -> None:
        """Raise ``BudgetExceeded`` when what was spent already reached a limit."""
        with self._lock:
            spent, used = self.spent_usd, self.tokens.prompt + self.tokens.completion
        if self.max_cost_usd is not None and spent >= self.max_cost_usd:
            raise BudgetExceeded(f"cost budget of ${self.max_cost_usd:.4f} reached (spent ${spent:.4f})")
        if self.max_tokens is not None and used >= self.max_tokens:
            raise BudgetExceeded(f"token budget of {self.max_tokens} reached (used {used})")
        remaining = self.remaining_s()
        if remaining is not None and remaining <= 0:
            raise BudgetExceeded(f"run deadline of {self.deadline_s:g}s reached")

    def stopped(self) -> str | None:
        """Why this budget stopped a request, or would stop the next one; None if it did not."""
        try:
            self.check()
        except BudgetExceeded as exc:
            return exc.message
        return self.refused
