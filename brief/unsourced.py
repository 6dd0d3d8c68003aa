"""Grounding for text that cites no paragraph: headline, bottom line, why it matters, inferred
stakes and open questions without evidence. They sum up the whole article, so the whole article
is what their quotes, numbers and names must come from ("no invention" in docs/briefing.md).

Quotes and numbers use the validator's own rules (``quote_in``, ``_numbers``). Names are a
heuristic, so they are lenient: a run of capitalised words is invented only where two or more
words in a row occur nowhere in the article, even loosely (any case, possessive dropped, a
shared stem: "Russian" for "Russia", "Dockworkers" for "dockworker"). One known word keeps a
name ("Vladimir Putin" where the article says "Mr Putin"), and a Title Case headline is flagged
only for a run none of whose words the article has.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textmatch import _TRANS, _numbers, quote_in, quoted, years

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_PART = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"'s?$")
_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z]{2,}\b")


@lru_cache(maxsize=64)  # one article, several fields
def _vocabulary(full: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The article's words (lower case), every prefix of 4+ letters of them (for stems), and
    its acronyms ("EU", "U.S." as "US"), which a name spelt out stands for."""
    words = frozenset(w.lower() for w in _PART.findall(full.translate(_TRANS)))
    acronyms = frozenset(a.replace(".", "") for a in _ACRONYM.findall(full))
    return words, frozenset(w[:n] for w in words for n in range(4, len(w) + 1)), acronyms


def _known(word: str, full: str) -> bool:
    words, stems, _ = _vocabulary(full)
    parts = _PART.findall(_POSSESSIVE.sub("", word).lower())
    return all(p in words or (len(p) > 4 and p[: max(4, len(p) - 2)] in stems) for p in parts)


def _runs(text: str) -> list[list[str]]:
    """Capitalised words in a row (only spaces between them): the candidate names."""
    runs: list[list[str]] = []
    end = -1
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper():
            end = -1
            continue
        if end >= 0 and not text[end:m.start()].strip():
            runs[-1].append(m.group())
        else:
            runs.append([m.group()])
        end = m.end()
    return [r for r in runs if len(r) > 1]


def title_case(text: str) -> bool:
    """Most longer words capitalised (after the first): a headline style, not a run of names."""
    words = [w for w in _WORD.findall(text)[1:] if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) * 2 > len(words)


def invented_names(text: str, full: str, lenient: bool = False) -> list[str]:
    """Names in ``text`` the article never mentions (see the module docstring)."""
    found: list[list[str]] = []
    for run in _runs(text.translate(_TRANS)):
        absent = [not _known(w, full) for w in run]
        if lenient:
            found += [run] if all(absent) else []
            continue
        start = None
        for i, miss in enumerate([*absent, False]):
            if miss and start is None:
                start = i
            elif not miss and start is not None:
                found += [run[start:i]] if i - start > 1 else []
                start = None
    acronyms = _vocabulary(full)[2]
    names = [" ".join(_POSSESSIVE.sub("", w) for w in n) for n in found if "".join(w[0] for w in n) not in acronyms]
    return list(dict.fromkeys(names))


def unsourced(text: str | None, full: str, headline: bool = False) -> list[tuple[str, str]]:
    """(what, hint) for each quote (3+ words), number and name of ``text`` not in ``full``.

    Years are left to the validator's year check, which covers every field already.
    """
    if not text:
        return []
    out = [(f"quotation not found verbatim in the article: {q[:60]!r}",
            "quote the article exactly or paraphrase without quotation marks")
           for q in quoted(text) if len(q.split()) >= 3 and not quote_in(full, q)]
    out += [(f"number {n} does not occur in the article", "give only the numbers the article gives")
            for n in sorted(_numbers(text) - _numbers(full) - years(text))]
    out += [(f"name {n!r} does not occur in the article", "name people and bodies as the article does")
            for n in invented_names(text, full, lenient=headline and title_case(text))]
    return out
