"""``brief summarize``: one article in, one briefing out."""

from __future__ import annotations

import click

from .options import article_arg, build_engine, engine_options


@click.command()
@click.argument("path")
@click.option("--format", "-f", "fmt", type=click.Choice(["md", "json", "html"]), default=None,
              help="Default: from the -o file's extension (.md, .json, .html), else md.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write here instead of stdout.")
@click.option("--quiet", "-q", is_flag=True, help="No notes on stderr.")
@engine_options
def command(path: str, fmt: str | None, output: str | None, quiet: bool, model: str | None, base_url: str | None,
            api_key_env: str, offline: bool, strict: bool, fallback_offline: bool, context_window: int | None,
            prompts_dir: str | None, limits: dict) -> None:
    """Brief one article: PATH is a file (text, HTML, Markdown, JSON), a URL, or - for stdin.

    A JSON file holds one record: the article in 'html', 'text', 'markdown' or 'body';
    optional 'id', 'title', 'url', 'published', 'publisher', 'byline', 'dek'. Word, PDF and
    RTF are not read: save the article as text or HTML."""
    from ..pipeline import summarize_article

    if output and path != "-" and _same_file(path, output):
        from ..errors import InputError

        raise InputError(f"{output}: is the article itself; writing the briefing there would destroy it")
    fmt = _format(fmt, output)
    article = article_arg(path)
    with build_engine(model=model, base_url=base_url, api_key_env=api_key_env, offline=offline,
                      prompts_dir=prompts_dir, quiet=quiet, limits=limits) as engine:
        briefing = summarize_article(article, engine, strict=strict, context_window=context_window,
                                     fallback=fallback_offline)
        if briefing.provenance.engine != engine.name and not quiet:
            click.echo(f"brief: {briefing.warnings[0]}", err=True)
    text = {"md": briefing.to_markdown, "json": briefing.to_json, "html": lambda: briefing.to_html(article)}[fmt]()
    if output:
        from ..errors import InputError
        from ..files import write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    else:
        click.echo(text, nl=not text.endswith("\n"))


_SUFFIXES = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html"}


def _format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's extension names; Markdown written
    into ``x.html`` would be no use to anyone, so a clash is an error."""
    import os

    implied = _SUFFIXES.get(os.path.splitext(output or "")[1].lower())
    if fmt and implied and fmt != implied:
        from ..errors import InputError

        raise InputError(f"--format {fmt} does not fit {output}", hint=f"use -f {implied}, or another file name")
    return fmt or implied or "md"


def _same_file(a: str, b: str) -> bool:
    import os

    try:
        return os.path.samefile(a, b)
    except OSError:  # either does not exist (yet): not the same file
        return False
