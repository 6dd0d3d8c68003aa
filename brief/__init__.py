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

__all__ = [  # spelled out (not computed) so type checkers see what is exported
    "Article", "BriefError", "Briefing", "BriefingContent", "BudgetExceeded", "ConfigError",
    "Digest", "Draft", "Engine", "InputError", "MockModel", "ModelError", "OfflineEngine",
    "OpenAIEngine", "Paragraph", "Problem", "RefusalError", "Source", "ValidationFailed", "adaily",
    "asummarize", "asummarize_article", "daily", "load_article", "make_engine", "summarize",
    "summarize_article",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'brief' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


if TYPE_CHECKING:  # pragma: no cover  ("X as X": an explicit re-export, for mypy --strict callers)
    from .article import Article as Article, Paragraph as Paragraph, Source as Source
    from .dailyrun import adaily as adaily, daily as daily
    from .digest import Digest as Digest
    from .engines.base import Draft as Draft, Engine as Engine
    from .engines.offline import OfflineEngine as OfflineEngine
    from .engines.openai import OpenAIEngine as OpenAIEngine
    from .errors import BriefError as BriefError, BudgetExceeded as BudgetExceeded, ConfigError as ConfigError
    from .errors import InputError as InputError, ModelError as ModelError, RefusalError as RefusalError
    from .errors import ValidationFailed as ValidationFailed
    from .mock import MockModel as MockModel
    from .pipeline import asummarize as asummarize, asummarize_article as asummarize_article
    from .pipeline import load_article as load_article, make_engine as make_engine, summarize as summarize
    from .pipeline import summarize_article as summarize_article
    from .schema import Briefing as Briefing, BriefingContent as BriefingContent
    from .validate import Problem as Problem
