"""Synchronized scrolling that keeps aligned passages level.

Anchors are pairs of positions (one per pane) that should sit at the same height: the start
and end of every sentence the comparison aligned. Between anchors the position is
interpolated, so extra paragraphs on one side scroll past while the other side waits.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPlainTextEdit

from articlecompare.core.model import AlignKind, Comparison
from articlecompare.ui.highlight import to_utf16

Anchor = tuple[float, float]


def anchor_offsets(comparison: Comparison) -> list[tuple[int, int]]:
    """Code-point anchor pairs, increasing on both sides (moved sentences cannot anchor)."""
    pairs = [(0, 0)]
    for item in comparison.alignment:
        if item.original is None or item.revised is None or item.kind == AlignKind.MOVED:
            continue
        for pair in ((item.original.start, item.revised.start), (item.original.end, item.revised.end)):
            if pair[0] >= pairs[-1][0] and pair[1] >= pairs[-1][1]:
                pairs.append(pair)
    pairs.append((len(comparison.original.text), len(comparison.revised.text)))
    return pairs


def interpolate(anchors: Sequence[Anchor], x: float) -> float:
    """Map ``x`` through the piecewise-linear function through ``anchors`` (sorted by x)."""
    if not anchors:
        return x
    xs = [a[0] for a in anchors]
    i = bisect_right(xs, x)
    if i == 0:
        return anchors[0][1] + (x - anchors[0][0])
    if i == len(anchors):
        return anchors[-1][1] + (x - anchors[-1][0])
    (x0, y0), (x1, y1) = anchors[i - 1], anchors[i]
    if x1 == x0:
        return y1
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def line_of(edit: QPlainTextEdit, position: int) -> float:
    """The scroll-bar line (QPlainTextEdit scrolls by layout lines) where ``position`` sits."""
    block = edit.document().findBlock(position)
    if not block.isValid():
        return float(edit.verticalScrollBar().maximum())
    layout = block.layout()
    line = block.firstLineNumber()
    if layout is not None and layout.lineCount() > 0:
        line += layout.lineForTextPosition(position - block.position()).lineNumber()
    return float(line)


def visible_lines(edit: QPlainTextEdit) -> float:
    return edit.viewport().height() / max(1, edit.fontMetrics().lineSpacing())


class ScrollSync(QObject):
    """Keeps two panes level; the pane the user scrolls leads, the other follows."""

    def __init__(self, left: QPlainTextEdit, right: QPlainTextEdit) -> None:
        super().__init__(left)
        self._left, self._right = left, right
        self._offsets: list[tuple[int, int]] = []
        self._anchors: list[Anchor] | None = None
        self._busy = False
        self.enabled = True
        for edit in (left, right):
            edit.verticalScrollBar().valueChanged.connect(
                lambda _value, leader=edit: self.follow(leader))
            edit.document().contentsChanged.connect(self.invalidate)
            edit.viewport().installEventFilter(self)

    def set_positions(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Anchor pairs as UTF-16 positions of (left document, right document)."""
        self._offsets = list(pairs)
        self.invalidate()

    def set_comparison(self, comparison: Comparison | None) -> None:
        if comparison is None:
            self.set_positions([])
            return
        pairs = anchor_offsets(comparison)
        left = to_utf16(comparison.original.text, [p[0] for p in pairs])
        right = to_utf16(comparison.revised.text, [p[1] for p in pairs])
        self.set_positions(list(zip(left, right)))

    def invalidate(self) -> None:
        self._anchors = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.invalidate()
        return False

    def anchors(self) -> list[Anchor]:
        if self._anchors is None:
            self._anchors = [(line_of(self._left, a), line_of(self._right, b)) for a, b in self._offsets]
        return self._anchors

    def follow(self, leader: QPlainTextEdit) -> None:
        """Scroll the other pane so that it is level with ``leader``."""
        if self._busy or not self.enabled:
            return
        follower = self._right if leader is self._left else self._left
        anchors = self.anchors()
        if leader is self._right:
            anchors = [(b, a) for a, b in anchors]
        centre = leader.verticalScrollBar().value() + visible_lines(leader) / 2
        if anchors:
            target = interpolate(anchors, centre) - visible_lines(follower) / 2
        else:
            target = self._proportional(leader, follower)
        self._busy = True
        try:
            follower.verticalScrollBar().setValue(round(target))
        finally:
            self._busy = False

    def _proportional(self, leader: QPlainTextEdit, follower: QPlainTextEdit) -> float:
        lead = leader.verticalScrollBar()
        share = lead.value() / lead.maximum() if lead.maximum() else 0.0
        return share * follower.verticalScrollBar().maximum()
