"""The run log: one SQLite file recording every run, every model attempt and every failure.

Like Simon Willison's ``llm`` logs database, the schema evolves through numbered
migrations recorded in a ``_migrations`` table, so an old log file is upgraded in place
and never thrown away. ``brief log`` reads it.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .db import checkpoint, connect
from .errors import ConfigError
from .schema import Attempt

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn``; migrations run once each, in the order they are defined."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    db.execute("""
        CREATE TABLE runs (
            id TEXT PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
            status TEXT NOT NULL, inputs TEXT, out_dir TEXT, engine TEXT, model TEXT,
            articles INTEGER, ok INTEGER, failed INTEGER, cache_hits INTEGER,
            prompt_tokens INTEGER, completion_tokens INTEGER, cost_usd REAL, elapsed_s REAL
        )""")
    db.execute("""
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            article_id TEXT, name TEXT, n INTEGER, step TEXT, outcome TEXT,
            prompt_tokens INTEGER, completion_tokens INTEGER, cached_tokens INTEGER,
            cost_usd REAL, latency_ms REAL, error TEXT, created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX attempts_run ON attempts(run_id)")


@migration
def m002_failures(db: sqlite3.Connection) -> None:
    db.execute("""
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(id),
            name TEXT NOT NULL, stage TEXT, reason TEXT NOT NULL, created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX failures_run ON failures(run_id)")


@migration
def m003_run_owner(db: sqlite3.Connection) -> None:
    """Which process wrote a run, so a run killed outright (no chance to finish) is told apart
    from one still going."""
    db.execute("ALTER TABLE runs ADD COLUMN pid INTEGER")
    db.execute("ALTER TABLE runs ADD COLUMN host TEXT")


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db:
            fn(db)
            db.execute("INSERT INTO _migrations VALUES (?, ?)", (name, _now()))
        applied.append(name)
    return applied


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _gone(pid: int | None, host: str | None) -> bool:
    """Whether the process that started a run has certainly ended: it ran here and no process has
    its pid now. (A recycled pid reads as alive, the safe way round.) Runs from before the pid was
    kept, or from another host, cannot be told."""
    if pid is None or host != socket.gethostname():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, owned by someone else
        return False
    return False


class RunLog:
    """Append-only record of runs; every write commits at once so a killed run still shows."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = connect(self.path, "run log")
        self._db.row_factory = sqlite3.Row
        try:
            migrate(self._db)
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open the run log at {self.path}: {exc}") from exc

    def start_run(self, *, inputs: Iterable[str], out_dir: str | None, engine: str,
                  model: str | None) -> str:
        run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
        self._db.execute(
            "INSERT INTO runs (id, started_at, status, inputs, out_dir, engine, model, pid, host) "
            "VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)",
            (run_id, _now(), json.dumps(list(inputs)), out_dir, engine, model, os.getpid(), socket.gethostname()),
        )
        return run_id

    def log_attempts(self, run_id: str, article_id: str | None, name: str,
                     attempts: Iterable[Attempt]) -> None:
        rows = [
            (run_id, article_id, name, a.n, a.step, a.outcome, a.tokens.prompt, a.tokens.completion,
             a.tokens.cached, a.cost_usd, a.latency_ms, "; ".join(a.errors) or None, _now())
            for a in attempts
        ]
        with self._db:
            self._db.executemany(
                "INSERT INTO attempts (run_id, article_id, name, n, step, outcome, prompt_tokens, "
                "completion_tokens, cached_tokens, cost_usd, latency_ms, error, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def log_failure(self, run_id: str, name: str, reason: str, stage: str) -> None:
        self._db.execute(
            "INSERT INTO failures (run_id, name, stage, reason, created_at) VALUES (?, ?, ?, ?, ?)",
            (run_id, name, stage, reason, _now()))

    def finish_run(self, run_id: str, *, status: str, stats: dict[str, Any]) -> None:
        cols = ("articles", "ok", "failed", "cache_hits", "prompt_tokens", "completion_tokens",
                "cost_usd", "elapsed_s")
        values = [stats.get(c) for c in cols]
        sets = ", ".join(f"{c} = ?" for c in cols)
        self._db.execute(f"UPDATE runs SET status = ?, finished_at = ?, {sets} WHERE id = ?",
                         (status, _now(), *values, run_id))

    def recent_runs(self, limit: int = 10) -> list[dict[str, Any]]:
        """The newest runs first; a run still marked running whose process on this machine is
        gone (killed with SIGKILL, or the machine lost power) shows as ``killed``."""
        rows = self._db.execute("SELECT * FROM runs ORDER BY started_at DESC, rowid DESC LIMIT ?",
                                (limit,))
        runs = [dict(r) for r in rows]
        for run in runs:
            if run["status"] == "running" and _gone(run.get("pid"), run.get("host")):
                run["status"] = "killed"
        return runs

    def failures(self, run_id: str) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT name, stage, reason FROM failures WHERE run_id = ? ORDER BY id",
                                (run_id,))
        return [dict(r) for r in rows]

    def attempts(self, run_id: str) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT * FROM attempts WHERE run_id = ? ORDER BY id", (run_id,))
        return [dict(r) for r in rows]

    def checkpoint(self) -> None:
        checkpoint(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "RunLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

