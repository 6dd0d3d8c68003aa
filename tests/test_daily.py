"""The daily run end to end: offline and through the in-process mock; cache, failures, CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from brief.dailyrun import adaily, daily
from brief.digest import Digest
from brief.runlog import RunLog

from .conftest import EXAMPLES

STORIES = {
    "vote.txt": "Recount ordered in Tarsk after disputed mayoral vote\n\n"
                "The electoral board in Tarsk ordered a full recount on Monday after the mayoral vote was "
                "disputed by the opposition Green List, officials said.\n\n"
                "Mayor Ilse Brandt, who was declared the winner by 212 votes, said she welcomed the recount.\n",
    "bridge.txt": "Storm closes Kavel bridge for the second time this month\n\n"
                  "The Kavel bridge was closed to traffic on Friday as winds reached 110 km/h, the regional "
                  "roads agency said.\n\n"
                  "Engineers will inspect the bridge's cables before it reopens, agency spokesman Tom Reed said.\n",
    "mill.txt": "Veld paper mill to cut 300 jobs as orders fall\n\n"
                "The Veld paper mill will cut 300 of its 1,100 jobs by March, its owner Norrland Pulp said "
                "on Wednesday, blaming falling orders from publishers.\n\n"
                "The workers' union said it would fight the cuts and called a meeting for Thursday.\n",
}


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def read_digest(out: Path) -> Digest:
    return Digest.model_validate_json((out / "daily.json").read_text(encoding="utf-8"))


def test_offline_run_writes_every_output(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    digest = daily([str(inbox)], out, offline=True, date="2026-11-28", pages=True)
    assert (out / "daily.md").read_text().startswith("# Daily briefing — 2026-11-28")
    assert (out / "daily.html").read_text().startswith("<!doctype html>")
    on_disk = read_digest(out)
    assert on_disk.items == digest.items and on_disk.date == "2026-11-28"
    ids = sorted(b for item in digest.items for b in item.briefing_ids)
    assert len(ids) == 3 == digest.stats.articles
    assert sorted(p.stem for p in (out / "briefings").glob("*.json")) == ids
    assert sorted(p.stem for p in (out / "briefings").glob("*.html")) == ids
    assert not list(out.rglob("*.tmp"))
    assert digest.stats.cache_hits == 0 and digest.stats.model_calls == 0  # offline: no model was called
    assert f'href="briefings/{ids[0]}.html"' in (out / "daily.html").read_text()


def test_key_fact_links_land_on_the_cited_paragraph(tmp_path: Path) -> None:
    """A digest key fact's [pN] opens its briefing's page at that paragraph of the article,
    on a fresh run and on a rerun served from the cache alike."""
    import re

    from .conftest import EXAMPLES

    out = tmp_path / "out"
    for _ in range(2):
        daily([str(EXAMPLES)], out, offline=True, pages=True)
        links = re.findall(r'href="briefings/(\w+)\.html#(p\d+)"', (out / "daily.html").read_text())
        assert links
        for bid, pid in links:
            assert f'<p class="para" id="{pid}">' in (out / "briefings" / f"{bid}.html").read_text()


def test_pages_are_optional(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    daily([str(inbox)], out, offline=True)
    assert len(list((out / "briefings").glob("*.json"))) == 3 and not list((out / "briefings").glob("*.html"))
    assert "briefings/" in (out / "daily.html").read_text() and ".html\"" not in (out / "daily.html").read_text()
    daily([str(inbox)], out, offline=True, pages=True)  # a later run adds the missing pages from the cache
    assert len(list((out / "briefings").glob("*.html"))) == 3


def test_rerun_comes_from_the_cache_with_no_model_call(inbox: Path, tmp_path: Path) -> None:
    from brief.engines.openai import make_mock_engine

    out = tmp_path / "out"
    engine = make_mock_engine()
    first = daily([str(inbox)], out, engine=engine)
    assert engine.mock.stats()["requests"] == 4 and first.stats.prompt_tokens > 0  # 3 briefings, 1 overview
    again = daily([str(inbox)], out, engine=engine)
    assert engine.mock.stats()["requests"] == 4  # not one more: the overview is cached too
    assert again.stats.cache_hits == 3 and again.stats.model_calls == 0 and again.stats.cost_usd == 0
    assert [i.id for i in again.items] == [i.id for i in first.items]
    assert again.overview == first.overview and again.overview_by == "mock"
    # another model is another cache key
    other = make_mock_engine(model="mock-2")
    daily([str(inbox)], out, engine=other)
    assert other.mock.stats()["requests"] == 4


def test_failures_are_listed_and_the_digest_is_still_written(inbox: Path, tmp_path: Path) -> None:
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    (inbox / "records.jsonl").write_text(
        json.dumps({"id": "ok-1", "title": "Harbour reopens", "text": STORIES["bridge.txt"].replace(
            "Kavel", "Ostrin")}) + "\n" + '{"id": "bad", "note": "no text"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "out"
    digest = daily([str(inbox), str(tmp_path / "missing.txt"), "http://127.0.0.1:9/article"], out, offline=True)
    reasons = {f.name: (f.stage, f.reason) for f in digest.failures}
    assert reasons[str(inbox / "empty.txt")][0] == "input"
    assert reasons[str(tmp_path / "missing.txt")] == ("input", "no such file")
    assert reasons["http://127.0.0.1:9/article"][0] == "input"
    assert any(name.endswith(":2") for name in reasons) and any(name.endswith(":3") for name in reasons)
    assert digest.stats.articles == 4 and digest.stats.failed == len(digest.failures) == 5
    assert read_digest(out).failures == digest.failures
    assert "no such file" in (out / "daily.md").read_text() and "no such file" in (out / "daily.html").read_text()


def test_a_model_that_fails_costs_one_failure_each_and_a_rerun_recovers(inbox: Path, tmp_path: Path) -> None:
    from brief.engines.openai import make_mock_engine

    out = tmp_path / "out"
    broken = make_mock_engine(faults="refuse:1.0", backoff_s=0.0)
    digest = daily([str(inbox)], out, engine=broken)
    assert digest.stats.articles == 0 and {f.stage for f in digest.failures} == {"brief"}
    assert len(digest.failures) == 3 and (out / "daily.html").exists()
    with RunLog(out / ".brief" / "runs.db") as log:
        run = log.recent_runs(1)[0]
        assert run["status"] == "done" and run["failed"] == 3
        assert all(a["outcome"] != "ok" for a in log.attempts(run["id"]))
        assert len(log.failures(run["id"])) == 3
    healthy = make_mock_engine()
    digest = daily([str(inbox)], out, engine=healthy)  # failures were never cached
    assert digest.stats.articles == 3 and digest.failures == []
    assert healthy.mock.stats()["requests"] == 4 and digest.overview_by == "mock"  # three briefings, one overview


def test_the_same_article_twice_is_briefed_once(inbox: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(STORIES["mill.txt"], encoding="utf-8")
    digest = daily([str(inbox), str(copy)], tmp_path / "out", offline=True)
    assert digest.stats.articles == 3 and digest.stats.duplicates == 1 and digest.stats.model_calls == 0


def test_stdin_lists_paths(inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = "\n".join(str(p) for p in sorted(inbox.iterdir())[:2]) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(listed))
    digest = daily(["-"], tmp_path / "out", offline=True)
    assert digest.stats.articles == 2 and digest.stats.inputs == 2


async def test_async_api_without_an_output_folder_writes_nothing(inbox: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    events: list[str] = []
    digest = await adaily([str(inbox)], offline=True, concurrency=2, progress=lambda e, n: events.append(e))
    assert digest.stats.articles == 3
    assert events.count("found") == 3 and events.count("done") == 3 and "inputs_done" in events
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_cli_daily_and_log(tmp_path: Path) -> None:
    from brief.cli import cli

    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(cli, ["daily", str(EXAMPLES), "-o", str(out), "--offline", "--date", "2026-11-28",
                                 "-j", "3"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "done" in result.output and "daily.html" in result.output  # plain progress off a TTY
    assert "offline engine" in result.output and "model calls" not in result.output  # none was called
    assert "· 0 model calls ·" in (out / "daily.md").read_text() and read_digest(out).stats.model_calls == 0
    digest = read_digest(out)
    assert digest.date == "2026-11-28" and digest.stats.articles >= 5
    result = runner.invoke(cli, ["daily", str(EXAMPLES), "-o", str(out), "--offline", "-q"])
    assert result.exit_code == 0 and result.output == ""
    result = runner.invoke(cli, ["log", str(out)])
    assert result.exit_code == 0
    assert result.output.count("done") == 2 and f"{digest.stats.articles} from cache" in result.output
    as_json = json.loads(runner.invoke(cli, ["log", str(out), "--json", "-n", "1"]).output)
    assert len(as_json) == 1 and as_json[0]["cache_hits"] == digest.stats.articles


def test_cli_rejects_a_bad_date(tmp_path: Path) -> None:
    from brief.cli import cli

    result = CliRunner().invoke(cli, ["daily", str(EXAMPLES), "-o", str(tmp_path), "--date", "28/11/2026"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_rate_limits_apply_to_model_calls_only(inbox: Path, tmp_path: Path) -> None:
    from brief.ratelimit import RateLimiter

    from .test_daily_ratelimit import FakeClock

    clock = FakeClock()
    limiter = RateLimiter(rpm=2, clock=clock, sleep=clock.sleep)
    daily([str(inbox)], tmp_path / "out", offline=True, limiter=limiter, concurrency=3)
    assert sum(clock.slept) == pytest.approx(30.0)  # the third request of a 2-a-minute budget
    clock.slept.clear()
    daily([str(inbox)], tmp_path / "out", offline=True, limiter=limiter)  # all cached
    assert clock.slept == []


def test_brief_daily_is_the_function_even_after_its_module_was_imported(inbox: Path) -> None:
    import brief
    import brief.dailyrun  # noqa: F401  (importing the module must not shadow the function)

    digest = brief.daily([str(inbox)], offline=True)
    assert isinstance(digest, Digest) and digest.stats.articles == 3


def test_urls_are_fetched_and_http_errors_become_failures(tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    body = "".join(f"<p>{text}</p>" for text in STORIES["vote.txt"].split("\n\n")[1:])
    page = (f"<html><head><title>Recount in Tarsk</title></head><body><article>"
            f"<h1>Recount ordered in Tarsk</h1>{body}</article></body></html>")
    (site / "vote.html").write_text(page, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        digest = daily([f"{base}/vote.html", f"{base}/gone.html"], tmp_path / "out", offline=True)
    finally:
        server.shutdown()
        server.server_close()
    assert digest.stats.articles == 1 and digest.items[0].sources[0].url == f"{base}/vote.html"
    assert [(f.name, f.stage, f.reason) for f in digest.failures] == [
        (f"{base}/gone.html", "input", "HTTP 404 fetching the page")]


def test_cli_exit_code_when_nothing_could_be_briefed(tmp_path: Path) -> None:
    from brief.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["daily", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), "-q", "--offline"])
    assert exit_info.value.code == 2
    assert read_digest(tmp_path / "out").failures[0].reason == "no such file"  # still written
    with pytest.raises(SystemExit) as exit_info:
        main(["log", str(tmp_path / "nowhere")])
    assert exit_info.value.code == 2


def test_cli_daily_counts_model_calls_when_a_model_answers(tmp_path: Path) -> None:
    from brief.cli import cli
    from brief.mock import serve

    with serve() as server:
        result = CliRunner().invoke(cli, ["daily", str(EXAMPLES), "-o", str(tmp_path), "--model", "mock-1"],
                                    env={"OPENAI_API_KEY": "x", "OPENAI_BASE_URL": server.url},
                                    catch_exceptions=False)
    assert result.exit_code == 0, result.output
    calls = read_digest(tmp_path).stats.model_calls
    assert calls >= 6 and f"{calls} model calls, $" in result.output and "offline engine" not in result.output


def test_progress_callbacks_of_two_or_three_arguments_both_work(inbox: Path, tmp_path: Path) -> None:
    two, three = [], []
    missing = str(tmp_path / "missing.txt")
    daily([str(inbox), missing], tmp_path / "a", offline=True, progress=lambda e, n: two.append((e, n)))
    daily([str(inbox), missing], tmp_path / "b", offline=True,
          progress=lambda e, n, reason="": three.append((e, n, reason)))
    assert ("failed", missing) in two
    assert any(e == "failed" and n == missing and "no such file" in r for e, n, r in three)
