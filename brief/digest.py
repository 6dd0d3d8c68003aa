"""The daily digest: many briefings folded into one ranked, sectioned, grounded page.

Building it is deterministic and needs no model: near-duplicate briefings about one event
are merged (so corroboration is countable), items are sorted into themed sections and
ranked, and the overview is extractive (each sentence is an item's bottom line, tagged
with its briefing id) so nothing in it is unsupported by an item.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date as _date
from datetime import datetime, timezone
from itertools import repeat

from pydantic import BaseModel, Field

from .schema import CAVEAT_TYPES, Briefing

DIGEST_SCHEMA_VERSION = "1.0"
SIMILAR = 0.3          # Jaccard of content words (title + lead) that makes two articles one event
SIMILAR_WITH_ACTORS = 0.15  # a lower bar when the two also share most of their actors
LEAD_FACTS = 3         # key facts that stand in for the article's lead paragraphs
MAX_ACTORS_OF_DAY = 12

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_STOP = frozenset("""
a about after again against all also an and any are as at be been before being but by can could
did do does during each for from had has have he her here his how i if in into is it its just more
most no not of on once only or other our out over said says she so some such than that the their
them then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your new news report reports year years
least people statement told according official officials week day monday tuesday wednesday
thursday friday saturday sunday
""".split())

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
    stage: str = Field(description="input, clean, brief or write.")
    reason: str


class RunStats(BaseModel):
    inputs: int = 0
    articles: int = Field(0, description="Distinct articles briefed (cached or fresh).")
    duplicates: int = Field(0, description="Inputs whose cleaned body repeated another one.")
    failed: int = 0
    cache_hits: int = 0
    model_calls: int = Field(0, description="Engine attempts made in this run.")
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
    stats: RunStats = Field(default_factory=RunStats)
    pages: bool = Field(False, description="Whether briefings/<id>.html pages sit next to the JSON.")

    @property
    def items(self) -> list[DigestItem]:
        return [item for section in self.sections for item in section.items]

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


# --- near-duplicate merge ---------------------------------------------------------------

def _stem(word: str) -> str:
    """A light plural fold ("ships" ~ "ship"): enough for headlines, no stemmer library needed."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> set[str]:
    """Content words: lower-cased, plural-folded; stop words and one-letter tokens dropped."""
    folded = {w.lower().strip("'’-") for w in _WORD.findall(text)}
    return {_stem(w) for w in folded if len(w) > 1 and w not in _STOP}


def jaccard(a: set[str], b: set[str], weight: Mapping[str, float] | None = None,
            totals: tuple[float, float] | None = None) -> float:
    """Share of words in common; with ``weight``, rare words count for more than common ones.

    ``totals`` (each set's summed weight, when the caller has them) saves summing the union.
    """
    if not a or not b:
        return 0.0
    if weight is None:
        return len(a & b) / len(a | b)
    common = sum(map(weight.get, a & b, repeat(1.0)))  # weight.get(w, 1.0), at C speed
    ta, tb = totals or (sum(map(weight.get, a, repeat(1.0))), sum(map(weight.get, b, repeat(1.0))))
    return common / (ta + tb - common)


def _signature(b: Briefing) -> set[str]:
    lead = [f.text for f in b.key_facts[:LEAD_FACTS]]
    return words(" ".join(filter(None, [b.source.title, b.headline, b.bottom_line, *lead])))


def _actor_keys(b: Briefing) -> set[str]:
    return {a.name.lower() for a in b.key_actors if a.type != "media_outlet"}


def same_event(a: Briefing, b: Briefing, sig_a: set[str], sig_b: set[str],
               weight: Mapping[str, float] | None = None, totals: tuple[float, float] | None = None,
               actors: tuple[set[str], set[str]] | None = None) -> bool:
    """Two articles cover one event: their titles and leads overlap, or they share actors too."""
    if a.id == b.id:
        return True
    text = jaccard(sig_a, sig_b, weight, totals)
    if text >= SIMILAR:
        return True
    if text < SIMILAR_WITH_ACTORS:
        return False
    actors_a, actors_b = actors or (_actor_keys(a), _actor_keys(b))
    return (text >= SIMILAR_WITH_ACTORS and min(len(actors_a), len(actors_b)) >= 2
            and jaccard(actors_a, actors_b) >= 0.5)


def cluster(briefings: list[Briefing]) -> list[list[Briefing]]:
    """Group near-duplicates (union-find); candidate pairs come from an inverted word index.

    Words are weighted by rarity (IDF) over the day's articles, so the vocabulary that many
    stories share (a wire service's boilerplate, "officials said") cannot chain them together.
    """
    sigs = [_signature(b) for b in briefings]
    parent = list(range(len(briefings)))
    df = Counter(w for sig in sigs for w in sig)
    weight = {w: math.log((len(sigs) + 1) / (n + 1)) + 1.0 for w, n in df.items()}
    totals = [sum(weight[w] for w in sig) for sig in sigs]
    actors = [_actor_keys(b) for b in briefings]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[str, list[int]] = defaultdict(list)
    common = max(50, len(briefings) // 5)  # words in most articles say nothing about one event
    for i, sig in enumerate(sigs):
        shared: Counter[int] = Counter()
        for w in sig:
            posting = postings[w]
            if len(posting) <= common:
                shared.update(posting)
            posting.append(i)
        for j in shared:
            if find(i) != find(j) and same_event(briefings[i], briefings[j], sigs[i], sigs[j], weight,
                                                 (totals[i], totals[j]), (actors[i], actors[j])):
                parent[find(i)] = find(j)
    groups: dict[int, list[Briefing]] = defaultdict(list)
    for i, b in enumerate(briefings):
        groups[find(i)].append(b)
    return list(groups.values())


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


def make_item(group: list[Briefing]) -> DigestItem:
    group = sorted(group, key=lambda b: (-len(b.key_facts), -b.source.word_count, b.id))
    lead = group[0]
    sources, seen = [], set()
    for b in group:
        if b.id in seen:
            continue
        seen.add(b.id)
        sources.append(DigestSource(briefing_id=b.id, publisher=b.source.publisher, title=b.source.title,
                                    url=b.source.url, published=b.source.published))
    outlets = len({(s.publisher or s.url or s.briefing_id).lower() for s in sources})
    actors = Counter(a.name for b in group for a in b.key_actors)
    caveats = Counter(c.type for b in group for c in b.sourcing_caveats)
    return DigestItem(
        id=lead.id, headline=lead.headline, line=lead.bottom_line,
        why_it_matters=lead.why_it_matters if lead.why_it_matters not in ("", lead.bottom_line) else None,
        section=theme(group), score=_rank_score(group, outlets), briefing_ids=[s.briefing_id for s in sources],
        sources=sources, corroboration=outlets,
        key_facts=[EvidenceLine(text=f.text, briefing_id=lead.id, evidence=f.evidence)
                   for f in lead.key_facts if f.text != lead.bottom_line][:2],
        actors=[name for name, _ in actors.most_common(6)], caveats=dict(caveats.most_common()),
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
                 stats: RunStats | None = None, date: str | None = None) -> Digest:
    """Fold briefings into a digest; input order does not matter (ties break on ids)."""
    unique = {b.id: b for b in briefings}
    ordered = [unique[k] for k in sorted(unique)]
    groups = cluster(ordered)
    items = sorted((make_item(g) for g in groups), key=lambda i: (-i.score, i.headline, i.id))
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
        failures=list(failures), stats=stats,
    )
