"""Run limits from the command line: a budget stops cleanly and keeps what was done."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES
from tests.test_cli_errors import ENV, STORY, brief, mock_url, one_line  # noqa: F401  (fixture)

KEYED = {**ENV, "OPENAI_API_KEY": "x"}


def test_token_budget_stops_summarize_with_one_line(mock_url):
    r = brief("summarize", str(STORY), "--base-url", mock_url, "--model", "mock-1", "--max-tokens", "1",
              env=KEYED)
    # the first request is allowed (nothing spent yet); a re-ask or the next article would not be
    assert r.returncode == 0, r.stderr.decode()


def test_token_budget_keeps_finished_briefings_and_records_the_rest(tmp_path, mock_url):
    inbox = tmp_path / "in"
    inbox.mkdir()
    for path in sorted(EXAMPLES.glob("sample-*.txt")) + sorted(EXAMPLES.glob("independent-*.txt")):
        (inbox / path.name).write_bytes(path.read_bytes())
    r = brief("daily", "-q", "-o", str(tmp_path / "out"), str(inbox), "--base-url", mock_url,
              "--model", "mock-1", "--concurrency", "1", "--max-tokens", "1", env=KEYED)
    digest = json.loads((tmp_path / "out" / "daily.json").read_text())
    briefed = len(list((tmp_path / "out" / "briefings").glob("*.json")))
    failures = digest["failures"]
    assert briefed == 1 and len(failures) == 1, (briefed, failures, r.stderr.decode())
    assert "budget" in failures[0]["reason"]


def test_bad_price_table_is_one_line(tmp_path, mock_url):
    prices = tmp_path / "prices.json"
    prices.write_text("[1, 2]")
    r = brief("summarize", str(STORY), "--base-url", mock_url, "--prices", str(prices), env=KEYED)
    assert "price table" in one_line(r, 2)


def test_price_override_sets_the_estimated_cost(tmp_path, mock_url):
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"mock-1": {"input": 1_000_000, "output": 0}}))  # $1 per prompt token
    r = brief("summarize", str(STORY), "-f", "json", "--base-url", mock_url, "--model", "mock-1",
              "--prices", str(prices), env=KEYED)
    assert r.returncode == 0, r.stderr.decode()
    prov = json.loads(r.stdout)["provenance"]
    assert prov["estimated_cost_usd"] == prov["tokens"]["prompt"] > 0


def test_daily_overview_comes_from_the_model_unless_asked_to_stay_extractive(tmp_path, mock_url):
    inbox = tmp_path / "in"
    inbox.mkdir()
    for path in sorted(EXAMPLES.glob("sample-*")):
        (inbox / path.name).write_bytes(path.read_bytes())
    for flag, by in (((), "openai"), (("--extractive-overview",), "extractive")):
        out = tmp_path / f"out-{by}"
        r = brief("daily", "-q", "-o", str(out), str(inbox), "--base-url", mock_url, "--model", "mock-1", *flag,
                  env=KEYED)
        assert r.returncode == 0, r.stderr.decode()
        digest = json.loads((out / "daily.json").read_text())
        assert digest["overview_by"] == by, digest["warnings"]
        assert digest["overview_refs"] and set(digest["overview_refs"]) <= {i["id"] for s in digest["sections"]
                                                                             for i in s["items"]}


@pytest.mark.parametrize("mock_url", [("--faults", "timeout:1.0", "--hang", "5")], indirect=True)
def test_a_deadline_that_stops_every_article_is_exit_5_in_summarize_and_daily(tmp_path, mock_url):
    """The README's exit 5 is 'budget or deadline ran out'; daily said 4, an endpoint error."""
    limits = ("--base-url", mock_url, "--model", "mock-1", "--deadline", "0.5")
    assert "per-article deadline" in one_line(brief("summarize", "-q", str(STORY), *limits, env=KEYED), 5)
    r = brief("daily", "-q", "-o", str(tmp_path / "out"), str(STORY), *limits, env=KEYED)
    assert "no input could be briefed" in one_line(r, 5)
    failures = json.loads((tmp_path / "out" / "daily.json").read_text())["failures"]
    assert [f["stage"] for f in failures] == ["limit"] and "deadline" in failures[0]["reason"]


@pytest.mark.parametrize("mock_url", [("--faults", "ungrounded:1.0")], indirect=True)
def test_strict_is_not_answered_from_a_lenient_runs_cache_and_failing_it_is_exit_3(tmp_path, mock_url):
    """A --strict rerun took three briefings from the cache that a run without --strict had kept
    by dropping items; and a daily run failing --strict everywhere exited 4 (endpoint), not 3."""
    model = ("--base-url", mock_url, "--model", "mock-1")
    out = str(tmp_path / "out")
    lenient = brief("daily", "-q", "-o", out, str(STORY), *model, env=KEYED)
    assert lenient.returncode == 0, lenient.stderr.decode()
    assert "no input could be briefed" in one_line(brief("daily", "-q", "-o", out, str(STORY), *model, "--strict",
                                                         env=KEYED), 3)
    failures = json.loads((tmp_path / "out" / "daily-failed.json").read_text())["failures"]
    assert [f["stage"] for f in failures] == ["validate"]
