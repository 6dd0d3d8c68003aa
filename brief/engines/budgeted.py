"""Requests under a run's shared budget: each send reserves its worst case first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..accounting import Budget, Hold
from ..retry import Reask
from ..schema import Tokens

if TYPE_CHECKING:
    from .openai import OpenAIEngine


class Budgeted(Reask):
    """A request whose every send first reserves its worst case from the run's shared
    ``Budget``, so requests in flight together cannot spend past it: the answer's real cost
    replaces the reservation, and a send that fails, or an answer never judged, releases it."""

    def __init__(self, engine: OpenAIEngine, budget: Budget, *args: Any, **kw: Any) -> None:
        self.engine, self.budget = engine, budget
        self.hold: Hold | None = None
        super().__init__(*args, account=self._settle, **kw)

    def guard(self, send: Callable[..., Any]) -> Callable[..., Any]:
        """``send`` (blocking), sent only once its worst case is reserved; a thread waits for
        the requests in flight to make room (each settles within its own timeout)."""

        def guarded(messages: list[dict[str, Any]], max_tokens: int, timeout: float) -> Any:
            self.release()  # sent again: the previous send failed
            worst = self.engine.worst_case(messages, max_tokens, self.schema)
            self.hold = self.budget.reserve(*worst, check=self.check)  # the deadline holds while it waits
            try:
                self.check()  # the per-article deadline may have passed while it waited
                return send(messages, max_tokens, self.timeout(timeout))
            except BaseException:
                self.release()
                raise

        return guarded

    def aguard(self, send: Callable[..., Any]) -> Callable[..., Any]:
        """``guard`` for an async ``send``: waits on the event loop without blocking it."""

        async def guarded(messages: list[dict[str, Any]], max_tokens: int, timeout: float) -> Any:
            self.release()
            worst = self.engine.worst_case(messages, max_tokens, self.schema)
            self.hold = await self.budget.areserve(*worst, check=self.check)
            try:
                self.check()
                return await send(messages, max_tokens, self.timeout(timeout))
            except BaseException:  # cancelled too: a hold must never outlive its request
                self.release()
                raise

        return guarded

    def release(self) -> None:
        hold, self.hold = self.hold, None
        if hold is not None:
            self.budget.settle(hold)

    def _settle(self, completion: Any) -> tuple[Tokens, float]:
        tokens, cost = self.engine.usage(completion)
        hold, self.hold = self.hold, None  # None for a batch result: charged, nothing was held
        if hold is not None and getattr(completion, "usage", None) is None:
            # a server that reports no usage is charged the worst case, so the ceiling still holds
            tokens, cost = Tokens(prompt=hold.tokens), hold.cost
        self.budget.settle(hold, tokens, cost)
        return tokens, cost


def release_hold(state: Reask) -> None:
    """Give back what a request still holds of the budget (it ended without settling)."""
    if isinstance(state, Budgeted):
        state.release()
