"""A whole article pasted as one paragraph, against the same words in paragraphs of 100, side by side.

    python bench/paragraph.py [--words 1000,2000,4000,8000]

Text copied off a page, or a JSON record's body, can arrive with no line breaks. The offline engine
must then stay close to linear in the paragraph's length: a rule that re-reads the paragraph for
every name or cue makes it quadratic. Prints thread CPU ms per analysis (best of 3) and the ratio
of one paragraph to many; the ratio should stay small as the article grows.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _best(article) -> float:
    from brief.engines.offline import analyze

    analyze(article)
    times = []
    for _ in range(3):
        t0 = time.thread_time()
        analyze(article)
        times.append(time.thread_time() - t0)
    return min(times) * 1000


def main() -> None:
    from brief.article import Article
    from brief.clean import clean_text

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", default="1000,2000,4000,8000")
    args = ap.parse_args()
    seed = clean_text((ROOT / "examples" / "independent-putin-iran.txt").read_text(encoding="utf-8"))
    words = " ".join(p.text for p in seed.paragraphs).split()
    print(f"{'words':>6} {'one paragraph':>14} {'100-word paragraphs':>20} {'ratio':>6}")
    for n in (int(w) for w in args.words.split(",")):
        text = (words * (n // len(words) + 1))[:n]
        one = _best(Article.from_paragraphs([" ".join(text)]))
        many = _best(Article.from_paragraphs([" ".join(text[i:i + 100]) for i in range(0, n, 100)]))
        print(f"{n:>6} {one:>11.0f} ms {many:>17.0f} ms {one / many:>6.2f}")


if __name__ == "__main__":
    main()
