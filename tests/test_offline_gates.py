"""The cue table's literal gates: a paragraph skips only the rules it cannot match, and what it
finds is exactly what the whole alternation finds."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import pytest

from brief.engines.offline.caveats import _FOLDED, _whole_rules
from brief.engines.offline.cues import CUE_RULES
from brief.engines.offline import gates
from brief.engines.offline.gates import GatedRules, foldable, required, words_in
from brief.engines.offline.text import Caseless, fold

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


@pytest.mark.parametrize("kind", sorted({k for k, _ in CUE_RULES}))
def test_the_engine_s_fast_path_finds_what_the_whole_alternation_finds(kind: str) -> None:
    """Folded rules on the lowered text and case-sensitive ones on the text as written, taken together,
    match as the type's one alternation does on the text as written (the path for "İ" and "ı")."""
    whole = dict(_whole_rules())[kind]
    gated = dict(_FOLDED)[kind]
    texts = _texts() + [line.split("\t")[2] for path in (ROOT / "bench" / "phrasings").glob("*.tsv")
                        for line in path.read_text(encoding="utf-8").splitlines() if line.count("\t") == 2]
    hits = 0
    for text in texts:
        low = text.lower()
        if len(low) != len(text) or not foldable(low):
            continue
        want = [(m.start(), m.end()) for m in whole.finditer(text)]
        assert [(m.start(), m.end()) for m in gated.finditer(low, words_in(low), text)] == want, text
        hits += len(want)
    assert hits > 0


def test_the_engine_runs_every_type_gated() -> None:
    assert all(isinstance(g, GatedRules) for _, g in _FOLDED)
    gates = [gate for _, g in _FOLDED for gate in g.gates]
    assert sum(g is not None for g in gates) > 0.8 * len(gates)  # most rules can be skipped


def test_threads_building_the_word_index_at_once_all_see_all_of_it() -> None:
    """The engine runs in worker threads: the first calls after new words arrive rebuild the index
    together, and none may read it half built."""
    low = "the spokesman said officials denied it according to sources, analysts say estimates show"
    want = words_in(low)
    wrong: list[set[str]] = []
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for trial in range(150):
            gates.WORDS.add(f"zqx{trial}")  # a new word: the next call rebuilds the index
            threads = [threading.Thread(target=lambda: wrong.append(got) if (got := words_in(low)) != want else None)
                       for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        sys.setswitchinterval(interval)
        gates.WORDS.difference_update({f"zqx{trial}" for trial in range(150)})
    assert not wrong, f"{len(wrong)} of {150 * 8} calls saw a partial index"


# re.IGNORECASE matches these to i, s and k; str.lower() does not turn them into those letters.
_ODD = ["İnsiders say the deal is off.", "Insıders say the deal is off.", "Analyſts say the deal is off.",
        "The firm DENİED the claims.", "Analysts \u212aNOW the answer, sources say."]


@pytest.mark.parametrize("text", _ODD)
def test_gates_never_skip_what_ignorecase_would_match(text: str) -> None:
    low = text.lower()
    rx = re.compile(r"\b(?:insiders?|analysts?) say\b|\bdenied\b|\bknow\b", re.I)
    assert rx.search(text)  # the probe itself matches under re.I
    assert [m.span() for m in gates.scan(rx, text, low)] == [m.span() for m in rx.finditer(text)]
    caseless = Caseless(rx.pattern)
    assert [m.span() for m in caseless.finditer(text, low)] == [m.span() for m in rx.finditer(text)]
    gated = GatedRules([rx.pattern], re.I)
    assert [m.span() for m in gated.finditer(text, words_in(low))] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize(("text", "cue"), [("The merger is off, say İnsiders.", "say İnsiders"),
                                         ("Analyſts say the merger is off.", "Analyſts say")])
def test_an_unnamed_source_in_an_odd_letter_is_still_unnamed(text: str, cue: str) -> None:
    from brief.article import Article
    from brief.engines.offline import analyze

    got = analyze(Article.from_paragraphs([text])).sourcing_caveats
    assert ("anonymous_source", cue) in [(c.type, c.cue) for c in got]


def test_the_cue_table_runs_as_written_on_a_dotless_i() -> None:
    """The cue table matches lowered text case-sensitively only where lowering keeps what re.I would match."""
    from .offline_probe import raises

    raises("denial", "The firm declıned to comment on the report.")
