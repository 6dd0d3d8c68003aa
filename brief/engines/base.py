"""The one small interface every engine implements.

An engine turns a cleaned ``Article`` into a ``Draft``: the briefing content plus an
account of how it was made. Like an httpx transport, it is pluggable: the offline
engine analyses the text itself, the OpenAI engine asks any OpenAI-compatible server
(including brief's own mock). The pipeline wraps a draft into a ``Briefing``.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from ..article import Article
from ..schema import Attempt, BriefingContent, Tokens


@dataclass
class Draft:
    content: BriefingContent
    engine: str
    model: str | None = None
    endpoint: str | None = None
    prompt_version: str | None = None
    chunks: int = 1
    attempts: list[Attempt] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    grounded: bool = False  # the content already passed the validator against this article

    @property
    def tokens(self) -> Tokens:
        total = Tokens()
        for a in self.attempts:
            total = total + a.tokens
        return total

    @property
    def cost_usd(self) -> float:
        return sum(a.cost_usd for a in self.attempts)


class Engine(ABC):
    """Turns an article into a draft briefing. Subclasses implement one or both methods."""

    name: str = "engine"

    @abstractmethod
    def draft(self, article: Article) -> Draft:
        """Write a draft briefing for ``article`` (blocking)."""

    async def adraft(self, article: Article) -> Draft:
        """Async variant; by default runs the sync method in a worker thread."""
        return await asyncio.to_thread(self.draft, article)

    def fingerprint(self) -> str:
        """What, besides the article, decides the output: cache keys are built from it.

        Engines whose output depends on a model, prompt or schema version override this.
        """
        from ..schema import SCHEMA_VERSION

        return f"{self.name}|schema={SCHEMA_VERSION}"

    def close(self) -> None:  # pragma: no cover - most engines hold nothing
        """Release connections; engines are also context managers (``with``, ``async with``)."""

    async def aclose(self) -> None:
        """Release connections from inside the event loop, so async clients close cleanly."""
        self.close()

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> "Engine":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
