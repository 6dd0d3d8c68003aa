"""The batch path (prepare → submit → collect) against the mock's Batch API.

Parity with ``brief daily``, the Batch API input format, out-of-order results, per-line
errors, expired batches, follow-up batches and ``vllm run-batch`` output files.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import httpx2
import pytest

from brief.batch import ENDPOINT, MAX_CUSTOM_ID, Manifest
from brief.batch_collect import collect, submit
from brief.batch_prepare import prepare
from brief.dailyrun import daily
from brief.engines.openai import OpenAIEngine, make_mock_engine
from brief.mock.batches import configure

from .conftest import EXAMPLES, SHARED

SYNTHETIC = [
    "The council of {town} voted {n} to {m} on {day} to approve the new budget, the mayor's office said.",
    "Police in {town} said {n} people were detained after the protest, according to a statement.",
    "Local broadcaster {outlet} reported that the {town} port would reopen on {day}.",
    "\"We will not accept this,\" said {name}, a spokesperson for the workers' union.",
    "The ministry said it had received {n} complaints and would publish a review by {day}.",
    "{name} denied the allegations and declined to comment further, {outlet} reported.",
]
NAMES = ["Ilse Brandt", "Tom Reed", "Mara Olsen", "Jonas Vik", "Petra Lind", "Omar Haddad"]
TOWNS = ["Tarsk", "Kavel", "Veld", "Norrby", "Ostra", "Halden"]


def _pool() -> list[str]:
    """Varied paragraphs: the shared extraction gold texts, else the examples plus synthetic ones."""
    golds = sorted((SHARED / "data" / "extraction").glob("*.gold.txt")) if SHARED.is_dir() else []
    pool = [p.strip() for g in golds for p in g.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 12]
    if len(pool) < 60:
        rng = random.Random(7)
        for path in sorted(EXAMPLES.glob("*.txt")):
            pool += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 12]
        pool += [rng.choice(SYNTHETIC).format(town=rng.choice(TOWNS), n=rng.randint(2, 900), m=rng.randint(1, 9),
                                              day=rng.choice(["Monday", "Friday", "3 June"]), name=rng.choice(NAMES),
                                              outlet=rng.choice(["Byte Ledger", "The Coastal Post"]))
                 for _ in range(300)]
    return pool


def write_corpus(folder: Path, count: int = 100) -> Path:
    """``count`` distinct short articles (title + 3-6 paragraphs) drawn from the pool."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = _pool()
    rng = random.Random(2026)
    for i in range(count):
        paragraphs = rng.sample(pool, 3 + i % 4)
        title = " ".join(paragraphs[0].split()[:9]).rstrip(".,;:")
        (folder / f"a{i:03d}.txt").write_text(f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("small") / "in", 12)


def comparable(briefing: dict[str, Any]) -> dict[str, Any]:
    """A briefing without what legitimately differs between runs: timings, and the price (the
    Batch API bills half; the digest's totals check that)."""
    provenance = briefing["provenance"]
    provenance.pop("latency_ms")
    provenance.pop("generated_at")
    provenance.pop("estimated_cost_usd")
    for attempt in provenance["attempts"]:
        attempt.pop("latency_ms")
        attempt.pop("cost_usd")
    return briefing


def briefings_in(out: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: comparable(json.loads(p.read_text(encoding="utf-8"))) for p in (out / "briefings").glob("*.json")}


def run_batch(inputs: list[str], tmp: Path, *, follow_up: bool = False, **settings: Any) -> tuple[Any, Any, Path]:
    engine = make_mock_engine()
    configure(engine.mock, **settings)
    prepared = prepare(inputs, tmp / "requests.jsonl", engine=engine)
    batch = submit(prepared.requests, client=engine.client)
    done = collect([batch.id], tmp / "out", engine=engine, follow_up=follow_up, date="2026-11-28")
    return done, engine, prepared.requests


def test_prepare_writes_valid_batch_api_lines_with_the_synchronous_bodies(small: Path, tmp_path: Path) -> None:
    from openai.types.chat import completion_create_params
    from pydantic import TypeAdapter

    engine = make_mock_engine()
    prepared = prepare([str(small), str(EXAMPLES / "sample-records.jsonl")], tmp_path / "req.jsonl", engine=engine)
    lines = [json.loads(x) for x in prepared.requests.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == prepared.lines == prepared.articles > 12
    ids = [line["custom_id"] for line in lines]
    assert len(set(ids)) == len(ids) and all(0 < len(i) <= MAX_CUSTOM_ID for i in ids)
    assert {line["url"] for line in lines} == {ENDPOINT} and {line["method"] for line in lines} == {"POST"}
    assert all(set(line) == {"custom_id", "method", "url", "body"} for line in lines)
    params = TypeAdapter(completion_create_params.CompletionCreateParamsNonStreaming)
    for line in lines:
        params.validate_python(line["body"])
        assert line["body"]["response_format"]["json_schema"]["strict"] is True
    # The same bodies the synchronous path sends, byte for byte once parsed.
    sent: list[dict[str, Any]] = []

    def recording(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        reply = engine.mock.handle(request.content, request.url.path, request.method, dict(request.headers))
        return httpx2.Response(reply.status, headers=reply.headers, content=reply.body, request=request)

    sync = OpenAIEngine(model="mock-1", api_key="k", base_url="http://mock.invalid/v1",
                        http_client=httpx2.Client(transport=httpx2.MockTransport(recording)))
    manifest = Manifest.read(prepared.manifest)
    for (_, article), line in zip(manifest.articles[:3], lines[:3]):
        sync.draft(article)
        assert line["custom_id"] == f"{article.id}:brief"
        assert sent[-1] == line["body"]


def test_batch_path_gives_the_same_briefings_and_digest_as_daily(corpus: Path, tmp_path: Path) -> None:
    reference = daily([str(corpus)], tmp_path / "daily", engine=make_mock_engine(), date="2026-11-28",
                      overview=False)  # the batch path keeps the extractive overview (docs/scaling.md)
    done, engine, requests = run_batch([str(corpus)], tmp_path, seed=3)
    expected = briefings_in(tmp_path / "daily")
    assert len(expected) == 100 and briefings_in(tmp_path / "out") == expected
    digest = done.digest
    assert digest.sections == reference.sections and digest.top_story == reference.top_story
    assert digest.overview == reference.overview and digest.caveat_counts == reference.caveat_counts
    assert digest.failures == [] and digest.stats.articles == 100 and digest.stats.model_calls == 100
    assert (digest.stats.prompt_tokens, digest.stats.completion_tokens) == (
        reference.stats.prompt_tokens, reference.stats.completion_tokens)
    assert reference.stats.cost_usd > 0  # the same tokens, billed at the Batch API's half price
    assert abs(digest.stats.cost_usd - reference.stats.cost_usd / 2) <= 2e-6
    assert (tmp_path / "out" / "daily.html").is_file() and (tmp_path / "out" / "daily.md").is_file()
    # The mock really did answer out of order, and everything went through one batch.
    batch_files = engine.mock._batch_store.files
    output = next(f for f in batch_files.values() if f["meta"]["filename"].endswith("_output.jsonl"))
    returned = [json.loads(x)["custom_id"] for x in output["data"].decode().splitlines()]
    asked = [json.loads(x)["custom_id"] for x in requests.read_text().splitlines()]
    assert returned != asked and sorted(returned) == sorted(asked)
    assert engine.mock.stats()["paths"].get("POST /v1/chat/completions", 0) == 0


def test_per_line_errors_are_re_asked_synchronously(small: Path, tmp_path: Path) -> None:
    clean_run, _, _ = run_batch([str(small)], tmp_path / "clean")
    done, engine, _ = run_batch([str(small)], tmp_path / "errors", error_rate=0.4, seed=5)
    failed_first = [b for b in done.briefings.values() if b.provenance.attempts[0].outcome == "batch_error"]
    assert 0 < len(failed_first) < len(done.briefings) == len(clean_run.briefings)
    assert all([a.outcome for a in b.provenance.attempts] == ["batch_error", "ok"] for b in failed_first)
    assert "HTTP 500" in failed_first[0].provenance.attempts[0].errors[0]
    assert engine.mock.stats()["paths"]["POST /v1/chat/completions"] == len(failed_first)
    for ident, briefing in done.briefings.items():  # the content does not depend on the route it took
        assert briefing.key_facts == clean_run.briefings[ident].key_facts
        assert briefing.headline == clean_run.briefings[ident].headline


def test_an_expired_batch_loses_no_article(small: Path, tmp_path: Path) -> None:
    done, engine, _ = run_batch([str(small)], tmp_path, expire=True, expire_fraction=0.5)
    assert engine.mock._batch_store.batches["batch-mock000002"]["status"] == "expired"
    expired = [b for b in done.briefings.values() if b.provenance.attempts[0].outcome == "batch_expired"]
    assert len(done.briefings) == 12 and len(expired) == 6 and not done.failures
    assert "batch_expired" in expired[0].provenance.attempts[0].errors[0]


def test_follow_up_writes_the_failures_as_a_second_batch(small: Path, tmp_path: Path) -> None:
    engine = make_mock_engine()
    configure(engine.mock, error_rate=0.4, seed=5)
    prepared = prepare([str(small)], tmp_path / "requests.jsonl", engine=engine)
    first = submit(prepared.requests, client=engine.client)
    done = collect([first.id], tmp_path / "out", engine=engine, follow_up=True)
    assert done.next_requests is not None and done.digest is None
    retry = [json.loads(x) for x in done.next_requests.read_text().splitlines()]
    assert len(retry) == len(done.pending) > 0 and all(x["custom_id"].endswith("~2") for x in retry)
    configure(engine.mock, error_rate=0.0)
    second = submit(done.next_requests, client=engine.client)
    final = collect([first.id, second.id], tmp_path / "out", engine=engine, follow_up=True)
    assert len(final.briefings) == 12 and final.digest is not None and not final.pending
    assert not (tmp_path / "out" / "next-requests.jsonl").exists()
    assert engine.mock.stats()["paths"].get("POST /v1/chat/completions", 0) == 0


def test_failures_are_recorded_with_their_reason(small: Path, tmp_path: Path) -> None:
    (small.parent / "empty.txt").write_text("   \n", encoding="utf-8")
    engine = make_mock_engine()
    configure(engine.mock, expire=True, expire_fraction=0.0)  # nothing runs in the batch
    prepared = prepare([str(small), str(small.parent / "empty.txt")], tmp_path / "r.jsonl", engine=engine)
    batch = submit(prepared.requests, client=engine.client)
    engine.mock.script("refuse", "refuse")  # the first two synchronous re-asks are refused
    done = collect([batch.id], tmp_path / "out", engine=engine)
    reasons = {f.name: f.reason for f in done.digest.failures}
    assert len(done.briefings) == 10 and len(reasons) == 3
    assert any("empty input" in r for r in reasons.values())
    assert sum("refused" in r for r in reasons.values()) == 2
    saved = json.loads((tmp_path / "out" / "daily.json").read_text())
    assert len(saved["failures"]) == 3 and saved["stats"]["failed"] == 3


def test_a_vllm_run_batch_output_file_is_collected(small: Path, tmp_path: Path) -> None:
    """``vllm run-batch -i requests.jsonl -o results.jsonl`` writes the same line format."""
    engine = make_mock_engine()
    prepared = prepare([str(small)], tmp_path / "requests.jsonl", engine=engine)
    rows = []
    for n, raw in enumerate(reversed(prepared.requests.read_text().splitlines())):
        line = json.loads(raw)
        reply = engine.mock.handle(line["body"], ENDPOINT, "POST")
        rows.append({"id": f"vllm-{n}", "custom_id": line["custom_id"], "error": None,
                     "response": {"status_code": reply.status, "request_id": f"vllm-batch-{n}", "body": reply.json()}})
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in rows[1:]), encoding="utf-8")  # one line lost
    done = collect([str(prepared.requests), str(results)], tmp_path / "out", engine=make_mock_engine(),
                   manifest=prepared.manifest)
    assert len(done.briefings) == 12 and not done.failures
    lost = [b for b in done.briefings.values() if b.provenance.attempts[0].outcome == "batch_missing"]
    assert len(lost) == 1



def test_a_truncated_results_line_is_re_asked_not_fatal(small: Path, tmp_path: Path) -> None:
    """A download cut off mid-line loses no article: that request counts as unanswered."""
    engine = make_mock_engine()
    prepared = prepare([str(small)], tmp_path / "requests.jsonl", engine=engine)
    rows = []
    for n, raw in enumerate(prepared.requests.read_text().splitlines()):
        line = json.loads(raw)
        reply = engine.mock.handle(line["body"], ENDPOINT, "POST")
        rows.append(json.dumps({"id": f"r-{n}", "custom_id": line["custom_id"], "error": None,
                                "response": {"status_code": 200, "request_id": f"q-{n}", "body": reply.json()}}))
    rows[-1] = rows[-1][: len(rows[-1]) // 2]  # the last line is cut in half
    results = tmp_path / "results.jsonl"
    results.write_text("\n".join(rows), encoding="utf-8")
    done = collect([str(prepared.requests), str(results)], tmp_path / "out", engine=make_mock_engine(),
                   manifest=prepared.manifest)
    assert len(done.briefings) == 12 and not done.failures
    assert done.broken_lines == [f"{results}:{len(rows)}"]
    assert sum(b.provenance.attempts[0].outcome == "batch_missing" for b in done.briefings.values()) == 1
