"""Drops away from the panes: files or text dropped on the change list, the summary strip, the
toolbar or the status bar are taken as the panes take them, without those widgets knowing.

An event filter: each widget watched accepts drops, and what is dropped on it (or on a child
that takes no drops of its own, which Qt hands the drop to the nearest parent that does) is
reported with where it fell; ``InputCommands.open_dropped_anywhere`` decides where it goes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from articlecompare.ui.panes.drops import payload_from_mime


class DropTargets(QObject):
    payload_dropped = Signal(object, QPoint)   # Payload, where it fell (global position)

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if payload_from_mime(event.mimeData()) is None:
                event.ignore()
            else:
                event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            payload = payload_from_mime(event.mimeData())
            if payload is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            where = event.position().toPoint()
            if isinstance(watched, QWidget):
                where = watched.mapToGlobal(where)
            self.payload_dropped.emit(payload, where)
            return True
        return super().eventFilter(watched, event)
