"""Kill `brief daily` with SIGKILL at a random moment, run it again: every article exactly once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brief.digest import Digest
from brief.runlog import RunLog

ROOT = Path(__file__).resolve().parents[1]
N = 40


def write_inbox(folder: Path) -> set[str]:
    """N distinct articles; returns the ids their cleaned bodies will get."""
    from brief.clean import clean
    from brief.inputs import read_path

    folder.mkdir()
    rnd = random.Random(7)
    for i in range(N):
        town = "".join(rnd.choice(["ka", "lo", "mer", "vin", "tas", "rel", "dor", "sun"]) for _ in range(3))
        (folder / f"story{i:02d}.txt").write_text(
            f"{town.title()} council approves plan number {i}\n\n"
            f"The council of {town.title()} approved plan number {i} on Monday by {i + 3} votes, "
            f"the town clerk said.\n\nResidents of {town.title()} will be asked to comment before "
            f"work starts in {i + 2} weeks, the clerk said.\n", encoding="utf-8")
    return {clean(read_path(p)).id for p in folder.iterdir()}


def cached_ids(out: Path) -> set[str]:
    db = out / ".brief" / "cache.db"
    if not db.exists():
        return set()
    try:
        with sqlite3.connect(db) as conn:
            return {row[0] for row in conn.execute("SELECT article_id FROM briefings")}
    except sqlite3.OperationalError:  # created but its table not yet
        return set()


def test_sigkill_then_rerun_finishes_without_loss_or_duplicates(tmp_path: Path) -> None:
    from brief.mock import serve

    expected = write_inbox(tmp_path / "in")
    assert len(expected) == N
    out = tmp_path / "out"
    seed = int(time.time())
    rnd = random.Random(seed)
    with serve(latency=0.2) as server:
        env = {**os.environ, "OPENAI_API_KEY": "x", "OPENAI_BASE_URL": server.url, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "brief", "daily", str(tmp_path / "in"), "-o", str(out), "-q",
               "--model", "mock-1", "-j", "2"]
        kills = 0
        # First kill: any moment of start-up; second: a moment after briefings began to land.
        for wait_for_progress, delay in ((False, rnd.uniform(0.2, 3.0)), (True, rnd.uniform(0.0, 2.0))):
            seen = len(cached_ids(out))
            proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while wait_for_progress and proc.poll() is None and len(cached_ids(out)) <= seen:
                assert time.monotonic() < deadline, "no progress"
                time.sleep(0.05)
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait()
        done_before = cached_ids(out)
        assert kills >= 1 and len(done_before) < N, f"seed {seed}: the run was never interrupted"
        final = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert final.returncode == 0, final.stderr
    # the final run asked the model about exactly the unfinished articles (the run log says which)
    with RunLog(out / ".brief" / "runs.db") as log:
        last = log.recent_runs(1)[0]
        attempts = log.attempts(last["id"])
    asked = {a["article_id"] for a in attempts if a["name"] != "daily overview"}
    assert asked == expected - done_before, f"seed {seed}, kills {kills}"
    assert all(a["article_id"] is None for a in attempts if a["name"] == "daily overview")
    digest = Digest.model_validate_json((out / "daily.json").read_text(encoding="utf-8"))
    listed = [b for item in digest.items for b in item.briefing_ids]
    assert sorted(listed) == sorted(expected), f"seed {seed}"  # every article, each exactly once
    assert digest.stats.cache_hits == len(done_before) and digest.failures == []
    assert {p.stem for p in (out / "briefings").glob("*.json")} == expected
    assert not list(out.rglob("*.tmp"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_killed_run_shows_as_killed_in_the_log(tmp_path: Path) -> None:
    from brief.mock import serve

    write_inbox(tmp_path / "in")
    out = tmp_path / "out"
    with serve(latency=0.5) as server:
        env = {**os.environ, "OPENAI_API_KEY": "x", "OPENAI_BASE_URL": server.url, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen([sys.executable, "-m", "brief", "daily", str(tmp_path / "in"), "-o", str(out),
                                 "-q", "--model", "mock-1", "-j", "2"], cwd=ROOT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out / ".brief" / "runs.db").exists():
            time.sleep(0.1)
        time.sleep(0.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with RunLog(out / ".brief" / "runs.db") as log:
        runs = log.recent_runs()
    assert len(runs) == 1 and runs[0]["status"] == "killed" and runs[0]["finished_at"] is None
