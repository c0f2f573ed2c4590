"""The inline view's share of a comparison, worked out on a worker thread.

Asked for when the inline view is shown without it, or ahead of time once the side-by-side
view carries its highlights, so that switching views does not fall to the GUI thread (it is
about 200 ms of Python at 100,000 words). Only the share of the comparison last asked about
is handed on: one for an older comparison would show the wrong text, and is dropped.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from articlecompare.core.model import Comparison
from articlecompare.ui.jobs.workers import CallJob, JobSignals
from articlecompare.ui.panes import plan
from articlecompare.ui.panes.plan import PaneRender


class InlinePlanner(QObject):
    """``request(comparison)``; ``planned(comparison, render)`` follows if it is still the one
    wanted, or ``failed(comparison, message)``."""

    planned = Signal(object, object)   # Comparison, PaneRender
    failed = Signal(object, str)       # Comparison, one-line message
    dropped = Signal(object)           # Comparison whose share came when no longer wanted

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = JobSignals(self)
        self._wanted: Comparison | None = None
        self._asked: dict[int, Comparison] = {}   # job -> its comparison, until it reports
        self._next = 0
        self._signals.finished.connect(self._on_job_finished)
        self._signals.failed.connect(self._on_job_failed)

    def request(self, comparison: Comparison) -> None:
        """Work out ``comparison``'s share, unless that is under way already; a share asked
        for before and not yet handed on is no longer wanted."""
        if comparison is self._wanted:
            return
        self._wanted = comparison
        self._next += 1
        self._asked[self._next] = comparison
        self._pool.start(CallJob(self._next, lambda: self._plan(comparison), self._signals.finished,
                                 self._signals.failed))

    def drop(self) -> None:
        """No share is wanted now (another comparison has its share, or none is shown)."""
        self._wanted = None

    def is_busy(self) -> bool:
        """True while a share asked for has not been handed on or dropped."""
        return bool(self._asked)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Give up the share under way and wait for the worker."""
        self._wanted = None
        return self._pool.waitForDone(timeout_ms)

    def _plan(self, comparison: Comparison) -> PaneRender | None:
        """On the worker: the share, unless it is given up before or while it is worked out
        (then ``Cancelled`` ends the job soon, and its outcome is dropped)."""
        if comparison is not self._wanted:
            return None
        return plan.inline_render(comparison, cancel=lambda: comparison is not self._wanted)

    def _take(self, job_id: int) -> Comparison | None:
        """The job's comparison if its outcome is still wanted (it is no longer, after this)."""
        comparison = self._asked.pop(job_id, None)
        if comparison is None or comparison is not self._wanted:
            self.dropped.emit(comparison)
            return None
        self._wanted = None
        return comparison

    def _on_job_finished(self, job_id: int, render: Any) -> None:
        comparison = self._take(job_id)
        if comparison is not None and render is not None:
            self.planned.emit(comparison, render)

    def _on_job_failed(self, job_id: int, message: str) -> None:
        comparison = self._take(job_id)
        if comparison is not None:
            self.failed.emit(comparison, message)
