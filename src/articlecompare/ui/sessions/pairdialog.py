"""File > Compare Two Files: one dialog to pick the original and the revised version, each
typed, browsed for or dropped on its field, with Swap, and Compare once both are files."""
from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from articlecompare.core.model import Side
from articlecompare.ui.panes.drops import payload_from_mime
from articlecompare.ui.sessions.filefilters import FILE_FILTER
from articlecompare.ui.widgets.plaintext import plain_label

SIDES = (Side.ORIGINAL, Side.REVISED)
LABELS = {Side.ORIGINAL: "&Original:", Side.REVISED: "&Revised:"}
BROWSE = {Side.ORIGINAL: "&Browse…", Side.REVISED: "Bro&wse…"}
PLACEHOLDERS = {Side.ORIGINAL: "The earlier version: a saved page, document or text file",
                Side.REVISED: "The later version"}
ChooseFile = Callable[[QWidget, str, str], str]   # (parent, title, start folder) -> path or ""


def choose_with_file_dialog(parent: QWidget, title: str, start: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, FILE_FILTER)
    return path


def missing_files(paths: dict[Side, str]) -> str:
    """What keeps the pair from being compared, in one line ("" when both are files)."""
    empty = [str(side.value) for side, path in paths.items() if not path.strip()]
    if empty:
        return f"Choose the {' and the '.join(empty)} version."
    gone = [os.path.basename(path) or path for path in paths.values() if not os.path.isfile(path.strip())]
    if gone:
        verb = "is not a file" if len(gone) == 1 else "are not files"
        return f"{' and '.join(gone)} {verb}: choose another."
    return ""


class PathField(QLineEdit):
    """A file's path: typed, or dropped on it (two files dropped fill both fields: ``pair_dropped``)."""

    def __init__(self, parent: QWidget, on_pair: Callable[[str, str], None]) -> None:
        super().__init__(parent)
        self._on_pair = on_pair
        self.setClearButtonEnabled(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        payload = payload_from_mime(event.mimeData())
        if payload is not None and payload.paths:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        payload = payload_from_mime(event.mimeData())
        if payload is None or not payload.paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if len(payload.paths) >= 2:
            self._on_pair(payload.paths[0], payload.paths[1])
        else:
            self.setText(payload.paths[0])


class PairDialog(QDialog):
    """Picks the two versions; ``paths()`` says which once accepted. ``choose_file`` is the
    Browse step (a file dialog; a test gives another)."""

    def __init__(self, parent: QWidget | None, original: str = "", revised: str = "", start: str = "",
                 choose_file: ChooseFile = choose_with_file_dialog) -> None:
        super().__init__(parent)
        self._start = start
        self.choose_file = choose_file
        self._build_layout()
        self._connect_signals()
        self.set_paths(original, revised)
        self._on_field_text_changed("")   # (an empty field's text does not change)

    def _build_layout(self) -> None:
        self.setWindowTitle("Compare Two Files")
        self.fields: dict[str, PathField] = {}
        self.browse_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for row, side in ((0, Side.ORIGINAL), (2, Side.REVISED)):
            field = self.fields[side] = PathField(self, self.set_paths)
            field.setPlaceholderText(PLACEHOLDERS[side])
            field.setMinimumWidth(420)
            label = QLabel(LABELS[side], self)
            label.setBuddy(field)
            self.browse_buttons[side] = QPushButton(BROWSE[side], self)
            self.browse_buttons[side].setAutoDefault(False)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(self.browse_buttons[side], row, 2)
        self.swap_button = QPushButton("⇅ &Swap", self)
        self.swap_button.setAutoDefault(False)
        self.swap_button.setToolTip("Make the original the revised version and the revised the original")
        grid.addWidget(self.swap_button, 1, 1, Qt.AlignmentFlag.AlignLeft)
        self.problem = plain_label(QLabel(self))   # file names, never markup
        self.problem.setObjectName("pairProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.compare_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.compare_button.setText("&Compare")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        for side in SIDES:
            self.fields[side].textChanged.connect(self._on_field_text_changed)
            self.browse_buttons[side].clicked.connect(lambda _checked=False, s=side: self.browse(s))
        self.swap_button.clicked.connect(self.swap)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def paths(self) -> tuple[str, str]:
        return self.fields[Side.ORIGINAL].text().strip(), self.fields[Side.REVISED].text().strip()

    def set_paths(self, original: str, revised: str) -> None:
        self.fields[Side.ORIGINAL].setText(original)
        self.fields[Side.REVISED].setText(revised)

    def swap(self) -> None:
        original, revised = self.paths()
        self.set_paths(revised, original)

    def browse(self, side: str) -> None:
        """Ask for the side's file, starting in the folder of either field's file."""
        title = "Choose the Original" if side == Side.ORIGINAL else "Choose the Revised Version"
        path = self.choose_file(self, title, self._folder_for(side))
        if path:
            self.fields[side].setText(path)

    def _folder_for(self, side: str) -> str:
        other = Side.REVISED if side == Side.ORIGINAL else Side.ORIGINAL
        for text in (self.fields[side].text(), self.fields[other].text()):
            folder = os.path.dirname(text.strip())
            if folder and os.path.isdir(folder):
                return folder
        return self._start

    def accept(self) -> None:
        problem = missing_files(dict(zip(SIDES, self.paths())))
        self.problem.setText(problem)
        if not problem:
            super().accept()

    def _on_field_text_changed(self, _text: str) -> None:
        self.problem.clear()
        self.compare_button.setEnabled(all(self.paths()))
