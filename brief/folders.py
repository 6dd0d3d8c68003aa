"""Which files in a folder are articles: walked in name order, links followed once, brief's own
output left out, and every folder that cannot be listed reported (``rglob`` skips it silently)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

#: What ``brief daily`` writes into its output folder: never read back as articles.
OUTPUT_NAMES = frozenset({".brief", "briefings", "daily.json", "daily.md", "daily.html",
                          "daily-failed.json", "daily-failed.md"})


def walk_folder(root: Path, out: Path | None = None, skip: Path | None = None,
                skipped: Counter[str] | None = None) -> Iterator[Any]:
    """Article files under ``root`` in name order, and an InputFailure for each folder that
    cannot be listed: a batch never drops an article without a word (``rglob`` skips such
    folders silently). Linked folders are followed, each real folder once, so a link back up
    cannot loop; brief's output (see :func:`is_output_folder`) is left out, and so is ``skip``
    whole (``brief clean --out`` inside the inbox), which is never entered. Files of other kinds
    are counted by extension in ``skipped`` (hidden ones, .DS_Store and the like, are not), so the
    caller can say what it left out."""
    from .inputs import READS, InputFailure

    out = resolved(out) if out is not None else None
    seen = {resolved(root)} | ({resolved(skip)} if skip is not None else set())
    found = False
    here: Counter[str] = Counter()
    for item in _walk(root, out, seen, here):
        found = True
        yield item
    if skipped is not None:
        skipped.update(here)
    if not found:
        below = skip is not None and resolved(root) in resolved(skip).parents
        besides = f" besides this run's output folder {skip}" if below else ""
        holds = f"; it holds {describe(here)}" if here else ""
        yield InputFailure(str(root), f"folder holds no file brief reads ({READS})"
                           + (" besides brief's own output" if is_output_folder(root, out) else besides) + holds)


def describe(skipped: Counter[str]) -> str:
    """"4 files brief does not read (.docx, .pdf, no extension)": the most common kinds first."""
    n = sum(skipped.values())
    kinds = ", ".join(k for k, _ in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{n} file{'s' if n != 1 else ''} brief does not read ({kinds})"


def count_skipped(paths: Iterable[str], out: Path | None = None) -> Counter[str]:
    """The files in the folders among ``paths`` that a run will not read, by extension: a walk
    that lists names only (no file is opened), for a note before a long run starts."""
    skipped: Counter[str] = Counter()
    for raw in paths:
        if raw != "-" and Path(raw).is_dir():
            for _ in walk_folder(Path(raw), out, skipped=skipped):
                pass
    return skipped


def _walk(folder: Path, out: Path | None, seen: set[Path], skipped: Counter[str]) -> Iterator[Any]:
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
            real = resolved(path)
            if real not in seen:  # a second link to a folder read already, or a link back up
                seen.add(real)
                yield from _walk(path, out, seen, skipped if not entry.name.startswith(".") else Counter())
        elif path.suffix.lower() in SUFFIX_KIND:
            # named like an article, so listed: a link to nothing or a pipe is a failure, not a gap
            yield path if _is_file(entry) else InputFailure(
                str(path), "a link to nothing" if not path.exists() else "not a regular file")
        elif not entry.name.startswith("."):
            ext = path.suffix.lower()
            skipped[ext if ext[1:].isalnum() else "no extension"] += 1  # "Report 3.5 final" has none


def is_output_folder(folder: Path, out: Path | None) -> bool:
    """Whether brief daily writes to ``folder``: it is this run's ``out`` (already resolved),
    or it holds brief's state (``.brief/``) or a digest brief wrote, whatever ``-o`` says now."""
    if out is not None and resolved(folder) == out:
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


def resolved(path: Path) -> Path:
    """The real path, so two names of one folder compare equal; as given if it cannot be resolved."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a link loop (Python < 3.13)
        return path.absolute()
