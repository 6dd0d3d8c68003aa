"""The cue table's literal gates: a paragraph skips only the rules it cannot match, and what it
finds is exactly what the whole alternation finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brief.engines.offline.caveats import _FOLDED
from brief.engines.offline.cues import CUE_RULES
from brief.engines.offline.gates import GatedRules, required, words_in
from brief.engines.offline.text import fold

ROOT = Path(__file__).resolve().parents[1]


def test_required_words_come_from_what_every_match_must_contain() -> None:
    assert required(r"\b(?:an? |the )?(?:[\w-]+ )?spokes(?:man|woman)\b") == {"spokes"}
    denial = required(r"\b(?:has |have )?(?:denied|denies|deny)\b")  # re factors the common "den" out
    assert denial and all(any(g in w for g in denial) for w in ("denied", "denies", "deny"))
    assert required(r"\bclaim(?:ed|s)? (?:that|to)\b") == {"claim"}
    assert required(r"\b(?:a|an) \w+") is None  # nothing long enough to gate on
    assert required(r"(?:sources?|insiders?) (?:said|say)") in ({"said", "say"}, {"source", "insider"})
    assert required(r"x{0,3}abc") == {"abc"} and required(r"(?:abcd)+") == {"abcd"}


def _texts() -> list[str]:
    """Sentences that trip the rules and ones that nearly do: the cue probes and the example articles."""
    texts = [line.strip() for path in (ROOT / "tests").glob("test_offline_*.py")
             for line in re.findall(r'"([^"\n]{20,})"', path.read_text(encoding="utf-8"))]
    texts += [p for f in (ROOT / "examples").glob("*.txt") for p in f.read_text(encoding="utf-8").split("\n\n")]
    return [t for t in texts if t]


@pytest.mark.parametrize("kind", sorted({k for k, _ in CUE_RULES}))
def test_gated_rules_find_exactly_what_the_alternation_finds(kind: str) -> None:
    patterns = [fold(p) for k, p in CUE_RULES if k == kind and "(?-i:" not in p]
    whole = re.compile("|".join(f"(?:{p})" for p in patterns))
    gated = GatedRules(patterns)
    texts, hits = _texts(), 0
    for text in texts:
        low = text.lower()
        if len(low) != len(text):
            continue
        want = [(m.start(), m.end()) for m in whole.finditer(low)]
        assert [(m.start(), m.end()) for m in gated.finditer(low, words_in(low))] == want, text
        hits += len(want)
    assert len(texts) > 300 and hits > 0


def test_the_engine_runs_every_type_gated() -> None:
    assert all(isinstance(f, GatedRules) and isinstance(c, GatedRules) for _, f, c in _FOLDED)
    gates = [g for _, f, c in _FOLDED for g in (*f.gates, *c.gates)]
    assert sum(g is not None for g in gates) > 0.8 * len(gates)  # most rules can be skipped
