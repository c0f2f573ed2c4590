"""``articlecompare batch``: the command's work once its arguments are read (``cli`` reads them).

Depends on the rest of ``batch``. Prints progress and a closing summary on ``stream``
(standard error); returns the exit status: 0 when the batch ran through (failed pairs are
in the output, not errors of the batch), 130 when interrupted.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from .inputs import PairSource, open_pairs
from .outputs import Outputs, Writer
from .progress import Progress, clock
from .records import FAILED, FILTERED, OK, Settings
from .runner import CHUNK, ProcessEngine, Tally, cores, in_process, run

EXIT_INTERRUPTED = 130


def engine_settings(settings: Settings) -> Settings:
    """``settings`` with the opinion model on one thread per worker: a batch's readings are a
    few sentences at a time, where a second thread gains little and, on a machine shared
    with other work, its spinning costs more than it gives (on 300 pairs, 2 cores at a load
    of 4-7: 16-28 pairs/s with one thread against 8-9 with two). ``--jobs`` is what uses
    the cores."""
    return Settings(settings.options, settings.only_with, settings.jsonl, settings.csv, 1)


def prepare(source: str, outputs: Outputs, settings: Settings,
            restart: bool) -> tuple[PairSource, Settings, Writer]:
    """The pairs of ``source``, ``settings`` making the lines ``outputs`` want, and the
    outputs opened (resumed, unless ``restart``)."""
    pairs = open_pairs(source)
    settings = Settings(settings.options, settings.only_with, outputs.jsonl is not None,
                        outputs.csv is not None, settings.threads)
    return pairs, settings, Writer(outputs, settings.header(), restart=restart)


def run_batch(source: str, outputs: Outputs, settings: Settings, *, jobs: int = 0,
              chunk_size: int = CHUNK, restart: bool = False, quiet: bool = False,
              stream: TextIO | None = None) -> int:
    """Compare every pair of ``source`` into ``outputs`` with ``jobs`` processes (0: one
    per core), showing progress on ``stream`` (standard error) unless ``quiet``. InputError
    and OutputError are the caller's to report."""
    jobs = jobs or cores()
    stream = stream or sys.stderr
    pairs, settings, writer = prepare(source, outputs, settings, restart)
    total = pairs.count()
    before = sum(writer.earlier.values())
    progress = None if quiet else Progress(total, before, stream)
    if before and not quiet:
        print(f"resuming: {before:,} of {total:,} pairs were done before", file=stream)
    engine = in_process if jobs == 1 else ProcessEngine(jobs)
    started = time.monotonic()
    tally = run(pairs, writer, engine_settings(settings), engine, progress, chunk_size)
    if progress is not None:
        progress.finish()
    if not quiet:
        print(summary(tally, time.monotonic() - started, outputs), file=stream)
    return EXIT_INTERRUPTED if tally.interrupted else 0


def summary(tally: Tally, seconds: float, outputs: Outputs) -> str:
    now = sum(tally.now.values())
    parts = [f"{tally.now[OK]:,} compared", f"{tally.now[FAILED]:,} failed"]
    if tally.now[FILTERED]:
        parts.append(f"{tally.now[FILTERED]:,} left out by the filter")
    rate = f"{now / seconds:.1f} pairs/s" if seconds > 0 else ""
    text = f"{now:,} pairs in {clock(seconds)} ({rate}): {', '.join(parts)}"
    before = sum(tally.before.values())
    if before:
        text += f"; {before:,} done before"
    written = " and ".join(str(p) for p in outputs.files())
    if tally.interrupted:
        return f"interrupted. {text}. Run the same command again to go on where it stopped ({written})."
    return f"{text}. Written to {written}."
