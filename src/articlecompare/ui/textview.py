"""A read-only text pane that takes drops, draws change bars and frames the current change."""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from articlecompare.ui.drops import payload_from_mime
from articlecompare.ui.highlight import DiffHighlighter
from articlecompare.ui.scrollsync import place

BAR_WIDTH = 4
MARGIN = 12


class DiffTextView(QPlainTextEdit):
    """Shows one text; ``payload_dropped`` reports files, HTML or text dropped on it."""

    payload_dropped = Signal(object)
    position_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[int, int, QColor]] = []
        self._current: tuple[int, int] | None = None
        self.highlighter = DiffHighlighter(self.document())
        self._build_layout()

    def _build_layout(self) -> None:
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document().setDocumentMargin(MARGIN)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def set_text(self, text: str) -> None:
        self.highlighter.clear_runs()
        self._bars, self._current = [], None
        self.setPlainText(text)

    def set_bars(self, bars: list[tuple[int, int, QColor]]) -> None:
        """Change bars in the left margin: (start, end) UTF-16 positions and a colour."""
        self._bars = sorted(bars, key=lambda bar: bar[0])
        self.viewport().update()

    def set_current(self, span: tuple[int, int] | None) -> None:
        self._current = span
        self.viewport().update()

    def current(self) -> tuple[int, int] | None:
        return self._current

    def scroll_to_position(self, position: int, fraction: float = 0.3) -> None:
        """Scroll so that ``position`` sits ``fraction`` of the way down the viewport."""
        place(self, position, self.viewport().height() * fraction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.position_clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

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
        if not self._bars and self._current is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(self.viewport().width(), self.viewport().height())).position()
        for start, end, colour in self._visible_bars(first, last):
            top, bottom = self._span_rows(start, end)
            painter.fillRect(QRectF(2, top, BAR_WIDTH, bottom - top), colour)
        if self._current is not None and self._current[0] <= last and self._current[1] >= first:
            top, bottom = self._span_rows(*self._current)
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(MARGIN - 5, top - 2, self.viewport().width() - 2 * MARGIN + 8,
                                           bottom - top + 4), 4, 4)
        painter.end()

    def _visible_bars(self, first: int, last: int) -> list[tuple[int, int, QColor]]:
        upto = bisect_left(self._bars, last + 1, key=lambda bar: bar[0])
        return [bar for bar in self._bars[:upto] if bar[1] >= first]

    def _span_rows(self, start: int, end: int) -> tuple[float, float]:
        cursor = QTextCursor(self.document())
        limit = self.document().characterCount() - 1
        cursor.setPosition(min(start, limit))
        top = self.cursorRect(cursor).top()
        cursor.setPosition(min(max(start, end - 1), limit))
        bottom = self.cursorRect(cursor).bottom()
        return float(top), float(bottom)
