"""Progress of a long article's steps (map, collapse, reduce): the caller's callback, else a
bar on a terminal's stderr (stdout carries the briefing), else nothing."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

#: ``progress(step, done, total)``
ProgressFn = Callable[[str, int, int], None]


@contextmanager
def step_progress(progress: ProgressFn | None) -> Iterator[ProgressFn]:
    """The caller's callback, else a rich progress bar on a terminal, else nothing."""
    if progress is not None or not sys.stderr.isatty():
        yield progress or (lambda step, done, total: None)
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:  # stdout carries the briefing
        tasks: dict[str, Any] = {}

        def report(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(f"{step} (chunks)" if step == "map" else step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        yield report
