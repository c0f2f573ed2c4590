"""Drops delivered as Qt delivers them: to the widget under the point, or the nearest parent
of it that accepts drops (as ``QWidgetWindow``'s drag handling finds its target)."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def file_mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drop_target(widget: QWidget, point: QPoint) -> tuple[QWidget | None, QPoint]:
    """The widget Qt hands a drop at ``point`` (in ``widget``) to, and the point in it."""
    window = widget.window()
    at = widget.mapTo(window, point)
    target = window.childAt(at) or window
    while target is not None and not target.acceptDrops():
        target = target.parentWidget()
    return target, (target.mapFrom(window, at) if target is not None else at)


def drop_on(widget: QWidget, mime: QMimeData, point: QPoint | None = None) -> bool:
    """Drag ``mime`` over ``widget`` (at its centre) and drop it; True if it was taken."""
    target, where = drop_target(widget, point or widget.rect().center())
    if target is None:
        return False
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()
