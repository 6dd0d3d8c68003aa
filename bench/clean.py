"""Benchmark the cleaner against trafilatura on the shared extraction set, side by side.

    python bench/clean.py [--data DIR] [--per-doc] [--dump OUT_DIR]

Runs in one process on the same 40 pages: brief on ID.txt (text mode), brief on
ID.html (HTML mode) and bare ``trafilatura.extract`` on ID.html; scores each with
the set's own score.py (4-word shingles, F1 of mean P and R) and prints P/R/F1,
median milliseconds per document, and text-mode throughput in MB/s. Times are
thread CPU time, so other work on a shared machine does not distort the ratios.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction"


def _load_scorer(data: Path):
    spec = importlib.util.spec_from_file_location("extraction_score", data / "score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _run(name: str, fn, docs: list[tuple[str, str, str]], scorer, dump: Path | None):
    """Score one system on every page; optionally write its predictions for score.py."""
    rows4, rows1, times = [], [], []
    for doc_id, src, gold in docs:
        t0 = time.thread_time()
        pred = fn(src) or ""
        times.append(time.thread_time() - t0)
        rows4.append(scorer.score_pair(gold, pred, 4))
        rows1.append(scorer.score_pair(gold, pred, 1))
        if dump:
            (dump / name).mkdir(parents=True, exist_ok=True)
            (dump / name / f"{doc_id}.txt").write_text(pred, encoding="utf-8")
    return scorer.summarize(rows4), scorer.summarize(rows1), times, rows4


def _long_lines(text: str) -> str:
    return "\n".join(ln for ln in text.splitlines() if len(re.findall(r"\w+", ln)) >= 12)


def _cold_pass(clean_text, docs) -> float:
    """CPU seconds for one pass over every page, starting with an empty line cache."""
    from brief.clean import text as text_mode

    text_mode._CACHE.clear()
    t0 = time.thread_time()
    for _, src, _ in docs:
        clean_text(src)
    return time.thread_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--per-doc", action="store_true", help="per-document F1 (n=4) for each system")
    ap.add_argument("--dump", type=Path, help="write each system's predictions here")
    args = ap.parse_args(argv)
    if not (args.data / "score.py").exists():
        print(f"skipped: no extraction set at {args.data}")
        return 0
    scorer = _load_scorer(args.data)
    import trafilatura

    from brief.clean import clean_html, clean_text

    ids = sorted(p.name[: -len(".gold.txt")] for p in args.data.glob("*.gold.txt"))
    gold = {i: (args.data / f"{i}.gold.txt").read_text(encoding="utf-8") for i in ids}
    txt = [(i, (args.data / f"{i}.txt").read_text(encoding="utf-8"), gold[i]) for i in ids]
    html = [(i, (args.data / f"{i}.html").read_text(encoding="utf-8", errors="replace"), gold[i]) for i in ids]
    clean_html(html[0][1])  # warm up lazy imports so they do not count against the first page

    systems = [
        ("baseline: whole ID.txt", lambda s: s, txt),
        ("baseline: lines >= 12 words", _long_lines, txt),
        ("brief text (ID.txt)", lambda s: clean_text(s).body, txt),
        ("brief html (ID.html)", lambda s: clean_html(s).body, html),
        (f"trafilatura {trafilatura.__version__} (ID.html)",
         lambda s: trafilatura.extract(s, include_comments=False), html),
    ]
    print(f"{len(ids)} documents from {args.data}")
    print(f"{'system':<30} {'P':>6} {'R':>6} {'F1':>6}  {'F1 n=1':>6} {'med ms':>7}")
    per_doc = {}
    for name, fn, docs in systems:
        s4, s1, times, rows = _run(re.sub(r"\W+", "_", name).strip("_"), fn, docs, scorer, args.dump)
        per_doc[name] = rows
        print(f"{name:<30} {s4['precision']:6.3f} {s4['recall']:6.3f} {s4['f1']:6.3f}  "
              f"{s1['f1']:6.3f} {statistics.median(times) * 1000:7.1f}")
    mb = sum(len(s.encode("utf-8")) for _, s, _ in txt) / 1e6
    text_seconds = min(_cold_pass(clean_text, txt) for _ in range(9))
    print(f"text cleaning throughput: {mb / text_seconds:.1f} MB/s ({mb:.2f} MB in {text_seconds:.3f} s "
          "CPU, best of 9 cold passes over all pages)")
    if args.per_doc:
        names = list(per_doc)
        print(f"\n{'id':<14}" + "".join(f" {n.split()[1][:12]:>12}" for n in names[2:]))
        for k, doc_id in enumerate(ids):
            print(f"{doc_id:<14}" + "".join(f" {per_doc[n][k]['f1']:12.3f}" for n in names[2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
