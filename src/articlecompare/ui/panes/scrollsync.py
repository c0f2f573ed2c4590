"""Synchronized scrolling that keeps aligned passages level.

Anchors are pairs of positions (one per pane) that should sit at the same height: the start
and end of every sentence the comparison aligned. Between anchors the position is
interpolated, so extra paragraphs on one side scroll past while the other side waits.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QPlainTextEdit

from articlecompare.present.links import anchor_offsets

__all__ = ["AnchorTable", "ScrollSync", "anchor_offsets", "anchor_table", "interpolate", "place"]

Anchor = tuple[float, float]  # (x, y) of the interpolated function


@dataclass(frozen=True)
class AnchorTable:
    """Anchor pairs ready for lookups either way (built on a worker thread: at a million words
    there are some 100,000 pairs, and turning them round is tens of milliseconds)."""

    forward: list[tuple[int, int]] = field(default_factory=list)   # (left, right)
    reverse: list[tuple[int, int]] = field(default_factory=list)   # (right, left)
    lefts: list[int] = field(default_factory=list)
    rights: list[int] = field(default_factory=list)


def anchor_table(pairs: Sequence[tuple[int, int]]) -> AnchorTable:
    forward = list(pairs)
    lefts, rights = [a for a, _ in forward], [b for _, b in forward]
    return AnchorTable(forward, list(zip(rights, lefts)), lefts, rights)


def interpolate(anchors: Sequence[Anchor], x: float, xs: Sequence[float] | None = None) -> float:
    """Map ``x`` through the piecewise-linear function through ``anchors`` (sorted by x);
    ``xs`` may pass the anchors' x values, precomputed."""
    if not anchors:
        return x
    xs = [a[0] for a in anchors] if xs is None else xs
    i = bisect_right(xs, x)
    if i == 0:
        return anchors[0][1] + (x - anchors[0][0])
    if i == len(anchors):
        return anchors[-1][1] + (x - anchors[-1][0])
    (x0, y0), (x1, y1) = anchors[i - 1], anchors[i]
    if x1 == x0:
        return y1
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def place(edit: QPlainTextEdit, position: int, y: float) -> None:
    """Scroll ``edit`` so that ``position`` sits ``y`` pixels below the top of its viewport.

    QPlainTextEdit scrolls by layout lines, and it lays blocks out only when they are shown,
    so line numbers far away are estimates. This walks back from the target block measuring
    real block heights (which lays them out), as Qt's own ``centerCursor`` does.
    """
    document = edit.document()
    block = document.findBlock(min(max(0, position), document.characterCount() - 1))
    if not block.isValid():
        return
    edit.blockBoundingRect(block)                       # lays the block out
    layout = block.layout()
    inside = 0.0
    if layout is not None and layout.lineCount() > 0:
        inside = layout.lineForTextPosition(position - block.position()).y()
    room = y - inside - edit.document().documentMargin() * (block == document.begin())
    top = block
    while room > 0 and top.previous().isValid():
        top = top.previous()
        room -= edit.blockBoundingRect(top).height()
    skipped = 0
    if room < 0 and top.layout() is not None:
        lines = top.layout()
        while skipped < lines.lineCount() - 1 and lines.lineAt(skipped).y() + lines.lineAt(skipped).height() <= -room:
            skipped += 1
    edit.verticalScrollBar().setValue(top.firstLineNumber() + skipped)


class ScrollSync(QObject):
    """Keeps two panes level; the pane the user scrolls leads, the other follows.

    Anchors stay as document positions: following maps the position at the middle of the
    leading pane through them and scrolls the other pane to put the result at its middle.
    That is two lookups per scroll step, whatever the length of the texts.
    """

    def __init__(self, left: QPlainTextEdit, right: QPlainTextEdit) -> None:
        super().__init__(left)
        self._left, self._right = left, right
        self._table = AnchorTable()
        self._busy = False
        self.enabled = True
        for edit in (left, right):
            edit.verticalScrollBar().valueChanged.connect(
                lambda _value, leader=edit: self.follow(leader))

    def set_enabled(self, enabled: bool) -> None:
        """Keep the panes level (from now: the left pane follows the right one at once), or not."""
        self.enabled = enabled
        if enabled:
            self.follow(self._right)

    def set_positions(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Anchor pairs as UTF-16 positions of (left document, right document)."""
        self.set_table(anchor_table(pairs))

    def set_table(self, table: AnchorTable) -> None:
        """Anchor pairs as ``set_positions`` takes them, ready for lookups (``anchor_table``)."""
        self._table = table

    def counterpart(self, leader: QPlainTextEdit, position: int) -> int:
        """The position in the other pane that is level with ``position`` in ``leader``."""
        table = self._table
        if leader is self._left:
            return round(interpolate(table.forward, position, table.lefts))
        return round(interpolate(table.reverse, position, table.rights))

    def follow(self, leader: QPlainTextEdit) -> None:
        """Scroll the other pane so that it is level with ``leader``."""
        if self._busy or not self.enabled:
            return
        follower = self._right if leader is self._left else self._left
        self._busy = True
        try:
            if self._table.forward:
                middle = leader.viewport().rect().center()
                cursor = leader.cursorForPosition(QPoint(0, middle.y()))
                y = leader.cursorRect(cursor).top()
                place(follower, self.counterpart(leader, cursor.position()), y)
            else:
                follower.verticalScrollBar().setValue(round(self._proportional(leader, follower)))
        finally:
            self._busy = False

    def _proportional(self, leader: QPlainTextEdit, follower: QPlainTextEdit) -> float:
        lead = leader.verticalScrollBar()
        share = lead.value() / lead.maximum() if lead.maximum() else 0.0
        return share * follower.verticalScrollBar().maximum()
