"""``brief clean``: show what the cleaner keeps, or write bodies for scoring."""

from __future__ import annotations

import json
import sys
from pathlib import Path, PurePath
from typing import Any

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--out", "--output", "-o", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write DIR/<input stem>.txt with the cleaned body only (no title), one per input. A file "
                   "found in a folder keeps its sub-folder (DIR/a/x.txt); a name this run already wrote "
                   "gets -2, -3…, said on stderr. Nothing written this run is overwritten, nor is any "
                   "input (refused, exit 2); a folder input skips DIR when DIR is inside it.")
def command(paths: tuple[str, ...], fmt: str, out_dir: str | None) -> None:
    """Print the cleaned article(s): title, metadata and numbered paragraphs (or, with -f json, one JSON
    object per line with the removal log).

    PATHS are files, folders (searched recursively), JSON/JSONL files of records, or - for a list of
    paths on stdin, one per line. Files brief reads: .txt, .text, .md, .markdown, .html, .htm, .json,
    .jsonl; other files in a folder are skipped, counted on stderr."""
    from collections import Counter

    from ..clean import clean
    from ..files import write_atomic
    from ..folders import describe
    from ..inputs import READS, InputFailure, input_files, iter_inputs

    failed = 0
    skipped: Counter[str] = Counter()
    written: dict[str, str] = {}  # casefolded output name -> the input that took it
    out = Path(out_dir) if out_dir else None
    args = _paths_from_stdin(paths)
    # every input, known before anything is written: `clean story.txt --out .` replaced the story
    # with its own body, and an earlier output could replace an input read later
    inputs = {_file_id(p) for p in input_files(args, skip=out)} - {None} if out else set()
    for arg in args:
        for item in iter_inputs([arg], skip=out, skipped=skipped):
            if isinstance(item, InputFailure):
                click.echo(f"brief: {item.name}: {item.reason}", err=True)
                failed += 1
                continue
            article = clean(item)
            if out:
                target = out / _out_name(item, arg, written)
                taken = _file_id(target)
                if taken is not None and taken in inputs:
                    whose = "the input itself" if item.path and taken == _file_id(Path(item.path)) else "an input"
                    click.echo(f"brief: {item.path or item.name}: not written: {target} is {whose}; "
                               "give --out a folder that holds no inputs", err=True)
                    failed += 1
                    continue
                write_atomic(target, article.body + "\n")
            elif fmt == "json":
                click.echo(json.dumps({"id": article.id, **article.model_dump()}, ensure_ascii=False))  # JSONL
            else:
                head = [f"# {article.source.title}"] if article.source.title else []
                if article.source.dek:
                    head.append(f"_{article.source.dek}_")
                click.echo("\n\n".join(head + [f"[{p.id}] {p.text}" for p in article.paragraphs]) + "\n")
    if skipped:
        click.echo(f"brief: skipped {describe(skipped)}; brief reads {READS}", err=True)
    if failed:
        sys.exit(2)


def _paths_from_stdin(paths: tuple[str, ...]) -> list[str]:
    """The arguments with the first "-" replaced by the paths stdin lists, read once up front (a
    later "-", or an empty list, is left for ``iter_inputs`` to report as it always has)."""
    args = list(paths)
    if "-" in args and sys.stdin is not None:
        from ..dailyinputs import stdin_list

        listed = stdin_list("brief clean")
        if listed:
            i = args.index("-")
            args[i:i + 1] = listed
    return args


def _file_id(path: Path) -> tuple[int, int] | None:
    """Device and inode, so another name (a link, another case, ./x) of the same file matches."""
    try:
        st = path.stat()
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _out_name(item: Any, arg: str, written: dict[str, str]) -> str:
    """A name under --out no other input of this run has: inputs sharing a stem (a/x.txt, b/x.txt,
    x.md) used to overwrite each other silently, leaving one body for three inputs."""
    stem = PurePath(item.name).stem
    if not stem or stem in (".", ".."):
        stem = "article"
    folder = PurePath()
    if item.path and Path(arg).is_dir():  # mirror the folder, so the output says where it came from
        try:
            folder = PurePath(item.path).parent.relative_to(PurePath(arg))
        except ValueError:
            pass
    source = item.path or item.name
    wanted = str(folder / f"{stem}.txt")
    name, n = wanted, 1
    while name.casefold() in written:  # casefold: on macOS and Windows x.txt and X.txt are one file
        n += 1
        name = str(folder / f"{stem}-{n}.txt")
    written[name.casefold()] = source
    if name != wanted:
        click.echo(f"brief: {source}: written as {name} ({wanted} is {written[wanted.casefold()]}'s)", err=True)
    return name
