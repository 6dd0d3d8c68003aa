"""Options shared by the commands that call a model."""

from __future__ import annotations

import functools
from typing import Any, Callable

import click


def engine_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--model, --base-url, --api-key-env, --offline, --strict, --fallback-offline, --context-window,
    --prompts, and the
    run's limits (--max-cost, --max-tokens, --deadline, --prices), which reach the command as one
    ``limits`` dict for :func:`build_engine`."""

    @functools.wraps(f)
    def with_limits(*args: Any, max_cost: float | None, max_tokens: int | None, deadline: float | None,
                    prices_file: str | None, **kw: Any) -> Any:
        kw["limits"] = {"max_cost": max_cost, "max_tokens": max_tokens, "deadline": deadline,
                        "prices_file": prices_file, "context_window": kw.get("context_window")}
        return f(*args, **kw)

    for option in reversed([
        click.option("--model", "-m", default=None,
                     help="Model name (default: gpt-4o-mini); needs a key or a --base-url."),
        click.option("--base-url", default=None, envvar="OPENAI_BASE_URL", callback=check_base_url,
                     help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (env OPENAI_BASE_URL)."),
        click.option("--api-key-env", default="OPENAI_API_KEY", show_default=True,
                     help="Environment variable that holds the API key."),
        click.option("--offline", is_flag=True, help="Use the offline engine even when a key is set."),
        click.option("--strict", is_flag=True, help="Fail instead of dropping ungrounded items."),
        click.option("--fallback-offline", is_flag=True,
                     help="When the endpoint cannot be reached, brief with the offline engine (said in warnings)."),
        click.option("--context-window", type=int, default=None, callback=check_context_window,
                     help="Override the model's context window."),
        click.option("--prompts", "prompts_dir", type=click.Path(file_okay=False), default=None,
                     help="Folder of your own prompt templates."),
        click.option("--max-cost", type=click.FloatRange(min=0), default=None, callback=finite,
                     help="Never let the run's estimated cost pass this many USD: a request is sent "
                     "only if its worst case (prompt + output limit) fits."),
        click.option("--max-tokens", type=click.IntRange(min=1), default=None,
                     help="Stop cleanly once the run has used this many tokens."),
        click.option("--deadline", type=click.FloatRange(min=0, min_open=True), default=None, callback=finite,
                     help="Seconds allowed per article: all its requests (map to reduce), retries included."),
        click.option("--prices", "prices_file", type=click.Path(dir_okay=False), default=None,
                     help="JSON price table {model: {input, output, cached_input}}, USD per million tokens."),
    ]):
        with_limits = option(with_limits)
    return with_limits


def _limits_kw(limits: dict[str, Any] | None) -> dict[str, Any]:
    """Engine keywords for the run's limits: one Budget shared by every article, prices, deadline."""
    if not limits:
        return {}
    kw: dict[str, Any] = {}
    if limits.get("max_cost") is not None or limits.get("max_tokens") is not None:
        from ..accounting import Budget

        kw["budget"] = Budget(max_cost_usd=limits.get("max_cost"), max_tokens=limits.get("max_tokens"))
    if limits.get("deadline") is not None:
        kw["deadline_s"] = limits["deadline"]
    if limits.get("context_window") is not None:  # every request, re-asks too, must fit it
        kw["context_window"] = limits["context_window"]
    if limits.get("prices_file"):
        import json

        from ..errors import ConfigError

        path = limits["prices_file"]
        try:
            with open(path, encoding="utf-8") as fh:
                prices = json.load(fh)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: cannot read the price table ({exc})") from None
        if not isinstance(prices, dict):
            raise ConfigError(f"{path}: the price table must be a JSON object of models")
        from ..accounting import price_table

        try:
            price_table(prices)  # the library's own check, every row shape, so both say the same
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc.message}", hint=exc.hint) from None
        kw["prices"] = prices
    return kw


def check_context_window(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """Click callback for --context-window: refuse a window too small for any briefing before any work."""
    if value is not None:
        from ..budget import limits_for

        limits_for(None, value)  # raises ConfigError with the floor
    return value


def require_stdin(inputs: tuple[str, ...]) -> None:
    """A "-" input reads paths from stdin: say so at once when stdin was closed (`<&-`)."""
    import sys

    if "-" in inputs and sys.stdin is None:
        from ..errors import InputError

        raise InputError("stdin: closed, no paths to read")


def check_base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An endpoint must be an http(s) URL with a host: anything else would be retried, then fail late."""
    from urllib.parse import urlsplit

    if value is None:
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError as exc:
        raise click.BadParameter(f"not a URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter("use an http:// or https:// URL with a host, e.g. http://localhost:11434/v1")
    return value


def finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A limit of 'nan' or 'inf' passes click's range check and then means nothing: refuse it."""
    import math

    if value is not None and not math.isfinite(value):
        raise click.BadParameter("must be a finite number")
    return value


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback for --date: an ISO date, or a usage error."""
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter("use YYYY-MM-DD") from None


def build_engine(*, model: str | None, base_url: str | None, api_key_env: str, offline: bool,
                 prompts_dir: str | None = None, quiet: bool = False, limits: dict[str, Any] | None = None,
                 **extra: Any) -> Any:
    """Make the engine the options ask for, saying on stderr when brief falls back to offline."""
    from ..pipeline import make_engine, model_key

    # a --model named without a key or a base URL is refused here (ConfigError), never run offline
    if not offline and model_key(model=model, base_url=base_url, api_key_env=api_key_env) is None:
        if not quiet:
            click.echo(f"brief: no API key in ${api_key_env}; using the offline engine "
                       "(extractive, no network)", err=True)
        offline = True
    kw: dict[str, Any] = dict(extra) if offline else {**extra, **_limits_kw(limits)}
    if prompts_dir:
        from pathlib import Path

        kw["prompts_dir"] = Path(prompts_dir)
    return make_engine(model=model, base_url=base_url, api_key_env=api_key_env, offline=offline, **kw)


def article_arg(arg: str) -> Any:
    """The Article a command's PATH argument names: a file, ``-`` for stdin, or a URL (fetched).
    Never the argument's own text: a mistyped path must be an error, not a one-word article."""
    from pathlib import Path

    from ..errors import InputError
    from ..pipeline import load_article

    from ..dailyinputs import fetch_url, is_url

    if is_url(arg):
        import asyncio

        from ..inputs import InputFailure

        doc = asyncio.run(fetch_url(arg))
        if isinstance(doc, InputFailure):
            raise InputError(f"{doc.name}: {doc.reason}")
        return load_article(doc)
    return load_article(arg if arg == "-" else Path(arg))
