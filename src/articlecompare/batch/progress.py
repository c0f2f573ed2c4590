"""The progress line of a batch: pairs done, pairs per second, time left, failures.

Depends on nothing of ours. On a terminal the line is redrawn in place a few times a
second; elsewhere (a log file, a CI job) a line is printed at most every ``every`` seconds.
"""
from __future__ import annotations

import time
from collections import deque
from typing import TextIO

RECENT = 30.0  # seconds of recent chunks the rate is taken over


def clock(seconds: float) -> str:
    """``0:07``, ``12:30``, ``3:04:09``."""
    s = max(0, int(round(seconds)))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class Progress:
    """Counts the pairs of a batch and shows how it goes on ``stream``."""

    def __init__(self, total: int, before: int, stream: TextIO, every: float = 10.0) -> None:
        self.total, self.before = total, before
        self.now = self.failed = 0
        self._stream = stream
        self._live = stream.isatty()
        self._every = 0.2 if self._live else every
        self.started = time.monotonic()
        self._shown = float("-inf")  # the first chunk is shown at once
        self._last = ""
        self._recent: deque[tuple[float, int]] = deque([(self.started, 0)])

    def add(self, pairs: int, failed: int) -> None:
        now = time.monotonic()
        self.now += pairs
        self.failed += failed
        self._recent.append((now, self.now))
        while len(self._recent) > 2 and now - self._recent[1][0] > RECENT:
            self._recent.popleft()
        if now - self._shown >= self._every:
            self._shown = now
            self._show(self.line())

    def rate(self) -> float:
        """Pairs per second over the last half minute or so (the whole run at first)."""
        (t0, n0), (t1, n1) = self._recent[0], self._recent[-1]
        return (n1 - n0) / (t1 - t0) if t1 > t0 else 0.0

    def line(self) -> str:
        done = self.before + self.now
        rate = self.rate()
        left = self.total - done
        eta = clock(left / rate) if rate > 0 and left > 0 else ("0:00" if left <= 0 else "–")
        share = f" ({100 * done / self.total:.0f}%)" if self.total else ""
        failed = f" · {self.failed:,} failed" if self.failed else ""
        return (f"{done:,} / {self.total:,} pairs{share} · {rate:.1f} pairs/s · "
                f"{eta} left{failed}")

    def _show(self, line: str) -> None:
        self._last = line
        if self._live:
            self._stream.write(f"\r\x1b[K{line}")
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def finish(self) -> None:
        """The last state, on a line of its own."""
        if self.line() != self._last:
            self._show(self.line())
        if self._live:
            self._stream.write("\n")
            self._stream.flush()
