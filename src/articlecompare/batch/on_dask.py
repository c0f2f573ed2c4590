"""The same batch on a Dask cluster: a ``dask.bag`` over the pairs, a partition per chunk,
each partition compared by ``records.run_chunk`` on a worker of a ``distributed.Client``.

Needs the ``dask`` extra (``pip install 'articlecompare[dask]'``); imported only when used.
Reads the same inputs and writes the same outputs, journal and resume included, as the
local batch: partitions are taken back in input order and written where the command would
write them, so the JSONL is the same line for line.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any, TextIO

from .command import prepare
from .outputs import Outputs
from .progress import Progress
from .records import Done, Settings, run_chunk
from .runner import CHUNK, Chunk, Tally, run


class DaskEngine:
    """Runs chunks on ``client``'s workers, a bag of ``wave`` partitions at a time, with the
    next bag submitted before the last one is taken in (so workers do not wait at a seam)."""

    def __init__(self, client: Any, wave: int = 0) -> None:
        self.client = client
        slots = sum(client.nthreads().values()) or 1  # every worker's threads, cluster-wide
        self.wave = wave or 4 * slots

    def __call__(self, work: Iterator[Chunk], settings: Settings) -> Iterator[list[Done]]:
        import dask.bag as db

        pending: deque[Any] = deque()
        try:
            while True:
                while len(pending) < 2 * self.wave:
                    wave = [chunk for _, chunk in zip(range(self.wave), work)]
                    if not wave:
                        break
                    pairs = [pair for chunk in wave for pair in chunk]
                    bag = db.from_sequence(pairs, partition_size=len(wave[0]))  # type: ignore[no-untyped-call]
                    pending.extend(self.client.compute(bag.map_partitions(run_chunk, settings).to_delayed()))
                if not pending:
                    return
                for _ in range(min(len(pending), self.wave)):
                    yield list(pending.popleft().result())
        finally:
            if pending:
                self.client.cancel(list(pending))


def run_on_dask(source: str, outputs: Outputs, settings: Settings, client: Any, *,
                chunk_size: int = CHUNK, restart: bool = False,
                stream: TextIO | None = None) -> Tally:
    """``articlecompare batch`` with ``client``'s cluster for workers. ``outputs`` is a
    ``batch.Outputs``; progress goes to ``stream`` when given. The opinion model runs on one
    thread in each worker unless ``settings.threads`` says otherwise (give each worker one
    thread, and as many workers as cores)."""
    pairs, settings, writer = prepare(source, outputs, settings, restart)
    if settings.threads is None:
        settings = Settings(settings.options, settings.only_with, settings.jsonl, settings.csv, 1)
    progress = Progress(pairs.count(), sum(writer.earlier.values()), stream) if stream else None
    tally = run(pairs, writer, settings, DaskEngine(client), progress, chunk_size)
    if progress is not None:
        progress.finish()
    return tally
