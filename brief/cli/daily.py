"""``brief daily`` (many inputs → briefings + digest) and ``brief log`` (what past runs did)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .options import build_engine, check_date, engine_options, finite, require_stdin


_READS = ".txt, .text, .md, .markdown, .html, .htm, .json, .jsonl"  # inputs.SUFFIX_KIND (kept light)


class _PlainProgress:
    """One log line per finished input: what a CI log or a pipe should get."""

    def __init__(self) -> None:
        self.found = self.finished = 0
        self.complete = False
        self.gone = False  # the reader of stderr went away (`2>&1 | head`): stop telling, keep working

    def __call__(self, event: str, name: str, reason: str = "") -> None:
        if event == "found":
            self.found += 1
            return
        if event == "inputs_done":
            self.complete = True
            return
        self.finished += 1
        total = str(self.found) if self.complete else f"{self.found}+"
        why = f": {_short(reason)}" if reason else ""  # "failed x.txt" alone leaves the reader guessing
        if not self.gone:
            try:
                click.echo(f"brief: [{self.finished}/{total}] {event:<9} {name}{why}", err=True)
            except BrokenPipeError:
                self.gone = True

    def close(self) -> None:
        pass


def _short(reason: str, width: int = 100) -> str:
    """A failure's reason on one progress line; the digest and `brief log` keep it whole."""
    reason = " ".join(reason.split())
    return reason if len(reason) <= width else reason[: width - 1] + "…"


class _RichProgress:
    """A live bar on a terminal; the total grows as inputs are found."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(TextColumn("[bold]brief daily"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[note]}"), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task("daily", total=None, note="")
        self.counts: dict[str, int] = {}
        self.found = 0
        self.bar.start()

    def __call__(self, event: str, name: str, reason: str = "") -> None:
        if event == "found":
            self.found += 1
            self.bar.update(self.task, total=self.found)
            return
        if event == "inputs_done":
            return
        self.counts[event] = self.counts.get(event, 0) + 1
        note = " ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        self.bar.update(self.task, advance=1, note=note)

    def close(self) -> None:
        self.bar.stop()


@click.command("daily")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "--output", "-o", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for briefings/, daily.json, daily.md and daily.html.")
@click.option("--date", callback=check_date, default=None, help="Date of the digest, YYYY-MM-DD (default today).")
@click.option("--concurrency", "-j", type=click.IntRange(1, 512), default=8, show_default=True,
              help="Requests in flight at once.")
@click.option("--rpm", type=click.FloatRange(min=0, min_open=True), default=None, callback=finite,
              help="Requests per minute, at most.")
@click.option("--tpm", type=click.FloatRange(min=0, min_open=True), default=None, callback=finite,
              help="Tokens per minute, at most.")
@click.option("--cache", "cache_path", type=click.Path(dir_okay=False), default=None,
              help="Cache database (default OUT/.brief/cache.db).")
@click.option("--refresh", is_flag=True, help="Brief everything again (and update the cache).")
@click.option("--log-db", "log_db", type=click.Path(dir_okay=False), default=None,
              help="Run log database (default OUT/.brief/runs.db); `brief log --log-db` reads it.")
@click.option("--pages", is_flag=True, help="Also write briefings/<id>.html, one readable page per briefing.")
@click.option("--extractive-overview", is_flag=True,
              help="Keep the digest's overview extractive even with a model (no overview request).")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no notes on stderr.")
@engine_options
def daily_command(inputs: tuple[str, ...], out_dir: str, date: str | None, concurrency: int, rpm: float | None,
                  tpm: float | None, cache_path: str | None, refresh: bool, log_db: str | None, pages: bool,
                  extractive_overview: bool, quiet: bool, model: str | None, base_url: str | None, api_key_env: str, offline: bool, strict: bool,
                  fallback_offline: bool,
                  context_window: int | None, prompts_dir: str | None, limits: dict) -> None:
    """Brief many articles and write the daily digest.

    INPUTS are files, folders (searched recursively), JSON/JSONL files of records, http(s)
    URLs, or - for a list of paths and URLs on stdin, one per line (article text piped to
    - is refused: `brief summarize -` briefs that). A rerun reuses finished briefings, so
    an interrupted run picks up where it stopped.

    Files brief reads: .txt, .text, .md, .markdown, .html, .htm, .json, .jsonl. Other
    files in a folder (.docx, .pdf, .csv, no extension…) are skipped, counted on stderr.

    A record (a JSON object, or a line of JSONL) holds the article in 'html', 'text',
    'markdown' or 'body' (the first non-empty one is read) and optionally 'id', 'title',
    'url', 'published', 'publisher', 'byline', 'dek'.
    """
    import asyncio

    from ..dailyrun import adaily, close_engine
    from ..errors import InputError
    from ..pipeline import model_key
    from ..ratelimit import RateLimiter, observing_client

    require_stdin(inputs)
    if "-" in inputs:  # read now: text that is no list is refused before a run starts
        from ..dailyinputs import stdin_list

        i = inputs.index("-")
        inputs = (*inputs[:i], *stdin_list("brief daily"), *(x for x in inputs[i + 1:] if x != "-"))
    limiter = RateLimiter(rpm, tpm)
    extra: dict[str, Any] = {}
    # only a model endpoint sends rate-limit headers
    if model_key(model=model, base_url=base_url, offline=offline, api_key_env=api_key_env):
        extra["async_http_client"] = observing_client(limiter)
    engine = build_engine(model=model, base_url=base_url, api_key_env=api_key_env, offline=offline,
                          prompts_dir=prompts_dir, quiet=quiet, limits=limits, **extra)
    if not quiet:  # said once the options are known good, before the run
        from ..folders import count_skipped, describe

        skipped = count_skipped(inputs, Path(out_dir))
        if skipped:
            click.echo(f"brief: skipped {describe(skipped)}; brief reads {_READS}", err=True)

    async def run() -> Any:
        try:
            return await adaily(inputs, out_dir, date=date, engine=engine, concurrency=concurrency,
                                limiter=limiter, cache=cache_path, refresh=refresh, pages=pages, log=log_db,
                                strict=strict, context_window=context_window, progress=progress,
                                fallback=fallback_offline, overview=not extractive_overview)
        finally:
            await close_engine(engine)

    progress: Any = None
    if not quiet:
        progress = _RichProgress() if sys.stderr.isatty() else _PlainProgress()
    try:
        digest = asyncio.run(run())
    finally:
        if progress:
            progress.close()
    report, kept = _report(Path(out_dir), digest)
    if digest.stats.inputs == 0:
        raise InputError(f"no inputs to brief (nothing listed on stdin?){kept}")
    budget = getattr(engine, "budget", None)
    stopped = budget.stopped() if budget is not None and digest.failures else None
    if digest.stats.articles == 0 and digest.failures and not stopped:
        from ..errors import BudgetExceeded, ModelError, ValidationFailed

        # bad input is exit 2; --strict validation 3; a model endpoint that failed every article 4; limits 5
        stages = {f.stage for f in digest.failures} - {"input", "clean"}
        error = {frozenset(): InputError, frozenset({"validate"}): ValidationFailed,
                 frozenset({"limit"}): BudgetExceeded}.get(frozenset(stages), ModelError)
        raise error(
            f"no input could be briefed ({len(digest.failures)} failed; see {report.with_suffix('.md')}){kept}")
    if not quiet:
        s = digest.stats
        # the offline engine's attempts are counted like a model's, but no model was called
        spent = "offline engine" if s.engine == "offline" else f"{s.model_calls} model calls, ${s.cost_usd:.4f}"
        click.echo(f"brief: {s.articles} articles ({s.cache_hits} from cache, {s.duplicates} duplicates), "
                   f"{s.failed} failed, {len(digest.items)} stories, {spent}, {s.elapsed_s:.1f} s "
                   f"→ {report.with_suffix('.md') if kept else Path(out_dir) / 'daily.html'}", err=True)
    if stopped:  # the digest is written; the exit code says it is short
        from ..errors import BudgetExceeded

        raise BudgetExceeded(f"{stopped}; {digest.stats.failed} article(s) not briefed are in the "
                             f"failures of {report}{kept}")


def _report(out: Any, digest: Any) -> tuple[Any, str]:
    """This run's digest JSON, and a note when a run that briefed nothing kept the earlier
    digest (its failures then went to daily-failed.*; `brief log` lists them too)."""
    from ..digest import FAILED_FILES, kept_earlier

    if kept_earlier(out, digest):
        return out / FAILED_FILES[0], f"; the earlier digest {out / 'daily.md'} was kept"
    return out / "daily.json", ""


@click.command("log")
@click.argument("out_dir", default=".", type=click.Path(file_okay=False))
@click.option("--db", "--log-db", "db", type=click.Path(dir_okay=False), default=None,
              help="Run log database (default OUT_DIR/.brief/runs.db).")
@click.option("--limit", "-n", type=click.IntRange(1), default=10, show_default=True)
@click.option("--attempts", is_flag=True, help="Also list every model attempt of each run.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def log_command(out_dir: str, db: str | None, limit: int, attempts: bool, as_json: bool) -> None:
    """List recent daily runs and what failed in them.

    OUT_DIR is the folder `brief daily -o` wrote to (default: the current folder)."""
    import json

    from ..dailyrun import STATE_DIR
    from ..errors import ConfigError
    from ..runlog import RunLog

    path = Path(db) if db else Path(out_dir) / STATE_DIR / "runs.db"
    if not path.exists():
        if db:
            raise ConfigError(f"no run log at {path}", hint="pass the runs.db under the folder `brief daily -o` wrote to")
        if out_dir == ".":
            raise ConfigError("no run log in the current folder: pass the folder `brief daily -o` wrote to, "
                              "e.g. `brief log out`")
        raise ConfigError(f"no run log in {out_dir}: give the folder `brief daily -o` wrote to "
                          f"(or run `brief daily INPUTS -o {out_dir}` first)")
    if not _is_run_log(path):  # reading must never turn someone's file into a database
        raise ConfigError(f"{path} is not a brief run log", hint="pass the runs.db that `brief daily` wrote")
    with RunLog(path) as log:
        runs = log.recent_runs(limit)
        for run in runs:
            run["failures"] = log.failures(run["id"])
            if attempts:
                run["attempts"] = log.attempts(run["id"])
    if as_json:
        click.echo(json.dumps(runs, indent=2))
        return
    if not runs:
        click.echo("no runs logged yet")
    for run in runs:
        tokens = (run["prompt_tokens"] or 0) + (run["completion_tokens"] or 0)
        click.echo(f"{run['id']}  {run['status']:<8} {run['started_at']}  engine {run['engine']}"
                   f"{' ' + run['model'] if run['model'] else ''}")
        if run["finished_at"]:
            click.echo(f"  {run['articles']} articles, {run['cache_hits']} from cache, {run['failed']} failed, "
                       f"{tokens} tokens, ${run['cost_usd'] or 0:.4f}, {run['elapsed_s'] or 0:.1f} s")
        if run["status"] == "killed":
            click.echo("  killed before it finished; the same command again resumes it")
        for f in run["failures"]:
            click.echo(f"  failed ({f['stage']}): {f['name']}: {f['reason']}")
        for a in run.get("attempts", []):
            click.echo(f"  attempt {a['n']} {a['outcome']:<8} {a['name']}  {a['prompt_tokens']}+"
                       f"{a['completion_tokens']} tokens  {a['latency_ms'] or 0:.0f} ms"
                       f"{'  ' + a['error'] if a['error'] else ''}")


def _is_run_log(path: object) -> bool:
    """Whether ``path`` is an SQLite database with brief's runs table, checked read-only."""
    import sqlite3
    from pathlib import Path

    try:
        db = sqlite3.connect(f"{Path(str(path)).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs'").fetchone() is not None
        finally:
            db.close()
    except sqlite3.Error:
        return False
