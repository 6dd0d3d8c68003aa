"""SQLite as the cache and the run log use it: one connection, WAL, commits that survive SIGKILL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import ConfigError


def connect(path: Path, what: str) -> sqlite3.Connection:
    """Open (creating its folder) the database at ``path``; ``what`` names it in the error.

    Autocommit, WAL and ``synchronous=NORMAL``: every write is durable against a killed
    process without an fsync per row, and readers never block the writer.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=5000")
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(f"cannot open the {what} at {path}: {exc}") from exc
    return db


def checkpoint(db: sqlite3.Connection) -> None:
    """Copy the WAL into the database now (what closing would do), so that a close at the
    end of a run, while someone waits for it, has only the last few writes to copy. Best
    effort: it never fails, since closing checkpoints anyway."""
    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:  # a query still open on this connection, or already closed: close() will do it
        pass
