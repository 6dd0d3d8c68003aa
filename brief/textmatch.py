"""How a briefing's words are found in its article: normalised text, whole words, names,
numbers, years and quotations. The validator's matching rules, kept apart from its checks.

Needles (names, cues) differ in every article, so whole words are found with ``str.find``
and a word-edge test rather than a regex compiled per needle.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TRANS = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
    "″": '"', "«": '"', "»": '"', "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "…": "...",
})
_SPACE = re.compile(r"\s+")
_DASH_SPACE = re.compile(r"\s*-\s*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?<![\w$£€.,])(1[89]\d\d|20\d\d)(?![\w]|[.,]\d)")
_QUOTED = re.compile(r'"([^"]{2,}?)"|(?<![\w])\'([^\']{3,}?)\'(?![\w])')
_QUOTE_EDGE = "\"' .,;:!?-"
_ELLIPSIS_OR_BRACKET = re.compile(r"\.\.\.|\[[^\]]*\]")


@lru_cache(maxsize=2048)  # the same paragraphs and article body are normalised for every item
def normalize(text: str, *, fold_case: bool = True) -> str:
    """Fold what differs between copies of one text: quotes, dashes, spaces, case."""
    text = _DASH_SPACE.sub("-", _SPACE.sub(" ", text.translate(_TRANS))).strip()
    return text.lower() if fold_case else text


def _is_word_char(ch: str) -> bool:
    """``re``'s ``\\w`` for one character: a Unicode letter, digit or number, or ``_``."""
    return ch.isalnum() or ch == "_"


def _has_word(haystack: str, needle: str) -> bool:
    """``re.search(r"(?<!\\w)" + re.escape(needle) + r"(?!\\w)", haystack)``, without compiling
    a pattern per needle: names and cues differ in every article, so each would be a compile."""
    at = haystack.find(needle)
    while at != -1:
        end = at + len(needle)
        if (at == 0 or not _is_word_char(haystack[at - 1])) and (
                end == len(haystack) or not _is_word_char(haystack[end])):
            return True
        at = haystack.find(needle, at + 1)
    return False


def name_in(haystack: str, name: str) -> bool:
    """A name as written, case kept (a "Cook" is not a "cook") except its first letter ("the"/"The")."""
    n = normalize(name, fold_case=False).strip(_QUOTE_EDGE)
    if not n:
        return False
    text = normalize(haystack, fold_case=False)
    return any(_has_word(text, first + n[1:]) for first in dict.fromkeys(n[0].lower() + n[0].upper()))


def numbers(text: str) -> set[str]:
    """The numbers written in ``text``, thousands separators removed."""
    return set(_numbers(text))


@lru_cache(maxsize=1024)  # the cited paragraphs are the same for many items of one briefing
def _numbers(text: str) -> frozenset[str]:
    return frozenset(m.group().replace(",", "").rstrip(".") for m in _NUMBER.finditer(text.translate(_TRANS)))


def years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


def quoted(text: str) -> list[str]:
    """Passages in quotation marks (double, or single curly pairs) inside ``text``."""
    folded = text.translate(_TRANS)
    return [q for m in _QUOTED.finditer(folded) if (q := (m.group(1) or m.group(2) or "").strip(_QUOTE_EDGE))]


def contains(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words, after normalising both."""
    n = normalize(needle).strip(_QUOTE_EDGE)
    if not n:
        return True
    return _has_word(normalize(haystack), n)


def quote_in(haystack: str, quote: str) -> bool:
    """A quotation is verbatim if each part between ellipses or [editorial] brackets occurs."""
    parts = [p.strip(_QUOTE_EDGE) for p in _ELLIPSIS_OR_BRACKET.split(quote.translate(_TRANS))]
    return all(contains(haystack, p) for p in parts if len(p) > 1)
