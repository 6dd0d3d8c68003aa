"""The morning run: many inputs → one briefing each (concurrent, cached, resumable) → a digest.

Every finished briefing is committed to the cache and to ``briefings/<id>.json`` the
moment it is done, so a run killed at any point (SIGKILL included) resumes by finding
its work in the cache: nothing is redone, lost or counted twice. A failing article
becomes an entry in ``failures[]``; it never sinks the batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeAlias

from .article import Article
from .batchgc import batch_gc
from .cache import Cache
from .dailyinputs import doc_name, expand_inputs, fetch_url, take
from .digest import Digest, Duplicate, Failure, Prepared, RunStats, build_digest, prepare, write_digest
from .engines.base import Engine
from .errors import BriefError, BudgetExceeded, ConfigError, ValidationFailed
from .files import holds, write_briefing
from .ground import REPAIRS
from .ratelimit import RateLimiter, observing_client
from .runlog import RunLog
from .schema import Attempt, Briefing

#: ``progress(event, name)``, or ``progress(event, name, reason)`` for a callable that takes
#: three arguments (a failure's reason); events: found, cached, done, duplicate, failed, inputs_done.
Progress = Callable[..., None]
STATE_DIR = ".brief"
EXPECTED_OUTPUT_TOKENS = 1200  # what a briefing costs to write, for the token limiter's estimate


def cache_fingerprint(engine: Engine) -> str:
    """``engine.fingerprint()``, plus the model and prompt version if it leaves them out:
    a briefing cached for one model must never answer for another."""
    key = engine.fingerprint()
    prompts = getattr(engine, "prompts", None)
    for label, value in (("model", getattr(engine, "model", None)),
                         ("prompt", getattr(prompts, "version", None))):
        if value and str(value) not in key:
            key += f"|{label}={value}"
    return key


INLINE_CLEAN_BYTES = 16_384


def _grounded_by_dropping(briefing: Briefing) -> bool:
    """A model's briefing that held only after parts were dropped or replaced: --strict fails those."""
    return briefing.provenance.engine != "offline" and any(w.startswith(REPAIRS)
                                                           for w in briefing.warnings)


class _Run:
    """State of one daily run, shared by its worker tasks (all on one event loop)."""

    def __init__(self, engine: Engine, *, out: Path | None, cache: Cache | None, log: RunLog | None,
                 limiter: RateLimiter, strict: bool, context_window: int | None,
                 progress: Progress | None, refresh: bool = False, pages: bool = False,
                 fallback: bool = False) -> None:
        self.engine, self.out, self.cache, self.log = engine, out, cache, log
        self.fallback = fallback
        self.limiter, self.strict, self.progress = limiter, strict, progress
        self.with_reason = progress is not None and _takes_reason(progress)  # asked once, not per failure
        self.context_window, self.refresh, self.pages = context_window, refresh, pages
        self.fingerprint = cache_fingerprint(engine)
        self.briefings: dict[str, Briefing] = {}
        self.prepared: dict[str, Prepared] = {}  # the digest's per-briefing work, done while requests wait
        self.claimed: set[str] = set()
        self.failures: list[Failure] = []
        self.duplicates: list[Duplicate] = []
        self.stats = RunStats()
        self.run_id: str | None = None

    def emit(self, event: str, name: str, reason: str = "") -> None:
        if self.progress:
            if reason and self.with_reason:
                self.progress(event, name, reason)
            else:
                self.progress(event, name)

    def fail(self, name: str, stage: str, reason: str) -> None:
        self.failures.append(Failure(name=name, stage=stage, reason=reason))
        self.stats.failed += 1
        if self.log is not None and self.run_id:
            self.log.log_failure(self.run_id, name, reason, stage)
        self.emit("failed", name, reason)

    async def commit(self, briefing: Briefing, *, fresh: bool, article: Article | None = None) -> None:
        """Record a finished briefing: the cache row first, then its files."""
        # an offline stand-in for an unreachable model is not that model's answer: a rerun asks again
        if fresh and self.cache is not None and briefing.provenance.engine == self.engine.name:
            self.cache.put(briefing, self.fingerprint)
        # a file kept from an earlier run is compared with the briefing, not trusted for being there
        # (checked here: a small read costs less than the thread hop that a rewrite takes)
        if self.out and (fresh or self.pages or not holds(self.out / "briefings" / f"{briefing.id}.json",
                                                          briefing.to_json())):
            await asyncio.to_thread(write_briefing, self.out / "briefings", briefing, fresh, self.pages, article)
        self.briefings[briefing.id] = briefing
        self.prepared[briefing.id] = prepare(briefing)

    def account(self, name: str, article_id: str | None, attempts: list[Attempt]) -> None:
        # an offline pass calls no model, nor does a request refused before it was sent
        self.stats.model_calls += sum(a.step != "offline" and a.outcome != "not_sent" for a in attempts)
        for a in attempts:
            self.stats.prompt_tokens += a.tokens.prompt
            self.stats.completion_tokens += a.tokens.completion
            self.stats.cost_usd += a.cost_usd
        if self.log is not None and self.run_id and attempts:
            self.log.log_attempts(self.run_id, article_id, name, attempts)

    async def handle(self, doc: Any) -> None:
        from .clean import clean
        from .inputs import InputFailure
        from .pipeline import asummarize_article

        if isinstance(doc, str):  # a URL: fetched here, so pages download concurrently
            doc = await fetch_url(doc)
        if isinstance(doc, InputFailure):
            self.fail(doc.name, "input", doc.reason)
            return
        name = doc_name(doc)
        try:
            # a short text cleans in well under a millisecond, less than a thread hop costs;
            # HTML and long texts go to a worker thread so they do not stall the loop
            small = doc.kind != "html" and len(doc.data) < INLINE_CLEAN_BYTES
            article: Article = clean(doc) if small else await asyncio.to_thread(clean, doc)
        except BriefError as exc:
            self.fail(name, "clean", exc.message)
            return
        except Exception as exc:  # a cleaner bug on one odd page must not sink the batch
            self.fail(name, "clean", f"internal error: {type(exc).__name__}: {exc}")
            return
        if not article.paragraphs:
            self.fail(name, "clean", "no article text found after cleaning")
            return
        if article.id in self.claimed:
            self.stats.duplicates += 1
            self.duplicates.append(Duplicate(name=name, briefing_id=article.id))
            self.emit("duplicate", name)
            return
        self.claimed.add(article.id)
        cached = None
        if self.cache is not None and not self.refresh:
            cached = self.cache.get(article.id, self.fingerprint)
        if cached is not None and self.strict and _grounded_by_dropping(cached):
            cached = None  # kept by a run without --strict; this run would have failed it
        if cached is not None:
            self.stats.cache_hits += 1
            await self.commit(cached, fresh=False, article=article)
            self.emit("cached", name)
            return
        estimate = int(article.source.word_count * 1.4) + EXPECTED_OUTPUT_TOKENS
        await self.limiter.acquire(estimate)
        try:
            briefing = await asummarize_article(article, self.engine, strict=self.strict, fallback=self.fallback,
                                                context_window=self.context_window)
        except asyncio.CancelledError as exc:  # interrupted: what its requests already used still counts
            self.account(name, article.id, getattr(exc, "attempts", None) or [])
            raise
        except BriefError as exc:
            # no attempt recorded means no request went out (bad input, a budget that refused it)
            attempts = getattr(exc, "attempts", None) or [Attempt(n=1, outcome="not_sent", errors=[str(exc)])]
            self.account(name, article.id, attempts)
            stage = "limit" if isinstance(exc, BudgetExceeded) else "validate" if isinstance(exc, ValidationFailed) \
                else "brief"
            self.fail(name, stage, str(exc))
            return
        except Exception as exc:  # one article's bug must not sink the batch
            self.account(name, article.id, [Attempt(n=1, outcome="error", errors=[repr(exc)])])
            self.fail(name, "brief", f"internal error: {type(exc).__name__}: {exc}")
            return
        self.limiter.settle(estimate, briefing.provenance.tokens.prompt + briefing.provenance.tokens.completion)
        self.account(name, article.id, briefing.provenance.attempts)
        await self.commit(briefing, fresh=True, article=article)
        self.emit("done", name)


async def _produce(paths: list[str], urls: list[str], queue: asyncio.Queue, run: _Run, workers: int) -> None:
    """Feed the workers, reading lazily so 2,000 inputs never sit in memory at once."""
    from .inputs import iter_inputs

    source = iter_inputs(paths, out=run.out)  # brief's own output in the folders is not read back
    while batch := await asyncio.to_thread(take, source):
        for doc in batch:
            run.stats.inputs += 1
            run.emit("found", getattr(doc, "name", ""))
            await queue.put(doc)
    for url in urls:
        run.stats.inputs += 1
        run.emit("found", url)
        await queue.put(url)
    run.emit("inputs_done", "")
    for _ in range(workers):
        await queue.put(None)


async def _all_or_none(coros: list[Any]) -> None:
    """Run the tasks together; if one raises, cancel the rest before passing the error on."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def _work(queue: asyncio.Queue, run: _Run) -> None:
    while (doc := await queue.get()) is not None:
        await run.handle(doc)


def _sweep_temp_files(out: Path) -> None:
    """Remove half-written temp files a killed run left behind (never a finished file)."""
    for folder in (out, out / "briefings"):
        if folder.is_dir():
            for stale in folder.glob(".*.tmp"):
                stale.unlink(missing_ok=True)


def _state_path(value: Any, out: Path | None, default_name: str) -> Path | None:
    """Where a cache or run log lives: a given path, the default under ``out``, or nowhere."""
    if value is False or (value in (None, True) and out is None):
        return None
    return out / STATE_DIR / default_name if value in (None, True) else Path(value)  # type: ignore[operator]


Inputs: TypeAlias = "str | os.PathLike[str] | Iterable[str | os.PathLike[str]]"


def _input_list(inputs: Any) -> list[str]:
    """One path or URL is one input, not an iterable of characters; paths may be ``Path``s."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    try:
        return [os.fspath(i) for i in inputs]
    except TypeError:
        raise ConfigError(f"inputs must be paths, URLs or '-', or a list of them (got {type(inputs).__name__})") from None


async def adaily(inputs: Inputs, out_dir: str | Path | None = None, *, date: str | None = None,
                 engine: Engine | None = None, model: str | None = None, base_url: str | None = None,
                 api_key: str | None = None, offline: bool = False, concurrency: int = 8,
                 rpm: float | None = None, tpm: float | None = None,
                 cache: str | Path | Cache | bool | None = None, log: str | Path | RunLog | bool | None = None,
                 strict: bool = False, context_window: int | None = None, progress: Progress | None = None,
                 limiter: RateLimiter | None = None, refresh: bool = False, pages: bool = False,
                 fallback: bool = False, overview: bool = True, **engine_kw: Any) -> Digest:
    """Brief every input and build the digest; with ``out_dir``, write it all there.

    ``cache`` / ``log``: a path, an open object, False for none, or None for the default
    (``out_dir/.brief/cache.db`` and ``runs.db``; none without ``out_dir``). ``limiter``
    overrides ``rpm``/``tpm`` (share one with the engine's HTTP client: see
    :func:`brief.ratelimit.observing_client`). ``refresh`` briefs everything again and
    overwrites the cached briefings. ``pages`` also writes ``briefings/<id>.html``. ``fallback``
    briefs with the offline engine an article the endpoint could not answer (never cached).
    ``overview``: with a model engine, the digest's overview paragraph is the model's, checked
    against the items and cached like a briefing (``False``, or any failure: extractive).
    """
    from .pipeline import make_engine, model_key

    started = time.perf_counter()
    inputs = _input_list(inputs)
    out = Path(out_dir) if out_dir is not None else None
    if out:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot use {out} as the output folder: {exc.strerror or exc}") from None
        _sweep_temp_files(out)
    limiter = limiter or RateLimiter(rpm, tpm)
    workers = max(1, int(concurrency))
    async with contextlib.AsyncExitStack() as stack:  # closes whatever this run opened, however it ends
        stack.enter_context(batch_gc())
        cache_path, log_path = _state_path(cache, out, "cache.db"), _state_path(log, out, "runs.db")
        the_cache = cache if isinstance(cache, Cache) else Cache(cache_path) if cache_path else None
        if the_cache is not None and the_cache is not cache:
            stack.callback(the_cache.close)
        the_log = log if isinstance(log, RunLog) else RunLog(log_path) if log_path else None
        if the_log is not None and the_log is not log:
            stack.callback(the_log.close)
        if engine is None:
            key = model_key(model=model, base_url=base_url, api_key=api_key, offline=offline,
                            api_key_env=engine_kw.get("api_key_env", "OPENAI_API_KEY"))
            if key and "async_http_client" not in engine_kw:
                # the wire is gated at `concurrency` requests, so twice as many articles can be
                # in progress: their parsing and validation overlap the others' requests
                engine_kw["async_http_client"] = observing_client(limiter, max_in_flight=workers)
                workers *= 2
            engine = make_engine(model=model, base_url=base_url, api_key=api_key, offline=offline,
                                 context_window=context_window, **engine_kw)
            stack.push_async_callback(close_engine, engine)
        run = _Run(engine, out=out, cache=the_cache, log=the_log, limiter=limiter, strict=strict, fallback=fallback,
                   context_window=context_window, progress=progress, refresh=refresh, pages=pages)
        run.stats.engine, run.stats.model = engine.name, getattr(engine, "model", None)
        run.stats.concurrency = max(1, int(concurrency))
        if the_log is not None:
            run.run_id = the_log.start_run(inputs=inputs, out_dir=str(out) if out else None,
                                           engine=engine.name, model=run.stats.model)
            stack.callback(lambda: _finish_log(the_log, run, status, started))
        run.stats.run_id = run.run_id
        status = "failed"
        try:
            paths, urls = expand_inputs(inputs)
            queue: asyncio.Queue = asyncio.Queue(maxsize=workers * 2)
            await _all_or_none([_produce(paths, urls, queue, run, workers),
                                *(_work(queue, run) for _ in range(workers))])
            run.stats.articles = len(run.briefings)
            digest = build_digest(run.briefings.values(), failures=run.failures, duplicates=run.duplicates,
                                  stats=run.stats, date=date, prepared=run.prepared)
            digest.pages = bool(out and pages)
            ahead = asyncio.ensure_future(asyncio.to_thread(_ahead_of_overview, digest, out is not None,
                                                            the_cache, the_log))
            try:
                if overview:
                    from .overview import acached_overview

                    digest, attempts = await acached_overview(engine, digest, None if run.refresh else run.cache,
                                                              run.cache)
                    run.account("daily overview", None, attempts)
            finally:
                await _settle(ahead)  # never close a database under the thread's checkpoint
            if the_cache is not None and the_cache.damage:  # the run went on; the reader must know
                digest.warnings.append(f"the cache {the_cache.path} is damaged ({the_cache.damage}): "
                                       "briefings were written but not all cached; delete it to start anew")
            run.stats.cost_usd = round(run.stats.cost_usd, 6)
            run.stats.elapsed_s = round(time.perf_counter() - started, 3)
            if out:
                write_digest(out, digest, *(ahead.result() if not ahead.exception() else (None, None)))
            status = "done"
            return digest
        except (KeyboardInterrupt, asyncio.CancelledError):
            status = "interrupted"
            raise
    raise AssertionError("unreachable")  # pragma: no cover - the block returns or raises


async def _settle(task: asyncio.Future) -> None:
    """Wait for ``task`` to end, through any further cancellation (a second Ctrl-C), then
    pass that cancellation on: what the task's thread uses must outlive it."""
    cancelled = False
    while not task.done():
        try:
            await asyncio.wait([task])
        except asyncio.CancelledError:
            cancelled = True
    if cancelled:
        raise asyncio.CancelledError


def _ahead_of_overview(digest: Digest, render: bool, *dbs: Cache | RunLog | None) -> tuple[str | None, Any]:
    """What the overview does not change, done in a thread while the model writes it: the
    pages' sections, the databases' checkpoints (closing them would otherwise do it), and the
    young garbage collection that would otherwise fall on the run's last step (about 12 ms
    for 200 articles)."""
    import gc

    from .render.digest_html import digest_body_html
    from .render.digest_md import digest_markdown_body

    bodies = (digest_markdown_body(digest), digest_body_html(digest)) if render else (None, None)
    for db in dbs:
        if db is not None:
            db.checkpoint()
    gc.collect(0)
    return bodies


def _takes_reason(progress: Progress) -> bool:
    """Whether a progress callable takes the third argument (callers written for two keep working)."""
    import inspect

    try:
        inspect.signature(progress).bind("failed", "name", "reason")
    except (TypeError, ValueError):
        return False
    return True


def _finish_log(log: RunLog, run: _Run, status: str, started: float) -> None:
    run.stats.articles = len(run.briefings)
    if not run.stats.elapsed_s:  # an interrupted or failed run took time too
        run.stats.elapsed_s = round(time.perf_counter() - started, 3)
    log.finish_run(run.run_id or "", status=status, stats={**run.stats.model_dump(), "ok": run.stats.articles})


async def close_engine(engine: Engine) -> None:
    """Close an engine from inside the event loop, so its async HTTP client closes cleanly."""
    aclose = getattr(engine, "aclose", None)
    if aclose:
        await aclose()
    else:
        engine.close()


def daily(inputs: Inputs, out_dir: str | Path | None = None, **kw: Any) -> Digest:
    """Blocking twin of :func:`adaily` (same arguments); inside a running event loop, await that."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(adaily(inputs, out_dir, **kw))
    raise ConfigError("daily() cannot block inside a running event loop", hint="use `await brief.adaily(...)`")
