"""``brief validate``: does a briefing hold against its article?"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

ORDER = "the order is `brief validate ARTICLE BRIEFING`"


@click.command()
@click.argument("article")
@click.argument("briefing", type=click.Path(dir_okay=False))
def command(article: str, briefing: str) -> None:
    """Check BRIEFING (JSON) against the schema and against ARTICLE. Exit 1 listing each problem.

    ARTICLE is the article file (or - or a URL), BRIEFING the JSON `brief summarize -f json`
    wrote (or OUT_DIR/briefings/<id>.json of `brief daily`). A briefing made from another
    article is one line on stderr and exit 1, not a list of every claim that article lacks.
    """
    from ..errors import InputError
    from ..validate import validate_json
    from .options import article_arg

    if _looks_like_briefing(article):
        raise InputError(f"{article}: is a briefing, not an article; {ORDER} (swapped?)")
    art = article_arg(article)
    data = _load_briefing(briefing)
    problems = validate_json(data, art)
    made_from = _source_hash(data)
    if made_from and made_from != (art.sha256 if len(made_from) == 64 else art.id):
        if problems:
            click.echo(f"brief: {briefing} was not made from {article}: the briefing's source hash "
                       f"{made_from[:12]}… is not this article's {art.sha256[:12]}… ({len(problems)} "
                       "problem(s) against it; give the article the briefing was made from)", err=True)
            sys.exit(1)
        click.echo(f"brief: note: {briefing} was made from another text of {article} (the article was "
                   "edited, or cleaned by another brief version), yet holds against this one", err=True)
    if not problems:
        click.echo("ok: the briefing holds against the schema and the article")
        return
    for p in problems:
        click.echo(f"- {p}")
    click.echo(f"{len(problems)} problem(s)", err=True)
    sys.exit(1)


def _load_briefing(briefing: str) -> Any:
    """The BRIEFING file's JSON, refused in one line when it is no briefing at all."""
    from ..errors import InputError

    hint = f"BRIEFING is the JSON `brief summarize -f json` writes; {ORDER}"
    try:
        with open(briefing, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise InputError(f"{briefing}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{briefing}: not a JSON briefing ({exc}); {hint}") from None
    except RecursionError:
        raise InputError(f"{briefing}: not a JSON briefing (nested too deeply)") from None
    if isinstance(data, dict) and "generated_at" in data and "headline" not in data and (
            "sections" in data or "top_story" in data):
        raise InputError(f"{briefing}: this is a daily digest, not a briefing; validate one of its "
                         "briefings, OUT_DIR/briefings/<id>.json, against its article")
    if isinstance(data, dict) and "headline" not in data and any(k in data for k in ("text", "html", "body")):
        raise InputError(f"{briefing}: is an article record, not a briefing; {ORDER} (swapped?)")
    return data


def _looks_like_briefing(article: str) -> bool:
    """Whether ARTICLE is a briefing's JSON: the two arguments given the other way round."""
    path = Path(article)
    if article == "-" or path.suffix.lower() != ".json" or not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and "headline" in data and ("provenance" in data or "bottom_line" in data)


def _source_hash(data: Any) -> str | None:
    """The hash of the cleaned article a full briefing records (its provenance's source_sha256, or
    its id, the first 16 hex digits of it); None for bare content, which records none."""
    if not isinstance(data, dict):
        return None
    provenance = data.get("provenance")
    sha = provenance.get("source_sha256") if isinstance(provenance, dict) else None
    if isinstance(sha, str) and len(sha) == 64:
        return sha
    rid = data.get("id")
    return rid if isinstance(rid, str) and len(rid) == 16 and "provenance" in data else None
