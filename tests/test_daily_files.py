"""The daily run's lighter paths: unsynced briefing files, batched input reads, batch GC."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from brief.batchgc import batch_gc
from brief.dailyinputs import READ_BATCH_DOCS, take
from brief.dailyrun import daily
from brief.files import write_atomic

from .conftest import EXAMPLES
from .test_daily import inbox  # noqa: F401  (fixture)


def count_fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
    return calls


def test_write_atomic_fsyncs_only_when_durable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_fsyncs(monkeypatch)
    write_atomic(tmp_path / "a.json", "{}", durable=False)
    assert calls == [] and (tmp_path / "a.json").read_text() == "{}"
    write_atomic(tmp_path / "b.json", "{}")
    assert len(calls) == 1 and not list(tmp_path.glob(".*.tmp"))


def test_briefings_are_written_unsynced_and_the_digest_synced(inbox: Path, tmp_path: Path,  # noqa: F811
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_fsyncs(monkeypatch)
    daily([str(inbox)], tmp_path / "out", offline=True)
    assert len(list((tmp_path / "out" / "briefings").glob("*.json"))) == 3
    assert len(calls) == 3  # daily.json, daily.md, daily.html


def test_a_briefing_file_left_empty_is_rewritten_from_the_cache(inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    from brief.engines.openai import make_mock_engine

    out = tmp_path / "out"
    engine = make_mock_engine()
    daily([str(inbox)], out, engine=engine)
    lost = sorted((out / "briefings").glob("*.json"))[0]
    lost.write_text("")  # what a power cut can leave of a file that was never fsynced
    again = daily([str(inbox)], out, engine=engine)
    assert again.stats.cache_hits == 3 and engine.mock.stats()["requests"] == 4  # 3 briefings + the overview, once
    assert lost.read_text().startswith("{")


def test_inputs_are_read_a_few_at_a_time_within_a_byte_cap() -> None:
    class Doc:
        def __init__(self, size: int) -> None:
            self.data = "x" * size

    source = iter([Doc(10) for _ in range(READ_BATCH_DOCS + 3)])
    assert len(take(source)) == READ_BATCH_DOCS
    assert len(take(source)) == 3 and take(source) == []
    big = iter([Doc(600_000), Doc(600_000), Doc(1)])
    assert len(take(big)) == 2 and len(take(big)) == 1


def test_batch_gc_is_restored_afterwards() -> None:
    before = gc.get_threshold()
    with batch_gc():
        assert gc.get_threshold()[0] >= 20_000 and gc.get_freeze_count() > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_batch_gc_leaves_a_callers_frozen_heap_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with batch_gc():
            pass
        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()


def test_overlapping_runs_restore_the_gc_once_the_last_one_ends() -> None:
    before = gc.get_threshold()
    with batch_gc():
        with batch_gc():
            pass
        assert gc.get_threshold()[0] >= 20_000 and gc.get_freeze_count() > 0  # the first run goes on
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_second_cancel_never_closes_a_database_under_the_checkpoint(tmp_path, monkeypatch):
    """The checkpoint runs in a thread while the overview is written; a run cancelled twice
    (a timeout, then a second Ctrl-C) must still wait for it before closing the cache."""
    import asyncio
    import shutil
    import threading
    import time

    from brief.cache import Cache
    from brief.dailyrun import adaily
    from brief.engines.openai import make_mock_engine

    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(EXAMPLES.glob("*.txt"))[:2]:
        shutil.copy(p, folder / p.name)
    busy, seen = threading.Event(), {"closed_while_busy": False}
    checkpoint, close = Cache.checkpoint, Cache.close

    def slow_checkpoint(self):
        busy.set()
        time.sleep(0.3)
        checkpoint(self)
        busy.clear()

    def watched_close(self):
        seen["closed_while_busy"] |= busy.is_set()
        close(self)

    monkeypatch.setattr(Cache, "checkpoint", slow_checkpoint)
    monkeypatch.setattr(Cache, "close", watched_close)
    engine = make_mock_engine()
    ask = engine.aask

    async def slow_ask(*a, **k):
        if k.get("step") == "overview":
            await asyncio.sleep(5)
        return await ask(*a, **k)

    engine.aask = slow_ask

    async def main() -> None:
        run = asyncio.ensure_future(adaily([str(folder)], tmp_path / "out", engine=engine, concurrency=1))
        while not busy.is_set():
            await asyncio.sleep(0.01)
        run.cancel()
        await asyncio.sleep(0.05)
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run

    asyncio.run(main())
    assert not seen["closed_while_busy"]


def test_a_file_name_that_is_not_utf8_is_briefed_not_fatal(tmp_path):
    """Python keeps such a name's bytes as surrogates, which JSON and SQLite refuse: one odd
    name once sank the whole batch with an internal error."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(next(EXAMPLES.glob("*.txt")).read_bytes())
    odd = folder / os.fsdecode(b"caf\xe9.md")
    try:
        odd.write_bytes((EXAMPLES / "sample-election-dispute.md").read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses a file name that is not UTF-8")
    digest = daily([str(folder)], tmp_path / "out")
    assert digest.stats.articles == 2 and not digest.failures
    assert (tmp_path / "out" / "daily.json").is_file()


def test_an_input_that_repeats_another_is_listed_with_the_briefing_it_became(tmp_path):
    """Every input ends somewhere a reader can see: a briefing, a failure, or here."""
    folder = tmp_path / "in"
    folder.mkdir()
    story = next(EXAMPLES.glob("*.txt")).read_bytes()
    (folder / "a.txt").write_bytes(story)
    (folder / "b <copy>.txt").write_bytes(story)
    digest = daily([str(folder)], tmp_path / "out")
    assert digest.stats.duplicates == 1 and len(digest.duplicates) == 1
    (dup,) = digest.duplicates
    assert dup.name.endswith("b <copy>.txt") and dup.briefing_id in {b for i in digest.items for b in i.briefing_ids}
    assert f"briefings/{dup.briefing_id}.json" in (tmp_path / "out" / "daily.md").read_text(encoding="utf-8")
    page = (tmp_path / "out" / "daily.html").read_text(encoding="utf-8")
    assert "b &lt;copy&gt;.txt" in page and "<copy>" not in page
