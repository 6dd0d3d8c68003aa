"""Hostile input at every command: one line on stderr, a documented exit code, no article lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ENV = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
STORY = EXAMPLES / "sample-harbor-strike.txt"


def brief(*args: str, stdin: bytes | None = None, closed_stdin: bool = False,
          env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "brief", *args], input=stdin, capture_output=not closed_stdin,
                          stdout=subprocess.PIPE if closed_stdin else None,
                          stderr=subprocess.PIPE if closed_stdin else None,
                          preexec_fn=(lambda: os.close(0)) if closed_stdin else None,
                          env=env or ENV, timeout=60)


def one_line(r: subprocess.CompletedProcess, code: int) -> str:
    err = r.stderr.decode()
    assert r.returncode == code, (r.returncode, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("brief: "), err
    return err


@pytest.mark.parametrize("args", [
    ("summarize", "-q", "-"),
    ("daily", "-q", "-o", "{tmp}/out", "-"),
    ("batch", "prepare", "-o", "{tmp}/r.jsonl", "-"),
])
def test_closed_stdin_is_bad_input_not_a_crash(tmp_path, args):
    err = one_line(brief(*(a.format(tmp=tmp_path) for a in args), closed_stdin=True), 2)
    assert "stdin" in err and "closed" in err


@pytest.mark.parametrize("args", [
    ("daily", "-q", "-o", "{tmp}/out", "-"),
    ("batch", "prepare", "-o", "{tmp}/r.jsonl", "-"),
])
def test_empty_stdin_list_is_an_error_not_an_empty_success(tmp_path, args):
    r = brief(*(a.format(tmp=tmp_path) for a in args), stdin=b"")
    assert r.returncode == 2 and "no inputs" in r.stderr.decode(), r.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_refused_at_the_size_limit():
    assert "limit" in one_line(brief("summarize", "-q", "/dev/zero"), 2)


def test_pretty_json_object_is_one_article_in_batch_modes(tmp_path):
    doc = tmp_path / "story.json"
    doc.write_text(json.dumps({"title": "Strike", "text": STORY.read_text()}, indent=2))
    r = brief("clean", str(doc))
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().startswith("# Strike") and r.stderr == b""


def test_every_bad_record_is_reported_once_without_repeating_its_name(tmp_path):
    recs = tmp_path / "recs.jsonl"
    good = json.dumps({"id": "ok", "text": STORY.read_text()})
    recs.write_text("\n".join([good, json.dumps([1, 2]), json.dumps({"text": 5}), '{"text": "cut sh']))
    empty = tmp_path / "none.json"
    empty.write_text("[]")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01" * 500)
    r = brief("clean", str(recs), str(empty), str(binary))
    assert r.returncode == 2
    lines = r.stderr.decode().strip().splitlines()
    assert len(lines) == 5, lines  # 3 bad records, the empty array, the binary file
    assert f"brief: {empty}: holds no records" in lines
    assert all(line.count(str(tmp_path)) == 1 for line in lines), lines
    assert r.stdout.decode().count("[p1]") == 1


@pytest.mark.parametrize("args", [
    ("daily", "-q", "-o", "{tmp}/out", str(STORY), "--context-window", "10"),
    ("batch", "prepare", "-o", "{tmp}/r.jsonl", str(STORY), "--context-window", "10"),
])
def test_tiny_context_window_fails_before_any_work(tmp_path, args):
    err = one_line(brief(*(a.format(tmp=tmp_path) for a in args)), 2)
    assert "--context-window 10 is too small" in err
    assert not (tmp_path / "out").exists() and not (tmp_path / "r.jsonl").exists()


def test_batch_prepare_with_no_usable_input_exits_2_and_keeps_the_reason(tmp_path):
    r = brief("batch", "prepare", "-o", str(tmp_path / "r.jsonl"), str(tmp_path / "missing.txt"))
    assert r.returncode == 2 and "no input could be prepared" in r.stderr.decode()
    manifest = (tmp_path / "r.manifest.jsonl").read_text()
    assert "missing.txt" in manifest and "no such file" in manifest


@pytest.mark.parametrize("args, needle", [
    (("mock-server", "--port", "99999"), "--port"),
    (("mock-server", "--faults", "bogus:1"), "unknown mock outcome"),
    (("validate", str(STORY), "{tmp}"), "is a directory"),
])
def test_usage_and_config_errors_are_one_line(tmp_path, args, needle):
    assert needle in one_line(brief(*(a.format(tmp=tmp_path) for a in args)), 2)


@pytest.mark.parametrize("args", [
    ("summarize", "-q", str(STORY), "-o", "{blocker}/x.md"),
    ("clean", str(STORY), "--out", "{blocker}/sub"),
    ("batch", "prepare", str(STORY), "-o", "{blocker}/r.jsonl"),
])
def test_unwritable_output_is_one_line_not_internal_error(tmp_path, args):
    blocker = tmp_path / "file"  # a file where a folder should be: unwritable even as root
    blocker.write_text("x")
    err = one_line(brief(*(a.format(blocker=blocker) for a in args)), 2)
    assert str(blocker) in err and "internal error" not in err


def test_output_piped_to_a_closed_reader_exits_quietly(tmp_path):
    many = tmp_path / "many.jsonl"
    many.write_text("\n".join(json.dumps({"id": f"r{i}", "text": f"Story {i} said the mayor on Monday."})
                              for i in range(3000)))
    p = subprocess.Popen([sys.executable, "-m", "brief", "clean", str(many)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=ENV)
    assert p.stdout.readline()
    p.stdout.close()  # what `| head -1` does
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) == 0 and err == "", err


@pytest.fixture
def mock_url(request):
    """A mock endpoint with the faults and latency a test asks for (via indirect parametrize)."""
    extra = getattr(request, "param", ())
    p = subprocess.Popen([sys.executable, "-m", "brief", "mock-server", "--port", "0", *extra],
                         stderr=subprocess.PIPE, env=ENV, text=True)
    line = p.stderr.readline()
    url = line.split()[4]
    try:
        yield url
    finally:
        p.send_signal(signal.SIGINT)
        p.wait(timeout=10)


@pytest.mark.parametrize("mock_url", [("--faults", "refuse:1")], indirect=True)
def test_daily_where_the_model_fails_everything_exits_4_with_each_failure_kept(tmp_path, mock_url):
    env = {**ENV, "OPENAI_API_KEY": "x"}
    r = brief("daily", "-q", "-o", str(tmp_path), str(STORY), "--base-url", mock_url, env=env)
    assert "no input could be briefed" in one_line(r, 4)
    assert len(json.loads((tmp_path / "daily.json").read_text())["failures"]) == 1


@pytest.mark.parametrize("mock_url", [("--latency", "0.7")], indirect=True)
def test_ctrl_c_during_daily_exits_130_and_keeps_finished_briefings(tmp_path, mock_url):
    env = {**ENV, "OPENAI_API_KEY": "x"}
    p = subprocess.Popen([sys.executable, "-m", "brief", "daily", "-o", str(tmp_path), str(EXAMPLES),
                          "--base-url", mock_url, "-j", "1"], stderr=subprocess.PIPE, env=env, text=True)
    deadline = time.monotonic() + 30
    while (line := p.stderr.readline()) and "done" not in line and time.monotonic() < deadline:
        pass
    assert "done" in line, line
    p.send_signal(signal.SIGINT)
    err = p.stderr.read()
    assert p.wait(timeout=30) == 130, err
    assert "brief: interrupted" in err and "Traceback" not in err
    assert list((tmp_path / "briefings").glob("*.json"))
    log = brief("log", str(tmp_path))
    assert "interrupted" in log.stdout.decode()


def test_daily_finishes_when_its_progress_reader_goes_away(tmp_path):
    recs = tmp_path / "recs.jsonl"
    recs.write_text("\n".join(json.dumps({"id": f"s{i}", "text": f"Story {i}: the mayor of town {i} said on "
                                          f"Monday that bridge {i} would reopen."}) for i in range(40)))
    p = subprocess.Popen([sys.executable, "-m", "brief", "daily", "-o", str(tmp_path / "out"), str(recs)],
                         stderr=subprocess.PIPE, env=ENV)
    assert p.stderr.readline()  # the offline-engine notice, written before any article
    p.stderr.close()  # what `2>&1 | head -1` does
    assert p.wait(timeout=60) == 0
    digest = json.loads((tmp_path / "out" / "daily.json").read_text())
    assert digest["stats"]["articles"] == 40 and not digest["failures"]


@pytest.mark.parametrize("content", [b"", b"not a database at all\n"])
def test_brief_log_refuses_a_file_that_is_not_a_run_log_and_leaves_it_alone(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    err = one_line(brief("log", "--db", str(path)), 2)
    assert "not a brief run log" in err
    assert path.read_bytes() == content


@pytest.mark.parametrize("args", [
    ("summarize", "-q", "{tmp}/no-such-article"),  # no extension, no file: once briefed as a one-word article
    ("summarize", "-q", "{tmp}/notes.pdf"),
    ("validate", "{tmp}/no-such-article", str(STORY)),
])
def test_a_mistyped_path_is_an_error_not_an_article(tmp_path, args):
    err = one_line(brief(*(a.format(tmp=tmp_path) for a in args)), 2)
    assert "no such file" in err


@pytest.mark.parametrize("args", [
    ("daily", "-q", "-o", "{tmp}/out", "--rpm", "nan", str(STORY)),
    ("daily", "-q", "-o", "{tmp}/out", "--tpm", "inf", str(STORY)),
    ("summarize", "-q", "--deadline", "inf", str(STORY)),
])
def test_a_limit_that_is_not_a_finite_number_is_refused(tmp_path, args):
    assert "finite" in one_line(brief(*(a.format(tmp=tmp_path) for a in args)), 2)


@pytest.mark.parametrize("url", ["http://[::1", "notaurl", "ftp://example.com/v1", "http://localhost:99999/v1"])
def test_an_endpoint_that_is_not_an_http_url_is_refused_before_any_request(url):
    env = {**ENV, "OPENAI_API_KEY": "x"}
    assert "--base-url" in one_line(brief("summarize", "-q", "--base-url", url, str(STORY), env=env), 2)


@pytest.mark.parametrize("table", [{"mock-1": {"input": "a", "output": 1}}, {"mock-1": {"input": -5, "output": 1}},
                                   {"mock-1": 3}])
def test_a_price_table_with_words_or_negative_prices_is_refused(tmp_path, table):
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps(table), encoding="utf-8")
    env = {**ENV, "OPENAI_API_KEY": "x"}
    err = one_line(brief("summarize", "-q", "--base-url", "http://127.0.0.1:9/v1", "--prices", str(prices),
                         str(STORY), env=env), 2)
    assert err.startswith(f"brief: {prices}: price for 'mock-1' needs numbers 'input' and 'output'")


def test_a_price_row_the_library_accepts_the_cli_accepts(tmp_path):
    """A list row and an empty cached price are valid rows: the CLI must not refuse what
    brief.accounting.price_table takes."""
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"mock-1": [1, 2], "mock-2": {"input": 1, "output": 2, "cached_input": None}}),
                      encoding="utf-8")
    from brief.cli.options import _limits_kw

    assert _limits_kw({"prices_file": str(prices)})["prices"]["mock-1"] == [1, 2]


@pytest.mark.parametrize("row", [{"input_per_million": 1}, {"input": 1}, {"output": 1}, {},
                                 {"input": 1, "output": 1, "cached": 0.5}])
def test_a_price_row_without_input_and_output_is_bad_input_not_an_internal_error(tmp_path, row):
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"mock-1": row}), encoding="utf-8")
    env = {**ENV, "OPENAI_API_KEY": "x"}
    err = one_line(brief("summarize", "-q", "--base-url", "http://127.0.0.1:9/v1", "--model", "mock-1",
                         "--max-cost", "0.01", "--prices", str(prices), str(STORY), env=env), 2)
    assert "mock-1" in err and "'input' and 'output'" in err and "per million tokens" in err


def test_daily_that_runs_out_of_budget_writes_the_digest_and_exits_5(tmp_path, mock_url):
    env = {**ENV, "OPENAI_API_KEY": "x"}
    # each request must fit its worst case (about $0.003 for mock-1): room for one article, not six
    r = brief("daily", "-q", "-o", str(tmp_path), str(EXAMPLES), "--base-url", mock_url, "-j", "1",
              "--max-cost", "0.003", env=env)
    assert "budget" in one_line(r, 5)
    digest = json.loads((tmp_path / "daily.json").read_text())
    assert digest["stats"]["articles"] >= 1 and digest["failures"]
    assert all("budget" in f["reason"] for f in digest["failures"])
    assert digest["stats"]["cost_usd"] <= 0.003  # a ceiling, never passed
