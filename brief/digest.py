"""The daily digest: many briefings folded into one ranked, sectioned, grounded page.

Building it is deterministic and needs no model: near-duplicate briefings about one event
are merged (so corroboration is countable), items are sorted into themed sections and
ranked, and the overview is extractive (each sentence is an item's bottom line, tagged
with its briefing id) so nothing in it is unsupported by an item.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as _date
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from . import genre
from .cluster import _WORD, cluster, jaccard, signature, words
from .schema import CAVEAT_TYPES, Briefing

__all__ = ["Digest", "DigestItem", "build_digest", "cluster", "jaccard", "prepare", "words"]

DIGEST_SCHEMA_VERSION = "1.0"
MAX_ACTORS_OF_DAY = 12


THEMES: dict[str, tuple[str, ...]] = {
    "Conflict & security": (
        "war", "military", "army", "troops", "soldiers", "missile", "missiles", "drone", "drones",
        "strike", "strikes", "attack", "attacks", "killed", "ceasefire", "invasion", "weapons",
        "nuclear", "defence", "defense", "bomb", "shelling", "offensive", "militants", "security",
    ),
    "Politics & diplomacy": (
        "election", "elections", "president", "minister", "parliament", "government", "talks",
        "summit", "diplomatic", "sanctions", "vote", "party", "opposition", "court", "law",
        "kremlin", "treaty", "ambassador", "foreign", "policy", "campaign", "senate", "congress",
    ),
    "Economy & business": (
        "economy", "economic", "market", "markets", "company", "companies", "shares", "inflation",
        "bank", "trade", "tariff", "tariffs", "prices", "oil", "gas", "billion", "jobs", "profit",
        "stocks", "investors", "growth", "budget", "exports", "revenue", "workers", "union", "wages",
        "pay", "cargo", "shipping", "port", "customers", "industry",
    ),
    "Science, health & climate": (
        "health", "vaccine", "hospital", "disease", "virus", "climate", "emissions", "scientists",
        "study", "research", "flood", "floods", "storm", "earthquake", "wildfire", "heat", "patients",
    ),
    "Technology": (
        "ai", "software", "technology", "tech", "internet", "cyber", "hackers", "chip", "chips",
        "data", "app", "platform", "online",
    ),
}
OTHER = "Other news"
# word -> the themes that list it: a group's words are looked up, not every theme word counted
_THEMES_OF: dict[str, tuple[str, ...]] = {
    w: tuple(name for name, keys in THEMES.items() if w in keys) for keys in THEMES.values() for w in keys}
_TYPE_THEME = {"military": "Conflict & security", "armed_group": "Conflict & security",
               "company": "Economy & business", "political_party": "Politics & diplomacy",
               "government": "Politics & diplomacy"}


class DigestSource(BaseModel):
    """One outlet's article behind an item."""

    briefing_id: str
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None


class EvidenceLine(BaseModel):
    """A key fact shown under an item, with the paragraphs of its briefing that support it."""

    text: str
    briefing_id: str
    evidence: list[str] = Field(default_factory=list)


class DigestItem(BaseModel):
    id: str = Field(description="Id of the lead briefing (briefings/<id>.json).")
    headline: str
    line: str = Field(description="One sentence: the lead briefing's bottom line.")
    why_it_matters: str | None = None
    section: str
    score: float
    briefing_ids: list[str]
    sources: list[DigestSource]
    corroboration: int = Field(description="How many distinct outlets report this event.")
    key_facts: list[EvidenceLine] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    caveats: dict[str, int] = Field(default_factory=dict)
    label: str | None = Field(None, description="The publisher's own label when not news: Opinion, Analysis…")

    @property
    def briefing_path(self) -> str:
        return f"briefings/{self.id}.json"


class Section(BaseModel):
    name: str
    items: list[DigestItem]


class ActorOfDay(BaseModel):
    name: str
    type: str
    items: int = Field(description="How many items (events) mention this actor.")
    briefing_ids: list[str]


class Failure(BaseModel):
    name: str
    stage: str = Field(description="input, clean, brief, validate (--strict), limit (a budget or deadline "
                                   "stopped it) or write.")
    reason: str


class Duplicate(BaseModel):
    """An input whose cleaned body repeated another's: briefed once, as ``briefing_id``."""

    name: str
    briefing_id: str


class RunStats(BaseModel):
    inputs: int = 0
    articles: int = Field(0, description="Distinct articles briefed (cached or fresh).")
    duplicates: int = Field(0, description="Inputs whose cleaned body repeated another one.")
    failed: int = 0
    cache_hits: int = 0
    model_calls: int = Field(0, description="Requests made to a model in this run (offline passes are not).")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    elapsed_s: float = 0.0
    engine: str | None = None
    model: str | None = None
    concurrency: int | None = None
    run_id: str | None = None


class Digest(BaseModel):
    schema_version: str = DIGEST_SCHEMA_VERSION
    date: str
    generated_at: str
    top_story: DigestItem | None = None
    overview: str = ""
    overview_refs: list[str] = Field(default_factory=list, description="Briefing ids the overview cites.")
    overview_by: str = Field("extractive", description="Who wrote the overview: 'extractive', or the engine "
                                                        "whose paragraph passed the checks against the items.")
    warnings: list[str] = Field(default_factory=list, description="What the run could not do as asked.")
    sections: list[Section] = Field(default_factory=list)
    actors_of_the_day: list[ActorOfDay] = Field(default_factory=list)
    caveat_counts: dict[str, int] = Field(default_factory=dict)
    failures: list[Failure] = Field(default_factory=list)
    duplicates: list[Duplicate] = Field(default_factory=list, description="Inputs briefed once, as another input.")
    stats: RunStats = Field(default_factory=RunStats)
    pages: bool = Field(False, description="Whether briefings/<id>.html pages sit next to the JSON.")

    @property
    def items(self) -> list[DigestItem]:
        return [item for section in self.sections for item in section.items]

    def __repr__(self) -> str:
        """A summary, not every item: ``asyncio.run(adaily(...))`` formats the finished task, result
        included, when it restores Ctrl-C handling, and a full repr of 200 items took 15 ms twice."""
        return (f"Digest(date={self.date!r}, items={len(self.items)}, failures={len(self.failures)}, "
                f"overview_by={self.overview_by!r})")

    def sections_after_top(self) -> list[Section]:
        """Sections without the top story, which a page shows once, above them."""
        top = self.top_story.id if self.top_story else None
        rest = [Section(name=s.name, items=[i for i in s.items if i.id != top]) for s in self.sections]
        return [s for s in rest if s.items]

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

    def to_markdown(self) -> str:
        from .render.digest_md import digest_markdown

        return digest_markdown(self)

    def to_html(self) -> str:
        from .render.digest_html import digest_html

        return digest_html(self)


# --- items, sections, ranking -----------------------------------------------------------

def theme(group: list[Briefing]) -> str:
    """The section a group belongs to: most theme words in its text, then its actors' types."""
    text: list[str] = []
    score: defaultdict[str, float] = defaultdict(float)
    for b in group:
        text += [b.source.title or "", b.headline, b.bottom_line, *(f.text for f in b.key_facts)]
        for actor in b.key_actors:
            if actor.type in _TYPE_THEME:
                score[_TYPE_THEME[actor.type]] += 0.5
    for word, n in Counter(map(str.lower, _WORD.findall(" ".join(text)))).items():
        for name in _THEMES_OF.get(word, ()):
            score[name] += n
    best = max(THEMES, key=lambda name: score[name])  # ties: the first theme listed wins
    return best if score[best] > 0 else OTHER


def _rank_score(group: list[Briefing], outlets: int) -> float:
    """Corroboration counts most; then how much substance the lead briefing carries."""
    lead = group[0]
    weak = sum(1 for b in group for c in b.sourcing_caveats
               if c.type in ("unverified", "anonymous_source", "single_source"))
    return round(3.0 * outlets + 0.5 * min(len(lead.key_facts), 8) + 0.3 * min(len(lead.key_actors), 8)
                 + 0.2 * min(len(lead.stakes), 5) - 0.25 * min(weak, 4), 2)


@dataclass(frozen=True)
class Prepared:
    """What the digest needs of one briefing on its own, worked out as the briefing arrives
    so that a daily run's last step (waiting on nothing but itself) has less to do."""

    signature: set[str]
    theme: str


def prepare(b: Briefing) -> Prepared:
    return Prepared(signature=signature(b), theme=theme([b]))


def count_outlets(sources: list[DigestSource]) -> int:
    """Distinct outlets, known by publisher or else the URL's host; sources whose outlet is
    unknown count as one together, since two unlabelled copies may be one outlet's story."""
    known = {(s.publisher or urlsplit(s.url or "").hostname or "").lower().removeprefix("www.") for s in sources}
    return len(known - {""}) or 1


def make_item(group: list[Briefing], solo_theme: str | None = None) -> DigestItem:
    group = sorted(group, key=lambda b: (-len(b.key_facts), -b.source.word_count, b.id))
    lead = group[0]
    sources, seen = [], set()
    for b in group:
        if b.id in seen:
            continue
        seen.add(b.id)
        sources.append(DigestSource(briefing_id=b.id, publisher=b.source.publisher, title=b.source.title,
                                    url=b.source.url, published=b.source.published))
    outlets = count_outlets(sources)
    actors = Counter(a.name for b in group for a in b.key_actors)
    caveats = Counter(c.type for b in group for c in b.sourcing_caveats)
    return DigestItem(
        id=lead.id, headline=lead.headline, line=lead.bottom_line,
        why_it_matters=lead.why_it_matters if lead.why_it_matters not in ("", lead.bottom_line) else None,
        section=solo_theme if solo_theme and len(group) == 1 else theme(group), score=_rank_score(group, outlets), briefing_ids=[s.briefing_id for s in sources],
        sources=sources, corroboration=outlets,
        key_facts=[EvidenceLine(text=f.text, briefing_id=lead.id, evidence=f.evidence)
                   for f in lead.key_facts if f.text not in (lead.bottom_line, lead.why_it_matters)][:2],
        actors=[name for name, _ in actors.most_common(6)], caveats=dict(caveats.most_common()),
        label=genre.label(lead.source),
    )


def actors_of_the_day(groups: list[list[Briefing]]) -> list[ActorOfDay]:
    """Actors named in the most events; aliases fold into the canonical name."""
    canon: dict[str, str] = {}
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    events: dict[str, set[int]] = defaultdict(set)
    ids: dict[str, list[str]] = defaultdict(list)
    for g, group in enumerate(groups):
        for b in group:
            for a in b.key_actors:
                key = next((canon[n.lower()] for n in [a.name, *a.aliases] if n.lower() in canon), a.name)
                for n in [a.name, *a.aliases]:
                    canon.setdefault(n.lower(), key)
                kinds[key][a.type] += 1
                events[key].add(g)
                if b.id not in ids[key]:
                    ids[key].append(b.id)
    ranked = sorted(events, key=lambda k: (-len(events[k]), -len(ids[k]), k))[:MAX_ACTORS_OF_DAY]
    return [ActorOfDay(name=k, type=kinds[k].most_common(1)[0][0], items=len(events[k]), briefing_ids=ids[k])
            for k in ranked]


def overview(items: list[DigestItem], stats: RunStats) -> tuple[str, list[str]]:
    """An extractive paragraph: counts, then the bottom lines of the leading items, cited."""
    if not items:
        return "No article could be briefed in this run.", []
    picked: list[DigestItem] = []
    for item in items:  # one per section first, so the overview spans the day
        if item.section not in {p.section for p in picked}:
            picked.append(item)
    picked = sorted(picked, key=lambda i: -i.score)[:4]
    multi = sum(1 for i in items if i.corroboration > 1)
    count = f"{len(items)} {'story' if len(items) == 1 else 'stories'} from {stats.articles} " \
            f"article{'s' if stats.articles != 1 else ''}"
    if multi:
        count += f"; {multi} reported by more than one outlet"
    sentences = [count + "."]
    for item in picked:
        line = item.line.rstrip()
        sentences.append(f"{line}{'' if line.endswith(('.', '!', '?')) else '.'} [{item.id}]")
    return " ".join(sentences), [i.id for i in picked]


def build_digest(briefings: Iterable[Briefing], *, failures: Iterable[Failure] = (),
                 duplicates: Iterable[Duplicate] = (), stats: RunStats | None = None, date: str | None = None,
                 prepared: Mapping[str, Prepared] | None = None) -> Digest:
    """Fold briefings into a digest; input order does not matter (ties break on ids).

    ``prepared`` holds ``prepare(b)`` by briefing id for any briefings done ahead.
    """
    unique = {b.id: b for b in briefings}
    ordered = [unique[k] for k in sorted(unique)]
    ahead = prepared or {}
    groups = cluster(ordered, {k: v.signature for k, v in ahead.items()})
    items = sorted((make_item(g, ahead[g[0].id].theme if g[0].id in ahead else None) for g in groups),
                   key=lambda i: (-i.score, i.headline, i.id))
    by_section: dict[str, list[DigestItem]] = defaultdict(list)
    for item in items:
        by_section[item.section].append(item)
    sections = [Section(name=name, items=its) for name, its in by_section.items()]
    stats = stats or RunStats(articles=len(ordered))
    text, refs = overview(items, stats)
    caveats: Counter[str] = Counter(c.type for b in ordered for c in b.sourcing_caveats)
    return Digest(
        date=date or _date.today().isoformat(),
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        top_story=items[0] if items else None, overview=text, overview_refs=refs, sections=sections,
        actors_of_the_day=actors_of_the_day(groups),
        caveat_counts={t: caveats[t] for t in CAVEAT_TYPES},
        failures=list(failures), duplicates=list(duplicates), stats=stats,
    )


#: A digest's files in the output folder; a run that briefed nothing writes FAILED_FILES instead
#: when an earlier digest is there, so a typo or an empty feed never wipes the morning's digest.
DIGEST_FILES = ("daily.json", "daily.md", "daily.html")
FAILED_FILES = ("daily-failed.json", "daily-failed.md")


def write_digest(out: Path, digest: Digest, md_body: str | None = None, html_body: Any = None) -> Path:
    """Write the digest's files (fsynced) and return the Markdown one, which the user is pointed to."""
    from .files import write_atomic
    from .render.digest_md import digest_markdown

    if digest.stats.articles == 0 and any((out / name).exists() for name in DIGEST_FILES):
        digest.warnings.append(f"nothing was briefed: {out / 'daily.md'} is an earlier run's digest, kept")
        write_atomic(out / FAILED_FILES[0], digest.to_json())
        write_atomic(out / FAILED_FILES[1], digest_markdown(digest, md_body))
        return out / FAILED_FILES[1]
    from .render.digest_html import digest_html

    write_atomic(out / "daily.json", digest.to_json())
    write_atomic(out / "daily.md", digest_markdown(digest, md_body))
    write_atomic(out / "daily.html", digest_html(digest, html_body))
    for name in FAILED_FILES:  # an earlier failed run's report is stale once a digest is written
        (out / name).unlink(missing_ok=True)
    return out / "daily.md"


def kept_earlier(out: Path, digest: Digest) -> bool:
    """Whether this run briefed nothing and left an earlier digest in ``out`` (see write_digest)."""
    return digest.stats.articles == 0 and (out / FAILED_FILES[0]).exists()
