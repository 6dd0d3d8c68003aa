"""Sentences, quotation spans and date expressions of a paragraph, with their offsets.

Offsets matter: every cue the engine reports is a slice of the paragraph, so it is the
article's exact words and the validator finds it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .gates import foldable, required, ruled_out
from .lexicon import DAYS, MONTHS, STOPWORDS

_ABBR = {"mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "adm", "st", "jr",
         "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
         "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "mt", "ft", "det", "approx", "est", "dept", "univ", "maj", "cpl",
         "pvt", "cmdr", "supt", "insp", "sgt.maj", "brig", "hon", "rev", "fr"}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    pid: str
    start: int
    end: int
    text: str


def sentences(pid: str, text: str, split_quotes: bool = False) -> list[Sentence]:
    """Split a paragraph into sentences, not at abbreviations or initials, and not inside a
    quotation that closes later in the paragraph: its sentences are one speaker's, and a quote's
    tail read alone passes for the reporter's words. ``split_quotes`` splits there too, for
    reading a quote sentence by sentence."""
    out: list[Sentence] = []
    start = 0
    spans = () if split_quotes else quote_spans(text)
    for m in _BOUNDARY.finditer(text):
        tail = text[max(start, m.start() - 40):m.start() + 1].split()
        word = tail[-1].rstrip(".!?").lstrip("([{\"'“‘").lower() if tail else ""  # "(Aug. 13)"
        if word in _ABBR or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            continue
        if spans and any(a < m.end() < b for a, b in spans):
            continue
        end = m.end()
        out.append(Sentence(pid, start, end, text[start:end].strip()))
        start = end
    if text[start:].strip():
        out.append(Sentence(pid, start, len(text), text[start:].strip()))
    return out


# A quote ends at the mark of its own style, or, where a page mixes styles in one quote ("I made
# demos…” – half-converted marks), at the other style's closing mark, as a reader (and the
# validator, which folds all marks) pairs them; no quote runs over another opening mark.
Spans = tuple[tuple[int, int], ...]
_QUOTE = re.compile(r"“[^“”]{2,}”|\"[^\"“”]{2,}\"|\"[^\"“”]{2,}”|“[^“”\"]{2,}\"|(?<!\w)‘[^’]{3,}’(?!\w)")


@lru_cache(maxsize=512)
def quote_spans(text: str) -> Spans:
    """(start, end) of every passage in quotation marks, marks included. Cached: the rules ask for
    each paragraph's spans once per name and cue, which on a long paragraph made the scan quadratic."""
    return tuple(m.span() for m in _QUOTE.finditer(text))


def inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


_SMALL = {"a", "an", "the", "of", "in", "on", "and", "to", "for", "at", "is", "with", "from", "by", "or"}


def work_title(text: str, pos: int) -> bool:
    """Whether ``pos`` falls in a short quoted title ("“The Marvelous Mrs Maisel”"): a work, not its people."""
    for a, b in quote_spans(text):
        if a <= pos < b:
            words = [w for w in text[a + 1:b - 1].split() if w[:1].isalpha()]
            return len(words) <= 6 and all(w[0].isupper() or w in _SMALL for w in words)
    return False


# "NEW YORK (Reuters) - ", "Dekalb, Ill. — ", "WASHINGTON, March 3 (AP) —", "(CNN) — ": where and by
# whom a story was filed, not part of its first sentence
_PLACE = r"[A-Z][\w.’'\-]*(?:,?\s+[A-Z][\w.’'\-]*){0,3}"
_DATELINE = re.compile(rf"^(?P<place>{_PLACE})?(?:,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?"
                       rf"\s*(?P<agency>\(\s*[A-Z][\w&.’' \-]{{0,30}}\))?"
                       r"\s*(?P<dash>--|[-–—]|:)\s+(?=[“\"‘]?[A-Z0-9])")


# "WASHINGTON The U.S. Federal Reserve…": the dash lost in extraction. Only capitals before a word
# that opens a sentence, as no sentence runs "FBI The…"; "FBI Director Wray said" keeps its FBI.
_OPENERS = ("The|A|An|In|On|At|After|Before|As|When|While|With|For|From|Despite|Amid|Following|Two|Three|"
            "Four|Five|Six|Several|Some|Many|Thousands|Hundreds|Dozens|It|This|That|These|Those|Its|Their")
_BARE_DATELINE = re.compile(rf"^[A-Z][A-Z.’'\-]+(?: [A-Z][A-Z.’'\-]+){{0,2}} (?=(?:{_OPENERS}) )")


def undated(text: str) -> str:
    """A sentence without the dateline that opens a story. A mixed-case place is a dateline only
    before a dash that no second dash pairs ("Mike Glass — a teacher — said" is an aside), and a
    colon ends one only after capitals ("NEW DELHI:") or an agency ("Mike Glass: Teachers…" is not)."""
    m = _DATELINE.match(text)
    if not m or not (m.group("place") or m.group("agency")):
        bare = _BARE_DATELINE.match(text)
        return text[bare.end():] if bare else text
    place, agency, dash = m.group("place") or "", m.group("agency"), m.group("dash")
    capitals = place.upper() == place and any(c.isalpha() for c in place)
    if not (capitals or agency) and (dash == ":" or dash in text[m.end():]):
        return text
    return text[m.end():]


_MON = r"(?:" + "|".join(MONTHS) + r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
_DAY = r"(?:" + "|".join(DAYS) + r")"
_DATE = re.compile(
    rf"\b(?:{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?"
    rf"|\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MON}(?:,?\s+(?:19|20)\d\d)?"
    rf"|(?:in|since|by|until|from|of)\s+{_MON}(?:\s+(?:19|20)\d\d)?"
    rf"|(?:on|last|next|this|by|until|since)\s+{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:last|next|this|later this|earlier this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)"
    rf"|(?:in|since|by|until|from|of|during)\s+(?:(?:early|late|mid-)\s*)?(?:19|20)\d\d(?:s)?"
    rf"|{_DAY}|(?:yesterday|tomorrow))\b"
)
_FULL = re.compile(rf"(?:({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)|(\d{{1,2}})\s+({_MON}),?\s+((?:19|20)\d\d))")


def dates(text: str) -> list[tuple[int, int, str]]:
    """Date expressions as written: "22 - 24 October", "last month", "on Friday", "in 2015"."""
    return [(m.start(), m.end(), m.group()) for m in _DATE.finditer(text)]


def iso_date(expr: str) -> str | None:
    """ISO date only when the expression gives day, month and year itself."""
    m = _FULL.search(expr)
    if not m:
        return None
    mon, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    key = mon.rstrip(".")[:3].lower()
    month = [x[:3].lower() for x in MONTHS].index(key) + 1
    return f"{year}-{month:02d}-{int(day):02d}"


def clip(text: str, limit: int = 240) -> str:
    """Shorten at a word boundary without leaving a quotation half-open."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    for open_, close in (("“", "”"), ("‘", "’")):
        if cut.count(open_) > cut.count(close):
            cut = cut[: cut.rfind(open_)].rstrip()
    if cut.count('"') % 2:
        cut = cut[: cut.rfind('"')].rstrip()
    return cut.rstrip(" ,;:-–—") + "…"


def alternation(terms: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal lowercase terms grouped by first letter, longest first: Python's
    engine tries every branch at every position, so grouping makes a long word list several times faster."""
    groups: dict[str, list[str]] = {}
    for t in sorted({t.lower() for t in terms}, key=len, reverse=True):
        groups.setdefault(t[0], []).append(t)
    return "(?:" + "|".join(f"{re.escape(k)}(?:{'|'.join(re.escape(t[1:]) for t in v)})" for k, v in groups.items()) + ")"


def lowered(text: str) -> str:
    """The text in lowercase with the same offsets (unchanged where lowering would shift them)."""
    low = text.lower()
    return low if len(low) == len(text) else text


def fold(pattern: str) -> str:
    """A case-insensitive pattern rewritten for lowercased text: literal letters lowered, escapes
    (``\\W``, ``\\S``, ``\\B``) kept. ``re`` matches case-sensitively about twice as fast."""
    out, i = [], 0
    while i < len(pattern):
        step = 2 if pattern[i] == "\\" else 1
        out.append(pattern[i:i + step] if step == 2 else pattern[i].lower())
        i += step
    return "".join(out)


class Caseless:
    """A case-insensitive pattern, run case-sensitively on the lowered text when offsets allow.

    Matches carry offsets into the text; read what they matched from the text, not ``group()``.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        # a pattern that needs capitals somewhere ("(?-i:[A-Z]...)") must see the text as written
        plain = not re.search(r"\(\?-i:|\(\?P|\\[xuUN]", pattern)  # named groups and escaped letters stay as written
        self._folded = re.compile(fold(pattern)) if plain else None
        self._original = re.compile(pattern, re.IGNORECASE)
        self._need = required(pattern, re.IGNORECASE)  # a paragraph without one of these cannot match

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        low = text.lower() if low is None else low
        if ruled_out(self._need, low):
            return iter(())
        if self._folded is not None and len(low) == len(text) and foldable(low):  # not "İnsiders", "ſources"
            return self._folded.finditer(low)
        return self._original.finditer(text)


# "CNN's Ann Lee and Bo Ray contributed to this report": the newsroom's credits, not people in the story;
# "ADD TO CART: ...", "VIEW PRICE: ...": a shop widget's label line.
_CREDIT = re.compile(r"\b(?:contributed (?:to this (?:report|story|article)|reporting|additional reporting)|"
                     r"(?:additional )?reporting by|writing by|editing by|produced by|"
                     r"(?:photo|image|picture|video)\s+(?:by|courtesy(?: of)?)|(?:photo |image |picture )?credits?:)"
                     r"(?!\w)", re.I)  # "Credit: Ann Lee/AP", "Photo by Ann Lee": the photographer's, not the story's
_WIDGET = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})+:\s")


# Page furniture around the story: a teaser of another page cut off mid-sentence ("it would probably be
# […]"), a byline ("Author: Ann Lee (eg)"), a tag or label line ("Advocacy Communications").
_TEASER = re.compile(r"(?:\[…\]|\[\.\.\.\]|…\.)\s*$")
_BYLINE = re.compile(r"^(?:Authors?|By|Words|Text|Photos?|Pictures?|Video)\s*:?\s+(?:[A-Z][\w’'\-]*\.?\s*){1,4}"
                     r"(?:\([\w\s,./]*\))?\s*$")
_LABEL = re.compile(r"^[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}$")


def furniture(text: str) -> bool:
    """A paragraph that is not the story's own text: a teaser, a byline, a label, or another language
    (a translation's summary or link, whose names the English text gives again if they matter)."""
    text = text.strip()
    if _TEASER.search(text) or _BYLINE.match(text) or _LABEL.match(text):
        return True
    words = text.split()
    return len(words) >= 8 and not any(w.lower().strip(",.;:") in STOPWORDS for w in words)


def asides(pid: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a paragraph that are credits or shop labels, not the story."""
    if (_WIDGET.match(text) and len(text.split()) <= 25) or furniture(text):
        return [(0, len(text))]
    if not _CREDIT.search(text):
        return []
    return [(s.start, s.end) for s in sentences(pid, text) if _CREDIT.search(s.text)]
