"""The briefing cache and the run log: SQLite files that survive a killed run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from brief.cache import Cache
from brief.runlog import MIGRATIONS, RunLog, migrate
from brief.schema import Attempt, Tokens

from .test_digest_helpers import breach, election


def test_cache_round_trip_is_keyed_by_article_and_fingerprint(tmp_path: Path) -> None:
    b = election()
    with Cache(tmp_path / "c.db") as cache:
        assert cache.get(b.id, "fp1") is None
        cache.put(b, "fp1")
        assert cache.get(b.id, "fp1") == b
        assert cache.get(b.id, "fp2") is None  # other model or prompt: a miss
        assert cache.get(breach().id, "fp1") is None
        cache.put(b, "fp1")  # putting twice keeps one row
        assert cache.count() == 1


def test_cache_is_durable_without_close_and_uses_wal(tmp_path: Path) -> None:
    b = breach()
    cache = Cache(tmp_path / "c.db")
    cache.put(b, "fp")  # no close: like a run killed right after this article
    with Cache(tmp_path / "c.db") as again:
        assert again.get(b.id, "fp") == b
    mode = sqlite3.connect(tmp_path / "c.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    cache.close()


def test_unreadable_row_is_a_miss_not_a_crash(tmp_path: Path) -> None:
    with Cache(tmp_path / "c.db") as cache:
        cache.put(election(), "fp")
    db = sqlite3.connect(tmp_path / "c.db")
    db.execute("UPDATE briefings SET briefing = '{\"old\": true}'")
    db.commit()
    with Cache(tmp_path / "c.db") as cache:
        assert cache.get(election().id, "fp") is None


def test_a_row_holding_another_articles_briefing_is_a_miss(tmp_path: Path) -> None:
    with Cache(tmp_path / "c.db") as cache:
        cache.put(breach(), "fp")
    db = sqlite3.connect(tmp_path / "c.db")
    db.execute("UPDATE briefings SET article_id = ?", (election().id,))  # a row whose key and body disagree
    db.commit()
    db.close()
    with Cache(tmp_path / "c.db") as cache:
        assert cache.get(election().id, "fp") is None


def test_a_damaged_database_page_is_a_miss_and_a_lost_write_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Cache(path) as cache:
        for i in range(20):  # enough rows for the table to span many pages
            cache.put(election().model_copy(update={"id": f"id{i}"}), "fp")
        cache._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = cache._db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for start in range(size, len(data), size):  # every page but the schema's
        data[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with Cache(path) as cache:
        assert cache.get("id3", "fp") is None and cache.damage
        cache.put(election(), "fp")  # lost, not raised: the run goes on
        cache.put_overview("k", "An overview.")  # the digest's overview too
        assert cache.get_overview("k") is None


def test_a_locked_cache_is_said_as_it_is_not_called_damaged(tmp_path: Path) -> None:
    """A lock is a real problem (another run holds the file): it raises, and nobody is told to
    delete a healthy cache."""
    import sqlite3

    path = tmp_path / "c.db"
    with Cache(path) as cache:
        cache.put(election(), "fp")
    other = sqlite3.connect(path, timeout=0)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with Cache.__new__(Cache) as cache:
            cache.path, cache.damage = path, None
            cache._db = sqlite3.connect(path, timeout=0)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                cache.get(election().id, "fp")
            assert cache.damage is None
    finally:
        other.rollback()
        other.close()


def test_run_log_records_runs_attempts_and_failures(tmp_path: Path) -> None:
    with RunLog(tmp_path / "runs.db") as log:
        run = log.start_run(inputs=["in/"], out_dir="out", engine="mock", model="mock-1")
        log.log_attempts(run, "abc", "in/a.txt", [
            Attempt(n=1, outcome="http_500", errors=["server error"]),
            Attempt(n=2, tokens=Tokens(prompt=100, completion=50), cost_usd=0.01, latency_ms=12.5)])
        log.log_failure(run, "in/b.txt", "empty input", "input")
        log.finish_run(run, status="done", stats={"articles": 1, "failed": 1, "prompt_tokens": 100})
        runs = log.recent_runs()
        assert [r["id"] for r in runs] == [run]
        assert runs[0]["status"] == "done" and runs[0]["articles"] == 1 and runs[0]["finished_at"]
        attempts = log.attempts(run)
        assert [a["outcome"] for a in attempts] == ["http_500", "ok"]
        assert attempts[0]["error"] == "server error" and attempts[1]["prompt_tokens"] == 100
        assert log.failures(run) == [{"name": "in/b.txt", "stage": "input", "reason": "empty input"}]


def test_migrations_upgrade_an_old_log_in_place(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    first_name, first = MIGRATIONS[0]
    first(db)  # a log written by a version that knew only the first migration
    db.execute("INSERT INTO _migrations VALUES (?, 'then')", (first_name,))
    db.execute("INSERT INTO runs (id, started_at, status) VALUES ('old-run', '2026-01-01', 'done')")
    db.commit()
    assert migrate(db) == [name for name, _ in MIGRATIONS[1:]]
    assert migrate(db) == []  # idempotent
    db.close()
    with RunLog(path) as log:
        assert log.recent_runs()[0]["id"] == "old-run"  # old data kept
        assert log.failures("old-run") == []  # the new table is there


def test_a_checkpoint_moves_the_writes_into_the_database_file(tmp_path: Path) -> None:
    """A daily run checkpoints while it waits on the overview, so closing at the end is quick;
    the rows must then be in the main file, not only in the WAL."""
    import shutil

    b = breach()
    for checkpointed in (False, True):
        folder = tmp_path / str(checkpointed)
        folder.mkdir()
        cache, log = Cache(folder / "c.db"), RunLog(folder / "r.db")
        cache.put(b, "fp")
        run = log.start_run(inputs=["x"], out_dir=None, engine="offline", model=None)
        if checkpointed:
            cache.checkpoint()
            log.checkpoint()
        for name in ("c.db", "r.db"):  # the main files alone, as if the WAL were lost
            shutil.copy(folder / name, folder / f"copy-{name}")
        assert _rows(folder / "copy-c.db", "SELECT count(*) FROM briefings") == int(checkpointed)
        assert _rows(folder / "copy-r.db", f"SELECT count(*) FROM runs WHERE id = '{run}'") == int(checkpointed)
        cache.close()
        log.close()


def _rows(path: Path, query: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute(query).fetchone()[0])
    except sqlite3.OperationalError:  # not even the table reached the main file
        return 0
    finally:
        db.close()


def test_a_checkpoint_is_best_effort(tmp_path: Path) -> None:
    """With a query still open on the connection SQLite refuses a checkpoint, and after close
    there is nothing to checkpoint: neither may fail the run that only wanted a quicker close."""
    cache = Cache(tmp_path / "c.db")
    cache.put(breach(), "fp")
    cache.put(election(), "fp")
    rows = cache._db.execute("SELECT article_id FROM briefings")
    rows.fetchone()  # a read still in progress
    cache.checkpoint()
    rows.close()
    cache.close()
    cache.checkpoint()


def test_a_run_killed_outright_shows_as_killed(tmp_path: Path) -> None:
    """SIGKILL gives a run no chance to finish its row; the log must not call it running forever."""
    import signal
    import subprocess
    import sys

    path = tmp_path / "runs.db"
    code = ("import os, signal, sys; from brief.runlog import RunLog; log = RunLog(sys.argv[1]); "
            "print(log.start_run(inputs=['in/'], out_dir='out', engine='offline', model=None), flush=True); "
            "os.kill(os.getpid(), signal.SIGKILL)")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL
    killed = proc.stdout.strip()
    with RunLog(path) as log:
        alive = log.start_run(inputs=["in/"], out_dir="out", engine="offline", model=None)  # this process
        elsewhere = log.start_run(inputs=["in/"], out_dir="out", engine="offline", model=None)
        log._db.execute("UPDATE runs SET host = 'another-machine', pid = ? WHERE id = ?", (_dead_pid(), elsewhere))
        status = {r["id"]: r["status"] for r in log.recent_runs()}
    assert status == {killed: "killed", alive: "running", elsewhere: "running"}


def test_brief_log_says_a_killed_run_resumes(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from brief.cli.daily import log_command

    out = tmp_path / "out"
    (out / ".brief").mkdir(parents=True)
    with RunLog(out / ".brief" / "runs.db") as log:
        run = log.start_run(inputs=["in/"], out_dir=str(out), engine="offline", model=None)
        log._db.execute("UPDATE runs SET pid = ? WHERE id = ?", (_dead_pid(), run))
    result = CliRunner().invoke(log_command, [str(out)])
    assert result.exit_code == 0, result.output
    assert f"{run}  killed" in result.output and "the same command again resumes it" in result.output


def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)
