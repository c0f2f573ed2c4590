"""A verdict combo and a note for the selected change, for the window to embed.

Knows no window: ``set_change`` loads a change's annotation (without signalling), and every
edit by the user emits ``annotation_edited(key, Annotation)``; an empty Annotation means the
user cleared it. Building the new AnnotationSet, undo and autosave are the window's job.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QPlainTextEdit, QToolButton, QWidget)

from articlecompare.core.annotations import Annotation, Verdict

NO_VERDICT = "No verdict"


class AnnotationEditor(QWidget):
    annotation_edited = Signal(str, object)  # change key, Annotation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key: str | None = None
        self._loading = False
        self._build_actions()
        self._build_layout()
        self._connect_signals()
        self.set_change(None, None)

    def _build_actions(self) -> None:
        self.clear_action = QAction("Clear", self)
        self.clear_action.setToolTip("Remove the verdict and the note of this change")

    def _build_layout(self) -> None:
        self.verdict_combo = QComboBox(self)
        self.verdict_combo.setObjectName("verdictCombo")
        self.verdict_combo.addItem(NO_VERDICT, None)
        for verdict in Verdict:
            self.verdict_combo.addItem(verdict.label, verdict.value)
        self.verdict_combo.setAccessibleName("Verdict")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText("Note for this change")
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(60)
        clear = QToolButton(self)
        clear.setDefaultAction(self.clear_action)
        row = QHBoxLayout()
        row.addWidget(self.verdict_combo, 1)
        row.addWidget(clear)
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.addRow("Verdict", row)
        form.addRow("Note", self.note_edit)

    def _connect_signals(self) -> None:
        self.verdict_combo.currentIndexChanged.connect(self._on_verdict_combo_changed)
        self.note_edit.textChanged.connect(self._on_note_edit_changed)
        self.clear_action.triggered.connect(self._on_clear_action_triggered)

    def set_change(self, key: str | None, annotation: Annotation | None) -> None:
        """Show ``annotation`` of the change with ``key``; None disables the editor."""
        self._key = key or None
        annotation = annotation or Annotation()
        self._loading = True
        try:
            index = self.verdict_combo.findData(annotation.verdict.value if annotation.verdict
                                                else None)
            self.verdict_combo.setCurrentIndex(max(index, 0))
            if self.note_edit.toPlainText() != annotation.note:
                self.note_edit.setPlainText(annotation.note)
        finally:
            self._loading = False
        self.setEnabled(self._key is not None)

    def change_key(self) -> str | None:
        return self._key

    def annotation(self) -> Annotation:
        value = self.verdict_combo.currentData()
        return Annotation(Verdict(value) if value else None, self.note_edit.toPlainText())

    def _emit(self) -> None:
        if not self._loading and self._key is not None:
            self.annotation_edited.emit(self._key, self.annotation())

    def _on_verdict_combo_changed(self, _index: int) -> None:
        self._emit()

    def _on_note_edit_changed(self) -> None:
        self._emit()

    def _on_clear_action_triggered(self) -> None:
        self._loading = True
        try:
            self.verdict_combo.setCurrentIndex(0)
            self.note_edit.clear()
        finally:
            self._loading = False
        self._emit()
