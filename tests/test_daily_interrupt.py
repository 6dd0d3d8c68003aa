"""An interrupted daily run still logs how long it ran and every answer it was paid for."""

from __future__ import annotations

import asyncio

import pytest

import brief.mock.notes  # noqa: F401  (registers the map/reduce answerers)
from brief.dailyrun import adaily
from brief.engines.openai import make_mock_engine
from brief.runlog import RunLog
from tests.test_mapreduce import long_article


def test_an_interrupted_run_logs_its_time_and_the_answers_in_flight(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "long.txt").write_text("\n\n".join(p.text for p in long_article(6_000).paragraphs), encoding="utf-8")
    engine = make_mock_engine(model="mock-8k", latency=0.4)

    async def interrupted() -> None:
        task = asyncio.ensure_future(adaily([str(inbox)], tmp_path / "out", engine=engine, concurrency=1,
                                            overview=False))
        chat = lambda: engine.mock.stats()["chat"]  # noqa: E731
        while not any(c for c in chat() if c["reask"] or c["n"] > 2):  # the maps answered, the reduce sent
            await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(interrupted())
    answered = engine.mock.stats()["chat"][:2]
    with RunLog(tmp_path / "out" / ".brief" / "runs.db") as log:
        (run,) = log.recent_runs()
    assert run["status"] == "interrupted" and run["elapsed_s"] > 0.5
    assert run["prompt_tokens"] == sum(c["prompt_tokens"] for c in answered) > 0
