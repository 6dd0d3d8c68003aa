"""``brief batch prepare``: inputs → stage 1 of a batch (requests JSONL) and its manifest.

Inputs are read, cleaned and de-duplicated exactly as ``brief daily`` does, and each
article's first requests come from replaying its steps with no results yet (see
``brief.batch``), so the bodies are the ones the synchronous path would send.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import Manifest, Pending, Replayer, Results, manifest_path
from .errors import BriefError


@dataclass
class Prepared:
    requests: Path
    manifest: Path
    lines: int
    articles: int
    failures: int


def prepare(inputs: Iterable[str], out: str | Path, *, engine: Any, context_window: int | None = None) -> Prepared:
    """Read and clean every input (paths, folders, JSONL, URLs, ``-``) and write stage 1 of its
    requests to ``out`` (JSONL), plus the manifest.

    Each line is the body the synchronous path would send, under a stable custom_id
    (``<article id>:brief``, or ``<article id>:<stage>:<step>:<n>`` for long articles).
    """
    from .clean import clean
    from .dailyinputs import doc_name, expand_inputs, fetch_url
    from .files import write_atomic
    from .inputs import InputFailure, iter_inputs

    paths, urls = expand_inputs(inputs)
    manifest = Manifest({"model": engine.model, "engine": engine.name, "prompt_version": engine.prompts.version,
                         "mode": engine.mode(), "context_window": context_window})
    replay = Replayer(engine, Results(), context_window=context_window)
    lines: list[dict[str, Any]] = []
    seen: set[str] = set()
    fetched = (asyncio.run(fetch_url(url)) for url in urls)
    for doc in itertools.chain(iter_inputs(paths), fetched):
        manifest.inputs += 1
        if isinstance(doc, InputFailure):
            manifest.failures.append({"name": doc.name, "stage": "input", "reason": doc.reason})
            continue
        name = doc_name(doc)
        try:
            article = clean(doc)
        except BriefError as exc:
            manifest.failures.append({"name": name, "stage": "clean", "reason": exc.message})
            continue
        except Exception as exc:  # a cleaner bug on one odd page must not sink the batch
            manifest.failures.append({"name": name, "stage": "clean",
                                      "reason": f"internal error: {type(exc).__name__}: {exc}"})
            continue
        if not article.paragraphs:
            manifest.failures.append({"name": name, "stage": "clean", "reason": "no article text found after cleaning"})
            continue
        if article.id in seen:
            manifest.duplicates += 1
            continue
        seen.add(article.id)
        try:
            step = replay.article(article)
        except BriefError as exc:
            manifest.failures.append({"name": name, "stage": "brief", "reason": str(exc)})
            continue
        manifest.articles.append((name, article))
        lines.extend(step.lines if isinstance(step, Pending) else [])
    out = Path(out)
    write_atomic(out, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    manifest.write(manifest_path(out))
    return Prepared(out, manifest_path(out), len(lines), len(manifest.articles), len(manifest.failures))
