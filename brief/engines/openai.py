"""The engine for any OpenAI-compatible Chat Completions server (OpenAI, vLLM, Ollama, the mock).

It asks for strict ``json_schema`` output and always validates locally anyway, because
some servers accept a schema and ignore it. A server that rejects ``json_schema`` (a 400
naming ``response_format``) is remembered and asked in ``json_object`` mode instead.
Retries and re-asks live in ``brief.retry``; this module builds requests and accounts.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
import weakref
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from ..accounting import (Budget, cost_usd, count_prompt_tokens, count_tokens, price_for, price_table,
                          tokens_from_usage)
from ..article import Article
from ..budget import SAFETY_MARGIN, limits_for
from ..errors import BriefError, ConfigError, InputError, ModelError
from ..prompts import Prompts
from ..failures import FormatRejected
from ..retry import Policy, Reask, arun, run_sync
from ..schema import Attempt, BriefingContent, Tokens, strict_schema
from .base import Draft, Engine
from .budgeted import Budgeted, release_hold

JsonMode = Literal["auto", "json_schema", "json_object"]
DEFAULT_BASE_URL = "https://api.openai.com/v1"
# Endpoints seen rejecting response_format json_schema during this process.
_REJECTS_JSON_SCHEMA: set[str] = set()
_JSON_OBJECT_NOTE = "Reply with a single JSON object that matches this JSON Schema:\n{schema}"


def _schema_name(schema: type) -> str:
    if schema is BriefingContent:
        return "briefing"
    return re.sub(r"(?<!^)(?=[A-Z])", "_", schema.__name__).lower()[:64]


def endpoint_of(base_url: str) -> str:
    """host[:port] of an http(s) base URL; anything else is a ``ConfigError`` now rather than a
    request that is retried and fails late."""
    try:
        parts = urlsplit(base_url)
        port = parts.port
    except ValueError as exc:
        raise ConfigError(f"base URL {base_url!r} is not a URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"base URL {base_url!r} is not an http(s) URL with a host",
                          hint="e.g. http://localhost:11434/v1")
    return parts.hostname + (f":{port}" if port else "")


class OpenAIEngine(Engine):
    """Briefings from a chat model, with retries, re-asks, accounting and a budget."""

    name = "openai"

    def __init__(self, model: str = "gpt-4o-mini", *, base_url: str | None = None, api_key: str | None = None,
                 api_key_env: str = "OPENAI_API_KEY", http_client: Any = None, async_http_client: Any = None,
                 timeout: float = 60.0, max_attempts: int = 4, max_reasks: int = 2,
                 deadline_s: float | None = None, prices: dict[str, Any] | None = None,
                 budget: Budget | None = None, prompts_dir: Path | None = None, json_mode: JsonMode = "auto",
                 max_output_tokens: int = 4096, backoff_s: float = 0.5, temperature: float | None = None,
                 context_window: int | None = None) -> None:
        key = api_key or os.environ.get(api_key_env)
        if not key:
            raise ConfigError(f"no API key: set {api_key_env}",
                              hint="local servers accept any value, e.g. OPENAI_API_KEY=x")
        if json_mode not in ("auto", "json_schema", "json_object"):
            raise ConfigError(f"unknown JSON mode {json_mode!r}", hint="auto, json_schema or json_object")
        if not key.isascii() or not key.isprintable():
            raise ConfigError(f"the API key in {api_key_env if not api_key else 'api_key'} has characters an HTTP "
                              "header cannot carry", hint="check for a pasted quote, space or accent")
        self._key = key
        self.model = model
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.endpoint = endpoint_of(self.base_url)
        self.json_mode = json_mode
        self.max_reasks = max_reasks
        self.deadline_s = deadline_s
        self.max_output_tokens = max_output_tokens
        self.context_window = context_window  # overrides the model table (--context-window)
        self.temperature = temperature
        self.prices = price_table(prices)
        if budget is not None and budget.max_cost_usd is not None and price_for(model, self.prices) is None:
            # an unpriced model costs $0 to the budget, so a cost ceiling would never hold
            raise ConfigError(f"--max-cost needs a price for model {model!r}",
                              hint="give one with --prices (USD per million tokens), or use --max-tokens")
        self.budget = budget
        self.prompts = Prompts(prompts_dir)
        self.policy = Policy(max_attempts=max_attempts, backoff_s=backoff_s, timeout_s=timeout)
        self._http_client, self._async_http_client = http_client, async_http_client
        self._client: Any = None
        self._aclient: Any = None
        self._aclient_loop: Callable[[], Any] = lambda: None

    def __repr__(self) -> str:  # never shows the key
        return f"OpenAIEngine(model={self.model!r}, endpoint={self.endpoint!r})"

    def fingerprint(self) -> str:
        """Model, endpoint, prompts, schema and sampling: what decides the answer besides the article."""
        from ..schema import SCHEMA_VERSION

        return (f"{self.name}|model={self.model}|endpoint={self.endpoint}|prompts={self.prompts.version}"
                f"#{self.prompts.sha}|schema={SCHEMA_VERSION}|mode={self.json_mode}|temperature={self.temperature}")

    # -- clients (the SDK's own retries are off: tenacity owns them) -------------------

    @property
    def client(self) -> Any:
        if self._client is None:
            import openai

            self._client = openai.OpenAI(api_key=self._key, base_url=self.base_url, max_retries=0,
                                         timeout=self.policy.timeout_s, http_client=self._http_client)
        return self._client

    @property
    def aclient(self) -> Any:
        """The async client of the running event loop: an HTTP pool cannot outlive its loop, so
        an engine reused under a new ``asyncio.run`` gets a fresh client (unless one was given).
        The old client's idle connections died with their loop and are left to the collector."""
        loop = asyncio.get_running_loop()
        if self._aclient is None or (self._async_http_client is None and self._aclient_loop() is not loop):
            import openai

            self._aclient = openai.AsyncOpenAI(api_key=self._key, base_url=self.base_url, max_retries=0,
                                               timeout=self.policy.timeout_s, http_client=self._async_http_client)
            self._aclient_loop = weakref.ref(loop)
        return self._aclient

    def close(self) -> None:
        """Close the clients; the engine stays usable and opens new ones on its next request."""
        client, self._client = self._client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        self.close()
        client, self._aclient = self._aclient, None
        # a client of a loop that has ended cannot be awaited here; its connections died with it
        if client is not None and self._aclient_loop() is asyncio.get_running_loop():
            await client.close()

    # -- requests --------------------------------------------------------------------

    def mode(self) -> str:
        """The response_format this endpoint gets now."""
        if self.json_mode != "auto":
            return self.json_mode
        return "json_object" if self.base_url in _REJECTS_JSON_SCHEMA else "json_schema"

    def request_body(self, messages: list[dict[str, Any]], schema: type, name: str, max_tokens: int,
                 mode: str) -> dict[str, Any]:
        if mode == "json_schema":
            fmt: dict[str, Any] = {"type": "json_schema",
                                   "json_schema": {"name": name, "schema": strict_schema(schema), "strict": True}}
        else:  # JSON mode knows no schema, so the model reads it from the prompt
            fmt = {"type": "json_object"}
            note = _JSON_OBJECT_NOTE.format(schema=json.dumps(strict_schema(schema), separators=(",", ":")))
            messages = [*messages, {"role": "system", "content": note}]
        body: dict[str, Any] = dict(model=self.model, messages=messages, response_format=fmt,
                                    max_completion_tokens=max_tokens)
        if self.temperature is not None:
            body["temperature"] = self.temperature
        return body

    def _rejected(self, exc: Exception, mode: str) -> bool:
        import openai

        if self.json_mode != "auto" or mode != "json_schema" or not isinstance(exc, openai.BadRequestError):
            return False
        body = exc.body if isinstance(exc.body, dict) else {}
        if body.get("param") == "response_format" or "response_format" in str(body.get("message", "")):
            _REJECTS_JSON_SCHEMA.add(self.base_url)
            return True
        return False

    def sender(self, schema: type, name: str, state: Reask | None = None) -> Callable[..., Any]:
        """The blocking send of one request; with a ``state`` under a budget, each send is
        reserved first (see ``Budgeted``)."""
        import openai

        def send(messages: list[dict[str, Any]], max_tokens: int, timeout: float) -> Any:
            mode = self.mode()
            try:
                return self.client.chat.completions.create(
                    **_sdk_kwargs(self.request_body(messages, schema, name, max_tokens, mode)), timeout=timeout)
            except openai.BadRequestError as exc:
                if self._rejected(exc, mode):
                    raise FormatRejected(self.endpoint) from None
                raise

        return state.guard(send) if isinstance(state, Budgeted) else send

    def _asender(self, schema: type, name: str, state: Reask | None = None) -> Callable[..., Any]:
        import openai

        async def send(messages: list[dict[str, Any]], max_tokens: int, timeout: float) -> Any:
            mode = self.mode()
            try:
                return await self.aclient.chat.completions.create(
                    **_sdk_kwargs(self.request_body(messages, schema, name, max_tokens, mode)), timeout=timeout)
            except openai.BadRequestError as exc:
                if self._rejected(exc, mode):
                    raise FormatRejected(self.endpoint) from None
                raise

        return state.aguard(send) if isinstance(state, Budgeted) else send

    def usage(self, completion: Any) -> tuple[Tokens, float]:
        """The tokens an answer used and their estimated cost."""
        tokens = tokens_from_usage(getattr(completion, "usage", None))
        return tokens, cost_usd(self.model, tokens, self.prices)

    def worst_case(self, messages: list[dict[str, Any]], max_tokens: int, schema: type) -> tuple[int, float]:
        """The most tokens and USD a request can cost: its prompt as sent (JSON-object note or
        schema included) plus a margin for the server's framing, all at the uncached price,
        and every output token it may use."""
        mode = self.mode()
        prompt = count_prompt_tokens(self.request_body(messages, schema, "x", max_tokens, mode)["messages"],
                                     self.model) + SAFETY_MARGIN
        if mode == "json_schema":
            prompt += _schema_tokens(schema, self.model)
        return prompt + max_tokens, cost_usd(self.model, Tokens(prompt=prompt, completion=max_tokens), self.prices)

    def window(self, context_window: int | None = None) -> int:
        """The context window every request must fit: prompt + ``max_completion_tokens``."""
        return limits_for(self.model, context_window or self.context_window).context_window

    def prompt_tokens(self, messages: list[dict[str, Any]], schema: type) -> int:
        """Prompt tokens of ``messages`` as sent (the JSON-object note included)."""
        return count_prompt_tokens(self.request_body(messages, schema, "x", 0, self.mode())["messages"], self.model)

    def reask_state(self, messages: list[dict[str, Any]], schema: type, step: str,
                    validator: Callable[[Any], list[Any]] | None, *, context_window: int | None = None,
                    deadline: float | None = None) -> Reask:
        """``deadline`` (monotonic) is the article's, shared by all its requests; without one the
        engine's ``deadline_s`` starts now."""
        if deadline is None and self.deadline_s is not None:
            deadline = time.monotonic() + self.deadline_s
        kw: dict[str, Any] = dict(
            step=step, render_reask=self.prompts.reask, validator=validator, max_reasks=self.max_reasks,
            max_output_tokens=self.max_output_tokens, secret=self._key, deadline=deadline,
            window=self.window(context_window), prompt_tokens=lambda m: self.prompt_tokens(m, schema))
        if self.budget is not None:
            return Budgeted(self, self.budget, messages, schema, **kw)
        return Reask(messages, schema, account=self.usage, **kw)

    @staticmethod
    def default_validator(schema: type, article: Article | None) -> Callable[[Any], list[Any]] | None:
        if article is None or schema is not BriefingContent:
            return None
        from ..validate import validate

        return lambda content: validate(content, article)

    # -- the public calls ------------------------------------------------------------

    def ask(self, messages: list[dict[str, Any]], schema: type, *, step: str, article: Article | None = None,
            validator: Callable[[Any], list[Any]] | None = None, schema_name: str | None = None,
            context_window: int | None = None, deadline: float | None = None) -> tuple[Any, list[Attempt]]:
        """One structured request: a validated ``schema`` instance and every attempt it took.

        Errors raised from here carry ``.attempts`` so callers can still account for them.
        """
        state = self.reask_state(messages, schema, step, validator or self.default_validator(schema, article),
                                 context_window=context_window, deadline=deadline)
        try:
            value = run_sync(state, self.sender(schema, schema_name or _schema_name(schema), state), self.policy)
        except (BriefError, asyncio.CancelledError, KeyboardInterrupt) as exc:
            exc.attempts = state.attempts  # type: ignore[union-attr]  # interrupted: still accounted
            raise
        finally:
            release_hold(state)
        return value, state.attempts

    async def aask(self, messages: list[dict[str, Any]], schema: type, *, step: str,
                   article: Article | None = None, validator: Callable[[Any], list[Any]] | None = None,
                   schema_name: str | None = None, context_window: int | None = None,
                   deadline: float | None = None) -> tuple[Any, list[Attempt]]:
        state = self.reask_state(messages, schema, step, validator or self.default_validator(schema, article),
                                 context_window=context_window, deadline=deadline)
        try:
            value = await arun(state, self._asender(schema, schema_name or _schema_name(schema), state),
                               self.policy)
        except (BriefError, asyncio.CancelledError, KeyboardInterrupt) as exc:
            exc.attempts = state.attempts  # type: ignore[union-attr]  # interrupted: still accounted
            raise
        finally:
            release_hold(state)
        return value, state.attempts

    def _draft(self, article: Article, content: Any, attempts: list[Attempt]) -> Draft:
        return Draft(content=content, engine=self.name, model=self.model, endpoint=self.endpoint,
                     prompt_version=self.prompts.version, attempts=attempts,
                     grounded=bool(attempts) and attempts[-1].outcome == "ok")

    def draft(self, article: Article) -> Draft:
        if not article.paragraphs:
            raise InputError("the article has no paragraphs to brief")
        try:
            content, attempts = self.ask(self.prompts.messages(article), BriefingContent, step="brief",
                                         article=article, schema_name="briefing")
        except ModelError as exc:
            if not getattr(exc, "window_bound", False):
                raise
            from ..mapreduce import draft_long

            return _via_notes(exc, draft_long(self, article, context_window=self.context_window))
        return self._draft(article, content, attempts)

    async def adraft(self, article: Article) -> Draft:
        if not article.paragraphs:
            raise InputError("the article has no paragraphs to brief")
        try:
            content, attempts = await self.aask(self.prompts.messages(article), BriefingContent, step="brief",
                                                article=article, schema_name="briefing")
        except ModelError as exc:
            if not getattr(exc, "window_bound", False):
                raise
            from ..mapreduce import adraft_long

            return _via_notes(exc, await adraft_long(self, article, context_window=self.context_window))
        return self._draft(article, content, attempts)


def _via_notes(exc: ModelError, result: Draft) -> Draft:
    """A briefing too long to write beside the whole article, written from notes instead
    (map-reduce: each request is smaller); the cut-off attempts stay in provenance."""
    attempts = [*getattr(exc, "attempts", []), *result.attempts]
    result.attempts = [a.model_copy(update={"n": i}) for i, a in enumerate(attempts, 1)]
    result.warnings.insert(0, f"{exc.message}; the briefing was written from notes on the article instead")
    return result


@lru_cache(maxsize=32)
def _schema_tokens(schema: type, model: str) -> int:
    """Tokens of the strict schema sent as ``response_format`` (counted as prompt, to be safe)."""
    return count_tokens(json.dumps(strict_schema(schema), separators=(",", ":")), model)


def _sdk_kwargs(body: dict[str, Any]) -> dict[str, Any]:
    """The body as SDK arguments, all but the model as ``extra_body``, which the SDK sends as
    it is (its keys replace the arguments'): the SDK would otherwise walk the JSON schema
    (about 2 ms a request) and every message (0.3 ms) to re-type what brief built itself.
    The wire body is the same; ``messages`` is passed empty only to satisfy the signature."""
    return {"model": body["model"], "messages": [], "extra_body": {k: v for k, v in body.items() if k != "model"}}


def make_mock_engine(model: str = "mock-1", faults: Any = None, seed: int = 0, *, mock: Any = None,
                     script: list[str] | None = None, latency: float = 0.0, **kw: Any) -> OpenAIEngine:
    """An engine over the in-process mock: the real SDK code path, no sockets, no key.

    The mock is reachable as ``engine.mock`` (stats, scripting).
    """
    import httpx2

    from ..mock import MockModel

    mock = mock or MockModel(faults, seed=seed, latency=latency, script=script, model=model)
    kw.setdefault("api_key", "mock-key")
    kw.setdefault("base_url", "http://mock.invalid/v1")
    engine = OpenAIEngine(model=model, http_client=httpx2.Client(transport=mock.transport()),
                          async_http_client=httpx2.AsyncClient(transport=mock.async_transport()), **kw)
    engine.name = "mock"
    engine.mock = mock  # type: ignore[attr-defined]
    return engine
