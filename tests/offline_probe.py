"""Shared probes for the offline engine's class tests: analyse invented paragraphs, check the
validator accepts every item, and hand back what the engine found."""

from __future__ import annotations

import pytest

from brief.article import Article
from brief.engines.offline import analyze
from brief.validate import validate


def caveats(*paragraphs: str) -> list[tuple[str, str]]:
    article = Article.from_paragraphs(list(paragraphs))
    content = analyze(article)
    assert not [p for p in validate(content, article) if p.level == "error"]
    return [(c.type, c.cue) for c in content.sourcing_caveats]


def actors(*paragraphs: str):
    article = Article.from_paragraphs(list(paragraphs))
    content = analyze(article)
    assert not [p for p in validate(content, article) if p.level == "error"]
    return {a.name: a for a in content.key_actors}


def said(*paragraphs: str) -> dict[str, list[str]]:
    """Raw statements by speaker; the validator must drop none of them."""
    from brief.engines.offline import analyze_raw
    from brief.ground import ground

    article = Article.from_paragraphs(list(paragraphs))
    content = analyze_raw(article)
    assert not [w for w in ground(content, article)[1] if w.startswith("dropped")]
    return {a.name: [s.text for s in a.statements] for a in content.key_actors}


def names(got) -> set[str]:
    return {n for a in got.values() for n in (a.name, *a.aliases)}


def raises(kind: str, sentence: str) -> None:
    """The sentence alone raises a caveat of ``kind``, and everything the engine wrote is grounded."""
    article = Article.from_paragraphs([sentence])
    content = analyze(article)
    assert not [p for p in validate(content, article) if p.level == "error"]
    assert kind in {c.type for c in content.sourcing_caveats}, [(c.type, c.cue) for c in content.sourcing_caveats]


def does_not_raise(kind: str, sentence: str) -> None:
    content = analyze(Article.from_paragraphs([sentence]))
    assert kind not in {c.type for c in content.sourcing_caveats}, [(c.type, c.cue) for c in content.sourcing_caveats]


def each_caveat(cases: list[tuple[str, str]]):
    """Run a test once per (kind, sentence) row that must raise its kind, with ids like "denial-3"."""
    return pytest.mark.parametrize(("kind", "sentence"), cases, ids=[f"{k}-{i}" for i, (k, _) in enumerate(cases)])


def each_near_miss(cases: list[tuple[str, str]]):
    """Run a test once per look-alike row that must not raise its kind, with ids like "not-denial-3"."""
    return pytest.mark.parametrize(("kind", "sentence"), cases, ids=[f"not-{k}-{i}" for i, (k, _) in enumerate(cases)])
