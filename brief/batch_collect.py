"""Submitting, watching and collecting batches; collect writes what ``brief daily`` writes.

All talk to the server goes through the openai SDK (``client.files`` and
``client.batches``), so the path tested against the mock is the real one. Collect
accepts batch ids and local files alike: a ``vllm run-batch`` output file has the same
line format as a Batch API output file.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from .batch import ENDPOINT, Manifest, Pending, Replayer, Results, manifest_path
from .errors import BriefError, ConfigError, InputError, ModelError
from .schema import Attempt, Briefing

TERMINAL = ("completed", "expired", "cancelled", "failed")
MANIFEST_KEY = "brief_manifest"
NEXT_REQUESTS = "next-requests.jsonl"


def _sdk(call: Callable[[], Any], what: str) -> Any:
    """Run one SDK call; its failure becomes one clear ``ModelError``."""
    import openai

    from .failures import describe

    try:
        return call()
    except openai.APIError as exc:
        _, message = describe(exc)
        failure = ModelError(f"{what} failed: {message}", status=getattr(exc, "status_code", None))
    raise failure


def submit(requests: str | Path, *, client: Any, manifest: str | Path | None = None,
           completion_window: str = "24h") -> Any:
    """Upload a requests file and start a batch on it; returns the SDK's ``Batch``.

    The manifest's path rides in the batch metadata, so ``collect ID`` finds the articles.
    """
    path = Path(requests)
    if not path.is_file():
        raise InputError(f"no such requests file: {path}")
    found = Path(manifest) if manifest else manifest_path(path)
    metadata = {MANIFEST_KEY: str(found.resolve())} if found.is_file() and len(str(found.resolve())) <= 512 else None
    uploaded = _sdk(lambda: client.files.create(file=(path.name, path.read_bytes()), purpose="batch"),
                    "uploading the requests file")
    return _sdk(lambda: client.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT,
                                              completion_window=completion_window, metadata=metadata),
                "creating the batch")


def status(batch_id: str, *, client: Any) -> Any:
    """The SDK's ``Batch`` for ``batch_id`` (status, request_counts, file ids)."""
    return _sdk(lambda: client.batches.retrieve(batch_id), f"looking up batch {batch_id}")


def cancel(batch_id: str, *, client: Any) -> Any:
    return _sdk(lambda: client.batches.cancel(batch_id), f"cancelling batch {batch_id}")


def wait(batch_id: str, *, client: Any, poll_s: float = 30.0, timeout_s: float | None = None,
         sleep: Callable[[float], None] = time.sleep) -> Any:
    """Poll until the batch reaches a final state (completed, expired, cancelled, failed)."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while (batch := status(batch_id, client=client)).status not in TERMINAL:
        if deadline is not None and time.monotonic() >= deadline:
            raise ModelError(f"batch {batch_id} is still {batch.status} after {timeout_s:g}s", code="deadline")
        sleep(poll_s)
    return batch


def _download(client: Any, file_id: str) -> str:
    return client.files.content(file_id).text


def gather(sources: Iterable[str], *, client: Any = None, wait_s: float | None = None,
           poll_s: float = 30.0) -> tuple[Results, list[Path]]:
    """Every request and result line of ``sources`` (batch ids or JSONL files), and manifests they name.

    A batch that has not finished is an error unless ``wait_s`` allows waiting for it.
    """
    results = Results()
    manifests: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{path}: not a UTF-8 JSONL batch file ({exc})") from None
            results.add_text(text, str(path))
            if manifest_path(path).is_file():
                manifests.append(manifest_path(path))
            continue
        if path.suffix in (".jsonl", ".json") or client is None:
            raise InputError(f"no such file: {source}")
        batch = status(source, client=client)
        if batch.status not in TERMINAL:
            if wait_s is None:
                counts = batch.request_counts
                done = f" ({counts.completed + counts.failed}/{counts.total} done)" if counts else ""
                raise InputError(f"batch {source} is still {batch.status}{done}",
                                 hint="collect it when it has finished, or pass --wait")
            batch = wait(source, client=client, poll_s=poll_s, timeout_s=wait_s)
        for file_id in (batch.input_file_id, batch.output_file_id, batch.error_file_id):
            if file_id:
                text = _sdk(partial(_download, client, file_id), f"downloading {file_id}")
                results.add_text(text, file_id)
        named = (batch.metadata or {}).get(MANIFEST_KEY)
        if named:
            manifests.append(Path(named))
    return results, manifests


def _plan(chosen: Path | None, engine: Any, adopt_model: bool) -> tuple[Manifest, Path]:
    """The manifest, with the engine set up as prepare had it (model, prompts, output format)."""
    if chosen is None:
        raise InputError("cannot find the batch manifest",
                         hint="pass --manifest; prepare wrote <requests>.manifest.jsonl")
    plan = Manifest.read(chosen)
    prepared_for = plan.header.get("model")
    if prepared_for and prepared_for != getattr(engine, "model", None):
        if not adopt_model:
            raise ConfigError(f"the batch was prepared for model {prepared_for!r}, not {engine.model!r}",
                              hint=f"pass --model {prepared_for}")
        engine.model = prepared_for
    prompts = plan.header.get("prompt_version")
    if prompts and prompts != engine.prompts.version:
        raise ConfigError(f"the batch was prepared with prompts {prompts}, not {engine.prompts.version}",
                          hint="pass the same --prompts folder as to prepare")
    if plan.header.get("mode") and getattr(engine, "json_mode", None) == "auto":
        engine.json_mode = plan.header["mode"]  # re-asks and later stages keep the prepared format
    return plan, chosen


def _reuse(out: Path, article_id: str, engine: Any) -> Briefing | None:
    """A briefing an earlier collect into ``out`` finished with the same model, if any."""
    path = out / "briefings" / f"{article_id}.json"
    if not path.is_file():
        return None
    try:
        briefing = Briefing.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    return briefing if briefing.provenance.model == getattr(engine, "model", None) else None


@dataclass
class Collected:
    """What collect made: the digest (once nothing waits), and the next batch when something does."""

    briefings: dict[str, Briefing] = field(default_factory=dict)
    failures: list[Any] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    next_requests: Path | None = None
    digest: Any = None
    broken_lines: list[str] = field(default_factory=list)  # result lines that were not JSON (re-asked)


def collect(sources: Iterable[str], out_dir: str | Path, *, engine: Any, manifest: str | Path | None = None,
            follow_up: bool = False, strict: bool = False, date: str | None = None,
            context_window: int | None = None, wait_s: float | None = None, poll_s: float = 30.0,
            adopt_model: bool = False, concurrency: int = 8, pages: bool = False) -> Collected:
    """Join batch results to their articles, finish every briefing, and write them like ``brief daily``.

    Failed lines are re-asked synchronously through ``engine`` (or, with ``follow_up``,
    written to ``next-requests.jsonl`` for another batch). Requests not yet sent (stage 2
    of long articles) also go to that file; the digest is written once nothing waits.
    ``adopt_model``: use the model the batch was prepared for instead of refusing a mismatch.
    Briefings already in ``out_dir`` from an earlier stage are kept, not redone. ``pages``
    also writes ``briefings/<id>.html``, as ``brief daily --pages`` does.
    """
    from .digest import Failure, RunStats, build_digest
    from .files import write_atomic, write_briefing
    from .pipeline import finish

    started_run = time.perf_counter()
    out = Path(out_dir)
    results, named = gather(sources, client=getattr(engine, "client", None), wait_s=wait_s, poll_s=poll_s)
    plan, chosen = _plan(Path(manifest) if manifest else next((p for p in named if p.is_file()), None),
                         engine, adopt_model)
    window = context_window if context_window is not None else plan.header.get("context_window")
    replay = Replayer(engine, results, follow_up=follow_up, context_window=window,
                      reasked=out / ".brief" / "batch-reasked.jsonl")
    stats = RunStats(inputs=plan.inputs, duplicates=plan.duplicates, engine=engine.name,
                     model=getattr(engine, "model", None))
    done = Collected(failures=[Failure(**f) for f in plan.failures], broken_lines=list(results.broken))
    next_lines: list[dict[str, Any]] = []

    def account(attempts: list[Attempt]) -> None:
        stats.model_calls += len(attempts)
        for a in attempts:
            stats.prompt_tokens += a.tokens.prompt
            stats.completion_tokens += a.tokens.completion
            stats.cost_usd += a.cost_usd

    def one(entry: tuple[str, Any]) -> tuple[str, Any, list[Attempt]]:
        """("done", briefing), ("pending", lines) or ("failed", reason), with the attempts to count."""
        _, article = entry
        reused = _reuse(out, article.id, engine)
        if reused is not None:
            return "reused", reused, []
        started = time.perf_counter()
        try:
            step = replay.article(article)
            if isinstance(step, Pending):
                return "pending", step.lines, []
            briefing = finish(article, step, started=started, strict=strict)
        except BriefError as exc:
            return "failed", str(exc), getattr(exc, "attempts", None) or [
                Attempt(n=1, outcome="error", errors=[str(exc)])]
        except Exception as exc:  # one article's bug must not sink the batch
            return "failed", f"internal error: {type(exc).__name__}: {exc}", [
                Attempt(n=1, outcome="error", errors=[repr(exc)])]
        write_briefing(out / "briefings", briefing, True, pages, article)  # durable the moment it is done
        return "done", briefing, briefing.provenance.attempts

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:  # re-asks overlap; order is kept
        outcomes = list(pool.map(one, plan.articles))
    for (name, _), (kind, value, attempts) in zip(plan.articles, outcomes):
        account(attempts)
        if kind == "pending":
            next_lines.extend(value)
            done.pending.append(name)
        elif kind == "failed":
            done.failures.append(Failure(name=name, stage="brief", reason=value))
        else:
            stats.cache_hits += kind == "reused"
            done.briefings[value.id] = value
    if next_lines:
        done.next_requests = out / NEXT_REQUESTS
        write_atomic(done.next_requests, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in next_lines))
        if chosen.resolve() != manifest_path(done.next_requests).resolve():
            shutil.copyfile(chosen, manifest_path(done.next_requests))
        return done
    for stale in (out / NEXT_REQUESTS, manifest_path(out / NEXT_REQUESTS)):  # from an earlier stage
        if stale.resolve() != chosen.resolve():
            stale.unlink(missing_ok=True)
    stats.articles, stats.failed = len(done.briefings), len(done.failures)
    stats.cost_usd = round(stats.cost_usd, 6)
    stats.elapsed_s = round(time.perf_counter() - started_run, 3)
    done.digest = build_digest(done.briefings.values(), failures=done.failures, stats=stats, date=date)
    done.digest.pages = pages
    write_atomic(out / "daily.json", done.digest.to_json())
    write_atomic(out / "daily.md", done.digest.to_markdown())
    write_atomic(out / "daily.html", done.digest.to_html())
    return done
