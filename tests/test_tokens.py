"""Token counts work offline: the packaged encoding, checked by tiktoken's own hash."""

from __future__ import annotations

import pytest

from brief import tokens


def test_packaged_encoding_loads_without_network(monkeypatch, tmp_path):
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))  # an empty cache: nothing to fall back on

    def no_network(*a, **k):
        raise AssertionError("tried the network")

    monkeypatch.setattr("requests.get", no_network, raising=False)
    enc = tokens._from_package("o200k_base")
    assert enc.name == "o200k_base"
    text = "Russian president Vladimir Putin has hailed the country’s “very close” relationship"
    assert enc.decode(enc.encode(text)) == text
    assert 10 < len(enc.encode(text)) < 30


def test_hash_mismatch_is_refused(monkeypatch):

    with pytest.raises(ValueError, match="hash"):
        tokens._packaged_ranks("cl100k_base", "0" * 64)


def test_falls_back_to_estimate_when_no_source(monkeypatch):
    def broken(name):
        raise OSError("no file")

    monkeypatch.setattr(tokens, "_from_package", broken)
    monkeypatch.setattr(tokens, "_from_tiktoken", broken)
    tokens.get_encoding.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="len/4"):
            enc = tokens.get_encoding("o200k_base")
        assert enc.name == "estimate"
        assert len(enc.encode("x" * 40)) == 10
    finally:
        tokens.get_encoding.cache_clear()


def test_model_names_map_to_encodings():
    assert tokens.encoding_name_for("gpt-4") == "cl100k_base"
    assert tokens.encoding_name_for("gpt-4o-mini") == "o200k_base"
    assert tokens.encoding_name_for("llama3.1:8b") == "o200k_base"  # unknown -> current default


def test_message_count_exceeds_content():
    msgs = [{"role": "user", "content": "hello world"}]
    assert tokens.count_message_tokens(msgs) == tokens.count_tokens("hello world") + tokens.count_tokens("user") + 6
