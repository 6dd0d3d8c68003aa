"""The mock answering in worker processes: same answers, other processes, nothing left behind."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brief.article import Article
from brief.mock import MockModel, register_answerer
from brief.prompts import Prompts

ARTICLE = Article.from_paragraphs([
    "Kremlin spokesman Dmitry Peskov said on Friday that the talks had failed, according to Tass.",
    "The ministry has denied the report, and at least 12 people were hurt, officials said.",
])


def request(schema: str = "briefing") -> dict:
    return {"model": "mock-1", "messages": Prompts().messages(ARTICLE),
            "response_format": {"type": "json_schema", "json_schema": {"name": schema, "schema": {}}}}


def answer_with_pid(request: dict) -> dict:
    """Module-level, so a worker process can unpickle it."""
    return {"pid": os.getpid()}


def content(reply) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(reply.json()["choices"][0]["message"]["content"])


def test_workers_answer_in_other_processes_with_the_same_briefing() -> None:
    register_answerer("mock_test_pid", answer_with_pid)
    pooled = MockModel(workers=2)
    try:
        pids = {content(pooled.handle(request("mock_test_pid")))["pid"] for _ in range(6)}
        briefing = content(pooled.handle(request()))
    finally:
        pooled.close()
    assert os.getpid() not in pids and pids
    assert briefing == content(MockModel().handle(request()))
    assert any(a["name"] == "Dmitry Peskov" for a in briefing["key_actors"])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if stat[1] == str(pid):
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_killed_server_leaves_no_worker_behind() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "brief", "mock-server", "--port", "0", "--workers", "2"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline() if proc.stderr else ""
        assert re.search(r"http://\S+/v1", line), line
        workers = _children(proc.pid)
        assert len(workers) >= 2  # the workers (and multiprocessing's resource tracker)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while (alive := [w for w in workers if _running(w)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert alive == []


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):  # gone while we looked
        return False


class Unrebuildable(Exception):
    def __init__(self, a: int, b: int) -> None:  # pickles, but cannot be rebuilt from its args
        super().__init__(f"{a}/{b}")


def answer_badly(request: dict) -> dict:
    raise Unrebuildable(1, 2)


def answer_by_dying(request: dict) -> dict:
    os._exit(3)


def test_a_failing_answerer_or_a_dead_worker_is_a_500_and_the_pool_recovers() -> None:
    register_answerer("mock_test_bad", answer_badly)
    register_answerer("mock_test_die", answer_by_dying)
    pooled = MockModel(workers=1)
    try:
        assert pooled.handle(request("mock_test_bad")).status == 500
        died = pooled.handle(request("mock_test_die"))
        assert died.status == 500 and "the mock failed to answer" in died.json()["error"]["message"]
        assert pooled.handle(request()).status == 200  # a fresh worker answers the next request
    finally:
        pooled.close()
