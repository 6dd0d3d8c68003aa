"""Literal gates for the cue table: skip the rules a paragraph cannot match.

A rule's regex is parsed once for the words any match must contain ("spokes" in a spokesman
rule, one of "denied"/"denies"/"deny" in a denial rule). A paragraph then tries, per caveat
type, only the rules whose words it holds, and takes their matches as the type's alternation
would (leftmost position first, then the earlier rule). The result is the same as the full
alternation's, since a rule left out could not have matched anywhere. Most paragraphs hold the
words of a few rules in a hundred, and ``re`` tries every branch at every position, so this
saves most of the cue scan's cost. A pattern ``re``'s (private) parser cannot read simply runs
ungated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # re's own parser: private, so read defensively
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10 names them sre_*
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

MIN_GATE = 3  # a shorter literal ("a", "to") is in nearly every paragraph: no gate at all


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased strings of which every match of ``pattern`` contains at least one, or None."""
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # an unparseable or unfamiliar pattern simply runs ungated
        return None
    need = _sequence(list(tree))
    return need if need and min(map(len, need)) >= MIN_GATE else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest literal, then fewer choices."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Every item of a sequence must match: any one item's requirement holds for the whole."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is not None:
            best = _better(best, _item(op, av))
    return best


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        alternatives = [_sequence(list(branch)) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _sequence(list(av[2]))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None  # classes, anchors, look-arounds, back-references: no literal promised


def split_top(pattern: str) -> list[str]:
    """A pattern's top-level alternatives, each its own rule: one gate per branch ("rests on one" and
    "comes solely from" each gated by its own words) instead of one gate any common word opens.
    The rules' union, taken as ``GatedRules`` takes it, is the alternation's own."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a literal "]" first
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


class GatedRules:
    """One caveat type's rules, matched as their alternation would be, trying only the rules
    whose words a paragraph holds."""

    def __init__(self, patterns: list[str], flags: int = 0, as_written: frozenset[int] = frozenset()) -> None:
        """``as_written``: the indexes of rules that must see the text as written (a rule with a
        case-sensitive part), compiled with IGNORECASE; the rest run, as given, on the lowered text."""
        self.rules = [re.compile(p, flags | (re.IGNORECASE if i in as_written else 0)) for i, p in enumerate(patterns)]
        self.gates = [required(p, flags | (re.IGNORECASE if i in as_written else 0)) for i, p in enumerate(patterns)]
        self._as_written = as_written
        WORDS.update(w for gate in self.gates if gate for w in gate)
        self._ungated = {i for i, gate in enumerate(self.gates) if gate is None}
        self._by_word: dict[str, list[int]] = {}  # a gate word -> the rules it opens
        for i, gate in enumerate(self.gates):
            for w in gate or ():
                self._by_word.setdefault(w, []).append(i)

    def __bool__(self) -> bool:
        return bool(self.rules)

    def finditer(self, text: str, present: set[str], written: str | None = None) -> list[re.Match[str]]:
        """What ``(?:r1)|(?:r2)|…`` finds in ``text``: at the leftmost position any rule matches,
        the first rule that matches there, then on from its end. ``present`` is
        ``words_in(text.lower())``; ``written`` is the text as written, for the ``as_written`` rules
        (``text`` being its lowered form, of the same length)."""
        opened = set(self._ungated)
        for w in present & self._by_word.keys():
            opened.update(self._by_word[w])
        order = sorted(opened)  # in rule order: an earlier rule wins a tie
        active = [self.rules[i] for i in order]
        texts = [written if written is not None and i in self._as_written else text for i in order]
        found: list[re.Match[str]] = []
        pos, ahead = 0, [r.search(t) for r, t in zip(active, texts)]  # each rule's next match at or after pos
        while True:
            live = [(m.start(), i, m) for i, m in enumerate(ahead) if m is not None]
            if not live:
                return found
            start, _, first = min(live, key=lambda t: (t[0], t[1]))
            found.append(first)
            pos = first.end() if first.end() > start else start + 1
            ahead = [m if m is None or m.start() >= pos else active[i].search(texts[i], pos) for i, m in enumerate(ahead)]


WORDS: set[str] = set()  # every gate's words, looked for once per paragraph
# (len(WORDS) when built, WORDS by their first three characters): rules add words as their modules
# load. Rebuilt whole and published in one assignment, so a thread reading it never sees half an index.
_INDEX: tuple[int, dict[str, list[str]]] = (0, {})

# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn into it:
# "ı" and "ſ" stay themselves, "İ" lowers to "i" plus a combining dot (U+0307). ("K", the Kelvin
# sign, lowers to a plain "k".) A lowered text holding one cannot be gated on its lowered words.
_UNFOLDED = frozenset("\u0131\u017f\u0307")


def foldable(low: str) -> bool:
    """Whether the lowered text ``low`` holds every word re.IGNORECASE would find in the original."""
    return _UNFOLDED.isdisjoint(low)


def _by_gram() -> dict[str, list[str]]:
    global _INDEX
    built, index = _INDEX
    if built != len(WORDS):
        words = list(WORDS)
        index = {}
        for w in words:
            index.setdefault(w[:MIN_GATE], []).append(w)
        _INDEX = (len(words), index)
    return index


def words_in(low: str) -> set[str]:
    """The gate words a lower-cased paragraph contains (all of them when ``low`` is not
    ``foldable``). Only words whose first three characters occur in it are searched for: twice
    as fast as trying all ~700 words on every paragraph."""
    index = _by_gram()
    if not foldable(low):
        return set(WORDS)
    grams = {low[i:i + MIN_GATE] for i in range(len(low) - MIN_GATE + 1)}
    return {w for gram in grams & index.keys() for w in index[gram] if len(w) == MIN_GATE or w in low}


def ruled_out(need: frozenset[str] | None, low: str) -> bool:
    """Whether a pattern needing one of ``need`` (from ``required``) cannot match the text whose
    lowered form is ``low``."""
    return need is not None and foldable(low) and not any(w in low for w in need)


_NEEDS: dict[re.Pattern[str], frozenset[str] | None] = {}


def scan(rx: re.Pattern[str], text: str, low: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, skipped outright when ``low`` (the text lowered, once per paragraph)
    rules it out."""
    need = _NEEDS[rx] if rx in _NEEDS else _NEEDS.setdefault(rx, required(rx.pattern, rx.flags))
    return iter(()) if ruled_out(need, low) else rx.finditer(text)
