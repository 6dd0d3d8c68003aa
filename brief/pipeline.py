"""One article, start to finish: read → clean → (chunk) → engine → validate → Briefing.

This is the library's spine; the CLI and the daily run only call into it.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article
from .engines.base import Draft, Engine
from .errors import ConfigError, InputError, ModelError, RefusalError, ValidationFailed
from .failures import NO_KEY_NEEDED
from .schema import Briefing, BriefingContent, Provenance

if TYPE_CHECKING:
    from .inputs import Kind, RawDoc


def load_article(source: str | bytes | Path | Article | RawDoc, *, kind: Kind | None = None) -> Article:
    """An ``Article`` from a path, ``"-"`` (stdin), raw text or bytes, a document already read (a
    fetched page), or an Article (returned as is).

    A string that names an existing file is read as that file; any other string with a
    newline or longer than a path could be is taken as the article text itself.
    """
    from .clean import clean
    from .inputs import RawDoc, read_path, text_to_doc

    if isinstance(source, Article):
        return source
    if isinstance(source, (bytes, bytearray)):  # a page's raw bytes: always content, never a path
        from .clean.encoding import decode_bytes

        doc = text_to_doc(decode_bytes(bytes(source), name="bytes"), "bytes", kind=kind)
    elif not isinstance(source, (str, Path, RawDoc)):
        raise InputError(f"cannot read an article from {type(source).__name__}: give a path, text, bytes or an Article")
    elif isinstance(source, RawDoc):
        doc = source
    elif isinstance(source, Path) or source == "-" or _looks_like_path(source):
        doc = read_path(source)
    else:
        doc = text_to_doc(str(source), kind=kind)  # sniffed as a file without a suffix is
    article = clean(doc)
    if not article.paragraphs:
        raise InputError(f"{doc.path or doc.name}: no article text found after cleaning")
    return article


def _looks_like_path(text: str) -> bool:
    return "\n" not in text and len(text) < 4096 and (os.path.exists(text) or text.endswith(
        (".txt", ".md", ".html", ".htm", ".json", ".jsonl")))


def model_key(*, model: str | None = None, base_url: str | None = None, api_key: str | None = None,
              offline: bool = False, api_key_env: str = "OPENAI_API_KEY") -> str | None:
    """The API key a model engine would be made with, or None for the offline engine.

    Without a key brief runs offline, but never in place of a model or server the user named:
    a model runs at a base URL without a key (local servers need none); a model with neither,
    or a base URL with neither a model nor a key, is a ``ConfigError``, since an offline
    briefing would pass for that model's or server's.
    """
    if offline:
        return None
    key = api_key or os.environ.get(api_key_env)
    url = base_url or os.environ.get("OPENAI_BASE_URL")
    if key:
        return key
    if not model:
        if url:  # a server was pointed at: running offline instead would ignore it unsaid
            raise ConfigError(f"base URL {url} needs a model: pass --model (the name that server serves), "
                              "or --offline for the offline engine")
        return None
    if url:
        return NO_KEY_NEEDED
    raise ConfigError(f"model {model!r} needs an API key: set ${api_key_env}, or a base URL (--base-url or "
                      "OPENAI_BASE_URL) for a local server that needs none; leave out --model to run the "
                      "offline engine")


def make_engine(*, model: str | None = None, base_url: str | None = None, api_key: str | None = None,
                offline: bool = False, api_key_env: str = "OPENAI_API_KEY", context_window: int | None = None,
                **engine_kw: Any) -> Engine:
    """The engine a user's settings ask for: OpenAI-compatible with a key, else offline (see
    :func:`model_key`: a named model is never swapped for the offline engine). ``context_window``
    overrides the model table's, so every request fits it, not only the decision to chunk."""
    key = model_key(model=model, base_url=base_url, api_key=api_key, offline=offline, api_key_env=api_key_env)
    if key is None:
        from .engines.offline import OfflineEngine

        return OfflineEngine()
    from .engines.openai import OpenAIEngine

    kw: dict[str, Any] = {"base_url": base_url, "api_key": key, "api_key_env": api_key_env, **engine_kw}
    if context_window:
        kw["context_window"] = context_window
    if model:
        kw["model"] = model
    return OpenAIEngine(**kw)


def _needs_chunking(engine: Engine, article: Article, context_window: int | None) -> bool:
    if engine.name == "offline":
        return False
    try:
        from .budget import needs_chunking
    except ImportError:
        return False
    return needs_chunking(article, getattr(engine, "model", None), context_window,
                          max_output_tokens=getattr(engine, "max_output_tokens", None))


def draft(article: Article, engine: Engine, *, context_window: int | None = None) -> Draft:
    if _needs_chunking(engine, article, context_window):
        from .mapreduce import draft_long

        return draft_long(engine, article, context_window=context_window)
    return engine.draft(article)


async def adraft(article: Article, engine: Engine, *, context_window: int | None = None) -> Draft:
    if _needs_chunking(engine, article, context_window):
        from .mapreduce import adraft_long

        return await adraft_long(engine, article, context_window=context_window)
    return await engine.adraft(article)


def finish(article: Article, result: Draft, *, started: float, strict: bool = False) -> Briefing:
    """Ground the draft against the article and wrap it with source and provenance."""
    from . import genre
    from .ground import ground
    from .prompts import find_injections
    from .validate import validate

    content, dropped = (result.content, []) if result.grounded else ground(result.content, article)
    if dropped and strict:  # a warning (a headline shortened) is kept in warnings, never fatal
        problems = [p for p in validate(result.content, article) if p.level == "error"]
        if problems:
            raise ValidationFailed(f"briefing does not hold against the article ({len(problems)} problems)",
                                   problems)
    content, dropped = _own_lead_for_invented_top_lines(content, dropped, article)
    warnings = [*result.warnings, *dropped]
    warnings += [f"possible prompt injection in the article, not obeyed: {w}" for w in find_injections(article)]
    if labelled := genre.warning(article.source):
        warnings.insert(0, labelled)
    provenance = Provenance(
        engine=result.engine, model=result.model, endpoint=result.endpoint,
        prompt_version=result.prompt_version, cleaner_version=article.cleaner_version,
        chunks=result.chunks, attempts=result.attempts, tokens=result.tokens,
        estimated_cost_usd=round(result.cost_usd, 6), latency_ms=round((time.perf_counter() - started) * 1000, 1),
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        source_sha256=article.sha256, removed=article.removed,
    )
    return Briefing(**content.model_dump(), id=article.id, source=article.source,
                    provenance=provenance, warnings=list(dict.fromkeys(warnings)))


_TOP_LINES = ("headline", "bottom_line", "why_it_matters")


def _own_lead_for_invented_top_lines(content: BriefingContent, dropped: list[str],
                                     article: Article) -> tuple[BriefingContent, list[str]]:
    """A headline, bottom line or why-it-matters that invents a quote, number or name cannot be
    dropped like an item, and must not be published: it is replaced by the article's own lead
    (the offline engine's extractive line), and a warning says so."""
    from .ground import REPLACED, UNGROUNDED

    if not any(w.startswith(UNGROUNDED) for w in dropped):
        return content, dropped
    from .validate import check

    bad = {k[0]: p for k, p in check(content, article) if p.level == "error" and k and k[0] in _TOP_LINES}
    if not bad:
        return content, dropped
    from .engines.offline.facts import bottom_line, headline, lead_sentences, why_it_matters

    lead = lead_sentences(article)
    own = {"headline": lambda: headline(article, lead), "bottom_line": lambda: bottom_line(lead),
           "why_it_matters": lambda: why_it_matters(lead)}
    content = content.model_copy(update={field: own[field]() for field in bad})
    kept = [w for w in dropped if not any(w.startswith(f"{UNGROUNDED}{field}") for field in bad)]
    return content, kept + [f"{REPLACED}{field} with the article's own lead: {p.what}" for field, p in bad.items()]


def offline_fallback(article: Article, engine: Engine, exc: ModelError) -> Draft:
    """The offline engine's draft for an article the endpoint could not answer, kept honest:
    the failed attempts stay in provenance and a warning says where the briefing came from.

    Only for a transport failure (unreachable, timing out, 5xx after every retry): a refusal,
    a bad key or an exhausted budget is an answer, not an outage, and is raised as it is.
    """
    if not exc.retryable or isinstance(exc, RefusalError) or engine.name == "offline":
        raise exc
    from .engines.offline import OfflineEngine

    result = OfflineEngine().draft(article)
    result.attempts = [*getattr(exc, "attempts", []), *result.attempts]
    result.warnings.insert(0, f"the {engine.name} endpoint failed ({exc.message}); "
                              "this briefing comes from the offline engine")
    return result


def _has_text(article: Article) -> None:
    """Every engine refuses an article with no paragraphs alike (offline gave an empty briefing)."""
    if not article.paragraphs:
        raise InputError(f"{article.source.path or 'article'}: no article text to brief")


def summarize_article(article: Article, engine: Engine, *, strict: bool = False,
                      context_window: int | None = None, fallback: bool = False) -> Briefing:
    """Brief a cleaned article; with ``fallback``, an unreachable endpoint yields an offline briefing."""
    _has_text(article)
    started = time.perf_counter()
    try:
        result = draft(article, engine, context_window=context_window)
    except ModelError as exc:
        if not fallback:
            raise
        result = offline_fallback(article, engine, exc)
    return finish(article, result, started=started, strict=strict)


async def asummarize_article(article: Article, engine: Engine, *, strict: bool = False,
                             context_window: int | None = None, fallback: bool = False) -> Briefing:
    _has_text(article)
    started = time.perf_counter()
    try:
        result = await adraft(article, engine, context_window=context_window)
    except ModelError as exc:
        if not fallback:
            raise
        result = offline_fallback(article, engine, exc)
    return finish(article, result, started=started, strict=strict)


def summarize(source: str | bytes | Path | Article, *, engine: Engine | None = None, model: str | None = None,
              base_url: str | None = None, api_key: str | None = None, offline: bool = False,
              strict: bool = False, context_window: int | None = None, **engine_kw: Any) -> Briefing:
    """Brief one article: a path, ``"-"``, the article's text, or an ``Article``.

    Without an engine or an API key, the offline engine is used; a ``model`` named without a
    key or a base URL is a ``ConfigError`` (see :func:`model_key`).
    """
    article = load_article(source)
    own = engine is None
    engine = engine or make_engine(model=model, base_url=base_url, api_key=api_key, offline=offline,
                                   context_window=context_window, **engine_kw)
    try:
        return summarize_article(article, engine, strict=strict, context_window=context_window)
    finally:
        if own:
            engine.close()


async def asummarize(source: str | bytes | Path | Article, *, engine: Engine | None = None, model: str | None = None,
                     base_url: str | None = None, api_key: str | None = None, offline: bool = False,
                     strict: bool = False, context_window: int | None = None, **engine_kw: Any) -> Briefing:
    """Async twin of :func:`summarize`."""
    import asyncio

    article = await asyncio.to_thread(load_article, source)
    own = engine is None
    engine = engine or make_engine(model=model, base_url=base_url, api_key=api_key, offline=offline,
                                   context_window=context_window, **engine_kw)
    try:
        return await asummarize_article(article, engine, strict=strict, context_window=context_window)
    finally:
        if own:
            await engine.aclose()
