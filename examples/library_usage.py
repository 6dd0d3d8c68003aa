"""Using brief as a library: one article, sync and async, offline and through the mock model.

Run from the repository root:  python examples/library_usage.py
No network and no API key are needed.
"""

import asyncio
from pathlib import Path

import brief

HERE = Path(__file__).parent
SEED = HERE / "independent-putin-iran.txt"

# 1. Offline: no key configured, so brief uses its extractive engine.
briefing = brief.summarize(SEED, offline=True)
print(briefing.to_markdown())
print("actors:", ", ".join(a.name for a in briefing.key_actors))

# 2. Every item points back to the cleaned paragraphs it rests on.
article = brief.load_article(SEED)
for fact in briefing.key_facts[:2]:
    print(fact.evidence, "->", article.paragraph(fact.evidence[0]).text[:80], "…")

# 3. The same through the real openai SDK, against brief's in-process mock model.
from brief.engines.openai import make_mock_engine  # noqa: E402

with make_mock_engine() as engine:
    mocked = brief.summarize_article(article, engine)
print("mock engine:", mocked.provenance.engine, "attempts:", len(mocked.provenance.attempts))


# 4. Async, for newsroom services.
async def main() -> None:
    b = await brief.asummarize(SEED, offline=True)
    print("async:", b.headline)
    async with make_mock_engine() as engine:  # one engine, many articles at once
        many = await asyncio.gather(*(brief.asummarize_article(article, engine) for _ in range(3)))
    print("async, three at once:", len(many), "briefings")


asyncio.run(main())
