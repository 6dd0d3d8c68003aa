"""--deadline bounds a whole article, every request of a long one included (map to reduce)."""

from __future__ import annotations

import asyncio
import time

import pytest

import brief.mock.notes  # noqa: F401  (registers the map/reduce answerers)
from brief import mapreduce
from brief.engines.openai import make_mock_engine
from brief.errors import BudgetExceeded
from tests.test_mapreduce import long_article


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_long_article_runs_out_of_its_deadline_as_a_whole(mode):
    article = long_article(12_000)  # more parts than the deadline has room for, however slow the machine
    make_mock_engine(model="mock-8k").draft(long_article(200))  # warm: the mock's first answer is slow
    # each answer takes half a second: no single request nears 1.2 s, the article does
    engine = make_mock_engine(model="mock-8k", latency=0.5, deadline_s=1.2)
    started = time.monotonic()
    with pytest.raises(BudgetExceeded) as err:
        if mode == "sync":
            mapreduce.draft_long(engine, article)
        else:
            asyncio.run(mapreduce.adraft_long(engine, article, concurrency=1))
    assert err.value.exit_code == 5 and "deadline" in str(err.value)
    assert time.monotonic() - started < 10  # stopped early, not after every part (a loaded machine is slow)
    assert len(err.value.attempts) == engine.mock.stats()["requests"] <= 3
