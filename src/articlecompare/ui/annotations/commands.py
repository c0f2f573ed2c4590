"""Annotating from the keyboard, undoably: a verdict for the selected change (Alt+1 … Alt+4),
Clear Annotation, and Undo / Redo of those and of the context menu's edits.

Edits typed in the annotation editor are not undo steps here (the editor's fields have their
own undo); one arriving drops the steps, so that an undo never throws away what was typed
after it. A clear from the editor is a step: it is the edit people want back.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu

from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.core.model import Change
from articlecompare.ui.annotations.document import AnnotatedDocument

VERDICT_KEYS = {Verdict.FINE: "Alt+1", Verdict.NEEDS_CHECKING: "Alt+2",
                Verdict.MISLEADING: "Alt+3", Verdict.ERROR: "Alt+4"}
VERDICT_TEXTS = {Verdict.FINE: "&Fine", Verdict.NEEDS_CHECKING: "&Needs Checking",
                 Verdict.MISLEADING: "&Misleading", Verdict.ERROR: "&Error"}


class AnnotationEdit(QUndoCommand):
    """One change's annotation from ``before`` to ``after``."""

    def __init__(self, document: AnnotatedDocument, key: str, before: Annotation, after: Annotation,
                 text: str) -> None:
        super().__init__(text)
        self._document, self._key, self._before, self._after = document, key, before, after

    def redo(self) -> None:
        self._document.set_annotation(self._key, self._after)

    def undo(self) -> None:
        self._document.set_annotation(self._key, self._before)


class AnnotationCommands(QObject):
    """The Annotate menu's actions and Edit › Undo / Redo, over ``document``; ``current_change``
    says which change the verdict keys apply to. ``committed`` says an edit is complete (a step
    done, undone or redone, or a verdict chosen in the editor), to be saved at once; typing a
    note is not, and is left to the autosave's pause."""

    committed = Signal()

    def __init__(self, document: AnnotatedDocument, current_change: Callable[[], Change | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.current_change = current_change
        self.stack = QUndoStack(self)
        self._build_actions()
        self._connect_signals()

    def _build_actions(self) -> None:
        self.undo = self.stack.createUndoAction(self, "&Undo")
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo = self.stack.createRedoAction(self, "Re&do")
        self.redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.verdicts: dict[Verdict, QAction] = {}
        for verdict in Verdict:
            action = QAction(VERDICT_TEXTS[verdict], self)
            action.setShortcut(QKeySequence(VERDICT_KEYS[verdict]))
            action.setStatusTip(f"Mark the selected change “{verdict.label}”")
            self.verdicts[verdict] = action
        self.clear = QAction("&Clear Annotation", self)
        self.clear.setStatusTip("Remove the selected change's verdict and note (Edit › Undo brings them back)")

    def _connect_signals(self) -> None:
        for verdict, action in self.verdicts.items():
            action.triggered.connect(lambda _checked=False, v=verdict: self.mark_current(v))
        self.clear.triggered.connect(self.clear_current)
        self.document.loaded.connect(self.stack.clear)
        self.stack.indexChanged.connect(self._on_stack_index_changed)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions(list(self.verdicts.values()))
        menu.addSeparator()
        menu.addAction(self.clear)

    # edits ------------------------------------------------------------------------------------
    def apply(self, key: str, annotation: Annotation, text: str = "Annotation") -> bool:
        """Set one change's annotation as an undo step; False when nothing changes."""
        before = self.document.annotations.get(key) or Annotation()
        if not key or before == annotation or (before.is_empty and annotation.is_empty):
            return False
        self.stack.push(AnnotationEdit(self.document, key, before, annotation, text))
        return True

    def set_verdict(self, key: str, verdict: Verdict | None) -> bool:
        """The verdict of a change (None: none); its note is kept."""
        note = (self.document.annotations.get(key) or Annotation()).note
        return self.apply(key, Annotation(verdict, note), verdict.label if verdict else "No Verdict")

    def set_note(self, key: str, note: str) -> bool:
        verdict = (self.document.annotations.get(key) or Annotation()).verdict
        return self.apply(key, Annotation(verdict, note), "Note")

    def clear_annotation(self, key: str) -> bool:
        return self.apply(key, Annotation(), "Clear Annotation")

    def mark_current(self, verdict: Verdict) -> bool:
        change = self.current_change()
        return change is not None and self.set_verdict(change.key, verdict)

    def clear_current(self) -> bool:
        change = self.current_change()
        return change is not None and self.clear_annotation(change.key)

    def _on_stack_index_changed(self, _index: int) -> None:
        self.committed.emit()

    def record_editor_edit(self, key: str, annotation: Annotation) -> None:
        """From the annotation editor: a clear is an undo step, typing is not (see above)."""
        if annotation.is_empty:
            self.clear_annotation(key)
            return
        before = self.document.annotations.get(key) or Annotation()
        if self.document.set_annotation(key, annotation):
            self.stack.clear()
            if annotation.verdict != before.verdict:
                self.committed.emit()
