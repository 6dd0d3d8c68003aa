"""Who said what: direct quotes and reported speech, with the cue verb and the channel.

A quote belongs to the subject of its speech verb, a name after the verb only where a quote
or clause has just ended ("“…,” said Lee", not "a spokesman said Lee did not recall"); "he
said" and a quote standing alone belong to the last speaker, unless its sentence names or
introduces someone else; and a quote that follows on in the next paragraph keeps the channel
("according to Tass") of the words before it. "said DNC Chairman Ann Lee" is Lee's; "he" or "she"
is a person, never a body, nor one named inside the quote; a quote goes to the speech verb nearest
before it in a clause of its own; and a speech verb in a subordinate clause ("the vote came after
Lee said X") gives a paraphrase from its subject on, or none. A sentence with two speakers is
neither's paraphrase. A quote of several sentences is read with the sentence that attributes it, and
cited only from sentences that name nobody else and quote nobody, so no reader (or
validator) takes it for another's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...article import Article
from ...schema import Statement
from .actors import Ent
from .lexicon import ROLE_WORDS, SPEECH_VERBS
from .quoted import citable, scare, term
from .text import Sentence, clip, inside, quote_spans, sentences, undated, work_title

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
        qs = tuple(q for q in qs if q not in titles)
        ms = mentions.get(p.id, [])
        persons_here: list[Ent] = []
        splits = sentences(p.id, text, split_quotes=True)
        for s in _units(splits, qs):
            recent = last[0] if last and last[3] in (p.id, prev_pid) else None
            pool = list(dict.fromkeys(persons_here or persons_prev))
            speaker, verb, vend, since = _speaker(text, s.start, s.end, qs, ms, recent, pool)
            channel, via = ("direct", None)
            quotes = [(a, b) for a, b in qs if s.start <= a < s.end and not term(text, a, b)]
            cut = None  # where a second speaker's clause starts
            if speaker is not None:
                channel, via = _channel(text, s.start, s.end, ms, speaker)
                if channel == "direct" and last and last[0] is speaker and last[3] != p.id and \
                        _PRONOUN.search(text[s.start:text.find(verb or "", s.start)]):
                    channel, via = last[1], last[2]  # the next paragraph goes on quoting the same channel
                cut = _second(text, vend, s.end, qs, ms, speaker)
            elif verb is None and quotes and last and last[3] == p.id:
                if _goes_on(text, s, quotes, ms, last[0]):
                    speaker, channel, via = last[0], last[1], last[2]  # a bare quote goes on with the speaker
                else:
                    last = None  # someone else has the floor now
            elif verb is not None:
                last = None  # an unknown speaker breaks the chain of "he said"
            if speaker is not None and cut is not None:
                quotes = [(a, b) for a, b in quotes if a < cut]
                if not quotes:  # "Lee suggested X while Kim said Y": the sentence is neither's alone
                    speaker, last = None, None
            if speaker is not None:
                if quotes:
                    whole = True  # the last quote was cited to its end
                    for a, b in quotes:
                        if not whole and text[a + 1:a + 2].islower():
                            continue  # "…lyricists Ann Lee” – an aside – “and then I’d…”: one sentence, cut before
                        if scare(text, s, a, b, vend - len(verb) if verb else None, vend):
                            continue
                        known = speaker is recent or any(e is speaker and x < a for x, _y, e in ms)
                        inner, whole = citable(text, a, b, splits, ms, speaker, known)
                        if not inner:
                            continue
                        said.append(Said(speaker, Statement(text=inner, direct_quote=True, cue_verb=verb,
                                                            channel=channel, via=via, evidence=[p.id])))
                elif since < s.end and not any(s.start <= a < s.end for a, _b in titles):  # a title misleads
                    said.append(Said(speaker, Statement(text=clip(undated(text[since:s.end].strip()), 300), direct_quote=False, cue_verb=verb,
                                                        channel=channel, via=via, evidence=[p.id])))
                last = (speaker, channel, via, p.id) if cut is None else None
            persons_here += [e for start, end, e in ms
                             if s.start <= start < s.end and e.type == "person" and not _possessive(text, end)]
        prev_pid, persons_prev = p.id, persons_here
    return said


def _goes_on(text: str, s: Sentence, quotes: list[tuple[int, int]], ms: list[tuple[int, int, Ent]],
             speaker: Ent) -> bool:
    """Whether a quote with no speech verb is still the last speaker's: not when its sentence names
    someone else ("Mr. Reyes fled, “firing at cars”", an email "Dean Ames sent, saying “…”") or
    opens on someone new ("An aide answered: “…”")."""
    if _NEWCOMER.match(text, s.start) or any(_UNNAMED.match(text, b) for _a, b in quotes):
        return False
    return not any(s.start <= a < s.end and e is not speaker and e.type != "media_outlet" and not inside(quotes, a)
                   for a, _b, e in ms)


def _units(splits: list[Sentence], qs: Sequence[tuple[int, int]]) -> list[Sentence]:
    """Sentences joined wherever a quotation runs across their boundary: one quote, one speaker."""
    out: list[Sentence] = []
    for s in splits:
        if out and any(a < s.start < b for a, b in qs):
            last = out[-1]
            out[-1] = Sentence(s.pid, last.start, s.end, f"{last.text} {s.text}")
        else:
            out.append(s)
    return out


def _possessive(text: str, end: int) -> bool:
    """"Lee's lawyer": the name owns the subject, it is not the subject."""
    return _POSSESSIVE.match(text, end) is not None


_INVERTED = {"said", "says", "added", "adds", "wrote", "writes", "explained"}
# "“…,” said Lee" and "…, says Lee": a verb before its subject only where a quote or a clause has
# just ended; "A spokesman said Lee did not recall" and "47 percent said Lee" have their subject
# before the verb, and the name after it is who the words are about.
_INVERSION = re.compile(r"(?:^|[,:;“”\"—–(]|\s-)\s*$")
# "A Colorado Democrat …: “…”", "One aide replied: “…”": a sentence that opens on someone new
# and unnamed hands its quote to them, not to whoever spoke last
_NEWCOMER = re.compile(r"^[\s(“\"]*(?:A|An|One|Another|Some|Several|Other|Many|A second|A third)\s+\w", re.I)
# "“At the time,” the employee testified, “…”": a quote tagged with someone unnamed, by a verb
# the lexicon lacks, is theirs
_UNNAMED = re.compile(r"\s*(?:the|a|an|one|another)\s+[^,.;:“”\"]{1,60}?\s\w+(?:ed|s)\s*[,.:;]", re.I)


# "said Mayor Ann Lee", "said former county engineer Ann Lee": what may stand between an inverted
# verb (after a quote or a clause: "…,” said") and its subject; "said the plan would help Lee" may not
_NOT_DESCRIPTOR = {"after", "over", "under", "never", "ever", "either", "neither", "other", "another", "whether",
                   "however", "together", "rather", "further", "her", "their", "our", "your", "would", "will",
                   "could", "should", "may", "might", "must", "can", "is", "was", "were", "are", "be", "been", "has",
                   "have", "had", "did", "does", "do", "not", "that", "to", "it", "he", "she", "they", "we", "i",
                   "him", "them", "us", "me", "and", "or", "but", "if", "in", "on", "at", "by", "with", "from", "for"}


def _descriptor(word: str) -> bool:
    if not re.fullmatch(r"[A-Za-z][\w’'\-]*|[A-Z][a-z]{0,3}\.", word):  # "Gen." may stand here, no full stop
        return False
    return word[:1].isupper() or word not in _NOT_DESCRIPTOR and not word.endswith(("ed", "ing"))


# "said a Fox host", "said the Biden solicitor general": the name qualifies a noun, which is the subject
_MODIFIER = re.compile(r"[’']?s?\s+(?!(?:who|whose|of|at|from|with|in|on|and|to|during|after|before|when|while|"
                       r"last|this|as|for|about|earlier|later|told)\b)[a-z]")


def _named_after(text: str, end: int, ms: list[tuple[int, int, Ent]], qs: Sequence[tuple[int, int]]) -> Ent | None:
    """The actor named right after a verb ending at ``end``, past a title or description."""
    for a, b, e in ms:
        if a < end or e.type == "media_outlet" or inside(qs, a):
            continue
        words = text[end:a].split()
        if len(words) <= 4 and all(map(_descriptor, words)):
            if e.type != "person" and (holder := _titled(text, b, ms, qs)) is not None:
                return holder
            return None if _MODIFIER.match(text, b) else e
        return None
    return None


# "said DNC Chairman Ann Lee", "said EDS’s Ann Lee", "said Acme spokesman Ann Lee": a body, a title, then its holder
_TITLE_GAP = re.compile(r"(?:[’']s)?((?:\s+[\w.’'\-]+){0,3})\s+")


def _titled(text: str, end: int, ms: list[tuple[int, int, Ent]], qs: Sequence[tuple[int, int]]) -> Ent | None:
    """The person named right after a body that ends at ``end``, through a title: the one who speaks."""
    nxt = next(((a, e) for a, _b, e in ms if a >= end and not inside(qs, a)), None)
    if nxt is None or nxt[1].type != "person" or not (m := _TITLE_GAP.fullmatch(text, end, nxt[0])):
        return None
    if not all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in m.group(1).split()):
        return None
    return nxt[1]


def _subject(text: str, lo: int, at: int, qs: Sequence[tuple[int, int]],
             ms: list[tuple[int, int, Ent]]) -> tuple[Ent, int] | None:
    """The actor named right before a speech verb at ``at`` (through "has", "also", an apposition),
    and where its name starts."""
    before = [(a, b, e) for a, b, e in ms if b <= at and a >= lo and e.type != "media_outlet" and not inside(qs, a)]
    for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
        a, b, e = before[i]
        gap = text[b:at]
        if _GAP.match(gap) or (_APPOSITION.match(gap) and _GAP.match(_APPOSITION.sub("", gap, count=1))):
            return _holder(text, before[:i], a, e)
    return None


def _speaker(text: str, lo: int, hi: int, qs: Sequence[tuple[int, int]], ms: list[tuple[int, int, Ent]],
             recent: Ent | None, pool: list[Ent]) -> tuple[Ent | None, str | None, int, int]:
    """The subject of the sentence's first speech verb outside quotation marks, where that verb
    ends, and where the words that are the subject's start.

    A pronoun is the person named earlier in the sentence, else the last speaker, else the
    one person named just before; when that is not clear, nobody. "Lee wrote a letter, saying
    …": a participle's subject is the sentence's. "The two countries say X, something Lee said
    he hoped": X is the countries' words, and Lee's paraphrase starts at Lee, unless Lee only
    tags the sentence ("Officials say X, Lee said").
    """
    first: str | None = None
    outer = -1  # end of the last speech verb already passed over
    for m in _VERB.finditer(text, lo, hi):
        if inside(qs, m.start()):
            continue
        verb = m.group(1)
        first = first or verb
        subject = _subject(text, lo, m.start(), qs, ms)
        if subject is not None and (later := _nearer(text, lo, m.end(), hi, qs, ms, subject[0])) is not None:
            return later
        if subject is not None:
            tag = len(text[m.end():hi].split()) < 3
            if (sub := _SUBORDINATE.search(text, lo, subject[1])) is not None and not tag:
                # "The vote came after Lee said X": Lee's words start at Lee; "When Lee said X, …": none are
                return subject[0], verb, m.end(), (hi if _OPENING.match(text[lo:sub.start()]) else subject[1])
            return subject[0], verb, m.end(), (subject[1] if outer >= 0 and not tag else lo)
        if verb in _PARTICIPLES and (lead := _lead(text, lo, m.start(), qs, ms)) is not None:
            return lead, verb, m.end(), lo
        if outer >= 0 and _REPORTED.match(text[outer:m.start()]):
            return None, first, m.end(), lo  # the words are the earlier verb's, and its subject is unknown
        outer = m.end()
        if pronoun := _PRONOUN.search(text[lo:m.start()]):
            people = [e for a, b, e in ms if lo <= a and b <= m.start() and e.type == "person"
                      and not inside(qs, a) and not _possessive(text, b)]
            if people:  # the sentence's subject, not the last name before the pronoun
                return people[0], verb, m.end(), lo
            quoted = {id(e) for a, _b, e in ms if lo <= a < hi and inside(qs, a)}
            fits = [e for e in ([recent] if recent else []) + pool if id(e) not in quoted and
                    (e.type == "person" or pronoun.group(1).lower() == "they")]
            if recent is not None and fits[:1] == [recent]:
                return recent, verb, m.end(), lo
            pool = [e for e in pool if e in fits]
            return (pool[0], verb, m.end(), lo) if len(pool) == 1 else (None, verb, m.end(), lo)
        named = _named_after(text, m.end(), ms, qs) if verb in _INVERTED else None
        if named is not None and _INVERSION.search(text[lo:m.start()]):
            return named, verb, m.end(), lo
    return None, first, hi, lo


def _nearer(text: str, lo: int, start: int, hi: int, qs: Sequence[tuple[int, int]], ms: list[tuple[int, int, Ent]],
            first: Ent) -> tuple[Ent, str, int, int] | None:
    """"After Oslo said X, Minister Ann Lee said that “…”": the sentence's quotes all follow a later
    speech verb in a clause of its own, so they are its subject's, not the first speaker's."""
    after = [a for a, _b in qs if start <= a < hi]
    if not after or any(lo <= a < start for a, _b in qs):
        return None
    for m in _VERB.finditer(text, start, after[0]):
        if inside(qs, m.start()):
            continue
        subject = _subject(text, start, m.start(), qs, ms)
        if subject is not None and subject[0] is not first and re.search(r"[,;:—–]", text[start:subject[1]]):
            return subject[0], m.group(1), m.end(), lo
    return None


# "… after the group Ann Lee founded said": a subject inside a clause that hangs on the reporter's sentence
_SUBORDINATE = re.compile(r"(?i)\b(?:after|before|when|whenever|since|until|because|although|though|while|once|"
                          r"unless)\s+(?:[^\s,;:“”\"]+\s+){0,5}$")
_PARTICIPLES = {"saying", "telling"}
# what may open a sentence before its subject: "Rep.", "U.S. Attorney", "“"
_OPENING = re.compile(r"^[\s“\"(]*(?:[A-Z][\w.’'\-]*\s+){0,3}$")


def _lead(text: str, lo: int, at: int, qs: Sequence[tuple[int, int]], ms: list[tuple[int, int, Ent]]) -> Ent | None:
    """The actor that opens the sentence as its subject, when a participle after a comma (", saying")
    at ``at`` hangs on it."""
    if not text[lo:at].rstrip().endswith(","):
        return None
    first = next(((a, b, e) for a, b, e in ms if lo <= a < at and not inside(qs, a)), None)
    if first is None or first[2].type == "media_outlet" or _possessive(text, first[1]) or \
            not _OPENING.match(text[lo:first[0]]):
        return None
    return first[2]


# "…, while Kim said", "…; Kim said", "…, but Kim said": a second clause with its own speaker,
# unlike "Lee said Kim told him", where Kim's words are inside Lee's
_COORDINATED = re.compile(r"(?:[;,:—–]|\b(?:while|whereas|but|and|though|although|yet|as))\s*(?:[\w.’']+\s+){0,2}$")


def _second(text: str, start: int, hi: int, qs: Sequence[tuple[int, int]], ms: list[tuple[int, int, Ent]],
            speaker: Ent) -> int | None:
    """Where another speaker's clause starts after ``start`` ("Lee suggested X while Kim said Y"), if any.

    One sentence, two speakers: a paraphrase of it is neither's alone, and a quote after the
    second subject is the second speaker's, though a reader checking the sentence's first
    speech verb would credit it to the first.
    """
    for m in _VERB.finditer(text, start, hi):
        if inside(qs, m.start()):
            continue
        subject = _subject(text, start, m.start(), qs, ms)
        if subject is not None and subject[0] is not speaker and _COORDINATED.search(text[start:subject[1]]):
            return subject[1]
        named = _named_after(text, m.end(), ms, qs) if m.group(1) in _INVERTED else None
        if named is not None and named is not speaker and _INVERSION.search(text[start:m.start()]):
            tagged = [a for a, _b in qs if start <= a < m.start()]  # "—Kim is “the details guy,” says Ray"
            return tagged[-1] if tagged else m.start()
    return None


def _holder(text: str, before: list[tuple[int, int, Ent]], start: int, e: Ent) -> tuple[Ent, int]:
    """The person a body is attached to ("Ann Lee of the water board said"), else the body; and where it is named."""
    if e.type != "person" and before:
        a, b, person = before[-1]
        if person.type == "person" and _AFFILIATION.match(text[b:start]):
            return person, a
    return e, start
