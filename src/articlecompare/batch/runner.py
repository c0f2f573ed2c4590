"""Running a batch: pairs in chunks through an engine, lines written in input order.

Depends on ``records``, ``outputs`` and ``progress``. An engine maps chunks to their results
in the order given (``in_process``, ``ProcessEngine`` here; ``on_dask`` on a cluster), so the
output is the same whatever ran it and however the work finished. Pairs the journal lists
as done are skipped; an id given twice is recorded as a failure under ``ID#2``.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from .outputs import Writer
from .progress import Progress
from .records import FAILED, Done, Settings, failed, run_chunk
from .work import Pair, Unreadable

Chunk = list[Pair | Unreadable]
Engine = Callable[[Iterator[Chunk], Settings], Iterator[list[Done]]]
CHUNK = 16
WORKER_DIED = "the worker comparing this pair died (out of memory, or killed)"


@dataclass
class Tally:
    """What a run did: pairs by status now and before (resumed), and whether it was cut
    short by an interrupt."""

    now: Counter[str] = field(default_factory=Counter)
    before: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunks(entries: Iterable[Pair | Unreadable], done: set[str], size: int = CHUNK) -> Iterator[Chunk]:
    """The entries not yet done, ``size`` at a time; a repeated id becomes a failure of its
    own (``ID#2``, ``ID#3``), so that every line names one pair."""
    seen: Counter[str] = Counter()
    chunk: Chunk = []
    for entry in entries:
        seen[entry.id] += 1
        if seen[entry.id] > 1:
            entry = Unreadable(f"{entry.id}#{seen[entry.id]}",
                               f"the id {entry.id!r} was given before; this pair was not compared")
        if entry.id in done:
            continue
        chunk.append(entry)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(entries: Iterable[Pair | Unreadable], writer: Writer, settings: Settings, engine: Engine,
        progress: Progress | None = None, chunk_size: int = CHUNK) -> Tally:
    """Every entry not yet done through ``engine``, written as its results come back; a
    Ctrl+C stops it with the outputs whole (what was written stays; the rest is for the
    next run with the same outputs)."""
    tally = Tally(before=Counter(writer.earlier))
    results = engine(chunks(entries, writer.done, chunk_size), settings)
    try:
        for result in results:
            _unbroken(writer.write, result)
            statuses = Counter(d.status for d in result)
            tally.now.update(statuses)
            if progress is not None:
                progress.add(len(result), statuses[FAILED])
    except KeyboardInterrupt:
        tally.interrupted = True
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # ends the engine's workers at once
        writer.close()
    return tally


def _unbroken(write: Callable[[list[Done]], None], chunk: list[Done]) -> None:
    """``write(chunk)`` with a Ctrl+C held back until it is done, so that an interrupted
    batch leaves whole chunks in every file (a kill is left to the journal to mend)."""
    if threading.current_thread() is not threading.main_thread():
        write(chunk)
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: held.append(number))
    try:
        write(chunk)
    finally:
        if previous is not None:  # None: a handler set outside Python, which stays
            signal.signal(signal.SIGINT, previous)
    if held:
        raise KeyboardInterrupt


def in_process(work: Iterator[Chunk], settings: Settings) -> Iterator[list[Done]]:
    """Each chunk compared here, one after the other."""
    for chunk in work:
        yield run_chunk(chunk, settings)


def _ignore_interrupts() -> None:
    # Ctrl+C reaches the whole process group: the main process alone decides what it means
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ProcessEngine:
    """``jobs`` worker processes, each loading the opinion model once; a few chunks per
    worker are under way at a time, and results are taken in order. A worker that dies (out
    of memory, killed) takes only the pair it was comparing: the chunk is compared again
    one pair at a time in fresh workers, and that pair is recorded as failed."""

    def __init__(self, jobs: int, ahead: int = 2) -> None:
        self.jobs = max(1, jobs)
        self.ahead = ahead
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self._context = multiprocessing.get_context(method)
        if method == "forkserver":
            self._context.set_forkserver_preload(["articlecompare.batch.records"])
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, work: Iterator[Chunk], settings: Settings) -> Iterator[list[Done]]:
        window: deque[tuple[Chunk, Future[list[Done]]]] = deque()
        try:
            for chunk in work:
                window.append((chunk, self._submit(chunk, settings)))
                if len(window) >= self.jobs * self.ahead:
                    yield self._result(window, settings)
            while window:
                yield self._result(window, settings)
        finally:
            self._stop(wait=not window)

    def _submit(self, chunk: Chunk, settings: Settings) -> Future[list[Done]]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=self._context,
                                             initializer=_ignore_interrupts)
        try:
            return self._pool.submit(run_chunk, chunk, settings)
        except BrokenProcessPool as error:
            # a worker died between two submissions (a chunk resubmitted a moment ago held
            # the pair that kills it): this chunk's result is the broken pool, handled where
            # results are taken, one pair at a time
            broken: Future[list[Done]] = Future()
            broken.set_exception(error)
            return broken

    def _result(self, window: deque[tuple[Chunk, Future[list[Done]]]], settings: Settings) -> list[Done]:
        chunk, future = window.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        self._stop(wait=False)
        done = [self._alone(entry, settings) for entry in chunk]
        for k, (later, _) in enumerate(window):  # the broken pool took these with it
            window[k] = (later, self._submit(later, settings))
        return done

    def _alone(self, entry: Pair | Unreadable, settings: Settings) -> Done:
        try:
            return self._submit([entry], settings).result()[0]
        except BrokenProcessPool:
            self._stop(wait=False)
            return failed(entry.id, WORKER_DIED, settings)

    def _stop(self, wait: bool) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if wait:
            pool.shutdown(wait=True)
            return
        # no public way to end the workers before Python 3.14's terminate_workers()
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
