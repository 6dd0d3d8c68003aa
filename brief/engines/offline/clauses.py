"""Dated clauses: each date expression of a sentence, whole, with the clause it belongs to.

A sentence often dates one event and reports another ("X arrived, despite Y banning cars in
2015"); a timeline that dates the whole sentence says the wrong thing happened then. Clause
edges come from punctuation and a few function words, not a parser: cheap, and every event
stays a slice of the article's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import dates

_TIME_NOUN = r"(?:night|morning|afternoon|evening|day|weekend|week|month|end|start|beginning|middle|spring|summer|" \
             r"autumn|fall|winter|first half|second half|half|quarter|part)"
_OF_HEAD = re.compile(rf"(?i)(?:\b(?:on|in|by|until|since|from|at|before|after|during)\s+)?(?:the\s+)?{_TIME_NOUN}\s+$")
_DAY_TAIL = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d)(?:,?\s+(?:19|20)\d\d\b)?")
_PART_TAIL = re.compile(r"\s+(?:morning|afternoon|evening|night)\b")
_MONTH_END = re.compile(r"(?:uary|ruary|March|April|May|June|July|ugust|ember|tober|\.)$")
_JOIN = re.compile(r",?\s+$")
_LIMIT = re.compile(r"(?i)^until\b")  # "safeguarded until 2047": where a state ends, not an event

# Clause edges. Hard ones (dash, semicolon, colon) always end a clause; at a comma, a clause
# ends only where the next words open another one.
_HARD = re.compile(r"\s+[–—]\s+|\s+-\s+|;\s+|:\s+")
_COMMA = re.compile(r",\s+")
_RELATIVE = r"which|who|whom|whose"
_SUBORDINATE = r"despite|although|though|because|whereas|after|before|when|while|unless"
_OPENS = re.compile(rf"(?i)^(?:{_RELATIVE}|{_SUBORDINATE}|where|but|and|or|yet|so|as|including|according|saying)\b")
_RELATIVE_START = re.compile(rf"(?i)^(?:{_RELATIVE})\b")
_REPORT = r"said|says|saying|told|tells|telling|announced|reported|added|noted|warned|wrote|tweeted|posted|" \
          r"confirmed|revealed|declared|showed|shows|claimed|predicted|argued|insisted|estimated|believed?s?"
# Where a clause opens before its date: a relative or subordinate word, or a verb of saying that
# takes a clause ("said the ballot had closed", "told Reuters that …"); "reported a case" takes none.
_OPENER = re.compile(rf"(?i)\b(?:(?P<rel>{_RELATIVE})|(?P<sub>{_SUBORDINATE})|"
                     rf"(?:said|says|saying)(?:\s+that)?|(?:{_REPORT})(?:\s+[\w’'.]+){{0,3}}?\s+that)\b")
_DATES_SAYING = re.compile(rf"(?i)\b(?:{_REPORT})\s+(?:(?:on|in|at|early|late|earlier|later)\s+)*$")
# "…, regional officials said on Thursday.": the date dates what they said, the sentence before it
_ATTRIBUTION = re.compile(rf"(?i)^(?:[\w’'.&-]+\s+){{1,12}}(?:{_REPORT})\s+(?:(?:on|in|at|early|late)\s+)*$")
_DETERMINED = re.compile(r"(?i)\b(?:a|an|the|his|her|their|its|this|these|those|our|my|your)\s+(?:[\w’'-]+\s+){0,4}"
                         r"[\w’'-]+$")
_NOUN_DAY = re.compile(r"(?i)^\s+(?:is|was|’s|'s)\b")  # "where tomorrow is realized": a word, not a date
# a finite verb before the date: the segment has its own subject and verb, so the clause starts there
_VERB = re.compile(r"(?i)\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do|"
                   r"said|says|told|began|fell|rose|met|made|took|went|came|saw|won|lost|got|gave|left|led|held|ran|"
                   r"sent|paid|bought|sold|spent|struck|threw|grew|drew|wrote|spoke|broke|became|stood|kept|"
                   r"brought|thought|found|fought|caught)\b")
_FORECAST = re.compile(r"(?i)\b(?:will|won’t|won't|expects?|expected|expectations?|forecasts?|"
                       r"forecasted|predicts?|predicted|predictions?|projects|projected|projections?|likely|"
                       r"unlikely|guidance|outlook|worr(?:y|ies|ied)|fears?|feared|hopes?|hoped|anticipated?)\b|’ll\b|'ll\b")
_CAPS = re.compile(r"(?:(?:[A-Z][\w’'.&-]*|of|de|al)\s+)*[A-Z][\w’'.&-]*$")
_LEADING_AND = re.compile(r"^(?:and|but|or|so|yet)\s+")
_TWEET = re.compile(r"\(@\w+\)|pic\.twitter\.com|https?://t\.co/")


@dataclass(frozen=True)
class Dated:
    when: str
    event: str


def skipped(sentence: str) -> bool:
    """A question, or an embedded post (its text and "— Name (@handle) date" sign-off): no event of the story."""
    return sentence.rstrip(" \"'”’)").endswith("?") or _TWEET.search(sentence) is not None


def whole_dates(text: str) -> list[tuple[int, int]]:
    """Date spans, each kept whole: "the night of March 10", "Friday, Dec. 6", "Monday night".

    "of 2072" (a score) and "Class of 2020" are no dates: "of" counts only after a time noun.
    """
    spans: list[tuple[int, int]] = []
    for a, b, expr in dates(text):
        if expr.lower() in ("tomorrow", "yesterday") and _NOUN_DAY.match(text[b:]):
            continue
        if expr.lower().startswith("of "):
            head = _OF_HEAD.search(text[:a])
            if not head:
                continue
            a = head.start()
        if _MONTH_END.search(text[:b]) and (m := _DAY_TAIL.match(text, b)):
            b = m.end()
        elif m := _PART_TAIL.match(text, b):
            b = m.end()
        if spans and spans[-1][1] >= a:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        elif spans and _JOIN.fullmatch(text[spans[-1][1]:a]):
            spans[-1] = (spans[-1][0], b)  # "Friday, Dec. 6": one date written in two parts
        else:
            spans.append((a, b))
    return spans


def _segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, after_hard_edge) of the comma- and dash-separated pieces, never cutting a date."""
    cuts = sorted([(m.start(), m.end(), True) for m in _HARD.finditer(text)] +
                  [(m.start(), m.end(), False) for m in _COMMA.finditer(text)])
    out, start, hard = [], 0, True
    for a, b, is_hard in cuts:
        if any(x <= a < y for x, y in spans):
            continue
        out.append((start, a, hard))
        start, hard = b, is_hard
    out.append((start, len(text.rstrip(" .!")), hard))
    return out


def _last_opener(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last word in ``text[lo:hi]`` that opens a clause; none of saying when the date dates the saying."""
    found = None
    for m in _OPENER.finditer(text, lo, hi):
        if m.group("rel") or m.group("sub") or not _DATES_SAYING.search(text[lo:hi]):
            found = m  # but in "said on Friday" the date is the saying's
    return found


def _subject_and_verb(text: str, a: int, b: int) -> bool:
    """A verb with words before it: "reported a case in 2017" still needs the subject before its comma."""
    m = _VERB.search(text, a, b)
    return m is not None and bool(text[a:m.start()].strip())


def _start(text: str, segs: list[tuple[int, int, bool]], k: int, date_at: int) -> int:
    """Where the date's clause begins: after its opener, at its own subject, or where it is left hanging."""
    a, _, hard = segs[k]
    m = _last_opener(text, a, date_at)
    if m:
        return m.start() if m.group("rel") else m.end()
    if hard or _subject_and_verb(text, a, date_at):
        return a
    i = k - 1
    while i >= 0:
        a, b, hard = segs[i]
        if _RELATIVE_START.match(text[a:b]):  # an enclosed "…, who he met after the match, …"
            i -= 1
            continue
        m = _last_opener(text, a, b)
        if m:
            return m.start() if m.group("rel") else m.end()
        if hard or _subject_and_verb(text, a, b):
            return a
        i -= 1
    return 0


def _antecedent(text: str, start: int, segs: list[tuple[int, int, bool]]) -> int:
    """Start of what a relative clause hangs on: "Meetup" in "…layoffs at Meetup, which …", or a short
    phrase before it ("The man who …")."""
    before = text[:start].rstrip(", ")
    m = _CAPS.search(before) or _DETERMINED.search(before)
    if m:
        return m.start()
    lo = max((a for a, _, _ in segs if a < len(before)), default=0)
    return lo if len(before[lo:].split()) <= 6 else start


def _clause(text: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> tuple[int, int]:
    segs = _segments(text, spans)
    k = next(i for i, (a, b, _) in enumerate(segs) if a <= span[0] <= b)
    a, end, hard = segs[k]
    if k and not hard and end == segs[-1][1] and span[1] >= end and _ATTRIBUTION.match(text[a:span[0]]):
        return max(x for x, _, h in segs[:k] if h), end
    start = _start(text, segs, k, span[0])
    if _RELATIVE_START.match(text[start:]):
        return _antecedent(text, start, segs), end
    for a, b, hard in segs[k + 1:]:
        if hard or (_OPENS.match(text[a:b]) and _VERB.search(text, start, end)):
            break  # a clause ends where another opens, once it has its verb
        end = b
    return start, end


def dated_clauses(sentence: str) -> list[Dated]:
    """Every dated event of a sentence; forecasts are left to what's next, limits ("until 2047") out."""
    if skipped(sentence):
        return []
    spans = whole_dates(sentence)
    out: list[Dated] = []
    for span in spans:
        when = sentence[span[0]:span[1]]
        if _LIMIT.match(when):
            continue
        start, end = _clause(sentence, span, spans)
        event = _LEADING_AND.sub("", sentence[start:end].strip(" ,;:–—-"))
        if _FORECAST.search(event) and not _DATES_SAYING.search(sentence[:span[0]]):
            continue
        out.append(Dated(when, event))
    return out


# A clause that names what lies ahead; "next month" and "tomorrow" are cues in themselves.
FUTURE = re.compile(r"(?i)\b(?:will|won['’]t|is scheduled|are scheduled|is expected to|are expected to|is due to|"
                    r"are due to|plans? to|set to|upcoming|later this (?:week|month|year)|next (?:week|month|year)|"
                    r"could be finali[sz]ed|tomorrow)\b")
_CLAUSE_HEAD = re.compile(r"(?i)\b(?:that|said|says|announced|told \w+|warned|warning|saying|stated|added|who|"
                          r"which)\b(?:\s+(?:on\s+)?(?:[A-Z]\w+day|next \w+))?\s+")
_APPOSITIVE = re.compile(r"(?i)^(?:a|an|the)\s")  # "…will be Ohio, a swing state in 2004": about the name
_TAIL_SAYING = re.compile(rf"(?i)^(?:[\w’'.&-]+\s+){{1,8}}(?:{_REPORT})\b")


def future_clause(sentence: str, at: int) -> tuple[int, int]:
    """(start, end) of the clause holding the future cue at ``at``: from the edge or reporting word before it
    ("announced Friday it will …", "warning that Seoul will …") to the next edge, without a trailing "…, X said"."""
    spans = whole_dates(sentence)
    segs = _segments(sentence, spans)
    k = next(i for i, (a, b, _) in enumerate(segs) if a <= at <= b)
    start, end, _ = segs[k]
    if k and not segs[k][2] and len(sentence[segs[k - 1][0]:segs[k - 1][1]].split()) <= 3 and \
            any(segs[k - 1][0] <= a < segs[k - 1][1] for a, _ in spans):
        start = segs[k - 1][0]  # "On Sunday, leaders will meet": a date opening the clause belongs to it
    head = sentence[start:at]
    cut = [m.end() for m in _CLAUSE_HEAD.finditer(head)]
    if cut:
        start += cut[-1]
    for a, b, hard in segs[k + 1:]:
        if hard or _OPENS.match(sentence[a:b]) or _TAIL_SAYING.match(sentence[a:b]) or _APPOSITIVE.match(sentence[a:b]):
            break
        end = b
    return start, end


def future_dates(sentence: str, start: int, end: int) -> list[str]:
    """Dates inside a future clause, none of them set in the past ("last week", "ago")."""
    return [sentence[a:b] for a, b in whole_dates(sentence) if start <= a and b <= end
            and not re.search(r"(?i)\b(?:last|earlier|ago|yesterday)\b", sentence[a:b])]
