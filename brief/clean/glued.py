"""Split clutter glued onto a paragraph with no space or line between them: an
"Advertisement" prefix, a photo credit run into the next sentence, a credit at a paragraph's end."""

from __future__ import annotations

import re

# Clutter glued to the next paragraph with no space ("AdvertisementAid workers said…").
_GLUED_PREFIX = re.compile(
    r"(Advertisement|ADVERTISEMENT|Story continues below(?: advertisement)?|"
    r"Article continues below(?: advertisement)?|Continue reading below|Skip Advertisement)(?=[A-Z][a-z])")
# A credit glued to the next paragraph: "…on Sunday. Photograph: ReutersAid workers said…".
_GLUED_CREDIT = re.compile(r"\b(?:Photo(?:graph)?|Image|Picture|Credit)s?(?: [Cc]redit)?: ?[^.:]{0,40}?[a-z](?=[A-Z][a-z])")
# A photo credit at the end of a paragraph of reporting: "…flat. Photo: AP", "… (Photo by J. Doe/Getty Images)".
_CREDIT_END = re.compile(
    r"(?<=[.!?\"”’])\s*(\((?:ap |afp |reuters )?(?:photo(?:graph)?|image|picture|credit)s?\b[^()]{0,80}\)|"
    r"(?:photo(?:graph)?|image|picture)s?(?: credit)?\s*:\s*[^.]{1,60})\W*$", re.IGNORECASE)
_SENTENCE_GAP = re.compile(r"[.!?][\"”’]? [A-Z]")
CREDIT_BODY_WORDS, CREDIT_SENTENCES_WORDS, GLUED_REST_WORDS = 25, 15, 8
GLUED_MIN_CHARS = 80  # a line with a paragraph glued to it is at least this long


def _credit_split(t: str) -> list[str]:
    """A paragraph of reporting with a trailing photo credit: the paragraph, then the credit."""
    m = _CREDIT_END.search(t)
    if m is None:
        return [t]
    head = t[:m.start()].rstrip()
    n = head.count(" ") + 1
    if n >= CREDIT_BODY_WORDS or (n >= CREDIT_SENTENCES_WORDS and _SENTENCE_GAP.search(head)):
        return [head, t[m.start():].strip()]
    return [t]


_AD_STARTS = ("Adv", "ADV", "Story c", "Article c", "Continue r", "Skip A")


def _credit_cue(t: str) -> bool:
    return "hoto" in t or "HOTO" in t or "mage" in t or "icture" in t or "redit" in t


def _split_one(t: str) -> list[str] | None:
    """The line split into clutter and paragraph, or None when nothing is glued to it."""
    parts = None
    if t.startswith(_AD_STARTS) and (m := _GLUED_PREFIX.match(t)) is not None:
        parts = [t[:m.end()], t[m.end():]]
    last = parts[-1] if parts else t
    if len(last) > GLUED_MIN_CHARS and ":" in last and _credit_cue(last) and (m := _GLUED_CREDIT.search(last)) \
            and last.count(" ", m.end()) >= GLUED_REST_WORDS:
        parts = (parts or [t])[:-1] + [last[:m.end()], last[m.end():]]
        last = parts[-1]
    if len(last) > 100 and (last[-1] == ")" or ":" in last[-70:]) and _credit_cue(last[-90:]):
        split = _credit_split(last)
        if len(split) > 1:
            parts = (parts or [t])[:-1] + split
    return parts


def split_glued(texts: list[str]) -> list[str]:
    """Split clutter off the paragraph it is glued to, so the rules drop it and keep the text.

    Whatever is glued sits on a long line, and the cheap checks come first: this runs
    on every line of the page and almost no line has anything glued to it.
    """
    out: list[str] | None = None
    for i, t in enumerate(texts):
        if len(t) <= GLUED_MIN_CHARS or not (":" in t or t[-1] == ")" or t.startswith(_AD_STARTS)):
            if out is not None:
                out.append(t)
            continue
        parts = _split_one(t)
        if parts is None:
            if out is not None:
                out.append(t)
            continue
        if out is None:
            out = texts[:i]
        out += parts
    return texts if out is None else out
