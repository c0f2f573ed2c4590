"""The progress line: pairs done of all, pairs per second, time left, failures; redrawn in
place on a terminal, a line at a time elsewhere."""
from __future__ import annotations

import io

from articlecompare.batch.progress import Progress, clock


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_clock() -> None:
    assert [clock(s) for s in (0, 7.4, 750, 11049)] == ["0:00", "0:07", "12:30", "3:04:09"]


def test_the_line_counts_rates_and_time_left(monkeypatch) -> None:
    now = [100.0]
    monkeypatch.setattr("articlecompare.batch.progress.time.monotonic", lambda: now[0])
    stream = Terminal()
    progress = Progress(total=1000, before=100, stream=stream)
    now[0] = 110.0
    progress.add(200, failed=3)
    assert progress.line() == "300 / 1,000 pairs (30%) · 20.0 pairs/s · 0:35 left · 3 failed"
    assert stream.getvalue() == "\r\x1b[K" + progress.line()
    progress.finish()
    assert stream.getvalue().endswith("\n")


def test_not_on_a_terminal_a_line_every_so_often(monkeypatch) -> None:
    now = [0.0]
    monkeypatch.setattr("articlecompare.batch.progress.time.monotonic", lambda: now[0])
    stream = io.StringIO()
    progress = Progress(total=50, before=0, stream=stream, every=10)
    for _ in range(5):
        now[0] += 4
        progress.add(10, failed=0)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert lines == ["10 / 50 pairs (20%) · 2.5 pairs/s · 0:16 left",
                     "40 / 50 pairs (80%) · 2.5 pairs/s · 0:04 left",
                     "50 / 50 pairs (100%) · 2.5 pairs/s · 0:00 left"]
