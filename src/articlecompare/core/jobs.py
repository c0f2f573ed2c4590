"""Cancellation and progress plumbing for long computations, with no knowledge of threads.

Core functions take ``cancel`` (a callable returning True when the caller gave up) and
``progress`` (called with a fraction 0..1 and a short stage name). Either may be None.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

CancelCheck = Callable[[], bool]
ProgressCallback = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised inside a computation when its ``cancel`` check says the caller gave up."""


class Stages:
    """Reports progress over named stages with fixed weights, and checks for cancellation.

    ``stages.step("align", 0.5)`` reports half-way through the "align" stage.
    """

    def __init__(self, weights: Mapping[str, float], cancel: CancelCheck | None = None,
                 progress: ProgressCallback | None = None) -> None:
        total = sum(weights.values()) or 1.0
        self._offsets: dict[str, tuple[float, float]] = {}
        start = 0.0
        for name, weight in weights.items():
            self._offsets[name] = (start / total, weight / total)
            start += weight
        self._cancel = cancel
        self._progress = progress

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def step(self, stage: str, fraction: float = 0.0) -> None:
        self.check()
        if self._progress is not None:
            offset, width = self._offsets[stage]
            self._progress(min(1.0, offset + width * max(0.0, min(1.0, fraction))), stage)


_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Holds off Python's cycle collector while the body runs (in any thread; nested and
    concurrent uses share one pause, and the collector's former state comes back when the
    last ends). A comparison builds millions of long-lived objects without cycles: each full
    collection walks them all, finds nothing, and holds the interpreter, a quarter of a second
    at a time for a million words. When the last pause ends, what was made meanwhile is moved
    out of the collector's sight (``gc.freeze``): otherwise the first collection after it
    would walk all of it at once. Those objects are still freed by reference counting; only
    a reference cycle made during the pause would never be collected."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()


def let_go(*containers: dict[Any, Any] | list[Any] | set[Any]) -> None:
    """Empty each container a piece at a time, in Python, so other threads (a window) get
    the interpreter every few milliseconds: dropping a million objects at once, as a large
    comparison's working data would be when it ends, holds it for a third of a second."""
    for container in containers:
        if isinstance(container, dict):
            while container:
                container.popitem()
            container.clear()  # an emptied dict keeps its table until cleared
        elif isinstance(container, set):
            while container:
                container.pop()
        else:
            while container:
                del container[-4096:]
