"""A read-only text pane that takes drops, draws change bars and frames the current change."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor, QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QHelpEvent, QMouseEvent,
    QPainter, QPaintEvent, QPen, QPolygonF, QTextBlock, QTextCursor, QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from articlecompare.ui.panes.blockformats import BlockHighlighter
from articlecompare.ui.panes.drops import payload_from_mime
from articlecompare.ui.panes.scrollsync import place
from articlecompare.ui.panes.textfeed import TextFeed
from articlecompare.ui.widgets.plaintext import plain_tooltip

BAR_WIDTH = 4
MARGIN = 12
MARKER_SIZE = 9
MAX_VISIBLE_BLOCKS = 300
GAP_REACH = 5   # pixels either side of a spot's mark that a click still reaches


def _text_block(block: QTextBlock, step: int) -> QTextBlock | None:
    """``block`` or the nearest block past it (``step`` 1 forward, -1 back) with text in it."""
    while block.isValid() and not block.text().strip():
        block = block.next() if step > 0 else block.previous()
    return block if block.isValid() else None


class DiffTextView(QPlainTextEdit):
    """Shows one text; ``payload_dropped`` reports files, HTML or text dropped on it."""

    payload_dropped = Signal(object)
    position_clicked = Signal(int)
    gap_clicked = Signal(str)   # the id of the change whose spot (``set_gaps``) was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[int, int, QColor]] = []
        self._markers: list[tuple[int, int, QColor]] = []
        self._gaps: list[tuple[int, str, QColor]] = []
        self._current: tuple[int, int] | None = None
        self.menu_provider: Callable[[int], QMenu | None] | None = None
        self.gap_tip: Callable[[str], str] | None = None   # change id -> what its mark's tooltip says
        self.highlighter = BlockHighlighter(self.document(), self.visible_blocks, self)
        self.feed = TextFeed(self)
        self._build_layout()

    def _build_layout(self) -> None:
        self.setReadOnly(True)
        # room to scroll past the end: a passage near the end of one text can be put level
        # with its counterpart higher up in the other pane (as a diff tool's filler allows)
        self.setCenterOnScroll(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document().setDocumentMargin(MARGIN)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def set_text(self, text: str) -> None:
        """Show ``text`` (a long one is put in a piece at a time: see ``when_filled``)."""
        self.highlighter.forget()
        self._bars, self._markers, self._gaps, self._current = [], [], [], None
        self.feed.set_text(text)

    def is_filling(self) -> bool:
        """True while a long text is still being put in."""
        return self.feed.is_filling()

    def when_filled(self, call: Callable[[], None]) -> None:
        """Call ``call`` once the whole text is in (now, if it is): what needs all of it waits."""
        self.feed.when_filled(call)

    def set_bars(self, bars: list[tuple[int, int, QColor]]) -> None:
        """Change bars in the left margin: (start, end) UTF-16 positions and a colour."""
        self._bars = sorted(bars, key=lambda bar: bar[0])
        self.viewport().update()

    def set_markers(self, markers: list[tuple[int, int, QColor]]) -> None:
        """Annotation dots in the right margin: (start, end) UTF-16 positions and a colour."""
        self._markers = sorted(markers, key=lambda marker: marker[0])
        self.viewport().update()

    def markers(self) -> list[tuple[int, int, QColor]]:
        return list(self._markers)

    def set_gaps(self, gaps: list[tuple[int, str, QColor]]) -> None:
        """Spots where a change of the other pane would stand, text this pane lacks: (UTF-16
        position, change id, colour). Drawn as a line across the pane between paragraphs, or
        as a caret inside a line (a proofreader's mark for something left out)."""
        self._gaps = sorted(gaps, key=lambda gap: gap[0])
        self.viewport().update()

    def gaps(self) -> list[tuple[int, str, QColor]]:
        return list(self._gaps)

    def gap_row(self, position: int) -> tuple[float, bool]:
        """(y in the viewport, between paragraphs) of the mark for a spot at ``position``: the
        middle of the blank between the paragraphs around it, else its line's baseline."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.setPosition(min(max(0, position), document.characterCount() - 1))
        block = cursor.block()
        if cursor.atBlockEnd() or cursor.atBlockStart():
            before = block if cursor.atBlockEnd() and block.length() > 1 else _text_block(block.previous(), -1)
            after = _text_block(block.next() if cursor.atBlockEnd() else block, 1)
            offset = self.contentOffset()
            top = self.blockBoundingGeometry(before).translated(offset).bottom() if before else None
            bottom = self.blockBoundingGeometry(after).translated(offset).top() if after else None
            if top is not None and bottom is not None:
                return (top + bottom) / 2, True
            if top is not None or bottom is not None:
                return (top + 3 if top is not None else bottom - 3), True  # type: ignore[operator]
        return float(self.cursorRect(cursor).bottom()), False

    def set_current(self, span: tuple[int, int] | None) -> None:
        self._current = span
        self.viewport().update()

    def current(self) -> tuple[int, int] | None:
        return self._current

    def visible_blocks(self) -> range:
        """Numbers of the blocks in view (at most ``MAX_VISIBLE_BLOCKS``)."""
        first = self.firstVisibleBlock().blockNumber()
        last = self.cursorForPosition(QPoint(0, self.viewport().height())).blockNumber()
        return range(max(0, first), max(first, min(last, first + MAX_VISIBLE_BLOCKS)) + 1)

    def scroll_to_position(self, position: int, fraction: float = 0.3) -> None:
        """Scroll so that ``position`` sits ``fraction`` of the way down the viewport (once the
        text is all in)."""
        self.when_filled(lambda: place(self, position, self.viewport().height() * fraction))

    def gap_at(self, point: QPoint) -> str | None:
        """The change id of the spot mark at ``point`` of the viewport, if one is there."""
        first, last = self._shown_positions()
        for position, change_id, _colour in self._visible_gaps(first, last):
            y, _between = self.gap_row(position)
            if abs(point.y() - y) <= GAP_REACH:
                return change_id
        return None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        """A spot's mark tells what stands there in the other pane (``gap_tip``)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.gap_tip is not None:
            gap = self.gap_at(event.pos())
            if gap is not None:
                QToolTip.showText(event.globalPos(), plain_tooltip(self.gap_tip(gap)), self.viewport())
                return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            gap = self.gap_at(event.position().toPoint())
            if gap is not None:
                self.gap_clicked.emit(gap)
            else:
                self.position_clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def context_menu(self, point: QPoint) -> QMenu:
        """The menu for a point of the viewport: what ``menu_provider`` (set by the owner) gives
        for the text there, such as a change's verdicts, followed by the standard Copy and
        Select All; only the standard menu where the provider gives none."""
        standard = self.createStandardContextMenu(point)
        position = self.cursorForPosition(point).position()
        menu = self.menu_provider(position) if self.menu_provider is not None else None
        if menu is None:
            return standard
        menu.addSeparator()
        for action in standard.actions():
            menu.addAction(action)
        standard.setParent(menu, standard.windowFlags())  # lives as long as the menu it lent to
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()

    # drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accept_if_usable(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accept_if_usable(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        payload = payload_from_mime(event.mimeData())
        if payload is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.payload_dropped.emit(payload)

    def _accept_if_usable(self, event: QDragMoveEvent) -> None:
        if payload_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    # painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._bars and not self._markers and not self._gaps and self._current is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self._shown_positions()
        for start, end, colour in self._visible_bars(first, last):
            top, bottom = self._span_rows(start, end)
            painter.fillRect(QRectF(2, top, BAR_WIDTH, bottom - top), colour)
        self._paint_markers(painter, first, last)
        self._paint_gaps(painter, first, last)
        if self._current is not None and self._current[0] <= last and self._current[1] >= first:
            top, bottom = self._span_rows(*self._current)
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(MARGIN - 5, top - 2, self.viewport().width() - 2 * MARGIN + 8,
                                           bottom - top + 4), 4, 4)
        painter.end()

    def _paint_markers(self, painter: QPainter, first: int, last: int) -> None:
        """A dot with a ring of the page colour at the right edge of an annotated change's
        first line: visible on any highlight, in light and dark."""
        x = self.viewport().width() - MARKER_SIZE - 2
        painter.save()
        painter.setPen(QPen(self.palette().base().color(), 1.5))
        for start, _end, colour in self._visible(self._markers, first, last):
            top, _bottom = self._span_rows(start, start + 1)
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(x, top + 3, MARKER_SIZE, MARKER_SIZE))
        painter.restore()

    def _paint_gaps(self, painter: QPainter, first: int, last: int) -> None:
        """A line with an arrowhead at the margin between paragraphs, or a caret under a line,
        where text of the other pane would stand."""
        painter.save()
        right = self.viewport().width() - MARGIN
        for position, _change_id, colour in self._visible_gaps(first, last):
            y, between = self.gap_row(position)
            painter.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.setBrush(colour)
            if between:
                painter.drawLine(QPointF(MARGIN - 4, y), QPointF(right, y))
                painter.drawPolygon(QPolygonF([QPointF(0, y - 5), QPointF(MARGIN - 4, y), QPointF(0, y + 5)]))
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            x = float(self.cursorRect(cursor).left())
            painter.drawPolygon(QPolygonF([QPointF(x, y - 5), QPointF(x + 5, y + 3), QPointF(x - 5, y + 3)]))
        painter.restore()

    def _visible_gaps(self, first: int, last: int) -> list[tuple[int, str, QColor]]:
        lo = bisect_left(self._gaps, first, key=lambda gap: gap[0])
        hi = bisect_left(self._gaps, last + 1, key=lambda gap: gap[0])
        return self._gaps[lo:hi]

    def _shown_positions(self) -> tuple[int, int]:
        port = self.viewport()
        return (self.cursorForPosition(QPoint(0, 0)).position(),
                self.cursorForPosition(QPoint(port.width(), port.height())).position())

    def span_rows(self, start: int, end: int) -> tuple[float, float]:
        """Top and bottom, in the viewport, of the lines that ``start``..``end`` covers."""
        return self._span_rows(start, end)

    def _visible_bars(self, first: int, last: int) -> list[tuple[int, int, QColor]]:
        return self._visible(self._bars, first, last)

    @staticmethod
    def _visible(items: list[tuple[int, int, QColor]], first: int,
                 last: int) -> list[tuple[int, int, QColor]]:
        upto = bisect_left(items, last + 1, key=lambda item: item[0])
        return [item for item in items[:upto] if item[1] >= first]

    def _span_rows(self, start: int, end: int) -> tuple[float, float]:
        cursor = QTextCursor(self.document())
        limit = self.document().characterCount() - 1
        cursor.setPosition(min(start, limit))
        top = self.cursorRect(cursor).top()
        cursor.setPosition(min(max(start, end - 1), limit))
        bottom = self.cursorRect(cursor).bottom()
        return float(top), float(bottom)
