"""Long articles: notes per chunk (map), a merge in code, one briefing from the notes (reduce).

An article whose prompt would not fit the model's window is cut into chunks that do
(``brief.chunk``); the model takes structured notes on each; the notes are merged
deterministically (``brief.notes``); the model writes the briefing from the merged notes
and the article's opening. When the merged notes are themselves too long, slices of them
are condensed by the model and merged again, round after round, and as a last resort
thinned in code, so no request ever exceeds the budget. Every request is measured with
the model's tokenizer before it is sent.

The steps are a generator that yields batches of requests; ``draft_long`` runs them one
by one and ``adraft_long`` runs each batch concurrently, so the two cannot drift.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .article import Article, Paragraph
from .budget import ModelLimits, limits_for
from .chunk import Chunk, Chunker
from .engines.base import Draft, Engine
from .errors import BriefError, ConfigError, RefusalError, ValidationFailed
from .notes import ChunkNotes, CondensedNotes, MergedNotes, halve, merge, no_new_ids, thin, to_chunk_notes
from .schema import Attempt, BriefingContent, strict_schema
from .stepprogress import ProgressFn, step_progress

#: The json_schema names the steps send (the mock answers each by its name).
SCHEMA_NAMES = {"map": "chunk_notes", "collapse": "condensed_notes", "reduce": "briefing_from_notes"}
MAX_COLLAPSE_ROUNDS = 4
LEAD_TOKENS = 600  # the opening the reduce step reads beside the notes
MAP_MAX_ITEMS = 8
MIN_NOTES_TOKENS = 150  # below this a part's notes say too little to be worth the request


@dataclass
class _Ask:
    """One structured request the steps want made."""

    step: str
    messages: list[dict[str, str]]
    schema: type
    article: Article | None = None
    validator: Callable[[Any], list[Any]] | None = None


@dataclass
class _Run:
    """What one long article needs: its limits, tokenizer, prompts, and what came back."""

    engine: Any
    article: Article
    limits: ModelLimits
    attempts: list[Attempt] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: BaseException | None = None  # once a step fails for good, no further request is sent
    deadline: float | None = None  # monotonic end of the article's time: all its requests share it
    skipped: list[BriefError] = field(default_factory=list)  # why parts were skipped (refused, unusable)

    def __post_init__(self) -> None:
        from .tokens import get_encoding

        self.enc = get_encoding(self.limits.encoding)
        self.prompts = self.engine.prompts
        self.limit = self.limits.budget(0)  # the most prompt tokens one request may carry
        self._lead: list[Paragraph] = []

    # -- measuring ----------------------------------------------------------------------

    def count(self, messages: list[dict[str, str]], schema: type) -> int:
        """Prompt tokens as the server counts them, plus the schema when it must ride in the prompt."""
        total = 3 + sum(4 + len(self.enc.encode(m["content"], disallowed_special=())) for m in messages)
        if getattr(self.engine, "mode", lambda: "json_schema")() == "json_object":
            schema_json = json.dumps(strict_schema(schema), separators=(",", ":"))
            total += 40 + len(self.enc.encode(schema_json, disallowed_special=()))
        return total

    def render(self, name: str, **values: Any) -> str:
        import jinja2

        try:
            return self.prompts.env.get_template(name).render(**values).strip() + "\n"
        except jinja2.TemplateError as exc:
            raise ConfigError(f"prompt template {name} cannot be rendered: {exc}") from None

    def _messages(self, user: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.prompts.system()}, {"role": "user", "content": user}]

    # -- map -----------------------------------------------------------------------------

    def map_messages(self, paragraphs: list[Paragraph], part: int, parts: int,
                     notes_tokens: int = 99_999) -> list[dict[str, str]]:
        return self._messages(self.render("map.j2", part=part, parts=parts, max_items=MAP_MAX_ITEMS,
                                          notes_tokens=notes_tokens, source=self.article.source,
                                          article_id=self.article.id, paragraphs=paragraphs))

    def notes_share(self, chunks: list[Chunk]) -> int:
        """Notes each part may take so that, merged, they fit the reduce request without condensing."""
        room = self.limit - self.count(self.reduce_messages(merge([])), BriefingContent)
        return max(MIN_NOTES_TOKENS, min(room // max(1, len(chunks)), self.limits.reserved_output))

    def chunks(self) -> list[Chunk]:
        """Chunks whose whole map request fits, re-cut tighter if rendering made any too big."""
        fixed = self.count(self.map_messages([], 999, 999), ChunkNotes)
        budget = self.limit - fixed
        for _ in range(5):
            chunks = Chunker(self.enc, budget).chunks(self.article.paragraphs)
            over = max(self.count(self.map_messages(c.paragraphs, c.index + 1, len(chunks)), ChunkNotes)
                       - self.limit for c in chunks)
            if over <= 0:
                return chunks
            budget -= over + 8
        raise ConfigError(f"the article cannot be cut to fit {self.limits.name}'s context window",
                          hint="raise --context-window")

    def map_ask(self, chunk: Chunk, parts: int, notes_tokens: int) -> _Ask:
        known = set(chunk.ids)

        def inside(notes: ChunkNotes) -> list[str]:
            return [f"{where}: evidence id {pid!r} is not in this part" for where, pid in _outside(notes, known)]

        return _Ask("map", self.map_messages(chunk.paragraphs, chunk.index + 1, parts, notes_tokens), ChunkNotes,
                    validator=inside)

    def keep_inside(self, notes: ChunkNotes, chunk: Chunk, parts: int) -> ChunkNotes:
        """The notes without the items citing paragraphs outside their part: kept after the last
        re-ask, they would reach the reduce step as if grounded, and the briefing would cite them."""
        bad: dict[str, set[int]] = {}
        for where, _ in _outside(notes, set(chunk.ids)):
            name, _, index = where.partition("[")
            bad.setdefault(name, set()).add(int(index.split("]")[0]))
        if not bad:
            return notes
        self.warnings.append(f"part {chunk.index + 1} of {parts}: {sum(map(len, bad.values()))} notes citing "
                             "paragraphs outside the part were dropped")
        return notes.model_copy(update={name: [item for i, item in enumerate(getattr(notes, name)) if i not in idx]
                                        for name, idx in bad.items()})

    # -- collapse --------------------------------------------------------------------------

    def collapse_messages(self, notes_json: str) -> list[dict[str, str]]:
        return self._messages(self.render("collapse.j2", notes_json=notes_json))

    def collapse_asks(self, merged: MergedNotes) -> list[_Ask]:
        """Slices of the notes, each small enough to condense in one request."""
        notes = to_chunk_notes(merged)
        budget = self.limit - self.count(self.collapse_messages("{}"), CondensedNotes)
        groups: list[dict[str, list[Any]]] = []
        current: dict[str, list[Any]] = {}
        used = 0
        for name in ChunkNotes.model_fields:
            for item in getattr(notes, name):
                cost = len(self.enc.encode(item.model_dump_json(), disallowed_special=())) + 1
                if cost > budget:
                    self.warnings.append(f"a note too long to condense was dropped ({name})")
                    continue
                if used + cost > budget * 0.9 and current:
                    groups.append(current)
                    current, used = {}, 0
                current.setdefault(name, []).append(item)
                used += cost
        if current:
            groups.append(current)
        asks = []
        for group in groups:
            part = ChunkNotes(**{n: group.get(n, []) for n in ChunkNotes.model_fields})
            messages = self.collapse_messages(_compact(part))
            while self.count(messages, CondensedNotes) > self.limit:  # estimate was short: thin this slice
                part = halve(part)
                messages = self.collapse_messages(_compact(part))
            asks.append(_Ask("collapse", messages, CondensedNotes, validator=no_new_ids(merged)))
        return asks

    # -- reduce ----------------------------------------------------------------------------

    def lead(self) -> list[Paragraph]:
        room = min(LEAD_TOKENS, self.limit // 8)
        return Chunker(self.enc, max(room, 32)).chunks(self.article.paragraphs[:50])[0].paragraphs

    def reduce_messages(self, merged: MergedNotes) -> list[dict[str, str]]:
        return self._messages(self.render("reduce.j2", notes_json=_compact(merged), source=self.article.source,
                                          article_id=self.article.id, paragraphs=self._lead))

    def fits(self, merged: MergedNotes) -> bool:
        return self.count(self.reduce_messages(merged), BriefingContent) <= self.limit

    def squeeze(self, merged: MergedNotes) -> MergedNotes:
        """Thin the notes in code until the reduce request fits: the guarantee behind the model's rounds."""
        size = self.count(self.reduce_messages(merged), BriefingContent)
        while size > self.limit and merged.size() > 0:
            before = merged.size()
            merged = thin(merged, min(0.9, self.limit / size * 0.95))
            if merged.size() == before:  # one item per list left: drop whole lists, longest first
                longest = max(MergedNotes.model_fields, key=lambda f: len(_compact_field(merged, f)))
                merged = merged.model_copy(update={longest: []})
            size = self.count(self.reduce_messages(merged), BriefingContent)
        return merged

    def reduce_ask(self, merged: MergedNotes) -> _Ask:
        return _Ask("reduce", self.reduce_messages(merged), BriefingContent, article=self.article)

    # -- the steps -------------------------------------------------------------------------

    def steps(self) -> Generator[list[_Ask], list[Any], tuple[BriefingContent, int]]:
        self._lead = self.lead()
        chunks = self.chunks()
        share = self.notes_share(chunks)
        results = yield [self.map_ask(c, len(chunks), share) for c in chunks]
        notes = [self.keep_inside(n, c, len(chunks)) for n, c in zip(results, chunks) if n is not None]
        if not notes:
            raise self.no_notes()
        merged = merge(notes)
        directory = [a for n in notes for a in n.actors]
        for _ in range(MAX_COLLAPSE_ROUNDS):
            if self.fits(merged):
                break
            condensed = [n for n in (yield self.collapse_asks(merged)) if n is not None]
            smaller = merge(condensed, directory) if condensed else merged
            if len(_compact(smaller)) >= len(_compact(merged)):  # the model did not condense: stop asking
                break
            merged = smaller
        if not self.fits(merged):
            self.warnings.append("merged notes exceeded the budget and were thinned in code")
            merged = self.squeeze(merged)
        (content,) = yield [self.reduce_ask(merged)]
        if content is None:
            raise ValidationFailed("the briefing could not be written from the notes")
        return content, len(chunks)

    def no_notes(self) -> BriefError:
        """Every part failed: the error a short article would give (a refusal stays a refusal,
        exit 4), its Problems kept, so the length of an article never changes the outcome."""
        why = "no part of the long article could be noted"
        refused = next((e for e in self.skipped if isinstance(e, RefusalError)), None)
        if refused is not None:
            return RefusalError(f"{why}: {refused.message}", code=refused.code, hint=refused.hint)
        problems = list({str(p): p for e in self.skipped if isinstance(e, ValidationFailed)
                         for p in e.problems}.values())
        first = self.skipped[0].message if self.skipped else "no notes came back"
        return ValidationFailed(f"{why}: {first}", problems=problems)

    def draft(self, content: BriefingContent, chunks: int) -> Draft:
        attempts = [a.model_copy(update={"n": i}) for i, a in enumerate(self.attempts, 1)]
        engine = self.engine
        version = ",".join([engine.prompts.version] + [
            f"{n}@{engine.prompts.version_of(n + '.j2')}" for n in ("map", "collapse", "reduce")])
        return Draft(content=content, engine=engine.name, model=getattr(engine, "model", None),
                     endpoint=getattr(engine, "endpoint", None), prompt_version=version, chunks=chunks,
                     attempts=attempts, warnings=list(dict.fromkeys(self.warnings)))


def _outside(notes: ChunkNotes, known: set[str]) -> list[tuple[str, str]]:
    """(path, id) of every evidence id not in ``known``, e.g. ("facts[3].evidence[0]", "p1")."""
    return [(f"{name}[{i}].evidence[{j}]", pid) for name in ChunkNotes.model_fields
            for i, item in enumerate(getattr(notes, name))
            for j, pid in enumerate(getattr(item, "evidence", None) or []) if pid not in known]


def _compact(model: Any) -> str:
    return model.model_dump_json()


def _compact_field(model: Any, name: str) -> str:
    return json.dumps([x.model_dump() for x in getattr(model, name)], separators=(",", ":"))


# -- running the steps ---------------------------------------------------------------------

_SKIPPABLE = (ValidationFailed, RefusalError)


def _record(run: _Run, ask: _Ask, exc: BaseException) -> None:
    run.attempts.extend(getattr(exc, "attempts", []))
    if ask.step == "reduce" or not isinstance(exc, _SKIPPABLE):
        run.failed = run.failed or exc
        raise exc
    run.skipped.append(exc)  # type: ignore[arg-type]
    run.warnings.append(f"a {ask.step} request failed and its part was skipped: {exc}")


def _ask(run: _Run, ask: _Ask) -> Any:
    try:
        value, attempts = run.engine.ask(ask.messages, ask.schema, step=ask.step, article=ask.article,
                                         validator=ask.validator, schema_name=SCHEMA_NAMES[ask.step],
                                         **_limits_kw(run))
    except Exception as exc:
        _record(run, ask, exc)
        return None
    run.attempts.extend(attempts)
    return value


async def _aask(run: _Run, ask: _Ask, gate: asyncio.Semaphore) -> Any:
    async with gate:
        if run.failed:  # a sibling request failed for good: the article fails, send no more
            return None
        try:
            value, attempts = await run.engine.aask(ask.messages, ask.schema, step=ask.step, article=ask.article,
                                                    validator=ask.validator, schema_name=SCHEMA_NAMES[ask.step],
                                                    **_limits_kw(run))
        except asyncio.CancelledError as exc:  # interrupted: its answers so far are still accounted
            run.attempts.extend(getattr(exc, "attempts", []))
            raise
        except Exception as exc:
            _record(run, ask, exc)
            return None
    run.attempts.extend(attempts)
    return value


def _limits_kw(run: _Run) -> dict[str, Any]:
    """The window every request must fit and the article's deadline, for ``engine.ask``."""
    return {"context_window": run.limits.context_window, "deadline": run.deadline}


def _start(engine: Engine, article: Article, context_window: int | None) -> _Run:
    model = getattr(engine, "model", None)
    window = context_window if context_window is not None else getattr(engine, "context_window", None)
    limits = limits_for(model, window, reserve=getattr(engine, "max_output_tokens", None))
    seconds = getattr(engine, "deadline_s", None)  # per article, as --help says: map to reduce
    return _Run(engine, article, limits, deadline=None if seconds is None else time.monotonic() + seconds)


def draft_long(engine: Engine, article: Article, *, context_window: int | None = None,
               progress: ProgressFn | None = None) -> Draft:
    """Brief an article too long for one request: map, merge, reduce (one request at a time)."""
    if not hasattr(engine, "ask"):
        return engine.draft(article)
    run = _start(engine, article, context_window)
    steps = run.steps()
    with _spent(run), step_progress(progress) as report:
        batch, result = _resume(steps, None)
        while batch is not None:
            values = []
            for ask in batch:
                values.append(_ask(run, ask))
                report(ask.step, len(values), len(batch))
            batch, result = _resume(steps, values)
    return run.draft(*result)


async def adraft_long(engine: Engine, article: Article, *, context_window: int | None = None,
                      progress: ProgressFn | None = None, concurrency: int = 4) -> Draft:
    """Async twin of :func:`draft_long`: the requests of each step run ``concurrency`` at a time."""
    if not hasattr(engine, "aask"):
        return await engine.adraft(article)
    run = await asyncio.to_thread(_start, engine, article, context_window)
    steps = run.steps()
    gate = asyncio.Semaphore(concurrency)
    with _spent(run), step_progress(progress) as report:
        batch, result = await asyncio.to_thread(_resume, steps, None)
        while batch is not None:
            done = 0

            async def one(ask: _Ask, total: int) -> Any:
                nonlocal done
                value = await _aask(run, ask, gate)
                done += 1
                report(ask.step, done, total)
                return value

            # every request of the step settles (and is accounted) before a failure is raised
            values = list(await asyncio.gather(*(one(a, len(batch)) for a in batch), return_exceptions=True))
            if run.failed:
                raise run.failed
            batch, result = await asyncio.to_thread(_resume, steps, values)
    return run.draft(*result)


@contextmanager
def _spent(run: _Run) -> Iterator[None]:
    """A long article that fails still accounts for every request it made, map to reduce."""
    try:
        yield
    except (BriefError, asyncio.CancelledError, KeyboardInterrupt) as exc:
        exc.attempts = [a.model_copy(update={"n": i}) for i, a in enumerate(run.attempts, 1)]  # type: ignore[union-attr]
        raise


def _resume(steps: Generator[list[_Ask], list[Any], Any], values: list[Any] | None) -> tuple[Any, Any]:
    """The next batch of requests, or (None, the result) once the steps are done."""
    try:
        return (next(steps) if values is None else steps.send(values)), None
    except StopIteration as finished:
        return None, finished.value
