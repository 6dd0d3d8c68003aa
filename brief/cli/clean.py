"""``brief clean``: show what the cleaner keeps, or write bodies for scoring."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write DIR/<input stem>.txt with the cleaned body only (no title), one per input.")
def command(paths: tuple[str, ...], fmt: str, out_dir: str | None) -> None:
    """Print the cleaned article(s): title, metadata and numbered paragraphs (or, with -f json, one JSON
    object per line with the removal log)."""
    from ..clean import clean
    from ..files import write_atomic
    from ..inputs import InputFailure, iter_inputs

    failed = 0
    for item in iter_inputs(paths):
        if isinstance(item, InputFailure):
            click.echo(f"brief: {item.name}: {item.reason}", err=True)
            failed += 1
            continue
        article = clean(item)
        if out_dir:
            write_atomic(Path(out_dir) / f"{Path(item.name).stem}.txt", article.body + "\n")
        elif fmt == "json":
            click.echo(json.dumps({"id": article.id, **article.model_dump()}, ensure_ascii=False))  # JSONL
        else:
            head = [f"# {article.source.title}"] if article.source.title else []
            if article.source.dek:
                head.append(f"_{article.source.dek}_")
            click.echo("\n\n".join(head + [f"[{p.id}] {p.text}" for p in article.paragraphs]) + "\n")
    if failed:
        sys.exit(2)
