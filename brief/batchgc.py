"""Garbage collection tuned for a batch run, and put back as it was afterwards."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_GC_LOCK = threading.Lock()
_gc_runs: list[tuple[tuple[int, int, int], bool]] = []  # (thresholds before, froze) per run in progress


@contextlib.contextmanager
def batch_gc() -> Iterator[None]:
    """Garbage collection fit for a batch, while any run is in progress (then restored).

    The run allocates tens of thousands of short-lived objects (models, JSON, requests):
    at CPython's default a young collection comes every 700 and costs about 1 ms, and a
    full one rescans everything that existed before the run (modules, the SDK's types),
    about 0.1 s. So young collections come 30x less often, and the heap from before the
    run is frozen out of them, unless the caller had frozen objects already (theirs to manage).
    Runs may overlap (threads, tasks): the first one in sets this up, the last one out undoes it.
    """
    with _GC_LOCK:
        if not _gc_runs:
            thresholds = gc.get_threshold()
            froze = gc.get_freeze_count() == 0
            gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
            if froze:
                gc.freeze()
            _gc_runs.append((thresholds, froze))
        else:
            _gc_runs.append(_gc_runs[0])
    try:
        yield
    finally:
        with _GC_LOCK:
            thresholds, froze = _gc_runs.pop()
            if not _gc_runs:
                if froze:
                    gc.unfreeze()
                gc.set_threshold(*thresholds)
