"""Work off the GUI thread: comparisons (latest-only), reports exported, and files read.

A ``CancellableJob`` runs a function with a cancel flag and a progress callback (the engine's
``compare``, a report's export) and reports through a ``JobSignals`` object created on the GUI
thread. ``ComparisonRunner`` numbers comparisons, cancels the previous one when a new one
starts, and drops results of old jobs.
A ``CallJob`` calls a plain function (read a file, work out a view not shown yet) and reports
what it returned. Failures and cancellation become signals, never silence.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance

from articlecompare.core.jobs import Cancelled
from articlecompare.core.model import Article, Comparison
from articlecompare.core.options import CompareOptions

CompareFunction = Callable[..., Comparison]
HOLD_MS = 250   # longest a read file waits for another one being read before it is handed over
NEXT_MS = 20    # after one is handed over, the next waits this long (for layout, paint, timers)
PrepareFunction = Callable[[Comparison], Any]


class JobSignals(QObject):
    """Lives on the GUI thread; workers emit, queued connections deliver."""

    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)
    progressed = Signal(int, float, str)


class CancellableJob(QRunnable):
    """Calls ``work(cancel=..., progress=...)`` and emits ``finished`` with what it returned
    (passed through ``prepare``, if given, on the worker too), ``cancelled`` if it raised
    ``Cancelled``, or ``failed`` with ``describe(exception)``: one line fit to show."""

    def __init__(self, job_id: int, work: Callable[..., Any], signals: JobSignals,
                 prepare: PrepareFunction | None = None,
                 describe: Callable[[Exception], str] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job_id = job_id
        self._work = work
        self._prepare = prepare
        self._describe = describe or failure_text
        self._signals = signals
        self._cancel = threading.Event()
        self._last_percent = -1

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        result: Any = None
        cancelled, failure = False, ""
        try:
            result = self._result()
        except Cancelled:
            cancelled = True
        except Exception as exc:  # noqa: BLE001 - any failure must reach the window as a notice
            failure = self._describe(exc) or type(exc).__name__
        # Emitted here, not in the except blocks: emitted inside one, the signal was seen to
        # leave the exception alive after the job (a cancelled PDF export kept it in 3 runs of
        # 4), and with it the frames of the work and all they held.
        if cancelled:
            self._signals.cancelled.emit(self.job_id)
        elif failure:
            self._signals.failed.emit(self.job_id, failure)
        else:
            self._signals.finished.emit(self.job_id, result)

    def _result(self) -> Any:
        if self._cancel.is_set():
            raise Cancelled()
        result = self._work(cancel=self._cancel.is_set, progress=self._report)
        if self._prepare is not None:
            if self._cancel.is_set():
                raise Cancelled()
            result = self._prepare(result)
        return result

    def _report(self, fraction: float, stage: str) -> None:
        percent = int(fraction * 100)
        if percent != self._last_percent:
            self._last_percent = percent
            self._signals.progressed.emit(self.job_id, fraction, stage)


class JobHost(QObject):
    """Owns a pool of ``threads`` workers and the ``JobSignals`` its jobs report through, and
    passes each outcome to ``_on_job_finished``, ``_on_job_failed``, ``_on_job_cancelled``
    and ``_on_job_progressed``, which a subclass defines, as it does ``cancel``."""

    def __init__(self, threads: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = JobSignals(self)
        self._signals.finished.connect(self._on_job_finished)
        self._signals.failed.connect(self._on_job_failed)
        self._signals.cancelled.connect(self._on_job_cancelled)
        self._signals.progressed.connect(self._on_job_progressed)

    def cancel(self) -> None:
        raise NotImplementedError

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel and wait for the pool; True when every job has ended."""
        self.cancel()
        return self._pool.waitForDone(timeout_ms)

    def _on_job_finished(self, job_id: int, result: Any) -> None:
        raise NotImplementedError

    def _on_job_failed(self, job_id: int, message: str) -> None:
        raise NotImplementedError

    def _on_job_cancelled(self, job_id: int) -> None:
        raise NotImplementedError

    def _on_job_progressed(self, job_id: int, fraction: float, stage: str) -> None:
        raise NotImplementedError


class ComparisonRunner(JobHost):
    """Starts comparisons; only the latest one's outcome is passed on.

    ``prepare``, if given, turns the Comparison into what ``comparison_finished`` carries, on
    the worker thread (the window uses it to work out highlights off the GUI thread).
    """

    comparison_started = Signal(int)
    comparison_finished = Signal(object)
    comparison_failed = Signal(str)
    comparison_cancelled = Signal()
    progress_changed = Signal(float, str)
    result_dropped = Signal(int)

    def __init__(self, compare: CompareFunction, parent: QObject | None = None,
                 prepare: PrepareFunction | None = None) -> None:
        super().__init__(2, parent)
        self._compare = compare
        self._prepare = prepare
        self._current: CancellableJob | None = None
        self._latest = 0
        self._accepted = 0          # the job whose outcome is still wanted (0: none)

    @property
    def latest_job(self) -> int:
        return self._latest

    def is_running(self) -> bool:
        return self._current is not None

    def start(self, original: Article, revised: Article, options: CompareOptions) -> int:
        """Start a comparison, cancelling the one under way; returns the new job's id."""
        self.cancel()
        self._latest += 1
        self._accepted = self._latest
        self._current = CancellableJob(self._latest, partial(self._compare, original, revised, options),
                                       self._signals, self._prepare)
        self._pool.start(self._current)
        self.comparison_started.emit(self._latest)
        return self._latest

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()

    def discard(self) -> None:
        """Cancel the running job because its inputs are gone; its outcome will be dropped."""
        self.cancel()
        self._accepted = 0
        self._current = None

    def _is_current(self, job_id: int) -> bool:
        if job_id != self._accepted:
            self.result_dropped.emit(job_id)
            return False
        self._current = None
        return True

    def _on_job_finished(self, job_id: int, result: Any) -> None:
        if self._is_current(job_id):
            self.comparison_finished.emit(result)

    def _on_job_failed(self, job_id: int, message: str) -> None:
        if self._is_current(job_id):
            self.comparison_failed.emit(message)

    def _on_job_cancelled(self, job_id: int) -> None:
        if self._is_current(job_id):
            self.comparison_cancelled.emit()

    def _on_job_progressed(self, job_id: int, fraction: float, stage: str) -> None:
        if job_id == self._accepted:
            self.progress_changed.emit(fraction, stage)



class LoadSignals(QObject):
    """Lives on the GUI thread; load jobs emit, queued connections deliver."""

    loaded = Signal(int, object)
    failed = Signal(int, str)


def failure_text(exc: Exception) -> str:
    """A failure as one line for the window: its type and message."""
    return f"{type(exc).__name__}: {exc}"


def _load_failure_text(exc: Exception) -> str:
    return str(exc) if type(exc).__name__ == "LoadError" else failure_text(exc)


class CallJob(QRunnable):
    """Calls ``work()`` off the GUI thread and emits ``done(job_id, result)``, or
    ``failed(job_id, message)`` if it raised (signals of a QObject on the GUI thread): reading
    a file, working out a view that is not shown yet."""

    def __init__(self, job_id: int, work: Callable[[], Any], done: SignalInstance, failed: SignalInstance,
                 describe: Callable[[Exception], str] = failure_text) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job_id = job_id
        self._work = work
        self._done, self._failed, self._describe = done, failed, describe

    def run(self) -> None:
        result: Any = None
        failure = ""
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - any failure must reach the window as a notice
            failure = self._describe(exc) or type(exc).__name__
        if failure:   # (outside the except block: see CancellableJob.run)
            self._failed.emit(self.job_id, failure)
        else:
            self._done.emit(self.job_id, result)


class QuietJob(QRunnable):
    """Calls ``work()`` off the GUI thread for its effect alone; a failure is left unsaid (the
    work was only a head start: what it prepared is done again when it is needed)."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work

    def run(self) -> None:
        try:
            self._work()
        except Exception:  # noqa: BLE001, S110 - a head start that failed costs nothing
            pass


def load_job(job_id: int, path: str, load: Callable[[str], Any], signals: LoadSignals) -> CallJob:
    """Reads one file into an Article (loading a large saved page can take seconds of
    extraction, which must not freeze the window); a LoadError's message is shown as it is."""
    return CallJob(job_id, partial(load, path), signals.loaded, signals.failed, _load_failure_text)


class FileLoader(QObject):
    """Reads files off the GUI thread; for each side only the latest request counts.

    Files are read one at a time: reading is Python work that holds the interpreter, so two
    at once only slow each other and the window. What they bring is handed over one file at
    a time, ``NEXT_MS`` apart (showing a long text takes the GUI thread tens of milliseconds;
    in between, the event loop lays it out, paints it and runs its timers). A file read while
    another is still being read waits for it, ``HOLD_MS`` at most: showing a text while a
    thread reads the next one takes about twice as long, both wanting the interpreter.
    """

    loaded = Signal(str, str, object)   # side, path, Article
    failed = Signal(str, str, str)      # side, path, one-line message

    def __init__(self, load: Callable[[str], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = LoadSignals(self)
        self._jobs: dict[int, tuple[str, str]] = {}
        self._latest: dict[str, int] = {}
        self._next = 0
        self._arrived: deque[tuple[int, Article | None, str]] = deque()
        self._handover = QTimer(self)
        self._handover.setSingleShot(True)
        self._handover.setInterval(0)
        self._signals.loaded.connect(self._on_job_loaded)
        self._signals.failed.connect(self._on_job_failed)
        self._handover.timeout.connect(self._on_handover_timeout)

    def start(self, side: str, path: str, load: Callable[[str], Any] | None = None) -> int:
        """Read ``path`` for ``side`` (with ``load`` instead of the loader's own reader: a
        web archive's chosen capture)."""
        self._next += 1
        self._jobs[self._next] = (side, path)
        self._latest[side] = self._next
        self._pool.start(load_job(self._next, path, load or self._load, self._signals))
        return self._next

    def run_ahead(self, work: Callable[[], object]) -> None:
        """Run ``work`` on the reading thread before the files asked for after it; what it
        returns or raises is not wanted (it prepares, as the extractors' warm-up does)."""
        self._pool.start(QuietJob(work))

    def is_loading(self, side: str) -> bool:
        return self._latest.get(side, 0) in self._jobs

    def forget(self, side: str) -> None:
        """The side got other content: a pending load's result is no longer wanted."""
        self._latest[side] = 0

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def _on_job_loaded(self, job_id: int, article: Article) -> None:
        self._arrive(job_id, article, "")

    def _on_job_failed(self, job_id: int, message: str) -> None:
        self._arrive(job_id, None, message)

    def _arrive(self, job_id: int, article: Article | None, message: str) -> None:
        self._arrived.append((job_id, article, message))
        self._schedule_handover(0)

    def _schedule_handover(self, soonest_ms: int) -> None:
        wait = HOLD_MS if len(self._jobs) > len(self._arrived) else soonest_ms   # still reading one?
        if not self._handover.isActive() or self._handover.remainingTime() > wait:
            self._handover.start(wait)

    def _on_handover_timeout(self) -> None:
        job_id, article, message = self._arrived.popleft()
        side, path = self._jobs.pop(job_id)
        if self._arrived:
            self._schedule_handover(NEXT_MS)
        if self._latest.get(side) != job_id:
            return
        if article is not None:
            self.loaded.emit(side, path, article)
        else:
            self.failed.emit(side, path, message)
