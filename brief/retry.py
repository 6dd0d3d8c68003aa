"""Two retry layers, kept apart so attempts never multiply.

* Transport: tenacity owns it (the SDK's own retries are off). Rate limits, 408/409,
  5xx, timeouts and dropped connections are retried with jittered backoff, honouring
  ``retry-after``; other 4xx and ``insufficient_quota`` fail at once, in one line. A
  connection refused by a nearby host (nothing listening) is retried once, quickly.
* Answers: ``Reask`` checks each answer and, when it is unusable, builds one follow-up
  carrying the previous answer and the specific errors: the original messages + that
  answer + the errors, never the whole history, cut to at most twice the first
  request's tokens.

``run_sync`` and ``arun`` drive the same ``Reask`` state, so sync and async cannot drift.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from functools import cached_property
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import tenacity
from pydantic import BaseModel, ValidationError

from .accounting import count_prompt_tokens, count_tokens
from .budget import SAFETY_MARGIN
from .errors import BudgetExceeded, ModelError, RefusalError, ValidationFailed
from .failures import (QUICK_RETRY_S, FormatRejected, describe, give_up, is_transient, refused_nearby,
                       retry_after_s, scrub)
from .schema import Attempt, Tokens
from .validate import Problem

MAX_RETRY_AFTER_S = 120.0  # like the SDK: a longer retry-after means "not now", so give up
MAX_ERRORS_SHOWN = 20
# A re-ask may be at most 2x the first request; 1.9 leaves room for servers that count
# tokens a little differently from brief.
REASK_GROWTH = 1.9
# Below this many output tokens no briefing or notes fit: fail clearly rather than send.
MIN_OUTPUT_TOKENS = 256
_FENCED_JSON = re.compile(r"^\s*```(?:json)?\s*\n(.*)\n```\s*$", re.DOTALL)

sleep: Callable[[float], None] = time.sleep  # tests patch these to record the waits
asleep: Callable[[float], Awaitable[None]] = asyncio.sleep


@dataclass
class Policy:
    """Transport retry settings: attempts per request, backoff, per-request timeout."""

    max_attempts: int = 4
    backoff_s: float = 0.5
    max_backoff_s: float = 8.0
    timeout_s: float = 60.0


def _strip_fence(text: str) -> str:
    match = _FENCED_JSON.match(text)
    return match.group(1) if match else text


def _truncate(text: str, tokens: int) -> str:
    """Cut ``text`` to about ``tokens`` tokens, saying so; shrinks until it fits."""
    if count_tokens(text) <= tokens:
        return text
    if tokens < 16:
        return "[previous answer omitted: too long]"
    keep = len(text)
    while keep > 0:
        keep = int(keep * min(0.9, tokens / max(1, count_tokens(text[:keep]))))
        cut = text[:keep] + " …[truncated]"
        if count_tokens(cut) <= tokens:
            return cut
    return "[previous answer omitted: too long]"


class Reask:
    """State of one structured request: what to send next, and what came of each attempt."""

    def __init__(self, messages: list[dict[str, Any]], schema: type[BaseModel], *, step: str,
                 render_reask: Callable[[list[str], int], str],
                 account: Callable[[Any], tuple[Tokens, float]],
                 validator: Callable[[BaseModel], list[Any]] | None = None, max_reasks: int = 2,
                 max_output_tokens: int = 4096, output_cap: int = 16384, deadline: float | None = None,
                 before_request: Callable[[], None] | None = None, secret: str | None = None,
                 window: int | None = None,
                 prompt_tokens: Callable[[list[dict[str, Any]]], int] = count_prompt_tokens) -> None:
        self.messages = messages
        self.pending = messages
        self.schema = schema
        self.step = step
        self.render_reask = render_reask
        self.account = account
        self.validator = validator
        self.max_reasks = max_reasks
        self.max_output_tokens = max_output_tokens
        self.output_cap = output_cap
        self.deadline = deadline
        self.before_request = before_request
        self.secret = secret
        self.window = window  # the model's context window: prompt + output limit must fit in it
        self.prompt_tokens = prompt_tokens
        self.sent_max = max_output_tokens
        self.last_completion = 0
        self.attempts: list[Attempt] = []
        self.reasks = 0
        self.length_retries = 0

    @cached_property
    def first_tokens(self) -> int:
        """Tokens of the first request: the yardstick of every re-ask (counted only if one comes)."""
        return count_prompt_tokens(self.messages)

    # -- transport side ---------------------------------------------------------------

    def check(self) -> None:
        """Run before every HTTP request: budget, then the per-article deadline."""
        if self.before_request:
            self.before_request()
        if self.past_deadline():
            raise self.deadline_error()

    def past_deadline(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def deadline_error(self) -> BudgetExceeded:
        """The deadline is a limit the user set, like a budget (exit 5), not an endpoint failure."""
        last = self.attempts[-1].errors[0] if self.attempts and self.attempts[-1].errors else None
        return BudgetExceeded("no usable answer within the per-article deadline"
                              + (f" (last attempt: {last})" if last else ""))

    def timeout(self, default: float) -> float:
        if self.deadline is None:
            return default
        return max(0.001, min(default, self.deadline - time.monotonic()))

    def record(self, outcome: str, latency_ms: float, errors: list[str] | None = None,
               tokens: Tokens | None = None, cost: float = 0.0) -> None:
        self.attempts.append(Attempt(n=len(self.attempts) + 1, step=self.step, outcome=outcome,
                                     tokens=tokens or Tokens(), cost_usd=cost, latency_ms=round(latency_ms, 1),
                                     errors=[scrub(e, self.secret) for e in errors or []]))

    def failed(self, exc: BaseException, latency_ms: float) -> None:
        outcome, message = describe(exc, self.secret)
        self.record(outcome, latency_ms, [message])

    def waiting(self, seconds: float) -> None:
        if self.attempts:
            self.attempts[-1].errors.append(f"retrying in {seconds:.2f}s")

    def retrying_kwargs(self, policy: Policy) -> dict[str, Any]:
        backoff = tenacity.wait_exponential_jitter(multiplier=policy.backoff_s, max=policy.max_backoff_s,
                                                   jitter=policy.backoff_s)

        def wait(rs: tenacity.RetryCallState) -> float:
            exc = rs.outcome.exception() if rs.outcome else None
            if isinstance(exc, FormatRejected):
                return 0.0
            if exc is not None and refused_nearby(exc):
                return min(QUICK_RETRY_S, backoff(rs))
            asked = retry_after_s(exc) if exc else None
            return asked if asked is not None else backoff(rs)

        def stop(rs: tenacity.RetryCallState) -> bool:
            if rs.attempt_number >= policy.max_attempts or rs.upcoming_sleep > MAX_RETRY_AFTER_S:
                return True
            exc = rs.outcome.exception() if rs.outcome else None
            if exc is not None and rs.attempt_number >= 2 and refused_nearby(exc):
                return True  # nothing listens on a nearby host: one quick retry is enough
            return self.deadline is not None and time.monotonic() + rs.upcoming_sleep >= self.deadline

        return dict(retry=tenacity.retry_if_exception(lambda e: isinstance(e, FormatRejected) or is_transient(e)),
                    wait=wait, stop=stop, reraise=True,
                    before_sleep=lambda rs: self.waiting(rs.upcoming_sleep))

    # -- answer side ------------------------------------------------------------------

    def room(self, messages: list[dict[str, Any]]) -> int | None:
        """Output tokens the context window leaves beside ``messages`` (None: no window known)."""
        if self.window is None:
            return None
        return self.window - self.prompt_tokens(messages) - SAFETY_MARGIN

    def request(self) -> tuple[list[dict[str, Any]], int]:
        """The next messages and their output limit, cut so that prompt + limit fit the window
        (a server answers a request over its window with a 400, not with a shorter answer)."""
        room = self.room(self.pending)
        limit = self.max_output_tokens if room is None else min(self.max_output_tokens, room)
        if limit < min(MIN_OUTPUT_TOKENS, self.max_output_tokens):
            raise ModelError(f"the {self.step} request leaves {max(0, limit)} tokens for the answer in the "
                             f"{self.window}-token context window", code="context_length_exceeded",
                             hint="raise --context-window if the model allows it, or use a model with a larger window")
        self.sent_max = limit
        return self.pending, limit

    def feed(self, completion: Any, latency_ms: float) -> BaseModel | None:
        """Judge one answer: the parsed value when usable, None to send ``pending`` again."""
        tokens, cost = self.account(completion)
        self.last_completion = tokens.completion
        choice = completion.choices[0] if completion.choices else None
        message = choice.message if choice else None
        content = (message.content if message else None) or ""
        refusal = getattr(message, "refusal", None)
        finish = choice.finish_reason if choice else None

        def done(outcome: str, errors: list[str] | None = None) -> None:
            self.record(outcome, latency_ms, errors, tokens, cost)

        if finish == "content_filter":
            done("content_filter", ["finish_reason content_filter"])
            raise RefusalError("the provider's content filter withheld the answer", code="content_filter")
        if refusal:
            done("refusal", [str(refusal)])
            raise RefusalError(f"the model refused: {scrub(str(refusal), self.secret)[:200]}", code="refusal")
        if finish == "length":
            sent = self.sent_max
            done("length", [f"answer cut off at {sent} output tokens"])
            room = self.room(self.pending)
            grown = min(self.output_cap, sent * 2, *([] if room is None else [room]))
            if self.length_retries < 1 and grown > sent:
                self.length_retries += 1
                self.max_output_tokens = grown
                return None
            if room is not None and room <= sent:
                error = ModelError(f"the answer was cut off at {sent} output tokens, all the {self.window}-token "
                                   "context window leaves beside the prompt", code="length",
                                   hint="raise --context-window if the model allows it, or use a larger model")
                error.window_bound = True  # type: ignore[attr-defined]  # a shorter prompt would help
                raise error
            raise ModelError(f"the answer was cut off at {sent} output tokens", code="length",
                             hint="raise the output limit or use a model with more output room")
        outcome, errors, value = self._check(content)
        if not errors:
            done("ok")
            return value
        done(outcome, errors)
        if self.reasks >= self.max_reasks:
            if value is not None:  # schema-valid but not grounded: the pipeline drops what fails
                self.attempts[-1].outcome = "accepted_with_problems"
                return value
            raise ValidationFailed(f"the model's answer was unusable after {len(self.attempts)} attempts: "
                                   f"{errors[0]}", problems=[as_problem(e) for e in errors])
        self.reasks += 1
        self.pending = self._reask_messages(content, errors)
        return None

    def _check(self, content: str) -> tuple[str, list[str], BaseModel | None]:
        if not content.strip():
            return "empty", ["the answer was empty"], None
        try:
            data = json.loads(_strip_fence(content))
        except ValueError as exc:
            return "invalid_json", [f"the answer is not valid JSON ({exc})"], None
        try:
            value = self.schema.model_validate(data)
        except ValidationError as exc:
            return "schema_invalid", [
                f"{'.'.join(map(str, e['loc'])) or '(root)'}: {e['msg']}" for e in exc.errors()], None
        problems = [str(p) for p in (self.validator(value) if self.validator else [])]
        return "problems", list(dict.fromkeys(problems)), value

    def _reask_messages(self, answer: str, errors: list[str]) -> list[dict[str, Any]]:
        shown = [e[:300] for e in errors[:MAX_ERRORS_SHOWN]]
        note = self.render_reask(shown, len(errors) - len(shown))
        limit = int(REASK_GROWTH * self.first_tokens)
        if self.window is not None:  # the re-ask must leave the answer its room in the window
            # room for an answer as long as the last one (the fix is about as long), at least a quarter window
            reserve = max(min(self.max_output_tokens, self.window // 4), int(self.last_completion * 1.1))
            limit = max(self.first_tokens, min(limit, self.window - reserve - SAFETY_MARGIN))
        while len(shown) > 1 and self.first_tokens + count_tokens(note) + 40 > limit:
            shown = shown[: len(shown) // 2]
            note = self.render_reask(shown, len(errors) - len(shown))
        # The re-ask adds two messages (3 tokens of framing each) to the original ones.
        room = limit - self.first_tokens - count_tokens(note) - 6
        return [*self.messages, {"role": "assistant", "content": _truncate(answer, room)},
                {"role": "user", "content": note}]


Send = Callable[[list[dict[str, Any]], int, float], Any]


def as_problem(error: str) -> Problem:
    """A re-ask's error line as the ``Problem`` that ``ValidationFailed.problems`` always holds."""
    where, sep, what = error.removeprefix("warning: ").partition(": ")
    if not sep or " " in where:
        where, what = "answer", error
    return Problem(where=where, what=what, level="warning" if error.startswith("warning: ") else "error")


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def run_sync(state: Reask, send: Send, policy: Policy) -> BaseModel:
    """Drive ``state`` to a usable answer with blocking requests."""
    import openai

    while True:
        messages, max_tokens = state.request()

        def once() -> tuple[Any, float]:
            state.check()
            t0 = time.perf_counter()
            try:
                return send(messages, max_tokens, state.timeout(policy.timeout_s)), _ms(t0)
            except (openai.APIError, FormatRejected) as exc:
                state.failed(exc, _ms(t0))
                raise

        retrying = tenacity.Retrying(sleep=lambda s: sleep(s), **state.retrying_kwargs(policy))
        failure = None
        try:
            completion, latency = retrying(once)
        except openai.APIError as exc:
            failure = state.deadline_error() if state.past_deadline() else give_up(exc, len(state.attempts), state.secret)
        if failure is not None:  # raised outside the handler: no chained SDK error can carry the key
            raise failure
        value = state.feed(completion, latency)
        if value is not None:
            return value


async def arun(state: Reask, send: Callable[[list[dict[str, Any]], int, float], Awaitable[Any]],
               policy: Policy) -> BaseModel:
    """Drive ``state`` to a usable answer with async requests."""
    import openai

    async def _sleep(seconds: float) -> None:
        await asleep(seconds)

    while True:
        messages, max_tokens = state.request()

        async def once() -> tuple[Any, float]:
            state.check()
            t0 = time.perf_counter()
            try:
                return await send(messages, max_tokens, state.timeout(policy.timeout_s)), _ms(t0)
            except (openai.APIError, FormatRejected) as exc:
                state.failed(exc, _ms(t0))
                raise

        retrying = tenacity.AsyncRetrying(sleep=_sleep, **state.retrying_kwargs(policy))
        failure = None
        completion: Any
        latency: float
        try:
            completion, latency = await retrying(once)
        except openai.APIError as exc:
            failure = state.deadline_error() if state.past_deadline() else give_up(exc, len(state.attempts), state.secret)
        if failure is not None:  # raised outside the handler: no chained SDK error can carry the key
            raise failure
        value = state.feed(completion, latency)
        if value is not None:
            return value


__all__ = ["Policy", "Reask", "arun", "run_sync"]
