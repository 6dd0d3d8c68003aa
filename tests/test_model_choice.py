"""Which engine runs: a model the user named is never silently swapped for the offline engine."""

from __future__ import annotations

import json

import pytest

import brief as lib
from tests.conftest import EXAMPLES
from tests.test_cli_errors import STORY, brief, mock_url, one_line  # noqa: F401  (fixture)


@pytest.mark.parametrize("command", ["summarize", "daily"])
def test_a_named_model_without_a_key_is_a_usage_error_not_an_offline_run(tmp_path, command):
    out = tmp_path / "out"
    args = [STORY] if command == "summarize" else [EXAMPLES, "-o", out]
    err = one_line(brief(command, *map(str, args), "--model", "gpt-4o"), 2)
    assert "'gpt-4o'" in err and "$OPENAI_API_KEY" in err and "base URL" in err and "offline engine" in err
    assert not out.exists()  # refused before any work
    err = one_line(brief(command, *map(str, args), "--model", "gpt-4o", "--api-key-env", "MY_KEY"), 2)
    assert "$MY_KEY" in err
    # without --model, no key still means the offline engine, said on stderr
    r = brief(command, *map(str, args))
    assert r.returncode == 0 and "using the offline engine" in r.stderr.decode()


def test_a_named_model_at_a_base_url_runs_there_without_a_key(mock_url):
    r = brief("summarize", "-f", "json", "--model", "mock-1", "--base-url", mock_url, str(STORY))
    assert r.returncode == 0, r.stderr.decode()
    provenance = json.loads(r.stdout)["provenance"]
    assert provenance["engine"] == "openai" and provenance["model"] == "mock-1"
    assert "offline" not in r.stderr.decode()


def test_the_library_refuses_a_named_model_without_a_key(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(lib.ConfigError, match="OPENAI_API_KEY"):
        lib.summarize(STORY, model="gpt-4o-mini")
    with pytest.raises(lib.ConfigError, match="OPENAI_API_KEY"):
        lib.daily([str(STORY)], tmp_path / "out", model="gpt-4o-mini")
    with pytest.raises(lib.ConfigError):
        lib.make_engine(model="gpt-4o-mini")
    assert lib.make_engine().name == "offline"  # nothing named: offline, as documented
    assert lib.make_engine(model="gpt-4o-mini", offline=True).name == "offline"  # offline asked for
    local = lib.make_engine(model="llama3.1", base_url="http://localhost:11434/v1")
    assert local.name == "openai" and local.model == "llama3.1"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:8000/v1")
    assert lib.make_engine(model="llama3.1").name == "openai"


def test_a_base_url_without_a_model_or_key_is_a_usage_error(monkeypatch):
    """Pointing at a server and getting an offline briefing back would pass for the server's."""
    r = brief("summarize", "--base-url", "http://127.0.0.1:9/v1", str(STORY))
    err = one_line(r, 2)
    assert "http://127.0.0.1:9/v1" in err and "--model" in err and "--offline" in err
    r = brief("summarize", "--base-url", "http://127.0.0.1:9/v1", "--offline", str(STORY))
    assert r.returncode == 0 and b"Engine: offline" in r.stdout
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:8000/v1")
    with pytest.raises(lib.ConfigError, match="localhost:8000"):
        lib.make_engine()
    assert lib.make_engine(offline=True).name == "offline"
