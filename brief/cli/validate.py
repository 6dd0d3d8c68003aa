"""``brief validate``: does a briefing hold against its article?"""

from __future__ import annotations

import json
import sys

import click


@click.command()
@click.argument("article")
@click.argument("briefing", type=click.Path(dir_okay=False))
def command(article: str, briefing: str) -> None:
    """Check BRIEFING (JSON) against the schema and against ARTICLE. Exit 1 listing each problem."""
    from ..errors import InputError
    from ..validate import validate_json
    from .options import article_arg

    art = article_arg(article)
    try:
        with open(briefing, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise InputError(f"{briefing}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{briefing}: not a JSON briefing ({exc})") from None
    except RecursionError:
        raise InputError(f"{briefing}: not a JSON briefing (nested too deeply)") from None
    problems = validate_json(data, art)
    if not problems:
        click.echo("ok: the briefing holds against the schema and the article")
        return
    for p in problems:
        click.echo(f"- {p}")
    click.echo(f"{len(problems)} problem(s)", err=True)
    sys.exit(1)
