"""How many of the ways newsrooms phrase each caveat the offline engine knows, and how often it fires on
look-alikes that are not caveats.

    python bench/phrasings.py [--misses] [FILE.tsv ...]

Each file in bench/phrasings/ was written blind by an editor who read only docs/briefing.md: 22
sentences per caveat type that a careful editor would flag ("yes") and 8 near misses that share
its words but are not that caveat ("no"), across the beats named in the file. Each sentence is put
after a plain opening paragraph and analysed alone; a "yes" line counts if the engine raises that
type on it, a "no" line counts against the engine if it does.

studied-* files were read after scoring and rules were written from their misses; heldout-* files
were scored only, and predict how the engine meets phrasings it has not seen. Single sentences
understate what whole articles give: a name that recurs becomes an actor, and an actor's "said"
can carry an official account.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
HERE = ROOT / "bench" / "phrasings"
OPENING = "The story opened here with some plain words about the week."


def read(path: Path) -> list[tuple[bool, str, str]]:
    """(expected, type, sentence) for each line of a battery."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            rows.append((parts[0] == "yes", parts[1], parts[2]))
    return rows


def raised(sentence: str) -> set[str]:
    """The caveat types the engine raises on the sentence's own paragraph."""
    from brief.article import Article
    from brief.engines.offline import analyze

    content = analyze(Article.from_paragraphs([OPENING, sentence]))
    return {c.type for c in content.sourcing_caveats if "p2" in c.evidence}


def score(path: Path, misses: list[str] | None = None) -> Counter:
    """Counts keyed (expected, type, fired)."""
    counts: Counter = Counter()
    for expected, kind, sentence in read(path):
        fired = kind in raised(sentence)
        counts[(expected, kind, fired)] += 1
        if misses is not None and expected != fired:
            misses.append(f"{'missed' if expected else 'fired on'} {kind}: {sentence}")
    return counts


def rates(counts: Counter) -> tuple[float, float]:
    """(share of "yes" lines found, share of near misses fired on)."""
    yes = sum(n for (e, _, _), n in counts.items() if e)
    no = sum(n for (e, _, _), n in counts.items() if not e)
    found = sum(n for (e, _, f), n in counts.items() if e and f)
    fired = sum(n for (e, _, f), n in counts.items() if not e and f)
    return found / max(1, yes), fired / max(1, no)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--misses", action="store_true", help="list every miss and every near miss fired on")
    args = ap.parse_args()
    files = args.files or sorted(HERE.glob("*.tsv"))
    totals: dict[str, Counter] = {}
    for path in files:
        misses: list[str] = []
        counts = score(path, misses if args.misses else None)
        group = path.name.split("-")[0]  # studied, heldout, misfires
        totals.setdefault(group, Counter()).update(counts)
        found, fired = rates(counts)
        print(f"{path.name:22} found {found:.2f}   near misses fired on {fired:.2f}")
        for line in misses:
            print("    " + line)
    for group, counts in totals.items():
        found, fired = rates(counts)
        print(f"\n{group}: found {found:.2f}, near misses fired on {fired:.2f}")
        for kind in sorted({k for _, k, _ in counts}):
            yes = counts[(True, kind, True)] + counts[(True, kind, False)]
            no = counts[(False, kind, True)] + counts[(False, kind, False)]
            print(f"  {kind:22} {counts[(True, kind, True)]:3d}/{yes:<3d}  near misses fired on "
                  f"{counts[(False, kind, True)]}/{no}")


if __name__ == "__main__":
    main()
