"""Soak: 200 articles through `brief mock-server --faults` at a 30% mixed transient rate.

Checks the claims the model layer makes under sustained faults, side by side in one run:
every article ends valid, total attempts stay under 1.8x the articles, and no re-ask
request is over twice the tokens of its article's first request.

    /tmp/venv/bin/python bench/soak.py [--articles 200] [--concurrency 16] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FAULTS = "429:0.08,500:0.05,503:0.02,timeout:0.03,drop:0.04,badjson:0.03,truncate:0.02,invalid:0.03"


def source_texts() -> list[list[str]]:
    """Paragraph lists from the shared extraction gold bodies, else synthetic ones."""
    shared = ROOT.parent / "shared" / "data"
    files = sorted((shared / "extraction").glob("*.gold.txt")) + sorted((shared / "articles").glob("*.txt"))
    texts = [[p.strip() for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 40]
             for f in files]
    texts = [t for t in texts if len(t) >= 3]
    if texts:
        return texts
    rng = random.Random(0)
    towns, verbs = ["Arlen", "Bexley", "Corvo", "Dunmore"], ["said", "claimed", "reported", "denied"]
    return [[f"Officials in {rng.choice(towns)} {rng.choice(verbs)} on Monday that {rng.randint(2, 900)} "
             f"people were affected, according to a statement issued by the council." for _ in range(8)]
            for _ in range(20)]


def articles(n: int) -> list:
    from brief.article import Article

    texts, rng, out, seen = source_texts(), random.Random(42), [], set()
    while len(out) < n:
        base = texts[len(out) % len(texts)]
        start = rng.randrange(0, max(1, len(base) - 3))
        paras = base[start: start + rng.randint(3, 14)]
        if len(out) >= len(texts):  # later rounds mix in a paragraph of another article
            paras = [*paras, rng.choice(rng.choice(texts))]
        art = Article.from_paragraphs(paras)
        if art.id not in seen:
            seen.add(art.id)
            out.append(art)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, seed: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "brief", "mock-server", "--port", str(port),
           "--faults", FAULTS, "--seed", str(seed), "--retry-after", "0.2", "--hang", "4"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    import httpx2

    for _ in range(100):
        try:
            httpx2.get(f"http://127.0.0.1:{port}/v1/models", timeout=0.5)
            return proc
        except httpx2.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("mock server did not start")


async def run(arts: list, concurrency: int) -> tuple[list, list]:
    from brief.engines.openai import OpenAIEngine

    engine = OpenAIEngine(model="mock-1", timeout=2.0, backoff_s=0.2, max_attempts=8, max_reasks=3)
    gate = asyncio.Semaphore(concurrency)

    async def one(art):
        async with gate:
            try:
                return await engine.adraft(art)
            except Exception as exc:  # reported, not raised: the soak counts failures
                return exc

    results = await asyncio.gather(*(one(a) for a in arts))
    await engine.aclose()
    return results, arts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import httpx2

    from brief.schema import BriefingContent
    from brief.validate import validate

    arts = articles(args.articles)
    port = free_port()
    server = start_server(port, args.seed)
    os.environ["OPENAI_BASE_URL"] = f"http://127.0.0.1:{port}/v1"
    os.environ["OPENAI_API_KEY"] = "x"
    try:
        t0 = time.perf_counter()
        results, _ = asyncio.run(run(arts, args.concurrency))
        elapsed = time.perf_counter() - t0
        stats = httpx2.get(f"http://127.0.0.1:{port}/_mock/stats").json()
    finally:
        server.terminate()
        server.wait(timeout=10)

    failures = [(a.id, f"{type(r).__name__}: {r}") for a, r in zip(arts, results) if isinstance(r, Exception)]
    drafts = [(a, r) for a, r in zip(arts, results) if not isinstance(r, Exception)]
    valid = sum(1 for a, d in drafts if BriefingContent.model_validate(d.content.model_dump()) and not validate(d.content, a))
    attempts = sum(len(d.attempts) for _, d in drafts)
    outcomes: dict[str, int] = defaultdict(int)
    for _, d in drafts:
        for att in d.attempts:
            outcomes[att.outcome] += 1
    first: dict[str, int] = {}
    worst = 0.0
    for req in stats["chat"]:
        if req["article"] and not req["reask"]:
            first.setdefault(req["article"], req["prompt_tokens"])
    reasks = [r for r in stats["chat"] if r["reask"]]
    for req in reasks:
        worst = max(worst, req["prompt_tokens"] / first[req["article"]])
    n = len(arts)
    injected = sum(v for k, v in stats["outcomes"].items() if k != "ok")
    print(f"faults            {FAULTS}")
    print(f"articles          {n} (concurrency {args.concurrency}, {elapsed:.1f}s)")
    print(f"server requests   {stats['requests']} chat {len(stats['chat'])}, injected faults {injected} "
          f"({injected / max(1, len(stats['chat'])):.0%} of chat requests)")
    print(f"ended valid       {valid}/{n}   failed {len(failures)}")
    print(f"attempts          {attempts}  = {attempts / n:.2f}x articles (limit 1.80x)")
    print(f"client outcomes   {dict(sorted(outcomes.items()))}")
    print(f"re-ask requests   {len(reasks)}, largest re-ask / first request = {worst:.2f}x (limit 2.00x)")
    for art, res in zip(arts, results):
        if isinstance(res, Exception):
            trail = [a.outcome for a in getattr(res, "attempts", [])]
            print(f"  failed {art.id}: {type(res).__name__}: {res} (attempts: {trail})")
    ok = valid == n and attempts / n <= 1.8 and worst <= 2.0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
