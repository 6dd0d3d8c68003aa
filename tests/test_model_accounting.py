"""Cost estimates, usage reading and the shared budget."""

from __future__ import annotations

import pytest

from brief.accounting import Budget, Price, cost_usd, price_for, price_table, tokens_from_usage
from brief.errors import BudgetExceeded, ConfigError
from brief.schema import Tokens


def test_longest_prefix_prices_a_snapshot() -> None:
    assert price_for("gpt-4o-mini-2024-07-18") == price_for("gpt-4o-mini") != price_for("gpt-4o")
    assert price_for("llama3:8b") is None
    assert cost_usd("llama3:8b", Tokens(prompt=10**6)) == 0.0


def test_cost_counts_cached_tokens_at_their_rate() -> None:
    table = price_table({"m": {"input": 2.0, "output": 8.0, "cached_input": 0.5}})
    full = cost_usd("m", Tokens(prompt=1_000_000, completion=500_000), table)
    cached = cost_usd("m", Tokens(prompt=1_000_000, completion=500_000, cached=1_000_000), table)
    assert full == pytest.approx(2.0 + 4.0) and cached == pytest.approx(0.5 + 4.0)


def test_user_overrides_win_and_bad_prices_are_config_errors() -> None:
    table = price_table({"gpt-4o": (1, 2), "new-model": Price(3, 4)})
    assert table["gpt-4o"] == Price(1.0, 2.0) and table["new-model"].output == 4
    with pytest.raises(ConfigError):
        price_table({"x": "cheap"})


@pytest.mark.parametrize("row", [{"input_per_million": 1}, {"input": 1}, {"output": 1}, {}, {"input": None, "output": 1},
                                 {"input": 1, "output": -1}, {"input": float("nan"), "output": 1},
                                 {"input": True, "output": 1}, {"input": "1", "output": 1},
                                 {"input": 1, "output": 1, "cached": 0.5}, (1, -2), (1,), None, 3])
def test_a_price_row_without_two_plain_prices_is_a_config_error_naming_the_model(row) -> None:
    """A user's price row reaches the engine as it was written: a KeyError here was an internal error."""
    with pytest.raises(ConfigError) as err:
        price_table({"mock-1": row})
    assert "mock-1" in err.value.message and "'input' and 'output'" in str(err.value)


def test_a_price_row_may_leave_the_cached_price_out_or_empty() -> None:
    table = price_table({"a": {"input": 1, "output": 2}, "b": {"input": 1, "output": 2, "cached_input": None}})
    assert table["a"] == table["b"] == Price(1.0, 2.0)


def test_usage_from_objects_and_dicts() -> None:
    usage = {"prompt_tokens": 10, "completion_tokens": 5, "prompt_tokens_details": {"cached_tokens": 4}}
    assert tokens_from_usage(usage) == Tokens(prompt=10, completion=5, cached=4)
    assert tokens_from_usage({"prompt_tokens": 3}) == Tokens(prompt=3)
    assert tokens_from_usage(None) == Tokens()


def test_budget_limits() -> None:
    budget = Budget(max_cost_usd=0.01, max_tokens=100)
    budget.check()
    budget.charge(Tokens(prompt=60, completion=30), 0.005)
    budget.check()
    budget.charge(Tokens(prompt=10), 0.0)
    with pytest.raises(BudgetExceeded, match="token budget"):
        budget.check()
    with pytest.raises(BudgetExceeded, match="deadline"):
        Budget(deadline_s=0).check()
