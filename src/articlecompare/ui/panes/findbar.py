"""The find bar under the panes: a field, previous and next, the match count; Esc closes it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget,
)

from articlecompare.core.model import Side
from articlecompare.ui.panes.compareview import INLINE, CompareView
from articlecompare.ui.panes.finder import TextFinder


class FindBar(QFrame):
    """Finds in one pane at a time, the one given to ``open_on``."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = TextFinder()
        self._build_layout()
        self._connect_signals()
        self.hide()

    def _build_layout(self) -> None:
        self.setObjectName("findBar")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find in the pane")
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.previous_button = self._button("↑", "Previous match (Shift+Enter)")
        self.next_button = self._button("↓", "Next match (Enter)")
        self.count = QLabel(self)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0000 of 0000+"))
        self.close_button = self._button("✕", "Close (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.count, self.close_button):
            layout.addWidget(widget)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _connect_signals(self) -> None:
        self.field.textChanged.connect(self._on_field_text_changed)
        self.next_button.clicked.connect(lambda: self.find_next(True))
        self.previous_button.clicked.connect(lambda: self.find_next(False))
        self.close_button.clicked.connect(self.close_bar)

    def open_on(self, view: QPlainTextEdit) -> None:
        """Show the bar, finding in ``view``, with the field ready to type in."""
        self.finder.set_view(view)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.finder.search(self.field.text())
        self._show_count()

    def find_next(self, forward: bool = True) -> None:
        self.finder.step(forward)
        self._show_count()

    def close_bar(self) -> None:
        view = self.finder.view
        self.finder.clear()
        self.hide()
        if view is not None:
            view.setFocus()
        self.closed.emit()

    def _on_field_text_changed(self, text: str) -> None:
        self.finder.search(text)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.finder.count_text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Esc closes the bar even while Esc is a window shortcut (Cancel Comparison); Enter
        finds the next match, Shift+Enter the previous."""
        if watched is self.field and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.type() == QEvent.Type.KeyPress and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.find_next(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return True
        return super().eventFilter(watched, event)


def pane_to_search(view: CompareView) -> QPlainTextEdit:
    """The pane with focus; otherwise the inline pane in the inline view, else the original."""
    if view.mode == INLINE:
        return view.view(INLINE)
    focus = QApplication.focusWidget()
    return next((view.view(side) for side in (Side.ORIGINAL, Side.REVISED) if focus is view.view(side)),
                view.view(Side.ORIGINAL))
