"""The briefing contract (see docs/briefing.md) as pydantic models.

Two layers:

* ``BriefingContent`` is what a model writes. Its JSON Schema obeys OpenAI's strict
  structured-output rules (every property required, ``additionalProperties: false``,
  optional = nullable, no defaults), so it can go out as ``response_format: json_schema``.
* ``Briefing`` wraps the content with what brief itself knows: ``id``, ``source``,
  ``provenance`` and ``warnings``. ``brief schema`` prints its schema.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .article import Article, Removed, Source

SCHEMA_VERSION = "1.0"

Evidence = list[str]
FactStatus = Literal["reported", "claimed", "disputed", "confirmed"]
ActorType = Literal[
    "person", "government", "military", "armed_group", "political_party",
    "international_org", "company", "media_outlet", "civil_society", "other",
]
Channel = Literal["direct", "spokesperson", "state_media", "other_outlet", "anonymous", "document", "unknown"]
Direction = Literal["gain", "loss", "risk"]
Basis = Literal["stated", "inferred"]
CaveatType = Literal[
    "anonymous_source", "single_source", "unverified", "relayed_report", "state_media",
    "official_account", "party_claim", "denial", "conflicting_accounts", "allegation",
    "preliminary", "loaded_language",
]
CAVEAT_TYPES: tuple[str, ...] = CaveatType.__args__  # type: ignore[attr-defined]
ACTOR_TYPES: tuple[str, ...] = ActorType.__args__  # type: ignore[attr-defined]

_EVIDENCE = Field(description="Ids of the paragraphs that support this item, e.g. [\"p3\"].")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KeyFact(_Strict):
    text: str
    status: FactStatus
    attributed_to: str | None = Field(description="Actor id, or null when the article states it itself.")
    evidence: Evidence = _EVIDENCE


class Statement(_Strict):
    text: str = Field(description="What was said; verbatim when direct_quote is true.")
    direct_quote: bool
    cue_verb: str | None = Field(description="The article's verb: said, claimed, reportedly said…")
    channel: Channel
    via: str | None = Field(description="The outlet, agency or person it came through, as named.")
    evidence: Evidence = _EVIDENCE


class Actor(_Strict):
    id: str = Field(description="Short stable id, e.g. \"vladimir-putin\".")
    name: str = Field(description="Canonical name as the article gives it.")
    aliases: list[str]
    type: ActorType
    role: str | None
    affiliation: str | None
    country: str | None
    stance: str | None = Field(description="Stance or aims as the article gives them.")
    statements: list[Statement]
    evidence: Evidence = _EVIDENCE


class Stake(_Strict):
    who: str
    what: str
    direction: Direction
    consequence: str | None
    timeframe: str | None
    basis: Basis = Field(description="stated (the article says so) or inferred (brief's own judgement).")
    evidence: Evidence = _EVIDENCE


class Caveat(_Strict):
    id: str
    type: CaveatType
    detail: str
    cue: str = Field(description="The exact words in the article that raise the caveat.")
    applies_to: list[str] = Field(description="Ids of the actors (or facts as f1, f2…) it concerns.")
    evidence: Evidence = _EVIDENCE


class TimelineEntry(_Strict):
    when: str = Field(description="As written in the article; never an invented year.")
    date: str | None = Field(description="ISO date only when the article makes it certain, else null.")
    event: str
    evidence: Evidence = _EVIDENCE


class NextEvent(_Strict):
    event: str
    when: str | None
    evidence: Evidence = _EVIDENCE


class OpenQuestion(_Strict):
    question: str
    evidence: Evidence = _EVIDENCE


class BriefingContent(_Strict):
    """The part of a briefing a model (or the offline engine) writes."""

    headline: str = Field(description="Neutral, at most about 110 characters.")
    bottom_line: str = Field(description="One sentence: the news, up front.")
    why_it_matters: str
    key_facts: list[KeyFact]
    key_actors: list[Actor]
    stakes: list[Stake]
    sourcing_caveats: list[Caveat]
    timeline: list[TimelineEntry]
    whats_next: list[NextEvent]
    open_questions: list[OpenQuestion]


class Tokens(BaseModel):
    prompt: int = 0
    completion: int = 0
    cached: int = 0

    def __add__(self, other: "Tokens") -> "Tokens":
        return Tokens(prompt=self.prompt + other.prompt, completion=self.completion + other.completion,
                      cached=self.cached + other.cached)


class Attempt(BaseModel):
    """One request to a model (or one offline pass), with what came of it."""

    n: int
    step: str = "brief"
    outcome: str = "ok"
    tokens: Tokens = Field(default_factory=Tokens)
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    errors: list[str] = Field(default_factory=list)


class Provenance(BaseModel):
    engine: str
    model: str | None = None
    endpoint: str | None = None
    prompt_version: str | None = None
    schema_version: str = SCHEMA_VERSION
    cleaner_version: str | None = None
    chunks: int = 1
    attempts: list[Attempt] = Field(default_factory=list)
    tokens: Tokens = Field(default_factory=Tokens)
    estimated_cost_usd: float = 0.0
    latency_ms: float = 0.0
    generated_at: str | None = None
    source_sha256: str | None = None
    removed: list[Removed] = Field(default_factory=list)


class Briefing(BriefingContent):
    """A complete briefing: the content plus what brief knows about where it came from."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    id: str
    source: Source
    provenance: Provenance
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

    def to_markdown(self) -> str:
        from .render.markdown import briefing_markdown

        return briefing_markdown(self)

    def to_html(self, article: Article | None = None) -> str:
        """The page; pass the briefed ``article`` to end it with the paragraphs its evidence ids link to."""
        from .render.html import briefing_html

        return briefing_html(self, article)

    @property
    def content(self) -> BriefingContent:
        return BriefingContent.model_validate(self.model_dump(include=set(BriefingContent.model_fields)))


@lru_cache(maxsize=None)
def strict_schema(model: type[BaseModel] = BriefingContent) -> dict[str, Any]:
    """JSON Schema of ``model`` in the shape OpenAI strict mode accepts.

    Pydantic already emits ``additionalProperties: false`` for ``extra="forbid"``; what
    it adds that strict mode rejects (titles are harmless, but ``default`` is not) is
    stripped, and every property is listed in ``required``. Built once per model (it goes out
    with every request), so the returned dict is shared: do not modify it.
    """
    schema = model.model_json_schema()

    def fix(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("default", None)
            if isinstance(node.get("title"), str):
                del node["title"]
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            for value in node.values():
                fix(value)
        elif isinstance(node, list):
            for value in node:
                fix(value)

    fix(schema)
    return schema
