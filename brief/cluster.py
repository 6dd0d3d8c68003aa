"""Near-duplicate detection: which briefings tell one event, so the digest can merge them
and count the outlets behind each (corroboration you can count).

Shared wording is not enough: a wire template ("X profit rises N percent as ... sales grow",
"Row over hospital number N deepens") gives different events the same vocabulary. So two
briefings are one event only when their words overlap *and* their anchors agree: the names and
figures that say who, where and how much (see ``Profile`` and ``agree``)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, KeysView, Mapping
from itertools import repeat
from typing import NamedTuple

from .schema import Briefing

SIMILAR = 0.3          # Jaccard of content words (title + lead) that makes two articles one event
SIMILAR_WITH_ACTORS = 0.15  # a lower bar when the two also share most of their actors
LEAD_FACTS = 3         # key facts that stand in for the article's lead paragraphs
SHARED_ANCHORS = 3     # names and figures in common that, with half of them shared, lower the bar too

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


def _norm(word: str) -> str:
    """Lower-cased, possessive dropped: "Acme's" and "Acme" are one name."""
    w = word.lower().strip("'’-")
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _stem(word: str) -> str:
    """A light plural fold ("ships" ~ "ship"): enough for headlines, no stemmer library needed."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> set[str]:
    """Content words: lower-cased, plural-folded, possessive dropped ("Acme's" ~ "Acme");
    stop words and one-letter tokens dropped."""
    folded = {_norm(w) for w in _WORD.findall(text)}
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


# Anchors: the names and figures of an event --------------------------------------------------

_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_][\w'’-]*)|([.!?:;\"“”(—–])", re.UNICODE)
# Capitalised words that are not names by themselves: "President Ors" and "President Varga",
# "Acme Corp" and "Initech Corp" must not match on the title or the suffix.
_GENERIC = frozenset("""january february march april may june july august september october november
december mr mrs ms dr sir lord president prime minister chief executive ceo chairman chairwoman
secretary general governor mayor senator judge king queen prince princess pope corp corporation inc
ltd plc llc co company group holdings bank party ministry council agency department court police
university city county district province state north south east west central""".split())


class Profile(NamedTuple):
    """What a briefing's event is about: ``subject`` holds the names and figures of its title
    and headline (``names`` the same without the figures), ``anchors`` every name and figure of
    its signature text plus its actors' names."""
    subject: frozenset[str]
    names: frozenset[str]
    anchors: frozenset[str]


class _Field(NamedTuple):
    """A line's capitalised words and numbers (token, opens a sentence), and how many longer
    lower-case words it has (to tell Title Case from ordinary text)."""
    marks: list[tuple[str, bool]]
    plain: int


def _field(text: str) -> _Field:
    """Numbers lose their thousands commas; lower-case words are only counted: never a name.
    A capital opening a sentence but followed by another ("Acme Corp said") starts a name."""
    marks: list[tuple[str, bool]] = []
    plain, opening, prev = 0, True, False  # prev: the last token was a capitalised word
    for num, word, stop in _TOKEN.findall(text):
        if stop:
            opening, prev = True, False
            continue
        if num:
            marks.append((num.replace(",", ""), opening))
        elif word[0].isupper():
            if prev and marks[-1][1]:
                marks[-1] = (marks[-1][0], False)
            marks.append((_norm(word), opening))
        elif len(word) > 3 and word not in _STOP:
            plain += 1
        opening, prev = False, bool(word) and word[0].isupper()
    return _Field(marks, plain)


def _title_cased(f: _Field) -> bool:
    """Headline Style Capitalises Most Words, so there a capital says nothing about a name."""
    caps = sum(1 for w, _ in f.marks if len(w) > 3 and not w[0].isdigit() and w not in _STOP)
    return caps + f.plain >= 3 and caps >= 0.6 * (caps + f.plain)


def _actor_names(b: Briefing) -> set[str]:
    names = " ; ".join(n for a in b.key_actors if a.type != "media_outlet" for n in (a.name, *a.aliases))
    return {_norm(w) for w in _WORD.findall(names)}


def profile(b: Briefing) -> Profile:
    """A capital counts as a name mid-sentence in ordinary text; at a sentence's start or in a
    Title Cased line only when the briefing names it elsewhere (an actor, or mid-sentence), so
    "Officials said" and "Row over ..." are not names but "Globex said" is."""
    lead = [f.text for f in b.key_facts[:LEAD_FACTS]]
    fields = [_field(t or "") for t in (b.source.title, b.headline, b.bottom_line, *lead)]
    actors = _actor_names(b)
    known = actors.union(*({w for w, opening in f.marks if not opening} for f in fields if not _title_cased(f)))
    known = {w for w in known if len(w) > 1 and not w[0].isdigit() and w not in _STOP and w not in _GENERIC}
    found = [{w for w, _ in f.marks if w in known or w[0].isdigit()} for f in fields]
    subject = frozenset(found[0] | found[1])
    anchors = frozenset((known & actors).union(*found))
    return Profile(subject, frozenset(w for w in subject if not w[0].isdigit()), anchors)


def _covers(p: Profile, q: Profile) -> bool:
    """What p's headline is about is in q: one of its names anywhere in q, or one of its figures
    in q's headline (a bare number turns up in an unrelated body too easily to count there,
    unless q's headline names nothing to compare it with)."""
    if not p.subject or not p.subject.isdisjoint(q.subject) or not p.names.isdisjoint(q.anchors):
        return True
    return not q.subject and not p.subject.isdisjoint(q.anchors)


def _figures_clash(p: Profile, q: Profile) -> bool:
    """Both headlines give figures and neither's is anywhere in the other: "Council in Ripon
    approves 781 new homes" and "... approves 669 new homes" are two votes in one town."""
    fp, fq = p.subject - p.names, q.subject - q.names
    return bool(fp and fq) and fp.isdisjoint(q.anchors) and fq.isdisjoint(p.anchors)


def agree(p: Profile, q: Profile) -> bool:
    """Anchors do not contradict one event: they share some, each headline's subject is in the
    other, and the headlines' figures do not clash. Same-template stories about different
    companies, places or figures fail here however many words they share. Without anchors on
    one side there is nothing to contradict."""
    if not p.anchors or not q.anchors:
        return True
    return (not p.anchors.isdisjoint(q.anchors) and _covers(p, q) and _covers(q, p)
            and not _figures_clash(p, q))


def _anchored(p: Profile, q: Profile) -> bool:
    """Most names and figures in common: as strong a sign of one event as shared actors."""
    shared = len(p.anchors & q.anchors)
    return shared >= SHARED_ANCHORS and shared >= 0.5 * len(p.anchors | q.anchors)


# Deciding and grouping -----------------------------------------------------------------------

def same_event(a: Briefing, b: Briefing, sig_a: set[str], sig_b: set[str],
               weight: Mapping[str, float] | None = None, totals: tuple[float, float] | None = None,
               actors: tuple[set[str], set[str]] | None = None,
               profiles: tuple[Profile, Profile] | None = None) -> bool:
    """Two articles cover one event: their anchors agree, and their titles and leads overlap
    (less overlap will do when they also share most of their actors, or names and figures)."""
    if a.id == b.id:
        return True
    pa, pb = profiles or (profile(a), profile(b))
    if not agree(pa, pb):
        return False
    text = jaccard(sig_a, sig_b, weight, totals)
    if text >= SIMILAR:
        return True
    if text < SIMILAR_WITH_ACTORS:
        return False
    actors_a, actors_b = actors or (_actor_keys(a), _actor_keys(b))
    return ((min(len(actors_a), len(actors_b)) >= 2 and jaccard(actors_a, actors_b) >= 0.5)
            or _anchored(pa, pb))


class _Groups:
    """Union-find whose merges must agree across the groups, not just the pair that links them:
    single linkage alone lets a chain of pairwise matches (A~B, B~C, ...) fold a day of
    templated stories into one. Each group keeps its distinct profiles (copies collapse)."""

    def __init__(self, profiles: list[Profile]) -> None:
        self.parent = list(range(len(profiles)))
        self.members: dict[int, set[Profile]] = {i: {p} for i, p in enumerate(profiles)}
        self.refused: set[tuple[int, int]] = set()  # root pairs found to conflict, until a group grows

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def compatible(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if (ri, rj) in self.refused:
            return False
        ok = all(agree(p, q) for p in self.members[ri] for q in self.members[rj])
        if not ok:
            self.refused.add((ri, rj))
        return ok

    def join(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[ri] = rj
            self.members[rj] |= self.members.pop(ri)
            self.refused.clear()


def cluster(briefings: list[Briefing], signatures: Mapping[str, set[str]] | None = None) -> list[list[Briefing]]:
    """Group near-duplicates; candidate pairs come from an inverted word index.

    A pair joins two groups only if every profile of one agrees with every profile of the
    other (``_Groups``), so no chain of matches can merge stories whose anchors conflict.
    Words are weighted by rarity (IDF) over the day's articles, so the vocabulary that many
    stories share (a wire service's boilerplate, "officials said") cannot chain them together.
    ``signatures`` (by briefing id) may be computed ahead, as briefings arrive.
    """
    known = signatures or {}
    sigs = [known[b.id] if b.id in known else signature(b) for b in briefings]
    df = Counter(w for sig in sigs for w in sig)
    weight = {w: math.log((len(sigs) + 1) / (n + 1)) + 1.0 for w, n in df.items()}
    totals = [sum(weight[w] for w in sig) for sig in sigs]
    actors = [_actor_keys(b) for b in briefings]
    profiles = [profile(b) for b in briefings]
    groups = _Groups(profiles)

    def link(i: int, j: int) -> None:
        if groups.find(i) == groups.find(j):
            return
        one = briefings[i].id == briefings[j].id  # one article is one event, whatever its words
        if one or (same_event(briefings[i], briefings[j], sigs[i], sigs[j], weight, (totals[i], totals[j]),
                              (actors[i], actors[j]), (profiles[i], profiles[j])) and groups.compatible(i, j)):
            groups.join(i, j)

    for i, j in _candidates(briefings, sigs, weight, totals, profiles):
        link(i, j)
    by_root: dict[int, list[Briefing]] = defaultdict(list)
    for i, b in enumerate(briefings):
        by_root[groups.find(i)].append(b)
    return list(by_root.values())


def _candidates(briefings: list[Briefing], sigs: list[set[str]], weight: Mapping[str, float],
                totals: list[float], profiles: list[Profile]) -> Iterator[tuple[int, int]]:
    """Pairs (later, earlier) that share a rarer word, could reach the lower bar, and whose
    anchors could agree (see ``_open``).

    Words in most articles say nothing about one event, so they make no pairs, but their
    weight still counts towards the bound that skips pairs unscored."""
    postings: dict[str, list[int]] = defaultdict(list)
    by_anchor: dict[str, list[int]] = defaultdict(list)
    bare: set[int] = set()  # articles without anchors, which nothing contradicts
    by_id: dict[str, list[int]] = defaultdict(list)
    common = max(50, len(briefings) // 5)
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
        for j in _open(shared.keys(), profiles[i], by_anchor, bare):
            most = shared[j] + unseen  # at most this much weight in common
            if most >= SIMILAR_WITH_ACTORS * (totals[i] + totals[j] - most) - 1e-9:
                yield i, j
        yield from ((i, j) for j in by_id[briefings[i].id])  # one article is one event, whatever its words
        by_id[briefings[i].id].append(i)
        for t in profiles[i].anchors:
            by_anchor[t].append(i)
        if not profiles[i].anchors:
            bare.add(i)


def _open(earlier: KeysView[int], p: Profile, by_anchor: Mapping[str, list[int]],
          bare: set[int]) -> Iterable[int]:
    """The earlier articles that might agree with p: when p's headline has a subject, only those
    whose anchors meet it (or that have none). A day of one template makes every pair share
    words; this turns most of them away with set operations, before any is scored."""
    if not p.anchors or not p.subject:
        return earlier
    near: set[int] = set()
    for t in p.subject:
        near.update(by_anchor.get(t, ()))
    return (earlier & near) | (earlier & bare)
