"""Long-article bench: a 40,000-word article through map-reduce on the mock server.

For each model it prints the chunks, the requests, the largest prompt against the
model's per-request limit (read from the mock's own per-request stats, GET /_mock/stats),
and total prompt tokens as a multiple of the article's tokens (target: ≤ 1.35).

    python bench/long.py [--words 40000] [--models mock-1,mock-8k,gpt-4] [--context-window N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT.parent / "shared" / "data" / "extraction"


def long_article(words: int):
    from brief.article import Article

    golds = sorted(GOLD.glob("*.gold.txt"))
    if not golds:
        sys.exit(f"no gold texts under {GOLD}")
    pool = [p.strip() for g in golds for p in g.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts: list[str] = []
    while sum(len(t.split()) for t in texts) < words:
        texts.append(pool[len(texts) % len(pool)])
    return Article.from_paragraphs(texts)


def run(article, model: str, context_window: int | None) -> dict:
    import brief.mock.notes  # noqa: F401  (registers the map/reduce answerers)
    from brief import pipeline
    from brief.budget import limits_for
    from brief.engines.openai import OpenAIEngine
    from brief.mock import serve
    from brief.tokens import count_tokens
    from brief.validate import validate

    with serve() as server:
        engine = OpenAIEngine(model=model, base_url=server.url, api_key="x")
        started = time.perf_counter()
        result = pipeline.draft(article, engine, context_window=context_window)
        seconds = time.perf_counter() - started
        stats_url = server.url.removesuffix("/v1") + "/_mock/stats"
        with urllib.request.urlopen(stats_url) as reply:
            prompts = json.load(reply)["prompt_tokens"]
    limits = limits_for(model, context_window, reserve=engine.max_output_tokens)
    article_tokens = count_tokens(article.body, model)
    steps = [a.step for a in result.attempts]
    return {
        "model": model, "window": limits.context_window, "chunks": result.chunks, "requests": len(prompts),
        "collapse": steps.count("collapse"), "max_prompt": max(prompts), "limit": limits.budget(0),
        "total_prompt": sum(prompts), "ratio": sum(prompts) / article_tokens, "article_tokens": article_tokens,
        "problems": len(validate(result.content, article)), "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=40_000)
    parser.add_argument("--models", default="mock-1,mock-8k,gpt-4")
    parser.add_argument("--context-window", type=int, default=None)
    args = parser.parse_args()
    article = long_article(args.words)
    print(f"article: {article.source.word_count} words, {len(article.paragraphs)} paragraphs")
    head = (f"{'model':<9}{'window':>8}{'chunks':>7}{'reqs':>6}{'coll':>5}{'max prompt':>11}{'limit':>7}"
            f"{'fits':>5}{'prompt tot':>11}{'art tok':>8}{'ratio':>7}{'ok':>4}{'secs':>6}")
    print(head)
    worst = 0.0
    for model in args.models.split(","):
        r = run(article, model, args.context_window)
        fits = r["max_prompt"] <= r["limit"]
        print(f"{r['model']:<9}{r['window']:>8}{r['chunks']:>7}{r['requests']:>6}{r['collapse']:>5}"
              f"{r['max_prompt']:>11}{r['limit']:>7}{'yes' if fits else 'NO':>5}{r['total_prompt']:>11}"
              f"{r['article_tokens']:>8}{r['ratio']:>7.3f}{'yes' if not r['problems'] else r['problems']:>4}"
              f"{r['seconds']:>6.1f}")
        worst = max(worst, r["ratio"]) if fits else float("inf")
    print(f"worst ratio {worst:.3f} (target ≤ 1.35); every request within its model's limit: "
          f"{'yes' if worst != float('inf') else 'NO'}")


if __name__ == "__main__":
    main()
