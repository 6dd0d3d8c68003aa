"""Budgets come from the model's limits: window − fixed prompt − reserved output."""

from __future__ import annotations

import pytest

from brief.budget import SAFETY_MARGIN, UNKNOWN_CONTEXT_WINDOW, known_models, limits_for
from brief.errors import ConfigError


def test_known_model_limits_and_encoding():
    gpt4o = limits_for("gpt-4o")
    assert (gpt4o.context_window, gpt4o.max_output, gpt4o.encoding) == (128_000, 16_384, "o200k_base")
    assert limits_for("gpt-4").encoding == "cl100k_base"
    assert gpt4o.known


def test_dated_snapshots_and_router_prefixes_match_their_family():
    assert limits_for("gpt-4o-mini-2024-07-18").name == "gpt-4o-mini-2024-07-18"
    assert limits_for("gpt-4o-mini-2024-07-18").context_window == 128_000
    assert limits_for("openai/gpt-4-32k").context_window == 32_768
    assert limits_for("gpt-4-0613").context_window == 8192  # not mistaken for gpt-4o or gpt-4.1


def test_unknown_model_gets_a_conservative_window():
    limits = limits_for("my-local-llama")
    assert not limits.known
    assert limits.context_window == UNKNOWN_CONTEXT_WINDOW


def test_context_window_override_wins():
    assert limits_for("gpt-4o", context_window=10_000).context_window == 10_000
    assert limits_for("my-local-llama", context_window=4096).budget(0) == 4096 - 2048 - SAFETY_MARGIN


def test_tiny_override_is_a_config_error():
    with pytest.raises(ConfigError, match="too small"):
        limits_for("gpt-4o", context_window=100)


def test_budget_subtracts_fixed_part_and_reserved_output():
    small = limits_for("gpt-4")  # 8k window whose max output is the whole window
    assert small.reserved_output == 4096  # capped at half so input keeps room
    assert small.budget(500) == 8192 - 500 - 4096 - SAFETY_MARGIN
    assert limits_for("gpt-4", reserve=1000).budget(500) == 8192 - 500 - 1000 - SAFETY_MARGIN
    assert limits_for("gpt-4o", reserve=10**6).reserved_output == 16_384
    big = limits_for("gpt-4o")
    assert big.reserved_output == 4096
    assert big.budget(1000) < big.budget(0)


def test_every_entry_leaves_room_for_input():
    for limits in known_models().values():
        assert limits.budget(0) >= limits.context_window // 2 - SAFETY_MARGIN
