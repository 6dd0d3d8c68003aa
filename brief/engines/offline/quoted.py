"""Which quoted words are a speaker's statement: not a term held up in marks, and only the part
of a long quote that a reader can tie to its speaker.

A term of a few words in marks is the reporter's ("its “air guards” effort", "by “storing”
it"), whoever the sentence goes on to quote; a quoted sentence that names someone else, or
quotes someone inside the quote, may be another's words.
"""

from __future__ import annotations

import re

from .ent import Ent
from .text import Sentence

# "“No way,” Lee said", "“No way,” said Lee": a short quote tagged by its speech verb
_TAG = re.compile(r"^[\s,]*(?:[^\s,.;:—–“”\"]+\s+){0,4}$")


def scare(text: str, s: Sentence, a: int, b: int, vstart: int | None, vend: int) -> bool:
    """Whether a quote of one or two words is a term held up in marks ("between being companies,
    “creators,” and people, Stier says"), not words said: it is speech only as the whole sentence,
    after its speech verb, or tagged by it."""
    if len(text[a + 1:b - 1].split()) > 2 or not (text[s.start:a] + text[b:s.end]).strip(" .,;:!?—–-()"):
        return False
    if vstart is None:
        return True
    return not (vend <= a or (b <= vstart and _TAG.match(text[b:vstart])))


# "by “storing” its art", "under a “cloud of doubt”": what holds a term up in the reporter's own clause
_TERM_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|his|her|their|our|by|phrase|term|word|words|so-called|called|dubbed)\s*$")
_TERM_AFTER = re.compile(r"\s+(?!(?:he|she|they|it|said|says|added|adds|wrote|writes|told|tells)\b)[a-z]")


def term(text: str, a: int, b: int) -> bool:
    """Whether a quote of a few words is a term held up inside a reported clause ("it aims through
    its “air guards” effort", "she said “some members” had begun"), not the statement: the
    sentence carries on around it, or an article or "the phrase" holds it up."""
    words = text[a + 1:b - 1].strip()
    if len(words.split()) > 4 or words[-1:] in ",.!?;:…":
        return False
    return bool(_TERM_AFTER.match(text, b) or _TERM_BEFORE.search(text, max(0, a - 20), a))


def citable(text: str, a: int, b: int, splits: list[Sentence], ms: list[tuple[int, int, Ent]], speaker: Ent,
             known: bool) -> tuple[str, bool]:
    """The words of a quote a reader can tie to its speaker. A speaker named only after
    several quoted sentences owns the last of them for sure ("A. B," said Lee: B). A sentence
    naming another person ("[Kim] was going to call Ann.") reads as about them, or theirs, and
    one quoting someone inside the quote ("It's 'No, no!'") is partly another's words: the
    quote is cited from the first sentence that does neither, up to the next that does; and
    whether that reaches the quote's end."""
    inner = _spoken(text, [s.start for s in splits if a < s.start < b - 1], b - 1)
    cut = a + 1 if known or not inner else inner[-1]
    bounds = [x for x in inner if x > cut] + [b - 1]
    kept: list[int] = []
    for lo, hi in zip([cut, *bounds], bounds):
        if _foreign(text, lo, hi, ms, speaker):
            if kept:
                break
            continue
        kept += [lo, hi]
    if not kept:
        return "", False
    return text[kept[0]:kept[-1]].strip(" ,."), kept[-1] == b - 1


def _spoken(text: str, starts: list[int], end: int) -> list[int]:
    """Sentence starts inside a quote, less those of fragments under three words: "We will Root.
    It. OUT" is one sentence said with emphasis, not three."""
    kept: list[int] = []
    for x in reversed(starts):
        if len(text[x:end].split()) >= 3:
            kept.append(x)
            end = x
    return kept[::-1]


# a quote inside the quote that is words said ("‘No, no, maybe!’", "‘there they go again’"), not a
# term held up in marks ("what we call ‘executive function’", "a ‘writer’")
_NESTED = re.compile(r"‘([^’]+)’|(?<!\w)'([^'\n]+?)'(?!\w)|[\"“”]")


def _foreign(text: str, lo: int, hi: int, ms: list[tuple[int, int, Ent]], speaker: Ent) -> bool:
    """Whether a quoted sentence names another person or quotes someone's words itself."""
    for m in _NESTED.finditer(text, lo, hi):
        words = m.group(1) or m.group(2)
        if words is None or len(words.split()) >= 3 or words.rstrip()[-1:] in ".!?,":
            return True
    return any(lo <= start < hi and e is not speaker and e.type == "person" for start, _end, e in ms)
