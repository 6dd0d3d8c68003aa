"""How many prompt tokens a request may carry for a given model.

A request overflows when its prompt plus the room kept for the answer exceed the
model's context window. The chunker and the map-reduce step size their inputs from
``ModelLimits.budget(fixed)``: window − the prompt's fixed part − reserved output.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .article import Article
from .errors import ConfigError

#: Room kept for the answer when the model allows more: briefings and notes are short.
DEFAULT_RESERVED_OUTPUT = 4096
#: What an unknown model is assumed to hold; ``--context-window`` corrects it.
UNKNOWN_CONTEXT_WINDOW = 16_384
UNKNOWN_MAX_OUTPUT = 4096
#: Slack for the chat framing tokens a server adds that no tokenizer count sees.
SAFETY_MARGIN = 64


@dataclass(frozen=True)
class ModelLimits:
    """What one model accepts: context window, longest answer, tokenizer."""

    name: str
    context_window: int
    max_output: int
    encoding: str
    known: bool = True
    reserve: int | None = None  # output room the caller asks for (an engine's max output tokens)

    @property
    def reserved_output(self) -> int:
        """Output room: what is asked for, within the model's maximum and half the window."""
        wanted = DEFAULT_RESERVED_OUTPUT if self.reserve is None else self.reserve
        return min(self.max_output, wanted, self.context_window // 2)

    def budget(self, fixed: int = 0) -> int:
        """Tokens left for variable input once ``fixed`` prompt tokens and the output are set aside."""
        return self.context_window - fixed - self.reserved_output - SAFETY_MARGIN


# Context windows and output limits as published by OpenAI; encodings as tiktoken maps them.
# The mock entries let tests and benches exercise large and small windows offline.
_KNOWN: dict[str, tuple[int, int, str]] = {
    "gpt-5": (400_000, 128_000, "o200k_base"),
    "gpt-5-mini": (400_000, 128_000, "o200k_base"),
    "gpt-5-nano": (400_000, 128_000, "o200k_base"),
    "gpt-4.1": (1_047_576, 32_768, "o200k_base"),
    "gpt-4.1-mini": (1_047_576, 32_768, "o200k_base"),
    "gpt-4.1-nano": (1_047_576, 32_768, "o200k_base"),
    "gpt-4o": (128_000, 16_384, "o200k_base"),
    "gpt-4o-mini": (128_000, 16_384, "o200k_base"),
    "o1": (200_000, 100_000, "o200k_base"),
    "o3": (200_000, 100_000, "o200k_base"),
    "o3-mini": (200_000, 100_000, "o200k_base"),
    "o4-mini": (200_000, 100_000, "o200k_base"),
    "gpt-4-turbo": (128_000, 4096, "cl100k_base"),
    "gpt-4-32k": (32_768, 8192, "cl100k_base"),
    "gpt-4": (8192, 8192, "cl100k_base"),
    "gpt-3.5-turbo": (16_385, 4096, "cl100k_base"),
    "mock-1": (32_768, 4096, "o200k_base"),
    "mock-8k": (8192, 2048, "o200k_base"),
}


def _lookup(model: str) -> tuple[int, int, str] | None:
    """Exact name first, then the longest known prefix (dated snapshots such as gpt-4o-2024-08-06)."""
    if model in _KNOWN:
        return _KNOWN[model]
    base = model.rsplit("/", 1)[-1]  # "openai/gpt-4o" from routers
    prefixes = [k for k in _KNOWN if base == k or base.startswith(k + "-")]
    return _KNOWN[max(prefixes, key=len)] if prefixes else None


def limits_for(model: str | None, context_window: int | None = None, *,
               reserve: int | None = None) -> ModelLimits:
    """The limits of ``model``; ``context_window`` overrides the table (``--context-window``).

    ``reserve`` is the output room the caller will request (``max_completion_tokens``).
    """
    from .tokens import encoding_name_for

    name = model or "unknown"
    found = _lookup(name)
    if found is None:
        limits = ModelLimits(name, UNKNOWN_CONTEXT_WINDOW, UNKNOWN_MAX_OUTPUT,
                             encoding_name_for(model), known=False)
    else:
        limits = ModelLimits(name, *found)
    if context_window is not None:
        if context_window < 1024:
            raise ConfigError(f"--context-window {context_window} is too small",
                              hint="a briefing needs at least 1024 tokens of context")
        limits = replace(limits, context_window=context_window)
    return replace(limits, reserve=reserve)


def known_models() -> dict[str, ModelLimits]:
    """The table, for ``brief models``-style listings and docs."""
    return {name: ModelLimits(name, *row) for name, row in _KNOWN.items()}


def needs_chunking(article: Article, model: str | None, context_window: int | None = None, *,
                   max_output_tokens: int | None = None) -> bool:
    """Whether the single-request prompt for ``article`` would overflow ``model``'s budget.

    The prompt is rendered and counted only for articles near the limit: most are far below
    it, and this check runs for every article of a daily run.
    """
    from .tokens import get_encoding

    limits = limits_for(model, context_window, reserve=max_output_tokens)
    limit = limits.budget(0)
    # a token is at least one byte: a body whose UTF-8 size leaves room fits without encoding it
    size = len(article.body.encode("utf-8")) + 8 * len(article.paragraphs)
    if _fixed_prompt_tokens(limits.encoding) + size < 0.9 * limit:
        return False
    enc = get_encoding(limits.encoding)
    body = len(enc.encode(article.body, disallowed_special=()))
    if body > limit:
        return True
    if _fixed_prompt_tokens(limits.encoding) + body + 8 * len(article.paragraphs) < 0.9 * limit:
        return False
    messages = _default_prompts().messages(article)
    return 3 + sum(4 + len(enc.encode(m["content"], disallowed_special=())) for m in messages) > limit


@lru_cache(maxsize=1)
def _default_prompts() -> Any:
    from .prompts import Prompts

    return Prompts()


@lru_cache(maxsize=8)
def _fixed_prompt_tokens(encoding: str) -> int:
    """Tokens of the briefing prompt around an empty article."""
    from .tokens import get_encoding

    enc = get_encoding(encoding)
    messages = _default_prompts().messages(Article())
    return 3 + sum(4 + len(enc.encode(m["content"], disallowed_special=())) for m in messages)
