"""Briefings through batch engines (OpenAI Batch API, ``vllm run-batch``): the shared core.

A batch cannot hold a conversation, so every article is *replayed*: its steps (one
briefing request, or map → collapse → reduce for long articles) run exactly as the
synchronous path runs them, but each request is first looked up by ``custom_id`` among
the batch results gathered so far. A found answer is judged by the same ``Reask`` state
the synchronous path uses; a request never sent becomes a line of the next batch (that
is how prepare writes stage 1 and how long articles get their stage-2 reduce requests);
a failed one is re-asked synchronously, or written as a follow-up line (``<id>~2``).
Replaying from the start each time keeps no state besides the files themselves.

``brief.batch_prepare`` writes stage 1; ``brief.batch_collect`` submits, waits and collects.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .accounting import BATCH_PRICE
from .article import Article
from .engines.base import Draft
from .errors import BriefError, ConfigError, InputError
from .schema import Attempt, BriefingContent

ENDPOINT = "/v1/chat/completions"
MANIFEST_VERSION = 1
MAX_CUSTOM_ID = 64  # the Batch API's limit


@dataclass
class Ask:
    """One structured request an article's steps want answered."""

    step: str
    messages: list[dict[str, Any]]
    schema: type
    schema_name: str
    article: Article | None = None
    validator: Any = None


@dataclass
class Pending:
    """An article waiting on requests that are now lines of the next batch."""

    lines: list[dict[str, Any]]


@dataclass
class Results:
    """What the batches returned so far, by custom_id, and which custom_ids were sent."""

    lines: dict[str, dict[str, Any]] = field(default_factory=dict)
    sent: set[str] = field(default_factory=set)
    broken: list[str] = field(default_factory=list)  # "file:line" of lines that were not JSON

    def add_line(self, line: dict[str, Any]) -> None:
        """File one JSONL record: a request (``body``) marks it sent, a result is kept."""
        cid = line.get("custom_id")
        if not isinstance(cid, str):
            raise InputError("a batch line has no custom_id")
        self.sent.add(cid)
        if "body" not in line:
            self.lines[cid] = line

    def add_text(self, text: str, origin: str) -> None:
        """File every line; a broken one (a truncated download, say) is noted and skipped, so its
        request counts as unanswered and is re-asked rather than sinking the whole collect."""
        for n, raw in enumerate(text.splitlines(), 1):
            if raw.strip():
                try:
                    line = json.loads(raw)
                except ValueError:
                    self.broken.append(f"{origin}:{n}")
                    continue
                if not isinstance(line, dict):
                    self.broken.append(f"{origin}:{n}")
                    continue
                self.add_line(line)


def request_line(custom_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """One line of a Batch API (and ``vllm run-batch``) input file."""
    if len(custom_id) > MAX_CUSTOM_ID:  # pragma: no cover - ids are 16-char hashes plus a short step
        raise BriefError(f"custom_id {custom_id!r} is longer than {MAX_CUSTOM_ID} characters")
    return {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body}


def line_error(line: dict[str, Any]) -> tuple[str, str] | None:
    """(outcome, message) when a result line holds no usable completion."""
    error = line.get("error")
    if error:
        code = error.get("code") if isinstance(error, dict) else None
        message = error.get("message") if isinstance(error, dict) else str(error)
        return ("batch_expired" if code == "batch_expired" else "batch_error"), f"{code or 'error'}: {message}"
    response = line.get("response") or {}
    status = response.get("status_code")
    if status != 200:
        body = response.get("body") or {}
        inner = body.get("error", body) if isinstance(body, dict) else {}
        message = inner.get("message") if isinstance(inner, dict) else None
        return "batch_error", f"HTTP {status}: {message or 'no result'}"
    return None


# -- the manifest: which articles a batch is about ----------------------------------------

def manifest_path(requests: str | Path) -> Path:
    """``requests.jsonl`` → ``requests.manifest.jsonl`` (written beside it by prepare)."""
    path = Path(requests)
    return path.with_name(f"{path.stem}.manifest.jsonl")


@dataclass
class Manifest:
    """The cleaned articles of a batch run, plus the inputs that never became one."""

    header: dict[str, Any]
    articles: list[tuple[str, Article]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)  # name, stage, reason
    duplicates: int = 0
    inputs: int = 0

    def lines(self) -> Iterator[str]:
        yield json.dumps({"brief_batch": MANIFEST_VERSION, **self.header, "inputs": self.inputs,
                          "duplicates": self.duplicates})
        for failure in self.failures:
            yield json.dumps({"failure": failure})
        for name, article in self.articles:
            yield json.dumps({"name": name, "article": article.model_dump(mode="json")}, ensure_ascii=False)

    def write(self, path: Path) -> None:
        from .files import write_atomic

        write_atomic(path, "".join(line + "\n" for line in self.lines()))

    @classmethod
    def read(cls, path: str | Path) -> Manifest:
        try:
            rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
        except OSError as exc:
            raise InputError(f"cannot read the batch manifest {path}: {exc.strerror}") from None
        except ValueError:
            raise InputError(f"{path} is not a brief batch manifest") from None
        if not rows or rows[0].get("brief_batch") != MANIFEST_VERSION:
            raise InputError(f"{path} is not a brief batch manifest")
        head = rows[0]
        manifest = cls({k: v for k, v in head.items() if k not in ("brief_batch", "inputs", "duplicates")},
                       inputs=int(head.get("inputs", 0)), duplicates=int(head.get("duplicates", 0)))
        for row in rows[1:]:
            if "failure" in row:
                manifest.failures.append(row["failure"])
            else:
                manifest.articles.append((row["name"], Article.model_validate(row["article"])))
        return manifest


# -- replaying one article's steps ---------------------------------------------------------

def _single(engine: Any, article: Article) -> Generator[list[Ask], list[Any], tuple[Any, int]]:
    (content,) = yield [Ask("brief", engine.prompts.messages(article), BriefingContent, "briefing",
                            article=article)]
    return content, 1


class Reasked:
    """Answers re-asked synchronously, kept in a file in the output folder: a later stage of the
    same batch replays them instead of paying for them again (and so gets the very notes its
    reduce request was built from). Their attempts count once, with the finished briefing."""

    def __init__(self, path: Path | None) -> None:
        import threading

        self.path, self.lock, self.seen = path, threading.Lock(), {}
        for line in path.read_text(encoding="utf-8").splitlines() if path and path.is_file() else ():
            try:
                record = json.loads(line)
                self.seen[record["key"]] = record
            except (ValueError, KeyError, TypeError):  # a line torn by a crash: that one is asked again
                continue

    def get(self, key: str, schema: Any) -> tuple[Any, list[Attempt]] | None:
        record = self.seen.get(key)
        try:
            return (schema.model_validate(record["value"]), [Attempt.model_validate(a) for a in record["attempts"]]
                    ) if record else None
        except ValueError:
            return None

    def put(self, key: str, value: Any, attempts: list[Attempt]) -> None:
        record = {"key": key, "value": value.model_dump(mode="json"),
                  "attempts": [a.model_dump(mode="json") for a in attempts]}
        with self.lock:
            self.seen[key] = record
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")


class Replayer:
    """Drives articles through their steps against the results gathered so far.

    ``follow_up``: failed requests become lines of the next batch instead of being
    re-asked synchronously here.
    """

    def __init__(self, engine: Any, results: Results, *, follow_up: bool = False,
                 context_window: int | None = None, reasked: Path | None = None) -> None:
        if not hasattr(engine, "reask_state"):
            raise ConfigError("batch runs need an OpenAI-compatible engine, not the offline one")
        self.engine = engine
        self.results = results
        self.follow_up = follow_up
        self.context_window = context_window
        self.reasked = Reasked(reasked)

    def body(self, ask: Ask, messages: list[dict[str, Any]], max_tokens: int) -> dict[str, Any]:
        """Exactly the body the synchronous path would send for these messages."""
        return self.engine.request_body(messages, ask.schema, ask.schema_name, max_tokens, self.engine.mode())

    def _long(self, article: Article) -> bool:
        from .budget import needs_chunking

        return self.engine.name != "offline" and needs_chunking(article, getattr(self.engine, "model", None),
                                                                self.context_window)

    def article(self, article: Article) -> Draft | Pending:
        """A finished draft, or the next batch lines this article waits on.

        Raises a ``BriefError`` (carrying ``.attempts``) when the article cannot be briefed.
        """
        from . import mapreduce

        run = mapreduce._start(self.engine, article, self.context_window) if self._long(article) else None
        steps: Generator[list[Any], list[Any], Any] = run.steps() if run is not None else _single(self.engine, article)
        attempts = run.attempts if run is not None else []
        batch, result = mapreduce._resume(steps, None)
        stage = 0
        try:
            while batch is not None:
                stage += 1
                values: list[Any] = []
                waiting: list[dict[str, Any]] = []
                for i, ask in enumerate(batch):
                    ask = ask if isinstance(ask, Ask) else _from_mapreduce(ask)
                    cid = f"{article.id}:brief" if run is None else f"{article.id}:{stage}:{ask.step}:{i}"
                    try:
                        value, done = self.resolve(cid, ask)
                    except BriefError as exc:
                        if run is None:
                            raise
                        mapreduce._record(run, _to_mapreduce(ask), exc)  # skips a failed part, raises on reduce
                        values.append(None)
                        continue
                    if isinstance(value, Pending):
                        waiting.extend(value.lines)
                        values.append(None)
                    else:
                        attempts.extend(done)
                        values.append(value)
                if waiting:
                    return Pending(waiting)
                batch, result = mapreduce._resume(steps, values)
        except BriefError as exc:
            if run is not None:  # the whole article's attempts, not just the failing request's
                exc.attempts = list(run.attempts)  # type: ignore[attr-defined]
            raise
        finally:
            steps.close()
        if run is not None:
            return run.draft(*result)
        content, _ = result
        return Draft(content=content, engine=self.engine.name, model=self.engine.model, endpoint=self.engine.endpoint,
                     prompt_version=self.engine.prompts.version, attempts=attempts)

    def resolve(self, cid: str, ask: Ask) -> tuple[Any, list[Attempt]]:
        """The validated answer to one request and its attempts, or a ``Pending`` line."""
        from openai.types.chat import ChatCompletion

        from .retry import run_sync

        engine = self.engine
        state = engine.reask_state(ask.messages, ask.schema, ask.step,
                              ask.validator or engine.default_validator(ask.schema, ask.article))
        k = 1
        try:
            while True:
                key = cid if k == 1 else f"{cid}~{k}"
                line = self.results.lines.get(key)
                if line is None and key in self.results.sent:
                    state.record("batch_missing", 0.0, ["the batch returned no result for this request"])
                elif line is None:
                    if k == 1 or self.follow_up:  # never sent (a later stage), or a failure sent again
                        messages, max_tokens = state.request()
                        return Pending([request_line(key, self.body(ask, messages, max_tokens))]), []
                    if (kept := self.reasked.get(key, ask.schema)) is not None:
                        return kept
                    value = run_sync(state, engine.sender(ask.schema, ask.schema_name, state), engine.policy)
                    self.reasked.put(key, value, state.attempts)
                    return value, state.attempts
                elif (error := line_error(line)) is not None:
                    state.record(error[0], 0.0, [error[1]])
                else:
                    try:
                        completion = ChatCompletion.model_validate(line["response"]["body"])
                    except ValueError:
                        state.record("batch_error", 0.0, ["the result line holds no chat completion"])
                    else:
                        value = state.feed(completion, 0.0)
                        state.attempts[-1].cost_usd = round(state.attempts[-1].cost_usd * BATCH_PRICE, 8)
                        if value is not None:
                            return value, state.attempts
                k += 1
        except BriefError as exc:
            exc.attempts = state.attempts  # type: ignore[attr-defined]
            raise


def _from_mapreduce(ask: Any) -> Ask:
    from .mapreduce import SCHEMA_NAMES

    return Ask(ask.step, ask.messages, ask.schema, SCHEMA_NAMES[ask.step], ask.article, ask.validator)


def _to_mapreduce(ask: Ask) -> Any:
    from .mapreduce import _Ask

    return _Ask(ask.step, ask.messages, ask.schema, ask.article, ask.validator)
