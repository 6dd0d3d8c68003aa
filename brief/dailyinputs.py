"""Where a day's articles come from: paths, folders, JSONL, a list on stdin, URLs; read in batches."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def stdin_list(command: str | None = None) -> list[str]:
    """The paths and URLs listed on stdin, one per line. Text that is no such list (an article
    piped in: most lines neither a URL, an existing path nor a file name brief reads) is refused
    with InputError, not turned into one "no such file" per line of the article."""
    from .errors import InputError

    if sys.stdin is None:
        raise InputError("stdin: closed, no paths to read")
    buffer = getattr(sys.stdin, "buffer", None)  # bytes: a file name need not be UTF-8
    text = buffer.read().decode("utf-8", "surrogateescape") if buffer else sys.stdin.read()
    listed = [ln.strip() for ln in text.splitlines() if ln.strip() and ln.strip() != "-"]
    odd = [entry for entry in listed if not _listable(entry)]
    if len(odd) * 2 > len(listed):
        dash = f"`{command} -`" if command else "`-`"
        raise InputError(f"stdin: {dash} reads paths or URLs, one per line, but this looks like "
                         f"article text ({len(odd)} of {len(listed)} lines are neither a path nor a URL); "
                         "to brief one article from stdin use `brief summarize -`")
    return listed


def _listable(entry: str) -> bool:
    """Whether a stdin line can be an entry of a list: a URL, something that exists, or named
    like one (a file brief reads, or a word with no space, as a path that is missing is)."""
    from .inputs import SUFFIX_KIND

    if is_url(entry) or Path(entry).suffix.lower() in SUFFIX_KIND or not any(c.isspace() for c in entry):
        return True
    try:
        return Path(entry).exists()
    except (OSError, ValueError):  # a name too long, or with a NUL: no path
        return False


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split inputs into local paths and URLs; ``-`` is replaced by the paths listed on stdin."""
    paths: list[str] = []
    urls: list[str] = []
    for item in inputs:
        listed = stdin_list() if item == "-" else [item]
        for entry in listed:
            (urls if is_url(entry) else paths).append(entry)
    return paths, urls


async def fetch_url(url: str, *, timeout: float = 20.0) -> Any:
    """Fetch one article page as a RawDoc; any failure becomes an InputFailure, not an exception."""
    import httpx2

    from .inputs import MAX_BYTES, READS, InputFailure, Kind, RawDoc, unsupported_format

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
    what = unsupported_format(response.content)
    if what:  # a PDF link: its bytes read as text would be briefed as garbage
        return InputFailure(url, f"{what}, which is not supported: give the article's web page, "
                                 f"or save it as text or HTML (brief reads {READS})")
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
