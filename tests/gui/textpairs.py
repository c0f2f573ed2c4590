"""Opening a pair of texts the test writes in a window on the real engine."""
from __future__ import annotations

from pathlib import Path

from articlecompare.core.compare import compare


def open_text_pair(qtbot, make_window, folder: Path, original: str, revised: str,
                   size: tuple[int, int] = (1280, 800), name: str = "pair"):
    """A window of ``size`` comparing ``original`` with ``revised`` (written to ``folder``),
    once the comparison has arrived and the panes carry their highlights."""
    a, b = folder / f"{name}-a.txt", folder / f"{name}-b.txt"
    a.write_text(original, encoding="utf-8")
    b.write_text(revised, encoding="utf-8")
    window = make_window(compare, size=size)
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=20000):
        window.open_pair(str(a), str(b))
    qtbot.waitUntil(lambda: not window.compare_view.is_highlighting(), timeout=5000)
    return window
