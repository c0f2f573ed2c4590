"""A non-modal notice across the top of the window (load errors, files that changed)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from articlecompare.ui.widgets.plaintext import plain_label

Choice = tuple[str, Callable[[], object]]


class MessageBar(QFrame):
    """Shows one message at a time until closed or replaced; never blocks the window. A
    message that asks something (it has buttons) and is replaced before it was answered comes
    back when the newer one is closed, so an offer such as restoring autosaved work is not
    lost to a passing notice."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QPushButton] = []
        self._shown: tuple[str, str, Sequence[Choice]] | None = None
        self._waiting: list[tuple[str, str, Sequence[Choice]]] = []  # unanswered, newest last
        self._build_layout()
        self._connect_signals()
        self.hide()

    def _build_layout(self) -> None:
        self.setObjectName("messageBar")
        self.label = plain_label(QLabel(self))  # messages quote file names and pages
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Dismiss")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self.close_button)

    def _connect_signals(self) -> None:
        self.close_button.clicked.connect(self.dismiss)

    def show_message(self, text: str, level: str = "error", choices: Sequence[Choice] = ()) -> None:
        """Show ``text``; each choice is a button (label, callback) that also closes the bar."""
        if self._shown is not None and self._shown[2] and self.text() and self._shown[0] != text:
            self._waiting = [m for m in self._waiting if m[0] != self._shown[0]] + [self._shown]
        self._waiting = [m for m in self._waiting if m[0] != text]
        self._shown = (text, level, tuple(choices))
        self._set_choices(choices)
        self.label.setText(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def text(self) -> str:
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self.label.text() if shown else ""

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def button(self, label: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text().replace("&", "") == label), None)

    def _set_choices(self, choices: Sequence[Choice]) -> None:
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for n, (label, callback) in enumerate(choices):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, c=callback: self._choose(c))
            self._layout.insertWidget(1 + n, button)
            self._buttons.append(button)

    def _choose(self, callback: Callable[[], object]) -> None:
        self.dismiss()
        callback()

    def dismiss(self) -> None:
        self.hide()
        self._shown = None
        self.closed.emit()
        if self._waiting:
            self.show_message(*self._waiting.pop())
