"""brief's mock OpenAI-compatible model: in-process (httpx2 transport) or on a loopback port."""

from __future__ import annotations

from .answerers import article_from_messages, register_answerer
from .faults import FaultSpec
from ..accounting import count_prompt_tokens
from .protocol import MockModel, MockResponse
from .server import MockServer, serve
from . import digest_overview, notes  # noqa: E402,F401  (register the overview and map-reduce answerers)

__all__ = ["FaultSpec", "MockModel", "MockResponse", "MockServer", "article_from_messages",
           "count_prompt_tokens", "register_answerer", "serve"]
