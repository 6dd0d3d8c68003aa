"""Whole-word search without a regex per needle must match exactly what the regex matched."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from brief.textmatch import _has_word
from brief.validate import contains, name_in, normalize

# letters, digits, "_", marks, spaces and punctuation: the characters that decide word edges
CHARS = st.sampled_from(list("aAbBcé_1² -.,'’\"\u0301ßİ北"))
texts = st.text(CHARS, max_size=30)


@settings(max_examples=400, deadline=None)
@given(texts, st.text(CHARS, min_size=1, max_size=5))
def test_has_word_is_the_regex_it_replaces(haystack: str, needle: str) -> None:
    regex = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None
    assert _has_word(haystack, needle) == regex


@settings(max_examples=300, deadline=None)
@given(texts, st.text(CHARS, min_size=1, max_size=6))
def test_name_in_is_the_regex_it_replaces(haystack: str, name: str) -> None:
    n = normalize(name, fold_case=False).strip("\"' .,;:!?-")
    expected = False
    if n:
        first = f"[{re.escape(n[0].lower())}{re.escape(n[0].upper())}]"
        pattern = r"(?<!\w)" + first + re.escape(n[1:]) + r"(?!\w)"
        expected = re.search(pattern, normalize(haystack, fold_case=False)) is not None
    assert name_in(haystack, name) == expected


def test_word_edges() -> None:
    assert name_in("the Board said", "The Board") and not name_in("Mr Mccook said", "McCook")
    assert not contains("Copenhagen", "hagen") and contains("in Copenhagen, officials", "copenhagen")
    assert not _has_word("snake_case", "case") and _has_word("mid-case", "case")
