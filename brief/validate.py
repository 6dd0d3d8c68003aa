"""Checks a briefing against its article: evidence, quotes, names, numbers, years, cues.

A model (or the offline engine) may only say what the article supports. ``validate``
lists every problem so the re-ask can quote them; ``ground`` drops what still cannot be
grounded after the last attempt and says what it dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from .article import Article
from .schema import Actor, Briefing, BriefingContent, Statement
from .textmatch import _TRANS, _numbers, contains, name_in, normalize, numbers, quote_in, quoted, years
from .unsourced import unsourced

HEADLINE_MAX = 110

# Fixed patterns compiled here, not looked up in ``re``'s cache at every call: the offline
# engine compiles hundreds of per-article patterns, which would evict these.
_DOUBLE_QUOTED = re.compile(r'"[^"]*"')
_QUOTE_MARK = re.compile(r'(?<!\d)"')  # not an inch mark: 6'2"
_PRONOUN = re.compile(r"(?i)\W*(he|she|they|it|we|i)\W*")
_AUXILIARY = re.compile(r"(?i)\b(was|were|has|have|had|is|reportedly|also|later|then|as|been)\b")
_APPOSITION = re.compile(r",\s+(?:the|a|an|his|her|their|its|\w+'s|\d{1,3})(?:\s+[a-z][\w-]*){0,6}"
                         r"(?:\s+(?:of|at|from|for)(?:\s+[A-Z][\w&.'-]*){1,4})?$")
_YEAR_HINT = re.compile(r"1[89]\d\d|20\d\d")  # matches wherever a year could: a quick "none here"


@dataclass(frozen=True)
class Problem:
    """One validation problem: where in the briefing, what is wrong, and a hint for the re-ask.

    ``level`` is "error" (the item cannot stand) or "warning" (kept, but worth a re-ask).
    """

    where: str
    what: str
    hint: str = ""
    level: str = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.level == "warning" else ""
        return f"{prefix}{self.where}: {self.what}" + (f" ({self.hint})" if self.hint else "")


Key = tuple[Any, ...]


def _where(key: Key) -> str:
    out = ""
    for part in key:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def mention_names(actor: Actor) -> list[str]:
    """Every form under which ``actor`` may appear: name, aliases, and a person's surname."""
    names = [actor.name, *actor.aliases]
    tokens = [t for t in actor.name.split() if t.rstrip(".") not in {"Jr", "Sr", "II", "III"}]
    if actor.type == "person" and len(tokens) > 1:
        names.append(tokens[-1])
    return [n for n in names if n.strip()]


def mentions(text: str, actor: Actor) -> bool:
    return any(name_in(text, n) for n in mention_names(actor))


# Free-text fields whose quotes and numbers must stand in the item's cited paragraphs.
_TEXT_FIELDS = (("key_facts", ("text",)), ("stakes", ("what", "consequence", "timeframe")),
                ("timeline", ("when", "event")), ("whats_next", ("event", "when")), ("open_questions", ("question",)))


class _Checker:
    """Collects ``(key, Problem)`` pairs; keys let ``ground`` drop exactly the bad unit."""

    def __init__(self, content: BriefingContent, article: Article) -> None:
        self.c, self.a = content, article
        self.by_id = article.by_id
        self.order = [p.id for p in article.paragraphs]
        src = article.source
        self.full = "\n".join([article.body, src.title or "", src.dek or "", src.published or ""])
        self.article_years = years(self.full)
        self.out: list[tuple[Key, Problem]] = []

    def add(self, key: Key, what: str, hint: str = "", level: str = "error") -> None:
        self.out.append((key, Problem(_where(key), what, hint, level)))

    def cited(self, key: Key, evidence: list[str], required: bool = True) -> list[str]:
        for j, pid in enumerate(evidence):
            if pid not in self.by_id:
                self.add((*key, "evidence", j), f"unknown evidence id {pid!r}",
                         f"use ids p1..p{len(self.order)}")
        if required and not evidence:
            self.add((*key, "evidence"), "no evidence", "cite the paragraphs that support it")
        return [self.by_id[p].text for p in evidence if p in self.by_id]

    def grounded_text(self, key: Key, field: str, text: str | None, texts: list[str]) -> None:
        """Quotes verbatim and numbers present in the cited paragraphs."""
        if not text or not texts:
            return
        joined = "\n".join(texts)
        for q in quoted(text):
            if not quote_in(joined, q):
                self.add((*key, field), f"quotation not found verbatim in cited paragraphs: {q[:60]!r}",
                         "quote the article exactly or paraphrase without quotation marks")
        have = _numbers(joined)
        for n in sorted(_numbers(text) - have):
            self.add((*key, field), f"number {n} not in cited paragraphs", "cite the paragraph that gives it")

    def whole(self, key: Key, text: str | None, headline: bool = False) -> None:
        """Text that cites no paragraph sums up the article: its quotes, numbers, names must be there."""
        for what, hint in unsourced(text, self.full, headline):
            self.add(key, what, hint)

    def run(self) -> list[tuple[Key, Problem]]:
        c = self.c
        if len(c.headline) > HEADLINE_MAX:
            self.add(("headline",), f"headline is {len(c.headline)} characters", f"keep it under {HEADLINE_MAX}",
                     "warning")
        if _YEAR_HINT.search(c.model_dump_json()):  # most briefings name no year: skip the walk
            self.check_years(c.model_dump())
        for field in ("headline", "bottom_line", "why_it_matters"):
            self.whole((field,), getattr(c, field), headline=field == "headline")
        for section, fields in _TEXT_FIELDS:
            for i, item in enumerate(getattr(c, section)):
                required = section != "open_questions" and getattr(item, "basis", "stated") == "stated"
                texts = self.cited((section, i), item.evidence, required=required)
                for field in fields:
                    self.grounded_text((section, i), field, getattr(item, field), texts)
                if not required and not item.evidence:  # an inferred stake, an open question
                    for field in (*fields, "who") if section == "stakes" else fields:
                        self.whole((section, i, field), getattr(item, field))
        actor_ids = [a.id for a in c.key_actors]
        for i, a in enumerate(c.key_actors):
            self.check_actor(i, a)
            if actor_ids.count(a.id) > 1:
                self.add(("key_actors", i, "id"), f"duplicate actor id {a.id!r}", "give each actor its own id")
        fact_ids = {f"f{i}" for i in range(1, len(c.key_facts) + 1)}
        for i, cv in enumerate(c.sourcing_caveats):
            texts = self.cited(("sourcing_caveats", i), cv.evidence)
            if not cv.cue.strip():
                self.add(("sourcing_caveats", i, "cue"), "empty cue", "give the exact words that raise the caveat")
            elif texts and not any(contains(t, cv.cue) for t in texts):
                self.add(("sourcing_caveats", i, "cue"), f"cue {cv.cue!r} not in cited paragraphs",
                         "copy the exact words from the cited paragraph")
            for j, ref in enumerate(cv.applies_to):
                if ref not in actor_ids and ref not in fact_ids:
                    self.add(("sourcing_caveats", i, "applies_to", j), f"unknown actor or fact id {ref!r}")
        for i, f in enumerate(c.key_facts):
            if f.attributed_to and f.attributed_to not in actor_ids:
                self.add(("key_facts", i, "attributed_to"), f"unknown actor id {f.attributed_to!r}")
        return self.out

    def check_years(self, data: Any, key: Key = ()) -> None:
        if isinstance(data, str):
            for y in sorted(years(data) - self.article_years):
                self.add(key, f"year {y} does not occur in the article", "never add a year the article lacks")
        elif isinstance(data, dict):
            for k, v in data.items():
                self.check_years(v, (*key, k))
        elif isinstance(data, list):
            for i, v in enumerate(data):
                self.check_years(v, (*key, i))

    def check_actor(self, i: int, a: Actor) -> None:
        key: Key = ("key_actors", i)
        texts = self.cited(key, a.evidence)
        if not any(name_in(self.a.body, n) for n in [a.name, *a.aliases]):
            self.add((*key, "name"), f"actor {a.name!r} does not occur in the article",
                     "name actors exactly as the article does")
            return
        for j, alias in enumerate(a.aliases):
            if not name_in(self.a.body, alias):
                self.add((*key, "aliases", j), f"alias {alias!r} does not occur in the article")
        if texts and not any(mentions(t, a) for t in texts):
            self.add((*key, "evidence"), f"{a.name!r} is not mentioned in the cited paragraphs")
        for j, s in enumerate(a.statements):
            self.check_statement((*key, "statements", j), a, s)

    def check_statement(self, key: Key, actor: Actor, s: Statement) -> None:
        texts = self.cited(key, s.evidence)
        if not texts:
            return
        quotes = quoted(s.text) or ([s.text] if s.direct_quote else [])
        joined = "\n".join(texts)
        for q in quotes:
            if not quote_in(joined, q):
                self.add((*key, "text"), f"quotation not found verbatim in cited paragraphs: {q[:60]!r}",
                         "quote the article exactly, or set direct_quote false and paraphrase")
                return
        for n in sorted(_numbers(s.text) - _numbers(joined)):
            self.add((*key, "text"), f"number {n} not in cited paragraphs")
        where = [p for p in s.evidence if p in self.by_id and all(quote_in(self.by_id[p].text, q) for q in quotes)]
        if not any(self.speaker_ok(pid, actor, quotes, s.text) for pid in where):
            self.add((*key,), f"statement is not attributed to {actor.name!r} in the cited paragraphs",
                     "attribute each statement to the actor the article names as its speaker")

    def speaker_ok(self, pid: str, actor: Actor, quotes: list[str], probe: str) -> bool:
        """The actor is the speaker: named where the words are (or just before), not another actor."""
        text = self.by_id[pid].text
        others = [o for o in self.c.key_actors if o.id != actor.id and o.type == "person"]
        folded = _fold(text)
        sentence = _quote_sentence(text, quotes[0] if quotes else probe)
        outside = _unquoted(sentence)
        speaker = _speaker(outside)
        verdict = _judge(speaker, actor, others)
        if verdict is not None:
            return verdict
        if mentions(outside, actor):
            return True
        if speaker is None and any(mentions(outside, o) for o in others):
            return False
        idx = self.order.index(pid)
        contexts = [folded[: folded.find(sentence)]] + [self.by_id[q].text for q in self.order[max(0, idx - 3):idx][::-1]]
        for context in contexts:  # "he said" and bare quotes carry the last speaker over
            if not context.strip():
                continue
            verdict = _judge(_speaker(_unquoted(context)), actor, others)
            if verdict is not None:
                return verdict
            if mentions(context, actor):
                return True
        return False


def _unquoted(text: str) -> str:
    return _DOUBLE_QUOTED.sub(" ", text.translate(_TRANS))


def _judge(speaker: str | None, actor: Actor, others: list[Actor]) -> bool | None:
    """True if ``speaker`` names the actor, False if it names another, None if it cannot tell."""
    if speaker is None or _PRONOUN.fullmatch(speaker):
        return None
    if mentions(speaker, actor):
        return True
    if any(mentions(speaker, o) for o in others):
        return False
    return None


_SPEECH = re.compile(r"(?i)\b(said|says|say|told|tells|added|adds|stated|claimed|claims|announced|insisted|warned|"
                     r"argued|noted|wrote|explained|declared|cited|quoted|telling|saying|tweeted|posted)\b")


_ABBR = "".join(rf"(?<!\b{a}\.)" for a in ("Mr", "Mrs", "Ms", "Dr", "Rep", "Sen", "Gov", "Gen", "St", "Jr", "Sr", "[A-Z]"))
# the end-of-sentence test comes first: the abbreviation look-behinds then run only after a
# full stop, not at every character (same matches, about 10x faster)
_SENTENCE_END = re.compile(r'(?<=[.!?])' + _ABBR + r'\s+(?=[("A-Z])|(?<=[.!?][")])\s+(?=[("A-Z])')


@lru_cache(maxsize=512)  # several statements cite the same paragraph
def _fold(text: str) -> str:
    return text.translate(_TRANS)


@lru_cache(maxsize=512)
def _sentences(folded: str) -> tuple[tuple[str, str], ...]:
    """Each sentence with its normalised form: a long paragraph's statements all search the same ones."""
    return tuple((s, normalize(s)) for s in _SENTENCE_END.split(folded))


@lru_cache(maxsize=512)
def _marks_before(folded: str) -> tuple[int, ...]:
    """Quote marks before each of the paragraph's sentences (and after the last): counted once,
    as a long paragraph's statements all ask."""
    counts = [0]
    for sentence, _ in _sentences(folded):
        counts.append(counts[-1] + len(_QUOTE_MARK.findall(sentence)))
    return tuple(counts)


def _quote_sentence(text: str, quote: str) -> str:
    """The sentence of ``text`` that holds ``quote`` (quote marks folded to straight ones).

    A quotation of several sentences is one unit with its attribution: the sentence splitter cuts
    inside it, so the span widens until its quote marks pair up ('"A. B," said X.'). An inch mark
    ('6′2"') is no quote mark, and a widened span that gains no speech verb (a mark left open)
    falls back to the sentence itself.
    """
    folded = _fold(text)
    probe = normalize(quote)[:40]
    sentences = _sentences(folded)
    for i, (_, normal) in enumerate(sentences):
        if probe in normal:
            before = _marks_before(folded)  # quote marks before each sentence, and in all of them
            lo, hi = i, i
            while lo > 0 and before[lo] % 2:
                lo -= 1
            while hi < len(sentences) - 1 and before[hi + 1] % 2:
                hi += 1
            if lo == hi:
                return sentences[i][0]
            start = end = 0
            for k, (sentence, _) in enumerate(sentences[: hi + 1]):  # the split drops only whitespace
                at = folded.find(sentence, end)
                start, end = (at if k == lo else start), at + len(sentence)
            wide = folded[start:end]
            return wide if _SPEECH.search(_unquoted(wide)) else sentences[i][0]
    return folded


def _speaker(outside: str) -> str | None:
    """The words just before (or after) the first speech verb outside quotation marks."""
    m = _SPEECH.search(outside)
    if not m:
        return None
    before = outside[: m.start()].strip(" ,")
    before = _AUXILIARY.sub(" ", before).strip(" ,")
    before = _APPOSITION.sub("", before)
    if before:
        return " ".join(before.split()[-4:])
    after = outside[m.end():].strip(" ,")
    return " ".join(after.split()[:4]) or None


def check(content: BriefingContent, article: Article) -> list[tuple[Key, Problem]]:
    """Every problem with the key of the briefing unit it concerns."""
    return _Checker(content, article).run()


def validate(content: BriefingContent, article: Article) -> list[Problem]:
    """Every problem with ``content`` as a briefing of ``article``."""
    return [p for _, p in check(content, article)]


def validate_json(data: dict, article: Article) -> list[Problem]:
    """Schema problems of a briefing file first, then (if it parses) grounding problems."""
    model: type[BriefingContent] = Briefing if isinstance(data, dict) and "provenance" in data else BriefingContent
    try:
        content = model.model_validate(data)
    except ValidationError as exc:
        return [Problem(".".join(str(x) for x in e["loc"]) or "briefing", e["msg"], "fix the field to match the schema")
                for e in exc.errors()]
    if isinstance(content, Briefing):
        content = content.content
    return validate(content, article)


__all__ = ["Problem", "validate", "validate_json", "check", "normalize", "contains", "quoted",
           "quote_in", "numbers", "years", "mentions", "mention_names", "name_in"]
