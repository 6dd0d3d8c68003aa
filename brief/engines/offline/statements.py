"""Who said what: direct quotes and reported speech, with the cue verb and the channel.

A quote belongs to the subject of its speech verb; "he said" and a quote standing alone
belong to the last speaker, and a quote that follows on in the next paragraph keeps the
channel ("according to Tass") of the words before it. A quote of several sentences is read
with the sentence that attributes it, and cited from where its speaker is sure and from a
sentence that names nobody else, so no reader (or validator) takes it for another's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...article import Article
from ...schema import Statement
from .actors import Ent
from .lexicon import SPEECH_VERBS
from .text import Sentence, clip, inside, quote_spans, sentences, work_title

_VERB = re.compile(r"\b((?:\w+ly\s+)?(?:was\s+(?:cited|quoted)\s+as\s+)?(?:" + "|".join(SPEECH_VERBS) + r"))\b")
_GAP = re.compile(r"^\s*(?:(?:has|have|had|was|were|is|also|later|then|reportedly|previously|earlier|"
                  r"on \w+|last \w+)\s+)*$")
_APPOSITION = re.compile(r"^\s*,\s+(?:the|a|an|his|her|their|its|[A-Z][\w’'\-]*[’']s|\d{1,3})\b[^,;:“”\"]{0,80},")
_PRONOUN = re.compile(r"(?i)\b(he|she|they)\s*$")
_POSSESSIVE = re.compile(r"[’']s?\b")
# "Patrol Chief Ann Lee with the city police said": the body only says where the person works
_AFFILIATION = re.compile(r"^\s+(?:with|of|at|from|for)\s+(?:the\s+)?$")
# "she claimed he announced": a pronoun that opens the reported clause of an earlier verb
_REPORTED = re.compile(r"^\s+(?:that\s+)?(?:he|she|they)\s*$", re.I)
_ACCORDING = re.compile(r"(?i)\b(?:according to|cited by|quoted by|told|via|reported by|in an interview with)\s+"
                        r"(?:[\w’'\-]+\s+){0,5}?$")
_DOCUMENT = re.compile(r"(?i)\b(?:in a (?:written )?statement|in (?:a|the) (?:news |press )?release|in a letter|"
                       r"in an email|in a post|on twitter|on x|in a filing|in court documents)\b")


@dataclass
class Said:
    ent: Ent
    statement: Statement


def _mentions_by_pid(actors: list[Ent]) -> dict[str, list[tuple[int, int, Ent]]]:
    out: dict[str, list[tuple[int, int, Ent]]] = {}
    for e in actors:
        for m in e.mentions:
            out.setdefault(m.pid, []).append((m.start, m.end, e))
    for v in out.values():
        v.sort(key=lambda t: t[0])
    return out


def _channel(text: str, lo: int, hi: int, by_pid: list[tuple[int, int, Ent]], speaker: Ent) -> tuple[str, str | None]:
    """How the words reached the reporter, judged from the sentence around them."""
    for start, end, e in by_pid:
        if e.type != "media_outlet" or e is speaker or not lo <= start < hi:
            continue
        before, after = text[lo:start], text[end:hi]
        if _ACCORDING.search(before) or re.match(r"\s*(?:news agency\s+)?(?:reported|reports|said|quoted)", after) \
                or re.search(r"(?i)\bby\s+(?:[\w’'\-]+\s+){0,3}$", before):
            return ("state_media" if e.state_media else "other_outlet"), e.name
    window = text[lo:hi]
    if re.search(r"(?i)\bstate(?:-run|-controlled)?\s+(?:media|news agency|television|broadcaster)", window):
        return "state_media", None
    if re.search(r"(?i)\bspokes(?:man|woman|person)\b", window) and speaker.type != "person":
        return "spokesperson", None
    if _DOCUMENT.search(window):
        return "document", None
    return "direct", None


def find_statements(article: Article, actors: list[Ent]) -> list[Said]:
    """Every attributed statement, in reading order."""
    mentions = _mentions_by_pid(actors)
    said: list[Said] = []
    last: tuple[Ent, str, str | None, str] | None = None  # speaker, channel, via, pid
    prev_pid = ""
    persons_prev: list[Ent] = []
    for p in article.paragraphs:
        text = p.text
        qs = quote_spans(text)
        titles = [q for q in qs if work_title(text, q[0])]  # "“Fleabag”" is a title, not words said
        qs = [q for q in qs if q not in titles]
        ms = mentions.get(p.id, [])
        persons_here: list[Ent] = []
        splits = sentences(p.id, text)
        for s in _units(splits, qs):
            recent = last[0] if last and last[3] in (p.id, prev_pid) else None
            pool = list(dict.fromkeys(persons_here or persons_prev))
            speaker, verb = _speaker(text, s.start, s.end, qs, ms, recent, pool)
            channel, via = ("direct", None)
            quotes = [(a, b) for a, b in qs if s.start <= a < s.end]
            if speaker is not None:
                channel, via = _channel(text, s.start, s.end, ms, speaker)
                if channel == "direct" and last and last[0] is speaker and last[3] != p.id and \
                        _PRONOUN.search(text[s.start:text.find(verb or "", s.start)]):
                    channel, via = last[1], last[2]  # the next paragraph goes on quoting the same channel
            elif verb is None and quotes and last and last[3] == p.id:
                speaker, channel, via = last[0], last[1], last[2]  # a bare quote goes on with the speaker
            elif verb is not None:
                last = None  # an unknown speaker breaks the chain of "he said"
            if speaker is not None:
                if quotes:
                    for a, b in quotes:
                        known = speaker is recent or any(e is speaker and x < a for x, _y, e in ms)
                        inner = _citable(text, a, b, splits, ms, speaker, known)
                        if not inner:
                            continue
                        said.append(Said(speaker, Statement(text=inner, direct_quote=True, cue_verb=verb,
                                                            channel=channel, via=via, evidence=[p.id])))
                elif not any(s.start <= a < s.end for a, _b in titles):  # a paraphrase quoting a title misleads
                    said.append(Said(speaker, Statement(text=clip(s.text, 300), direct_quote=False, cue_verb=verb,
                                                        channel=channel, via=via, evidence=[p.id])))
                last = (speaker, channel, via, p.id)
            persons_here += [e for start, end, e in ms
                             if s.start <= start < s.end and e.type == "person" and not _possessive(text, end)]
        prev_pid, persons_prev = p.id, persons_here
    return said


def _units(splits: list[Sentence], qs: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences joined wherever a quotation runs across their boundary: one quote, one speaker."""
    out: list[Sentence] = []
    for s in splits:
        if out and any(a < s.start < b for a, b in qs):
            last = out[-1]
            out[-1] = Sentence(s.pid, last.start, s.end, f"{last.text} {s.text}")
        else:
            out.append(s)
    return out


def _citable(text: str, a: int, b: int, splits: list[Sentence], ms: list[tuple[int, int, Ent]], speaker: Ent,
             known: bool) -> str:
    """The words of a quote a reader can tie to its speaker. A speaker named only after
    several quoted sentences owns the last of them for sure ("A. B," said Lee: B); and a
    sentence naming another person ("[Kim] was going to call Ann.") reads as about them,
    or theirs, so the quote starts after it."""
    inner = [s.start for s in splits if a < s.start < b - 1]
    cut = a + 1 if known or not inner else inner[-1]
    for end in [x for x in inner if x > cut] + [b]:
        if not any(cut <= start < end and e is not speaker and e.type == "person" for start, _end, e in ms):
            break
        cut = end
    return text[cut:b - 1].strip(" ,.") if cut < b - 1 else ""


def _possessive(text: str, end: int) -> bool:
    """"Lee's lawyer": the name owns the subject, it is not the subject."""
    return _POSSESSIVE.match(text, end) is not None


_INVERTED = {"said", "says", "added", "adds", "wrote", "writes", "explained"}


def _speaker(text: str, lo: int, hi: int, qs: list[tuple[int, int]], ms: list[tuple[int, int, Ent]],
             recent: Ent | None, pool: list[Ent]) -> tuple[Ent | None, str | None]:
    """The subject of the sentence's first speech verb outside quotation marks.

    A pronoun is the person named earlier in the sentence, else the last speaker, else the
    one person named just before; when that is not clear, nobody.
    """
    first: str | None = None
    outer = -1  # end of the last speech verb already passed over
    for m in _VERB.finditer(text, lo, hi):
        if inside(qs, m.start()):
            continue
        verb = m.group(1)
        first = first or verb
        before = [(a, b, e) for a, b, e in ms
                  if b <= m.start() and a >= lo and e.type != "media_outlet" and not inside(qs, a)]
        for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
            a, b, e = before[i]
            gap = text[b:m.start()]
            if _GAP.match(gap) or (_APPOSITION.match(gap) and _GAP.match(_APPOSITION.sub("", gap, count=1))):
                return _holder(text, before[:i], a, e), verb
        if outer >= 0 and _REPORTED.match(text[outer:m.start()]):
            return None, first  # the words are the earlier verb's, and its subject is unknown
        outer = m.end()
        if _PRONOUN.search(text[lo:m.start()]):
            people = [e for _a, b, e in before if e.type == "person" and not _possessive(text, b)]
            if people:  # the sentence's subject, not the last name before the pronoun
                return people[0], verb
            if recent is not None:
                return recent, verb
            return (pool[0], verb) if len(pool) == 1 else (None, verb)
        after = [(a, b, e) for a, b, e in ms if a >= m.end() and a - m.end() <= 2 and e.type != "media_outlet"]
        if after and verb in _INVERTED:
            return after[0][2], verb
    return None, first


def _holder(text: str, before: list[tuple[int, int, Ent]], start: int, e: Ent) -> Ent:
    """The person a body is attached to ("Ann Lee of the water board said"), else the body."""
    if e.type != "person" and before:
        _a, b, person = before[-1]
        if person.type == "person" and _AFFILIATION.match(text[b:start]):
            return person
    return e
