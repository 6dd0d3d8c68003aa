"""brief: turn news articles into structured, evidence-linked briefings.

    >>> import brief
    >>> b = brief.summarize("examples/independent-putin-iran.txt")   # offline without a key
    >>> print(b.to_markdown())

The public API is what this module exports; everything else is private. Names are
imported on first use so that ``brief --help`` stays instant.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    # the pipeline
    "summarize": "brief.pipeline",
    "asummarize": "brief.pipeline",
    "summarize_article": "brief.pipeline",
    "asummarize_article": "brief.pipeline",
    "load_article": "brief.pipeline",
    "make_engine": "brief.pipeline",
    "daily": "brief.dailyrun",
    "adaily": "brief.dailyrun",
    # data
    "Article": "brief.article",
    "Paragraph": "brief.article",
    "Source": "brief.article",
    "Briefing": "brief.schema",
    "BriefingContent": "brief.schema",
    "Digest": "brief.digest",
    "Problem": "brief.validate",
    # engines
    "Engine": "brief.engines.base",
    "Draft": "brief.engines.base",
    "OfflineEngine": "brief.engines.offline",
    "OpenAIEngine": "brief.engines.openai",
    "MockModel": "brief.mock",
    # errors
    "BriefError": "brief.errors",
    "InputError": "brief.errors",
    "ConfigError": "brief.errors",
    "ValidationFailed": "brief.errors",
    "ModelError": "brief.errors",
    "RefusalError": "brief.errors",
    "BudgetExceeded": "brief.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'brief' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


if TYPE_CHECKING:  # pragma: no cover
    from .article import Article, Paragraph, Source
    from .dailyrun import adaily, daily
    from .digest import Digest
    from .engines.base import Draft, Engine
    from .engines.offline import OfflineEngine
    from .engines.openai import OpenAIEngine
    from .errors import (BriefError, BudgetExceeded, ConfigError, InputError, ModelError, RefusalError,
                         ValidationFailed)
    from .mock import MockModel
    from .pipeline import (asummarize, asummarize_article, load_article, make_engine, summarize,
                           summarize_article)
    from .schema import Briefing, BriefingContent
    from .validate import Problem
