"""The mock model itself: one chat request in, one response out, faults included.

Pure and transport-free, so the in-process httpx2 transport and the loopback HTTP server
share exactly this code. Responses have the full OpenAI shape (ids, usage counted with
brief's token counter, finish_reason) because clients read more than the content.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from typing import Any

from ..accounting import count_prompt_tokens, count_tokens
from .responses import MockResponse, error_response, json_response
from .answerers import apply_fault, article_from_messages, get_answerer, message_text, obey_injection
from .faults import FaultSpec, check_outcome

_ARTICLE_ID = re.compile(r"<article\b[^>]*\bid=\"([^\"]+)\"")
_REASONS = {400: "invalid_request_error", 401: "invalid_api_key", 403: "permission_denied",
            404: "model_not_found", 408: "timeout", 409: "conflict", 429: "rate_limit_exceeded"}


class MockModel:
    """An OpenAI-compatible model for tests, benches and demos.

    ``faults`` is a spec string (see ``brief.mock.faults``) or a ``FaultSpec``; ``script``
    forces the outcomes of the next chat requests, in order, before the faults apply.
    ``latency`` is the least time an answer takes, the mock's own work included (as a model's
    response time is); the transports apply it. ``api_key``, when set, is required.
    ``workers`` > 0 answers in that many worker processes: a model server answers requests in
    parallel, while answerers run in the server's threads share one GIL, so their CPU would
    queue and stretch every latency under load (close the model to stop them).
    """

    def __init__(self, faults: str | FaultSpec | None = None, seed: int = 0, latency: float = 0.0, *,
                 script: Iterable[str] | None = None, model: str = "mock-1",
                 retry_after: float | None = 1.0, api_key: str | None = None, hang_s: float = 30.0,
                 default_schema: str = "briefing", memo: bool = False, workers: int = 0,
                 context_window: int | None = None) -> None:
        self.faults = faults if isinstance(faults, FaultSpec) else FaultSpec.parse(faults, seed=seed)
        self.latency = latency
        self.model = model
        self.context_window = context_window  # None: each model's window from brief's table
        self.retry_after = retry_after
        self.api_key = api_key
        self.hang_s = hang_s
        self.default_schema = default_schema
        self._script = deque(check_outcome(s) for s in (script or ()))
        self._lock = threading.Lock()
        self._n = 0
        self._paths: Counter[str] = Counter()
        self._outcomes: Counter[str] = Counter()
        self._chat: list[dict[str, Any]] = []
        # memo: a request seen before is answered from memory, so the answer costs this machine
        # nothing, as a remote model's would (benchmarks measure brief, not the mock's analysis)
        self._memo: dict[str, str] | None = {} if memo else None
        self._workers = workers
        self._pool: Any = _answer_pool(workers) if workers > 0 else None  # a ProcessPoolExecutor

    def close(self) -> None:
        """Stop the worker processes, if any."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def script(self, *outcomes: str) -> None:
        """Queue forced outcomes for the next chat requests."""
        with self._lock:
            self._script.extend(check_outcome(o) for o in outcomes)

    def stats(self) -> dict[str, Any]:
        """Counts of requests and outcomes, and the prompt tokens of every chat request."""
        with self._lock:
            return {"requests": self._n, "paths": dict(self._paths), "outcomes": dict(self._outcomes),
                    "chat": [dict(c) for c in self._chat],
                    "prompt_tokens": [c["prompt_tokens"] for c in self._chat]}

    def transport(self) -> Any:
        from .transport import sync_transport

        return sync_transport(self)

    def async_transport(self) -> Any:
        from .transport import async_transport

        return async_transport(self)

    # -- the protocol -------------------------------------------------------------------

    def remaining_latency(self, started: float) -> float:
        """Seconds still to wait so that an answer begun at ``started`` takes ``latency`` in all."""
        return max(0.0, self.latency - (time.monotonic() - started))

    def handle(self, request: Any, path: str = "/v1/chat/completions", method: str = "POST",
               headers: Mapping[str, str] | None = None) -> MockResponse:
        """Answer one HTTP request; ``request`` is the parsed JSON body (or raw bytes)."""
        path = "/" + path.split("?", 1)[0].strip("/")
        with self._lock:
            self._n += 1
            self._paths[f"{method} {path}"] += 1
        if method == "GET" and path == "/_mock/stats":
            return json_response(200, self.stats())
        if method == "GET" and path in ("/v1/models", "/models"):
            return json_response(200, {"object": "list", "data": [
                {"id": self.model, "object": "model", "created": 0, "owned_by": "brief-mock"}]})
        if method == "POST" and path in ("/v1/chat/completions", "/chat/completions"):
            if isinstance(request, (bytes, str)):
                try:
                    request = json.loads(request or b"{}")
                except ValueError:
                    return error_response(400, "request body is not valid JSON")
            return self._chat_completion(request or {}, {k.lower(): v for k, v in (headers or {}).items()})
        if path.startswith(("/v1/files", "/v1/batches", "/files", "/batches")):  # Batch API: see batches.py
            from .batches import route

            return route(self, request, path, method, headers)
        return error_response(404, f"no route for {method} {path}", code="not_found")

    def _record(self, request: dict[str, Any], headers: dict[str, str], outcome: str, tokens: int) -> None:
        messages = request.get("messages") or []
        found = next((m for m in map(_ARTICLE_ID.search, map(message_text, messages)) if m), None)
        with self._lock:
            self._outcomes[outcome] += 1
            self._chat.append({
                "n": len(self._chat) + 1, "outcome": outcome, "prompt_tokens": tokens,
                "article": found.group(1) if found else None,
                "reask": any(m.get("role") == "assistant" for m in messages),
                "retry_count": int(headers.get("x-stainless-retry-count", "0") or 0),
                "format": (request.get("response_format") or {}).get("type"),
                "max_tokens": request.get("max_completion_tokens") or request.get("max_tokens"),
            })

    def _next_outcome(self) -> str:
        with self._lock:
            if self._script:
                return self._script.popleft()
        return self.faults.pick()

    def _chat_completion(self, request: dict[str, Any], headers: dict[str, str]) -> MockResponse:
        model = str(request.get("model") or self.model)
        messages = request.get("messages") or []
        prompt_tokens = count_prompt_tokens(messages, model)
        fmt = request.get("response_format") or {}
        if fmt.get("type") == "json_schema" and "reject-json-schema" in self.faults.modes:
            self._record(request, headers, "rejected_json_schema", prompt_tokens)
            return error_response(400, "response_format of type 'json_schema' is not supported by this server",
                          param="response_format", code="unsupported_parameter")
        overflow = self._overflow(model, prompt_tokens, request)
        if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
            outcome = "401"
        elif overflow is not None:
            self._record(request, headers, "context_length_exceeded", prompt_tokens)
            return overflow
        else:
            outcome = self._next_outcome()
        self._record(request, headers, outcome, prompt_tokens)
        if outcome in ("timeout", "drop"):
            return MockResponse(0, action=outcome)
        if outcome == "quota":
            return error_response(429, "You exceeded your current quota, please check your plan and billing details.",
                          code="insufficient_quota")
        if outcome.isdigit():
            return self._statuserror_response(int(outcome), headers)
        return self._answer(request, model, prompt_tokens, outcome)

    def window(self, model: str) -> int | None:
        """The context window of ``model``: the mock's own, else brief's table (None: unknown)."""
        if self.context_window is not None:
            return self.context_window
        from ..budget import _lookup

        found = _lookup(model)
        return found[0] if found else None

    def _overflow(self, model: str, prompt_tokens: int, request: dict[str, Any]) -> MockResponse | None:
        """The 400 real servers give a request whose prompt plus output limit exceed the window."""
        window = self.window(model)
        limit = int(request.get("max_completion_tokens") or request.get("max_tokens") or 0)
        if window is None or prompt_tokens + limit <= window:
            return None
        return error_response(400, f"This model's maximum context length is {window} tokens. However, you "
                              f"requested {prompt_tokens + limit} tokens ({prompt_tokens} in the messages, {limit} "
                              "in the completion). Please reduce the length of the messages or completion.",
                              param="messages", code="context_length_exceeded")

    def _statuserror_response(self, status: int, headers: dict[str, str]) -> MockResponse:
        if status == 401:
            presented = headers.get("authorization", "").removeprefix("Bearer ")
            # Echoes the key back, as careless servers do: clients must scrub it.
            return error_response(401, f"Incorrect API key provided: {presented}.", code="invalid_api_key")
        extra: dict[str, str] = {}
        if status == 429 and self.retry_after is not None:
            extra = {"retry-after": f"{self.retry_after:g}", "retry-after-ms": str(int(self.retry_after * 1000))}
        message = {429: "Rate limit reached for requests (mock).", 503: "The server is overloaded (mock)."}
        return error_response(status, message.get(status, f"Mock error {status}."), code=_REASONS.get(status),
                      headers=extra)

    def _run(self, answerer: Any, request: dict[str, Any]) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        pool = self._pool
        if pool is None:
            return answerer(request)
        try:
            return pool.submit(answerer, request).result()
        except BrokenProcessPool:  # a worker died: this request fails, the next ones get a fresh pool
            with self._lock:
                if self._pool is pool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = _answer_pool(self._workers)
            raise

    def _memoized(self, name: str, request: dict[str, Any], answerer: Any) -> Any:
        if self._memo is None:
            return self._run(answerer, request)
        key = hashlib.sha256(json.dumps([name, request.get("messages")], sort_keys=True).encode()).hexdigest()
        with self._lock:
            known = self._memo.get(key)
        if known is not None:
            return json.loads(known)
        answer = self._run(answerer, request)
        with self._lock:
            self._memo[key] = json.dumps(answer)
        return answer

    def _answer(self, request: dict[str, Any], model: str, prompt_tokens: int, outcome: str) -> MockResponse:
        fmt = request.get("response_format") or {}
        name = (fmt.get("json_schema") or {}).get("name") or self.default_schema
        answerer = get_answerer(name)
        if answerer is None:
            return error_response(400, f"the mock has no answerer for schema {name!r}", param="response_format")
        try:
            answer = self._memoized(name, request, answerer)
        except LookupError as exc:
            return error_response(400, f"the mock cannot answer this request: {exc}")
        except Exception as exc:  # an answerer's bug, or a dead worker: the client gets a 500, not a dropped socket
            return error_response(500, f"the mock failed to answer: {type(exc).__name__}: {exc}")
        if "obey-injection" in self.faults.modes:
            answer = obey_injection(answer, article_from_messages(request.get("messages") or []))
        answer = apply_fault(outcome, name, answer, request)
        full = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))  # as structured outputs arrive: no spaces
        content: str | None = full
        refusal, finish = None, "stop"
        if outcome == "badjson":
            content = "Sure! Here is the briefing you asked for:\n" + full[: len(full) // 2]
        elif outcome == "truncate":
            content, finish = full[: len(full) // 2], "length"
        elif outcome == "refuse":
            content, refusal = None, "I'm sorry, but I can't help with that request."
        elif outcome == "filter":
            content, finish = None, "content_filter"
        completion_tokens = count_tokens(content or refusal or "", model)
        limit = request.get("max_completion_tokens") or request.get("max_tokens")
        if content and limit and completion_tokens > int(limit):
            content = content[: int(len(content) * int(limit) / completion_tokens)]
            completion_tokens, finish = int(limit), "length"
        with self._lock:
            ident = f"chatcmpl-mock{self._n:08d}"
        return json_response(200, {
            "id": ident, "object": "chat.completion", "created": int(time.time()), "model": model,
            "system_fingerprint": "fp_mock", "service_tier": "default",
            "choices": [{"index": 0, "logprobs": None, "finish_reason": finish, "message": {
                "role": "assistant", "content": content, "refusal": refusal, "annotations": []}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens,
                      "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                      "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                    "accepted_prediction_tokens": 0,
                                                    "rejected_prediction_tokens": 0}},
        }, {"x-request-id": f"req_{ident}", "openai-processing-ms": "1"})


def _answer_pool(workers: int) -> Any:
    """Worker processes, started (spawn: the server is threaded) and warmed before the first request."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(os.getpid(),))
    for started in [pool.submit(_ready) for _ in range(workers)]:
        started.result()  # a worker that cannot start (say, a script without a __main__ guard) fails here
    return pool


def _start_worker(parent: int) -> None:
    """Every worker, as it starts (not whichever takes a task): follow the parent, then warm up."""
    _follow_parent(parent)
    _warm()


def _ready() -> bool:
    return True


def _follow_parent(parent: int) -> None:
    """Exit when the server dies: a killed server (the benches SIGKILL it) must not leave
    its workers behind, and they would wait on their queue forever."""
    import os

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="brief-mock-parent", daemon=True).start()


def _warm() -> None:
    """Import the offline engine the answerers run (they import it lazily), load the tokenizer and
    analyse one short text (its tables are built on first use: 20 ms), so a worker's first answer is
    not slow. Answerers reach a worker pickled by reference."""
    from ..article import Article
    from ..engines import offline

    count_tokens("warm up")
    offline.analyze(Article.from_paragraphs(["Officials in Avalen said on Tuesday that Ann Lee, the port's "
                                             "director, had resigned.", "“We deny it,” the union said."]))
