"""Writing files so that a crash never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article
    from .schema import Briefing


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once, at import: os.umask is process-wide and not thread-safe


def write_atomic(path: str | Path, text: str, *, durable: bool = True) -> None:
    """Write ``text`` to ``path`` through a temporary file and an atomic rename.

    Either way a killed process never leaves half a file. ``durable`` also fsyncs the data
    before the rename, so the file survives a power cut too: worth it for a run's final
    files, not for each of hundreds of small ones that a rerun can rewrite.
    """
    target = Path(path)
    if target.is_symlink() and target.is_file() and not str(target.resolve()).startswith(("/proc/", "/dev/")):
        target = target.resolve()  # a link to a file: replace the file, atomically, and keep the link
    if target.is_symlink() or (target.exists() and not target.is_file()):
        # /dev/stdout, a device or a fifo, or a link: renaming over it would replace the node or
        # the link itself (as root, /dev/full became a file), so write through it instead
        try:
            with open(target, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(target)) from None
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:  # name the file the user asked for, not a temporary one
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; published pages must be readable
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def holds(path: Path, text: str) -> bool:
    """Whether ``path`` already holds exactly ``text``. Anything else is rewritten by a resumed
    run: a file left empty by a power cut, truncated or damaged by a crash, or not this
    briefing; a file is never kept on the strength of being there."""
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, ValueError):  # missing, unreadable, or not UTF-8
        return False


def write_briefing(folder: Path, briefing: Briefing, fresh: bool, page: bool, article: Article | None = None) -> None:
    """briefings/<id>.json, and with ``page`` its HTML page; a resumed run rewrites what is
    missing or damaged. Atomic but not fsynced one by one: the cache row (committed first)
    lets a rerun rewrite any file a power cut lost. Creating a file can take most of a
    millisecond, so the daily run calls this in a worker thread, off the event loop."""
    text = briefing.to_json()
    path, html = folder / f"{briefing.id}.json", folder / f"{briefing.id}.html"
    rewrite = fresh or not holds(path, text)
    if page:  # rendering costs under a millisecond: the page is compared whole, like the JSON
        markup = briefing.to_html(article)
        if rewrite or not holds(html, markup):
            write_atomic(html, markup, durable=False)
    if rewrite:
        write_atomic(path, text, durable=False)
