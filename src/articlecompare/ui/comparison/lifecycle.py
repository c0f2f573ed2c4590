"""The life of the comparison the window shows: asked for, running (progress and Cancel),
then shown, failed or cancelled, and what the status bar and message bar say at each step.

Latest-only: ``ComparisonRunner`` cancels the job before and drops the results of old jobs;
a result for inputs that have changed since it was asked for is dropped here. Knows no panes
or lists: a result to show is handed on with ``comparison_arrived``.
"""
from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from articlecompare.core.model import Article, Comparison, Outcome
from articlecompare.core.options import CompareOptions
from articlecompare.ui.jobs.progress import ProgressIndicator
from articlecompare.ui.jobs.workers import ComparisonRunner
from articlecompare.ui.panes.plan import ViewPlan
from articlecompare.ui.widgets.messagebar import MessageBar

CANCELLED = "Comparison cancelled — Compare > Compare Again (Ctrl+R) to restart"
When = Callable[[Callable[[], object]], None]  # runs a call now or once ready


def at_once(call: Callable[[], object]) -> None:
    call()


class ComparisonLifecycle(QObject):
    """``request`` a comparison, ``cancel`` it, ``discard`` it when its inputs change;
    ``comparison_arrived`` hands on the latest result, and the window shows it."""

    comparison_arrived = Signal(object, object)   # Comparison, ViewPlan | None
    running_changed = Signal(bool)                # a comparison started, or none runs now

    def __init__(self, runner: ComparisonRunner, progress: ProgressIndicator, status: QLabel,
                 notices: MessageBar, when_ready: When = at_once, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._progress = progress
        self._status = status
        self._notices = notices
        self._when_ready = when_ready     # a comparison waits for this (a long text going in)
        self._inputs: tuple[Article, Article] | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.runner.comparison_started.connect(self._on_runner_comparison_started)
        self.runner.progress_changed.connect(self._progress.set_progress)
        self.runner.comparison_finished.connect(self._on_runner_comparison_finished)
        self.runner.comparison_failed.connect(self._on_runner_comparison_failed)
        self.runner.comparison_cancelled.connect(self._on_runner_comparison_cancelled)
        self._progress.cancel_requested.connect(self.cancel)

    def request(self, original: Article, revised: Article, options: CompareOptions) -> None:
        """Compare these (once ``when_ready`` allows); any comparison before is superseded."""
        self._inputs = (original, revised)
        self._when_ready(partial(self.runner.start, original, revised, options))

    def cancel(self) -> None:
        self.runner.cancel()

    def discard(self) -> None:
        """The inputs changed: the running comparison, and what was said about the last, go."""
        self._inputs = None
        self.runner.discard()
        self._stop_progress()
        self._status.setText("")  # "15 changes" was the comparison now gone
        self._notices.dismiss()

    def shutdown(self) -> bool:
        return self.runner.shutdown()

    def _on_runner_comparison_started(self, _job: int) -> None:
        self._progress.start()
        self.running_changed.emit(True)
        self._status.setText("Comparing…")

    def _on_runner_comparison_finished(self, plan: ViewPlan) -> None:
        self._stop_progress()
        comparison, inputs = plan.comparison, self._inputs
        if inputs is None or comparison.original is not inputs[0] or comparison.revised is not inputs[1]:
            return  # the inputs changed while it ran; a newer comparison is on its way
        self.comparison_arrived.emit(comparison, plan)
        self._say_shown(comparison)

    def _say_shown(self, comparison: Comparison) -> None:
        count = len(comparison.changes)
        self._status.setText(f"{count} change{'s' * (count != 1)}")
        if comparison.outcome != Outcome.COMPLETE:
            notes = " ".join(comparison.notes)
            self._notices.show_message(f"The comparison is {comparison.outcome.value}. {notes}".strip(), "info")
        # what is shown now lives long: keep its many small objects out of the full garbage
        # collections that the next comparison's allocations set off, which walk every tracked
        # object while holding the interpreter and so stall the window (about 80 ms at 100k
        # words); they are plain acyclic data, freed by reference counting all the same
        gc.freeze()

    def _on_runner_comparison_failed(self, message: str) -> None:
        self._stop_progress()
        self._status.setText("Comparison failed")
        self._notices.show_message(f"The comparison failed: {message}")

    def _on_runner_comparison_cancelled(self) -> None:
        self._stop_progress()
        self._status.setText(CANCELLED)

    def _stop_progress(self) -> None:
        if not self.runner.is_running():
            self._progress.stop()
            self.running_changed.emit(False)
