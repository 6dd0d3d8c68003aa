"""Near-duplicate detection: which briefings tell one event, so the digest can merge them
and count the outlets behind each (corroboration you can count)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import repeat

from .schema import Briefing

SIMILAR = 0.3          # Jaccard of content words (title + lead) that makes two articles one event
SIMILAR_WITH_ACTORS = 0.15  # a lower bar when the two also share most of their actors
LEAD_FACTS = 3         # key facts that stand in for the article's lead paragraphs

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


def signature(b: Briefing) -> set[str]:
    """The words that identify a briefing's event: title, headline, bottom line, lead facts."""
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


def cluster(briefings: list[Briefing], signatures: Mapping[str, set[str]] | None = None) -> list[list[Briefing]]:
    """Group near-duplicates (union-find); candidate pairs come from an inverted word index.

    Words are weighted by rarity (IDF) over the day's articles, so the vocabulary that many
    stories share (a wire service's boilerplate, "officials said") cannot chain them together.
    ``signatures`` (by briefing id) may be computed ahead, as briefings arrive.
    """
    known = signatures or {}
    sigs = [known[b.id] if b.id in known else signature(b) for b in briefings]
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
        shared: dict[int, float] = {}  # earlier article -> weight of the (rarer) words it shares with this one
        unseen = 0.0  # the common words' weight, which ``shared`` leaves out
        for w in sig:
            posting = postings[w]
            if len(posting) <= common:
                wt = weight[w]
                for j in posting:
                    shared[j] = shared.get(j, 0.0) + wt
            else:
                unseen += weight[w]
            posting.append(i)
        for j, part in shared.items():
            most = part + unseen  # at most this much weight in common: skip pairs that cannot reach the lower bar
            hopeless = most < SIMILAR_WITH_ACTORS * (totals[i] + totals[j] - most) - 1e-9
            if hopeless and briefings[i].id != briefings[j].id:  # one article is one event, whatever its words
                continue
            if find(i) != find(j) and same_event(briefings[i], briefings[j], sigs[i], sigs[j], weight,
                                                 (totals[i], totals[j]), (actors[i], actors[j])):
                parent[find(i)] = find(j)
    groups: dict[int, list[Briefing]] = defaultdict(list)
    for i, b in enumerate(briefings):
        groups[find(i)].append(b)
    return list(groups.values())
