"""``brief batch`` over a loopback mock, the mock's batch lifecycle, and staged long articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import brief.mock.notes  # noqa: F401  (registers the map/collapse/reduce answerers)
from brief.batch_collect import collect, status, submit
from brief.batch_prepare import prepare
from brief.cli.batch import command
from brief.engines.openai import make_mock_engine
from brief.errors import ConfigError, InputError
from brief.mock import serve
from brief.mock.batches import configure, settings_from
from brief.pipeline import load_article, summarize_article

from .conftest import EXAMPLES, SEED
from .test_batch import comparable, write_corpus


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("cli") / "in", 6)


def test_cli_prepare_submit_status_collect(inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    with serve() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "x")
        requests = tmp_path / "requests.jsonl"
        prepared = runner.invoke(command, ["prepare", str(inbox), "-o", str(requests), "-m", "mock-1"])
        assert prepared.exit_code == 0, prepared.output
        assert len(requests.read_text().splitlines()) == 6
        assert (tmp_path / "requests.manifest.jsonl").is_file()
        submitted = runner.invoke(command, ["submit", str(requests)])
        assert submitted.exit_code == 0, submitted.output
        batch_id = submitted.stdout.strip()
        shown = runner.invoke(command, ["status", batch_id])
        assert shown.stdout.startswith(f"{batch_id}  completed") and "6 ok" in shown.stdout
        collected = runner.invoke(command, ["collect", batch_id, "-o", str(tmp_path / "out"), "--date", "2026-11-28",
                                            "--pages"])
        assert collected.exit_code == 0, collected.output
        assert "6 briefings, 0 failures" in collected.stderr
        digest = json.loads((tmp_path / "out" / "daily.json").read_text())
        assert digest["date"] == "2026-11-28" and digest["stats"]["articles"] == 6
        assert len(list((tmp_path / "out" / "briefings").glob("*.json"))) == 6
        assert len(list((tmp_path / "out" / "briefings").glob("*.html"))) == 6 and digest["pages"] is True


def test_an_unfinished_batch_is_not_collected_until_it_is_done(inbox: Path, tmp_path: Path) -> None:
    engine = make_mock_engine()
    configure(engine.mock, delay_s=0.3)
    prepared = prepare([str(inbox)], tmp_path / "requests.jsonl", engine=engine)
    batch = submit(prepared.requests, client=engine.client)
    assert status(batch.id, client=engine.client).status == "in_progress"
    with pytest.raises(InputError, match="still in_progress"):
        collect([batch.id], tmp_path / "out", engine=engine)
    done = collect([batch.id], tmp_path / "out", engine=engine, wait_s=30, poll_s=0.05)
    assert len(done.briefings) == 6 and status(batch.id, client=engine.client).status == "completed"


def test_a_cancelled_batch_is_finished_synchronously(inbox: Path, tmp_path: Path) -> None:
    engine = make_mock_engine()
    configure(engine.mock, delay_s=3600)
    prepared = prepare([str(inbox)], tmp_path / "requests.jsonl", engine=engine)
    batch = submit(prepared.requests, client=engine.client)
    assert engine.client.batches.cancel(batch.id).status == "cancelled"
    done = collect([batch.id], tmp_path / "out", engine=engine)
    assert len(done.briefings) == 6
    assert {b.provenance.attempts[0].outcome for b in done.briefings.values()} == {"batch_missing"}


def test_a_long_article_goes_through_staged_batches_like_the_sync_path(tmp_path: Path) -> None:
    engine = make_mock_engine(model="mock-8k")
    prepared = prepare([str(SEED), str(EXAMPLES / "sample-harbor-strike.txt")], tmp_path / "requests.jsonl",
                       engine=engine, context_window=2048)
    first = [json.loads(x)["custom_id"] for x in prepared.requests.read_text().splitlines()]
    assert any(":1:map:" in c for c in first) and any(c.endswith(":brief") for c in first)
    sources = [submit(prepared.requests, client=engine.client).id]
    stages = 1
    while (done := collect(sources, tmp_path / "out", engine=engine)).next_requests is not None:
        assert done.digest is None and done.pending == [str(SEED)]
        sources.append(submit(done.next_requests, client=engine.client).id)
        stages += 1
    assert stages >= 2 and done.digest is not None and len(done.briefings) == 2
    assert done.digest.stats.cache_hits == 1  # the short article, finished at stage 1, is not redone
    article = load_article(SEED)
    sync = summarize_article(article, make_mock_engine(model="mock-8k"), context_window=2048)
    got = done.briefings[article.id]
    assert got.provenance.chunks == sync.provenance.chunks > 1
    assert comparable(json.loads(got.to_json())) == comparable(json.loads(sync.to_json()))
    assert engine.mock.stats()["paths"].get("POST /v1/chat/completions", 0) == 0


def test_mock_batch_settings_parse_and_files_round_trip(inbox: Path, tmp_path: Path) -> None:
    assert settings_from("delay_s=2,error_rate=0.1,expire,seed=3").expire is True
    assert settings_from("shuffle=0").shuffle is False
    with pytest.raises(ConfigError, match="unknown mock batch setting"):
        settings_from("colour=blue")
    engine = make_mock_engine()
    prepared = prepare([str(inbox)], tmp_path / "requests.jsonl", engine=engine)
    uploaded = engine.client.files.create(file=("r.jsonl", prepared.requests.read_bytes()), purpose="batch")
    assert engine.client.files.content(uploaded.id).text == prepared.requests.read_text()
    assert engine.client.files.retrieve(uploaded.id).bytes == len(prepared.requests.read_bytes())


def test_collect_refuses_another_model_unless_told_to_adopt_it(inbox: Path, tmp_path: Path) -> None:
    engine = make_mock_engine()
    prepared = prepare([str(inbox)], tmp_path / "requests.jsonl", engine=engine)
    batch = submit(prepared.requests, client=engine.client)
    other = make_mock_engine(model="mock-8k", mock=engine.mock)
    with pytest.raises(ConfigError, match="prepared for model 'mock-1'"):
        collect([batch.id], tmp_path / "out", engine=other)
    assert len(collect([batch.id], tmp_path / "out", engine=other, adopt_model=True).briefings) == 6


def test_a_failed_map_line_is_re_asked_once_across_stages_and_counted_once(tmp_path: Path) -> None:
    """Each stage replays the whole article: a map line that failed in the batch was re-asked (and
    paid for) again at every stage, and the first payment was recorded nowhere."""
    engine = make_mock_engine(model="mock-8k")
    configure(engine.mock, error_rate=0.4, seed=3)
    prepared = prepare([str(SEED)], tmp_path / "requests.jsonl", engine=engine, context_window=2048)
    sources = [submit(prepared.requests, client=engine.client).id]
    stages = 1
    while (done := collect(sources, tmp_path / "out", engine=engine)).next_requests is not None:
        sources.append(submit(done.next_requests, client=engine.client).id)
        stages += 1
    sent = engine.mock.stats()["paths"].get("POST /v1/chat/completions", 0)
    assert stages >= 2
    (briefing,) = done.briefings.values()
    # a re-ask is timed; a line replayed from a batch file is not (latency 0)
    reasked = [a for a in briefing.provenance.attempts if a.latency_ms > 0]
    assert sent == len(reasked) > 0
    assert done.digest.stats.model_calls == len(briefing.provenance.attempts)
