"""When a spokesman is a source, and whose: one place for the rules that were spread over three.

A bare "spokesman" cue is an official account only where someone speaks in its sentence and it
does not name a job ("served as a spokesman for"); it yields to a fuller official cue in the
same sentence ("said in an emailed statement"); and the spokesman of a campaign or union speaks
for a side (``caveats``'s retyping asks ``speaks_for_side``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

SPOKES = r"spokes(?:man|woman|person)"
# The cue as the caveat rules write it: "a Pentagon spokesman", "the spokeswoman".
SPOKES_CUE = rf"(?:an? |the )?(?:[\w’'\-]+ )?{SPOKES}"

_WORD = re.compile(rf"(?i){SPOKES}")
_BARE = re.compile(rf"(?i){SPOKES_CUE}")
_SPEAKS = re.compile(r"(?i)\b(?:said|says|say|told|tells|confirmed|confirms|added|wrote|writes|stated|explained|noted|"
                     r"e-?mailed|declined|according|insisted|acknowledged|responded|replied|blamed|attributed|"
                     r"described)\b")
_AS_JOB = re.compile(r"(?i)(?:\bas (?:a |an |the |its |his |her )?(?:[\w\-]+ )?$|\b(?:is|was) (?:the |a |an |its )(?:[\w\-]+ )?$)")
_A_JOB_NEXT = re.compile(r"\s+(?:role|job|post|position)\b")
_FOR_SIDE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,7}?(?:Union|Party|Campaign|Coalition|"
                       r"Movement|Guild|(?i:union|party|campaign|activists|advocacy group|lobby group|rights group|"
                       r"pressure group|protesters|strikers))\b")


class _Hit(Protocol):
    type: str
    start: int
    end: int
    cue: str


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


H = TypeVar("H", bound=_Hit)


def names_spokes(cue: str) -> bool:
    return bool(_WORD.search(cue))


def speaks_for_side(text: str, end: int) -> bool:
    """"a spokeswoman for the teachers' union": the words after the cue give a side, not an institution."""
    return bool(_FOR_SIDE.match(text, end))


def _bare(h: _Hit) -> bool:
    return h.type == "official_account" and bool(_BARE.fullmatch(h.cue))


def _sentence(h: _Hit, spans: Sequence[_Span]) -> int:
    return next((i for i, s in enumerate(spans) if s.start <= h.start < s.end), -1)


def fullest_channel(hits: list[H], spans: Sequence[_Span]) -> list[H]:
    """A bare "spokesman" yields to the sentence's fuller official cue: one official account a
    sentence, named by its channel."""
    fuller = {_sentence(h, spans) for h in hits if h.type == "official_account" and not _bare(h)}
    return [h for h in hits if not (_bare(h) and _sentence(h, spans) in fuller)]


def speaking_spokes(hits: list[H], spans: Sequence[_Span], text: str) -> list[H]:
    """Drop a bare spokesman cue in a sentence where no one speaks, or where it names a job."""
    def keep(h: H) -> bool:
        if not _bare(h):
            return True
        s = next((s for s in spans if s.start <= h.start < s.end), None)
        lo, hi = (s.start, s.end) if s else (0, len(text))
        return bool(_SPEAKS.search(text, lo, hi)) and not _AS_JOB.search(text, max(lo, h.start - 30), h.start) and \
            not _A_JOB_NEXT.match(text, h.end)
    return [h for h in hits if keep(h)]
