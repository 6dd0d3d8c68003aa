"""A SQLite cache of finished briefings (and digest overviews), so a rerun makes no model call.

A briefing is keyed by the cleaned body's id plus ``Engine.fingerprint()``: the same text
under the same prompt, schema and model settings always maps to the same row. Every
``put`` commits at once and the database runs in WAL mode, so a run killed at any moment
(SIGKILL included) loses at most the article that was in flight.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from .db import checkpoint, connect
from .errors import ConfigError
from .schema import Briefing

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    article_id  TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    briefing    TEXT NOT NULL,
    created_at  REAL NOT NULL,
    PRIMARY KEY (article_id, fingerprint)
);
CREATE TABLE IF NOT EXISTS overviews (
    key        TEXT PRIMARY KEY,
    overview   TEXT NOT NULL,
    created_at REAL NOT NULL
);
"""


class Cache:
    """Briefings by (article id, engine fingerprint). Use from one thread (the event loop)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.damage: str | None = None  # why the database file could not be read or written, if so
        self._db = connect(self.path, "cache")
        try:
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open the cache at {self.path}: {exc}") from exc

    def get(self, article_id: str, fingerprint: str) -> Briefing | None:
        """The cached briefing, or None. A damaged entry is a miss, not a crash: the article
        is briefed again and its row replaced, so a bad row never ships as a briefing."""
        try:
            row = self._db.execute(
                "SELECT briefing FROM briefings WHERE article_id = ? AND fingerprint = ?",
                (article_id, fingerprint),
            ).fetchone()
        except sqlite3.OperationalError:  # locked, unreadable: a real problem, said as it is
            raise
        except sqlite3.DatabaseError as exc:  # a damaged page of the database file
            self.damage = self.damage or str(exc)
            return None
        if row is None:
            return None
        try:
            briefing = Briefing.model_validate_json(row[0])
        except ValueError:
            # A row written by an incompatible version, or truncated or damaged, is a miss.
            return None
        # a row holding another article's briefing would list that article under this one's id
        return briefing if briefing.id == article_id else None

    def put(self, briefing: Briefing, fingerprint: str) -> None:
        """Store a briefing. A damaged database file loses the row (noted in ``damage``) rather
        than the run: the briefing is still written out, and a later run briefs it again."""
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO briefings (article_id, fingerprint, briefing, created_at) "
                "VALUES (?, ?, ?, ?)",
                (briefing.id, fingerprint, briefing.model_dump_json(), time.time()),
            )
        except sqlite3.OperationalError:  # locked, disk full, read-only: a real problem, said as it is
            raise
        except sqlite3.DatabaseError as exc:  # "database disk image is malformed"
            self.damage = self.damage or str(exc)

    def get_overview(self, key: str) -> str | None:
        """A digest overview the model wrote for exactly these items before (``overview.cache_key``)."""
        try:
            row = self._db.execute("SELECT overview FROM overviews WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:  # damaged, as in ``get``: a miss
            self.damage = self.damage or str(exc)
            return None
        return None if row is None else str(row[0])

    def put_overview(self, key: str, overview: str) -> None:
        try:
            self._db.execute("INSERT OR REPLACE INTO overviews (key, overview, created_at) VALUES (?, ?, ?)",
                             (key, overview, time.time()))
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:  # damaged, as in ``put``: the row is lost, not the run
            self.damage = self.damage or str(exc)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM briefings").fetchone()[0])

    def checkpoint(self) -> None:
        checkpoint(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Cache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
