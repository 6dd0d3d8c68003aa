"""``brief batch``: briefings through the OpenAI Batch API or ``vllm run-batch`` (see docs/scaling.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from .options import check_context_window, check_date, require_stdin


def _endpoint_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([
        click.option("--base-url", default=None, envvar="OPENAI_BASE_URL",
                     help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)."),
        click.option("--api-key-env", default="OPENAI_API_KEY", show_default=True,
                     help="Environment variable that holds the API key."),
    ]):
        f = option(f)
    return f


def _engine(model: str | None, base_url: str | None, api_key_env: str, *, need_key: bool = True,
            prompts_dir: str | None = None, json_mode: str = "auto") -> Any:
    import os
    from pathlib import Path

    from ..engines.openai import OpenAIEngine

    kw: dict[str, Any] = {"base_url": base_url, "api_key_env": api_key_env, "json_mode": json_mode}
    if model:
        kw["model"] = model
    if prompts_dir:
        kw["prompts_dir"] = Path(prompts_dir)
    if not need_key and not os.environ.get(api_key_env):
        kw["api_key"] = "not-needed-to-prepare"  # writing a file sends nothing
    return OpenAIEngine(**kw)


@click.group("batch")
def command() -> None:
    """Brief many articles through a batch engine (OpenAI Batch API, vllm run-batch).

    prepare → submit → status → collect. Long articles go through in stages: collect
    writes DIR/next-requests.jsonl; submit it, then collect again with every batch so far.
    """


@command.command("prepare")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="The requests file to write (JSONL); the manifest goes beside it.")
@click.option("--model", "-m", default=None, help="Model name written into every request (default: gpt-4o-mini).")
@click.option("--context-window", type=int, default=None, callback=check_context_window,
              help="Override the model's context window.")
@click.option("--prompts", "prompts_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of your own prompt templates.")
@click.option("--json-mode", type=click.Choice(["json_schema", "json_object"]), default="json_schema",
              show_default=True, help="json_object for servers without structured outputs.")
@_endpoint_options
def prepare_command(inputs: tuple[str, ...], output: str, model: str | None, context_window: int | None,
                    prompts_dir: str | None, json_mode: str, base_url: str | None, api_key_env: str) -> None:
    """Clean INPUT... and write one chat-completion request per line (stage 1)."""
    from ..batch_prepare import prepare

    require_stdin(inputs)
    engine = _engine(model, base_url, api_key_env, need_key=False, prompts_dir=prompts_dir, json_mode=json_mode)
    done = prepare(list(inputs), output, engine=engine, context_window=context_window)
    click.echo(f"brief: {done.lines} requests for {done.articles} articles in {done.requests} "
               f"(manifest {done.manifest}; {done.failures} inputs failed)", err=True)
    if not done.articles:
        from ..errors import InputError

        if not done.failures:
            raise InputError("no inputs to prepare (nothing listed on stdin?)")
        raise InputError(f"no input could be prepared ({done.failures} failed; reasons in {done.manifest})")


@command.command("submit")
@click.argument("requests", type=click.Path(dir_okay=False))
@click.option("--manifest", type=click.Path(dir_okay=False), default=None,
              help="The manifest prepare wrote (default: <requests>.manifest.jsonl).")
@click.option("--completion-window", default="24h", show_default=True)
@_endpoint_options
def submit_command(requests: str, manifest: str | None, completion_window: str, base_url: str | None,
                   api_key_env: str) -> None:
    """Upload REQUESTS and start a batch; prints the batch id."""
    from ..batch_collect import submit

    engine = _engine(None, base_url, api_key_env)
    batch = submit(requests, client=engine.client, manifest=manifest, completion_window=completion_window)
    click.echo(batch.id)


@command.command("status")
@click.argument("batch_id")
@click.option("--json", "as_json", is_flag=True, help="Print the batch object as JSON.")
@_endpoint_options
def status_command(batch_id: str, as_json: bool, base_url: str | None, api_key_env: str) -> None:
    """Show a batch's status and request counts."""
    from ..batch_collect import status

    batch = status(batch_id, client=_engine(None, base_url, api_key_env).client)
    if as_json:
        click.echo(batch.model_dump_json(indent=2))
        return
    counts = batch.request_counts
    done = f"  {counts.completed} ok, {counts.failed} failed of {counts.total}" if counts else ""
    click.echo(f"{batch.id}  {batch.status}{done}")


@command.command("cancel")
@click.argument("batch_id")
@_endpoint_options
def cancel_command(batch_id: str, base_url: str | None, api_key_env: str) -> None:
    """Cancel a batch (what finished stays collectable)."""
    from ..batch_collect import cancel

    click.echo(cancel(batch_id, client=_engine(None, base_url, api_key_env).client).status)


@command.command("collect")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for briefings/ and daily.json/.md/.html (as brief daily writes).")
@click.option("--manifest", type=click.Path(dir_okay=False), default=None,
              help="The manifest prepare wrote (found from the batch or beside a requests file otherwise).")
@click.option("--follow-up", is_flag=True,
              help="Write failed requests to DIR/next-requests.jsonl instead of re-asking them now.")
@click.option("--wait", "wait_s", type=float, default=None, metavar="SECONDS",
              help="Wait up to this long for unfinished batches.")
@click.option("--poll", "poll_s", type=float, default=30.0, show_default=True, help="Seconds between polls.")
@click.option("--concurrency", "-j", type=int, default=8, show_default=True,
              help="Articles finished at once (re-asks overlap).")
@click.option("--model", "-m", default=None, help="Model for re-asks (default: the one the batch was prepared for).")
@click.option("--strict", is_flag=True, help="Fail an article instead of dropping ungrounded items.")
@click.option("--pages", is_flag=True, help="Also write briefings/<id>.html, as brief daily --pages does.")
@click.option("--date", default=None, callback=check_date, help="Date of the digest (YYYY-MM-DD).")
@click.option("--context-window", type=int, default=None, callback=check_context_window,
              help="Override the model's context window.")
@click.option("--prompts", "prompts_dir", type=click.Path(file_okay=False), default=None,
              help="The prompt folder given to prepare, if any.")
@_endpoint_options
def collect_command(sources: tuple[str, ...], out_dir: str, manifest: str | None, follow_up: bool,
                    wait_s: float | None, poll_s: float, concurrency: int, model: str | None, strict: bool,
                    pages: bool, date: str | None, context_window: int | None, prompts_dir: str | None,
                    base_url: str | None, api_key_env: str) -> None:
    """Join batch results (batch ids, or output/requests JSONL files) into briefings and a digest."""
    from ..batch_collect import collect

    engine = _engine(model, base_url, api_key_env, prompts_dir=prompts_dir)
    try:
        done = collect(list(sources), out_dir, engine=engine, manifest=manifest, follow_up=follow_up,
                       strict=strict, date=date, context_window=context_window, wait_s=wait_s, poll_s=poll_s,
                       adopt_model=model is None, concurrency=concurrency,
                       pages=pages)
    finally:
        engine.close()
    if done.broken_lines:
        click.echo(f"brief: {len(done.broken_lines)} result line(s) were not JSON and were re-asked: "
                   f"{', '.join(done.broken_lines[:3])}{' …' if len(done.broken_lines) > 3 else ''}", err=True)
    click.echo(f"brief: {len(done.briefings)} briefings, {len(done.failures)} failures in {out_dir}", err=True)
    if done.next_requests is not None:
        click.echo(f"brief: {len(done.pending)} articles wait on the requests in {done.next_requests}: "
                   f"submit it, then collect again with every batch so far", err=True)
