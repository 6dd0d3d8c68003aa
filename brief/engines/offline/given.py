"""Is this word a common given name or surname? The US Census lists, as the `names` package ships them.

A name mentioned once with no title, role or verb ("hosts Catherine Whitaker and David
Law") is still plainly a person when it starts with a common given name. The lists are read
once, lazily; where the package is missing the answer is always no, and the rules above it
still work.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .lexicon import ORG_HEADS, PLACE_HEADS

TOP_SURNAMES = 20000  # of 88,799: "Law", "Young", "Price" are surnames as well as words
TOP = 1500  # per list, by frequency: the rare tail is mostly words ("China", "Golden", "Royal")
NOT_NAMES = {"KING", "PRINCE", "ROYAL", "MAJOR", "GOLDEN", "LONG", "PARIS", "CHINA", "SUMMER", "CHANCE", "LOVE",
             "JUSTICE", "SAINT", "DEAR", "LOYAL", "CHRISTIAN", "AUGUST", "JEWEL", "ART", "STORM", "ROCK", "PALM"}


@cache
def given_names() -> frozenset[str]:
    try:
        root = resources.files("names")
        lists = [root.joinpath(f).read_text(encoding="ascii") for f in ("dist.male.first", "dist.female.first")]
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(line.split()[0] for text in lists for line in text.splitlines()[:TOP] if line.strip()) - NOT_NAMES


@cache
def surnames() -> frozenset[str]:
    try:
        text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(line.split()[0] for line in text.splitlines()[:TOP_SURNAMES] if line.strip())


def is_given_name(word: str) -> bool:
    return word.upper() in given_names()


def is_surname(word: str) -> bool:
    return word.upper() in surnames()


_WORDLIKE = re.compile(r"[A-Z][a-z]+(?:[’'\-][A-Za-z]+)*")


def person_name(toks: list[str], lowercase_words: set[str]) -> bool:
    """"David Law" is a person; "Davis Cup Final" is not: a given name first, a surname (not a word) last."""
    if not 2 <= len(toks) <= 3 or toks[0].lower() in lowercase_words or not is_given_name(toks[0]):
        return False
    last = toks[-1]
    if len(toks) == 3 and not (is_given_name(toks[1]) or is_surname(toks[1]) or re.fullmatch(r"[A-Z]\.?", toks[1])):
        return False  # "Davis Cup Final"; but "Mary Ann Smith", "John F. Kerry"
    return last not in ORG_HEADS and (is_surname(last) or (_WORDLIKE.fullmatch(last) is not None and
                                                          last.lower() not in lowercase_words and last not in PLACE_HEADS))
