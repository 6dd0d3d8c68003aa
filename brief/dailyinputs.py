"""Where a day's articles come from: paths, folders, JSONL, a list on stdin, URLs; read in batches."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split inputs into local paths and URLs; ``-`` is replaced by the paths listed on stdin."""
    paths: list[str] = []
    urls: list[str] = []
    for item in inputs:
        listed = [ln.strip() for ln in sys.stdin if ln.strip() and ln.strip() != "-"] if item == "-" else [item]
        for entry in listed:
            (urls if is_url(entry) else paths).append(entry)
    return paths, urls


#: What ``brief daily`` writes into its output folder: never read back as articles.
OUTPUT_NAMES = frozenset({".brief", "briefings", "daily.json", "daily.md", "daily.html",
                          "daily-failed.json", "daily-failed.md"})


def read_inputs(paths: Iterable[str], out: Path | None = None) -> Iterator[Any]:
    """Every article in ``paths`` (RawDoc or InputFailure); folders are walked by
    :func:`walk_folder`, so brief's own output is not re-read; a file named is always read."""
    from .inputs import InputFailure, iter_inputs

    mine = _resolved(out) if out is not None else None
    for raw in paths:
        if not Path(raw).is_dir():
            yield from iter_inputs([raw])
            continue
        for found in walk_folder(Path(raw), mine):
            if isinstance(found, InputFailure):
                yield found
            else:
                yield from iter_inputs([str(found)])


def walk_folder(root: Path, out: Path | None = None) -> Iterator[Any]:
    """Article files under ``root`` in name order, and an InputFailure for each folder that
    cannot be listed: a batch never drops an article without a word (``rglob`` skips such
    folders silently). Linked folders are followed, each real folder once, so a link back up
    cannot loop; brief's output (see :func:`is_output_folder`) is left out."""
    from .inputs import InputFailure

    found = False
    for item in _walk(root, out, {_resolved(root)}):
        found = True
        yield item
    if not found:
        yield InputFailure(str(root), "folder holds no .txt/.md/.html/.json/.jsonl files"
                           + (" besides brief's own output" if is_output_folder(root, out) else ""))


def _walk(folder: Path, out: Path | None, seen: set[Path]) -> Iterator[Any]:
    from .inputs import SUFFIX_KIND, InputFailure

    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield InputFailure(str(folder), f"cannot read the folder ({exc.strerror or exc})")
        return
    skip = OUTPUT_NAMES if is_output_folder(folder, out) else frozenset()
    for entry in entries:
        path = folder / entry.name
        if entry.name in skip:
            continue
        if _is_dir(entry):
            real = _resolved(path)
            if real not in seen:  # a second link to a folder read already, or a link back up
                seen.add(real)
                yield from _walk(path, out, seen)
        elif path.suffix.lower() in SUFFIX_KIND:
            # named like an article, so listed: a link to nothing or a pipe is a failure, not a gap
            yield path if _is_file(entry) else InputFailure(
                str(path), "a link to nothing" if not path.exists() else "not a regular file")


def is_output_folder(folder: Path, out: Path | None) -> bool:
    """Whether brief daily writes to ``folder``: it is this run's ``out`` (already resolved),
    or it holds brief's state (``.brief/``) or a digest brief wrote, whatever ``-o`` says now."""
    if out is not None and _resolved(folder) == out:
        return True
    return (folder / ".brief").is_dir() or _is_digest(folder / "daily.json")


def _is_digest(path: Path) -> bool:
    """A daily.json that brief wrote opens with the digest's first fields (read: 200 bytes)."""
    try:
        with open(path, "rb") as f:
            head = f.read(200)
    except OSError:
        return False
    return head.lstrip().startswith(b"{") and b'"schema_version"' in head and b'"generated_at"' in head


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows a link
    except OSError:  # a link loop, or a target that cannot be examined
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _resolved(path: Path) -> Path:
    """The real path, so two names of one folder compare equal; as given if it cannot be resolved."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a link loop (Python < 3.13)
        return path.absolute()


async def fetch_url(url: str, *, timeout: float = 20.0) -> Any:
    """Fetch one article page as a RawDoc; any failure becomes an InputFailure, not an exception."""
    import httpx2

    from .inputs import MAX_BYTES, InputFailure, Kind, RawDoc

    try:
        async with httpx2.AsyncClient(follow_redirects=True, timeout=timeout) as client:
            response = await client.get(url, headers={"User-Agent": "brief/0.1 (+daily briefing)"})
        response.raise_for_status()
    except httpx2.HTTPStatusError as exc:
        return InputFailure(url, f"HTTP {exc.response.status_code} fetching the page")
    except httpx2.HTTPError as exc:
        return InputFailure(url, f"cannot fetch ({type(exc).__name__}: {exc or 'no network?'})")
    if len(response.content) > MAX_BYTES:
        size = len(response.content) / 1e6
        return InputFailure(url, f"page is {size:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")
    kind: Kind = "html" if "html" in response.headers.get("content-type", "html") else "text"
    return RawDoc(name=url, data=response.text, kind=kind, meta={"url": url}, path=None)


def doc_name(doc: Any) -> str:
    """How failures and the log name an input: its path, ``file#record`` for JSONL, or its URL
    (RawDoc has already made both printable)."""
    if not doc.path:
        return doc.name
    return doc.path if doc.name == Path(doc.path).stem else f"{doc.path}#{doc.name}"


READ_BATCH_DOCS, READ_BATCH_BYTES = 8, 1_000_000


def take(source: Iterator[Any]) -> list[Any]:
    """The next few inputs, read in one worker-thread hop (a hop per small file costs more
    than reading it), but never more than about a megabyte of them."""
    batch: list[Any] = []
    size = 0
    for doc in source:
        batch.append(doc)
        size += len(getattr(doc, "data", "") or "")
        if len(batch) >= READ_BATCH_DOCS or size >= READ_BATCH_BYTES:
            break
    return batch
