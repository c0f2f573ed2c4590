"""Highlights in a QPlainTextEdit: runs bucketed per block, looked up by a QSyntaxHighlighter.

``to_utf16`` is the one place where code-point offsets (the model's) become UTF-16
positions (Qt's): an emoji before a word would otherwise shift every highlight after it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from articlecompare.ui.marks import Run, Style

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_LINE_BREAKS = ("\r", "\x0b", "\x85")

BlockRuns = dict[int, list[tuple[int, int, QTextCharFormat]]]
S = TypeVar("S")  # what a run's format is looked up by: a Style, or a verdict


def to_utf16(text: str, offsets: Sequence[int]) -> list[int]:
    """Qt positions (UTF-16 code units) of code-point ``offsets`` into ``text``."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return list(offsets)
    return [offset + bisect_left(astral, offset) for offset in offsets]


def display_text(text: str) -> str:
    r"""The text to put in a pane: same length in code points, but every line break a single
    character Qt will not merge (``\r\n`` would become one block separator and shift offsets)."""
    text = text.replace("\r\n", " \n")
    for mark in _LINE_BREAKS:           # str.replace is far faster than translate on long texts
        if mark in text:
            text = text.replace(mark, "\n")
    return text


def runs_to_utf16(text: str, runs: Sequence[Run]) -> list[tuple[int, int, Style]]:
    positions = to_utf16(text, [p for run in runs for p in (run.start, run.end)])
    return [(positions[2 * n], positions[2 * n + 1], run.style) for n, run in enumerate(runs)]


def bucket_by_block(document: QTextDocument, runs: Sequence[tuple[int, int, S]],
                    format_for: Callable[[S], QTextCharFormat]) -> BlockRuns:
    """Split UTF-16 runs at block boundaries: block number -> (start in block, length, format)."""
    by_block: BlockRuns = {}
    for start, end, style in runs:
        fmt = format_for(style)
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            first = block.position()
            left, right = max(start, first), min(end, first + block.length() - 1)
            if right > left:
                by_block.setdefault(block.blockNumber(), []).append((left - first, right - left, fmt))
            block = block.next()
    return by_block


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


class DiffHighlighter(QSyntaxHighlighter):
    """Applies precomputed per-block runs, and an overlay (annotations) on top of them;
    knows nothing of comparisons.

    Without runs it stays detached from its document, so setting a long text does not call
    ``highlightBlock`` once per block for nothing."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(None)  # type: ignore[call-overload]  # attached in set_runs
        self._target = document
        self._by_block: BlockRuns = {}
        self._overlay: BlockRuns = {}

    def set_runs(self, by_block: BlockRuns) -> None:
        if not by_block:
            self.clear_runs()
            return
        self._by_block = by_block
        if self.document() is None:
            self.setDocument(self._target)      # Qt would highlight later, from the event loop
        self.rehighlight()                      # ... but the formats are wanted now

    def set_overlay(self, by_block: BlockRuns) -> None:
        """Replace the overlay; only the blocks whose overlay changed are highlighted again."""
        old, self._overlay = self._overlay, by_block
        if self.document() is None:
            return                              # nothing shown yet: set_runs will apply it
        for number in sorted(set(old) | set(by_block)):
            if old.get(number) != by_block.get(number):
                block = self._target.findBlockByNumber(number)
                if block.isValid():
                    self.rehighlightBlock(block)

    def clear_runs(self) -> None:
        self._by_block = {}
        self._overlay = {}
        if self.document() is not None:
            self.setDocument(None)              # Qt drops the formats it had set

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        number = self.currentBlock().blockNumber()
        runs = self._by_block.get(number, ())
        for start, length, fmt in runs:
            self.setFormat(start, length, fmt)
        for start, length, extra in self._overlay.get(number, ()):
            cuts = sorted({start, start + length} | {p for s, n, _ in runs for p in (s, s + n)
                                                     if start < p < start + length})
            for left, right in zip(cuts, cuts[1:]):
                self.setFormat(left, right - left, overlay(self.format(left), extra))
