"""When the model endpoint is down, --fallback-offline still gives a briefing, labelled as such."""

from __future__ import annotations

import asyncio
import json

import pytest

import brief
from brief.engines.openai import make_mock_engine
from tests.conftest import EXAMPLES, SEED
from tests.test_cli_errors import ENV, STORY, brief as run_brief, one_line

DOWN = "http://127.0.0.1:9/v1"  # the discard port: nothing listens there


@pytest.fixture
def down_engine():
    engine = make_mock_engine(faults="drop:1", max_attempts=2, backoff_s=0.0)
    yield engine
    engine.close()


def test_endpoint_down_falls_back_to_offline_with_a_warning(down_engine):
    article = brief.load_article(SEED)
    b = brief.summarize_article(article, down_engine, fallback=True)
    assert b.provenance.engine == "offline" and b.key_actors
    assert any("offline engine" in w and "mock" in w for w in b.warnings)
    failed = [a for a in b.provenance.attempts if a.outcome != "ok"]
    assert len(failed) == 2  # the model's attempts are kept in provenance


def test_without_fallback_the_endpoint_error_is_raised(down_engine):
    with pytest.raises(brief.ModelError):
        brief.summarize_article(brief.load_article(SEED), down_engine)


def test_refusal_is_not_papered_over_by_the_fallback():
    engine = make_mock_engine(faults="refuse:1")
    with pytest.raises(brief.RefusalError):
        brief.summarize_article(brief.load_article(SEED), engine, fallback=True)


def test_cli_fallback_says_so_on_stderr_and_exits_0():
    env = {**ENV, "OPENAI_API_KEY": "x"}
    r = run_brief("summarize", str(STORY), "--base-url", DOWN, "--fallback-offline", "-f", "json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert "offline engine" in r.stderr.decode()
    assert json.loads(r.stdout)["provenance"]["engine"] == "offline"


def test_daily_fallback_briefs_everything_but_caches_nothing(tmp_path):
    env = {**ENV, "OPENAI_API_KEY": "x"}
    out = tmp_path / "out"
    r = run_brief("daily", "-q", "-o", str(out), str(EXAMPLES / "sample-harbor-strike.txt"), "--base-url", DOWN,
                  "--fallback-offline", env=env)
    assert r.returncode == 0, r.stderr.decode()
    digest = json.loads((out / "daily.json").read_text())
    assert digest["stats"]["articles"] == 1 and not digest["failures"]
    assert digest["stats"]["cache_hits"] == 0
    again = run_brief("daily", "-q", "-o", str(out), str(EXAMPLES / "sample-harbor-strike.txt"), "--base-url",
                      DOWN, "--fallback-offline", env=env)
    assert json.loads((out / "daily.json").read_text())["stats"]["cache_hits"] == 0, again.stderr.decode()
