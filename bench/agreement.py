"""Do two editors agree? Scores one editor's golds against another's, both ways, beside the
offline engine against each, with bench/grounding.py's own matching. Prints figures; asserts nothing.

    python bench/agreement.py [--first bench/dev] [--second bench/dev/second]

Every file in --second is a second, independent annotation of the page of the same-named file
in --first. An editor's item "predicts" the other's when they would match as the engine's would:
a caveat if any of its types and cues does, an actor by name or alias. If editors agree far
better than the engine scores, the gap is the engine's, not the gold's noise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import grounding as g  # noqa: E402


def _caveat_alternatives(gold: dict) -> list[list[dict]]:
    """Each gold caveat as the predictions it stands for: one per type and cue."""
    return [[{"type": t, "evidence": c["ids"], "cue": cue} for t in c["types"]
             for cue in (c["cue"] if isinstance(c["cue"], list) else [c["cue"]])] for c in gold["caveats"]]


def _count(preds: list, golds: list[dict], match) -> tuple[int, int, int, int]:
    """(right predictions, predictions, core golds found, core golds)."""
    core = [x for x in golds if x.get("core", True)]
    return (sum(any(match(p, x) for x in golds) for p in preds), len(preds),
            sum(any(match(p, x) for p in preds) for x in core), len(core))


def editor_vs_editor(a: dict, b: dict) -> tuple[tuple[int, ...], tuple[int, ...]]:
    actors = _count([[x["name"], *x.get("aliases", [])] for x in a["actors"]], b["actors"], g.actor_matches)
    caveats = _count(_caveat_alternatives(a), b["caveats"],
                     lambda alts, gold: any(g.caveat_matches(p, gold) for p in alts))
    return actors, caveats


def engine_vs(content, gold: dict) -> tuple[tuple[int, ...], tuple[int, ...]]:  # type: ignore[no-untyped-def]
    actors = [[a.name, *a.aliases] for a in content.key_actors]
    caveats = [c.model_dump() for c in content.sourcing_caveats]
    return _count(actors, gold["actors"], g.actor_matches), _count(caveats, gold["caveats"], g.caveat_matches)


def _line(name: str, sums: dict[str, list[int]]) -> str:
    parts = []
    for kind in ("actors", "caveats"):
        right, n, found, core = sums[kind]
        parts.append(f"{kind} P {right / n if n else 1:.2f} R {found / core if core else 1:.2f} ({found}/{core})")
    return f"{name:34} " + "   ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", type=Path, default=ROOT / "bench" / "dev")
    ap.add_argument("--second", type=Path, default=ROOT / "bench" / "dev" / "second")
    args = ap.parse_args(argv)
    from brief.engines.offline import analyze

    rows = {k: {"actors": [0] * 4, "caveats": [0] * 4} for k in ("editor vs editor", "engine vs either")}
    pages = 0
    for second in sorted(args.second.glob("*.json")):
        first = args.first / second.name
        if not (first.exists() and g.available(first) and g.available(second)):
            continue
        pages += 1
        article, a = g.load_gold(first)
        _, b = g.load_gold(second)
        content = analyze(article)
        for key, pairs in (("editor vs editor", [editor_vs_editor(a, b), editor_vs_editor(b, a)]),
                           ("engine vs either", [engine_vs(content, a), engine_vs(content, b)])):
            for actors, caveats in pairs:
                rows[key]["actors"] = [x + y for x, y in zip(rows[key]["actors"], actors)]
                rows[key]["caveats"] = [x + y for x, y in zip(rows[key]["caveats"], caveats)]
    print(f"{pages} pages annotated twice (items pooled over pages, both directions)")
    for name, sums in rows.items():
        print(_line(name, sums))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
