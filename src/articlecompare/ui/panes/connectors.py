"""The band between the two panes that links each change's text on one side to its text, or
to the spot where it would stand, on the other (as Meld's link map does), and each kept
paragraph's start to its counterpart's with a thin rung, so the panes' correspondence shows
wherever they are scrolled.

``LinkTable`` is plain data built on a worker thread (``plan``): the links in UTF-16 positions
with lookups of those in view, so a paint costs what is on screen, whatever the length of the
texts. ``ConnectorSplitter`` is the panes' splitter; its handle draws the band.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

from articlecompare.core.model import ChangeKind
from articlecompare.ui.panes.textview import DiffTextView

HANDLE_WIDTH = 28
LONG = 20_000   # UTF-16 units: a range longer than this is looked up on its own


@dataclass(frozen=True, slots=True)
class PaneLink:
    """One change as ranges of the two panes (UTF-16); a range with start == end is a spot."""

    change_id: str
    kind: ChangeKind
    left: tuple[int, int]
    right: tuple[int, int]


class LinkTable:
    """Links with lookups by position on either side. A link's ranges shorter than ``LONG``
    are found by bisection among those starting at most ``LONG`` before the view; the few
    longer ones (a long passage cut or added) are checked each time."""

    def __init__(self, links: Sequence[PaneLink] = (), rungs: Sequence[tuple[int, int]] = ()) -> None:
        """``rungs``: (left, right) starts of kept paragraphs, increasing on both sides."""
        self.links = list(links)
        self._index = {side: self._sorted(side) for side in (0, 1)}
        self.rungs = list(rungs)
        self._rung_keys = ([a for a, _ in self.rungs], [b for _, b in self.rungs])

    def _sorted(self, side: int) -> tuple[list[int], list[int], list[int]]:
        short = [n for n in range(len(self.links)) if self._length(n, side) <= LONG]
        order = sorted(short, key=lambda n: self._range(n, side)[0])
        longer = [n for n in range(len(self.links)) if self._length(n, side) > LONG]
        return order, [self._range(n, side)[0] for n in order], longer

    def _range(self, n: int, side: int) -> tuple[int, int]:
        return self.links[n].left if side == 0 else self.links[n].right

    def _length(self, n: int, side: int) -> int:
        start, end = self._range(n, side)
        return end - start

    def touching(self, side: int, first: int, last: int) -> list[int]:
        """Numbers of the links whose range on ``side`` (0 left, 1 right) meets first..last."""
        order, starts, longer = self._index[side]
        low, high = bisect_left(starts, first - LONG), bisect_right(starts, last)
        found = [n for n in order[low:high] if self._range(n, side)[1] >= first]
        found += [n for n in longer if self._range(n, side)[0] <= last and self._range(n, side)[1] >= first]
        return found

    def rungs_in_view(self, left: tuple[int, int], right: tuple[int, int]) -> list[tuple[int, int]]:
        """The rungs with an end in either view (given as first..last positions)."""
        found: set[int] = set()
        for keys, (first, last) in zip(self._rung_keys, (left, right)):
            found.update(range(bisect_left(keys, first), bisect_right(keys, last)))
        return [self.rungs[n] for n in sorted(found)]

    def in_view(self, left: tuple[int, int], right: tuple[int, int]) -> list[PaneLink]:
        """The links with some part in either view (given as first..last positions)."""
        numbers = set(self.touching(0, *left)) | set(self.touching(1, *right))
        return [self.links[n] for n in sorted(numbers)]


def visible_range(view: DiffTextView) -> tuple[int, int]:
    """First and last positions shown in ``view``."""
    port = view.viewport()
    return (view.cursorForPosition(QPoint(0, 0)).position(),
            view.cursorForPosition(QPoint(port.width(), port.height())).position())


class ConnectorHandle(QSplitterHandle):
    """A splitter handle that draws the links of the changes in view."""

    def __init__(self, orientation: Qt.Orientation, parent: ConnectorSplitter) -> None:
        super().__init__(orientation, parent)
        self._owner = parent

    def shapes(self) -> list[tuple[PaneLink, float, float, float, float]]:
        """(link, top and bottom on the left, top and bottom on the right) in this handle's
        coordinates, for the links in view; a spot has top == bottom."""
        views = self._owner.views
        if views is None or not self._owner.table.links:
            return []
        left, right = views
        ranges = visible_range(left), visible_range(right)
        shapes = []
        for link in self._owner.table.in_view(*ranges):
            lt, lb = self._rows(left, link.left, ranges[0])
            rt, rb = self._rows(right, link.right, ranges[1])
            shapes.append((link, lt, lb, rt, rb))
        return shapes

    def rung_rows(self) -> list[tuple[int, int, float, float]]:
        """(left, right, y on the left, y on the right) of the kept paragraphs' starts in
        view, in this handle's coordinates (a line's top; off the view, beyond its edge)."""
        views = self._owner.views
        if views is None or not self._owner.table.rungs:
            return []
        left, right = views
        ranges = visible_range(left), visible_range(right)
        return [(a, b, self._rows(left, (a, a + 1), ranges[0])[0], self._rows(right, (b, b + 1), ranges[1])[0])
                for a, b in self._owner.table.rungs_in_view(*ranges)]

    def _rows(self, view: DiffTextView, span: tuple[int, int], shown: tuple[int, int]) -> tuple[float, float]:
        height = view.viewport().height()
        start, end = span
        if end < shown[0]:
            top = bottom = -4.0
        elif start > shown[1]:
            top = bottom = height + 4.0
        elif start == end:
            top = bottom = view.gap_row(start)[0]
        else:
            top = view.span_rows(start, end)[0] if start >= shown[0] else -4.0
            bottom = view.span_rows(start, end)[1] if end <= shown[1] else height + 4.0
        offset = self.mapFrom(self._owner, view.viewport().mapTo(self._owner, QPoint(0, 0))).y()
        return top + offset, bottom + offset

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        shapes = self.shapes()
        if not shapes and not self._owner.table.rungs:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        views = self._owner.views
        assert views is not None
        top = self.mapFrom(self._owner, views[1].viewport().mapTo(self._owner, QPoint(0, 0))).y()
        painter.setClipRect(0, top, self.width(), views[1].viewport().height())
        width = float(self.width())
        painter.setPen(QPen(self._owner.rung_colour, 1.0))
        for _a, _b, ly, ry in self.rung_rows():
            path = QPainterPath(QPointF(0, ly))
            path.cubicTo(QPointF(width / 2, ly), QPointF(width / 2, ry), QPointF(width, ry))
            painter.drawPath(path)
        for link, lt, lb, rt, rb in shapes:
            fill, edge = self._owner.colours.get(link.kind, (QColor("#888888"), QColor("#666666")))
            path = QPainterPath(QPointF(0, lt))
            path.cubicTo(QPointF(width / 2, lt), QPointF(width / 2, rt), QPointF(width, rt))
            path.lineTo(QPointF(width, rb))
            path.cubicTo(QPointF(width / 2, rb), QPointF(width / 2, lb), QPointF(0, lb))
            path.closeSubpath()
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(fill)
            painter.drawPath(path)
        painter.end()


class ConnectorSplitter(QSplitter):
    """The splitter between the two panes; its handle draws the links (``set_links``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.views: tuple[DiffTextView, DiffTextView] | None = None
        self.table = LinkTable()
        self.colours: dict[ChangeKind, tuple[QColor, QColor]] = {}
        self.rung_colour = QColor("#B0B0B0")
        self.setHandleWidth(HANDLE_WIDTH)

    def createHandle(self) -> QSplitterHandle:  # noqa: N802
        return ConnectorHandle(self.orientation(), self)

    def set_views(self, left: DiffTextView, right: DiffTextView) -> None:
        """The two text views whose changes are linked; the band follows their scrolling."""
        self.views = (left, right)
        for view in self.views:
            view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
            view.document().documentLayout().documentSizeChanged.connect(self._on_view_scrolled)

    def set_links(self, table: LinkTable, colours: dict[ChangeKind, tuple[QColor, QColor]],
                  rung_colour: QColor | None = None) -> None:
        """What the band draws: the changes' links in their kinds' (fill, edge) colours, and
        the kept paragraphs' rungs in ``rung_colour``."""
        self.table, self.colours = table, dict(colours)
        if rung_colour is not None:
            self.rung_colour = QColor(rung_colour)
        self._on_view_scrolled()

    def band(self) -> ConnectorHandle | None:
        handle = self.handle(1) if self.count() > 1 else None
        return handle if isinstance(handle, ConnectorHandle) else None

    def _on_view_scrolled(self, *_args: object) -> None:
        band = self.band()
        if band is not None:
            band.update()
