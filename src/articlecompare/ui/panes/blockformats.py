"""Highlights on the blocks of one text document, set a slice at a time.

Formats go straight onto each block's layout, as QSyntaxHighlighter does inside, but only on
the blocks that carry a highlight or lose one (QSyntaxHighlighter calls back into Python for
every block of the document). The blocks in view are done at once, the rest from a
zero-timer a few milliseconds per turn of the event loop, so a long text never holds the
window. Runs come bucketed per block (``highlight.bucket_runs``); their formats are looked up
when a block is done, so a block always gets the latest runs, never those of a pass that a
newer one replaced.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextDocument, QTextLayout

SLICE_MS = 4.0        # longest stretch of work per turn of the event loop
AT_ONCE_BLOCKS = 64   # done with those in view, at once: a short text is highlighted at once

BlockRuns = dict[int, list[tuple[int, int, Any]]]   # block -> (start, length, style or verdict)
FormatFor = Callable[[Any], QTextCharFormat]
Layered = list[tuple[int, int, QTextCharFormat]]


def overlay(base: QTextCharFormat, extra: QTextCharFormat) -> QTextCharFormat:
    """``base`` with ``extra`` laid on top, except that an underline ``base`` already has
    (facts, quotes) is kept: ``extra`` then adds only its properties, not its line."""
    merged = QTextCharFormat(base)
    if base.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline or base.fontUnderline():
        for key, value in extra.properties().items():
            if key >= QTextCharFormat.Property.UserProperty:
                merged.setProperty(key, value)
        return merged
    merged.merge(extra)
    return merged


def layered(runs: Layered, extras: Layered) -> Layered:
    """Non-overlapping ranges of one block: ``runs`` (non-overlapping) with each of ``extras``
    laid over them in turn, cut wherever either begins or ends."""
    if not extras:
        return runs
    points = sorted({p for start, length, _ in runs + extras for p in (start, start + length)})
    out: Layered = []
    for left, right in zip(points, points[1:]):
        base = next((f for s, n, f in runs if s <= left < s + n), None)
        covering = [f for s, n, f in extras if s <= left < s + n]
        if covering:
            fmt = base if base is not None else QTextCharFormat()
            for extra in covering:
                fmt = overlay(fmt, extra)
            out.append((left, right - left, fmt))
        elif base is not None:
            out.append((left, right - left, base))
    return out


def _format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, length, fmt
    return span


def _no_format(_key: Any) -> QTextCharFormat:
    return QTextCharFormat()


class BlockHighlighter(QObject):
    """Keeps a document's block formats equal to its runs with an overlay (annotations) on
    top. ``visible`` names the blocks in view, done first in every slice."""

    finished = Signal()   # a pass that had blocks to do is done: each carries what is asked

    def __init__(self, document: QTextDocument, visible: Callable[[], Iterable[int]] = tuple,
                 parent: QObject | None = None, slice_ms: float | None = None,
                 at_once: int | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._visible = visible
        self._slice_s = (SLICE_MS if slice_ms is None else slice_ms) / 1000
        self._at_once = AT_ONCE_BLOCKS if at_once is None else at_once
        self._runs: BlockRuns = {}
        self._run_format: FormatFor = _no_format
        self._overlay: BlockRuns = {}
        self._overlay_format: FormatFor = _no_format
        self._formatted: set[int] = set()   # blocks whose layout carries formats set here
        self._pending: set[int] = set()     # blocks whose formats may differ from what is asked
        self._order: list[int] = []         # the pending blocks, the next one last
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_runs(self, by_block: BlockRuns, format_for: FormatFor) -> None:
        """Highlight the blocks in view and a few more now, the rest from the event loop."""
        self._runs, self._run_format = by_block, format_for
        self._pending = set(by_block) | self._formatted
        self._order = sorted(self._pending, reverse=True)
        self._run_slice(self._at_once, 0.0)

    def set_overlay(self, by_block: BlockRuns, format_for: FormatFor) -> None:
        """Replace the overlay; the blocks it covered or covers are done at once (few)."""
        touched = set(self._overlay) | set(by_block)
        self._overlay, self._overlay_format = by_block, format_for
        for number in sorted(touched):
            self._pending.discard(number)
            self._apply(number)

    def clear(self) -> None:
        """No highlights: the blocks that carry some lose them (those in view at once)."""
        self._overlay = {}
        self.set_runs({}, _no_format)

    def forget(self) -> None:
        """The document's text is being replaced: its new blocks carry no formats, and
        nothing of what was asked for the old ones is left to do."""
        self._runs, self._overlay = {}, {}
        self._formatted.clear()
        self._pending.clear()
        self._order = []
        self._timer.stop()

    def is_busy(self) -> bool:
        return bool(self._pending)

    def formatted_blocks(self) -> set[int]:
        return set(self._formatted)

    def _on_timer_timeout(self) -> None:
        self._run_slice(1, self._slice_s)

    def _run_slice(self, at_least: int, budget_s: float) -> None:
        """The pending blocks in view, then ``at_least`` more and others for ``budget_s``."""
        deadline = time.perf_counter() + budget_s
        had_work = bool(self._pending)
        for number in self._visible():
            if number in self._pending:
                self._pending.discard(number)
                self._apply(number)
        done = 0
        while self._order and (done < at_least or time.perf_counter() < deadline):
            number = self._order.pop()
            if number in self._pending:
                self._pending.discard(number)
                self._apply(number)
                done += 1
        if self._pending:
            self._timer.start()
            return
        self._order = []
        if had_work:
            self.finished.emit()

    def _apply(self, number: int) -> None:
        block = self._document.findBlockByNumber(number)
        if not block.isValid():
            self._formatted.discard(number)
            return
        runs = [(s, n, self._run_format(key)) for s, n, key in self._runs.get(number, ())]
        extras = [(s, n, self._overlay_format(key)) for s, n, key in self._overlay.get(number, ())]
        ranges = [_format_range(*r) for r in layered(runs, extras)]
        layout = block.layout()
        laid_out = layout.lineCount() > 0
        if ranges:
            layout.setFormats(ranges)
            self._formatted.add(number)
        elif number in self._formatted:
            layout.clearFormats()
            self._formatted.discard(number)
        else:
            return
        if laid_out:   # a block never laid out takes its formats when it is; telling the
            self._document.markContentsDirty(block.position(), block.length())  # view costs a repaint
