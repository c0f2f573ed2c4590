"""The context menu of a highlighted change: its verdicts, "Note…" and "Clear Annotation".

Builds the menu and nothing else: each action carries what it means (``verdict_action``),
and the window connects them. Tests trigger the actions without showing the menu.
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.core.model import Change


class AnnotationMenu(QMenu):
    """Verdict actions (checkable, one group), ``note_action`` and ``clear_action``."""

    def __init__(self, change: Change, annotation: Annotation | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.setTitle("Annotate")
        self.verdict_actions: dict[Verdict, QAction] = {}
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        title = self.addAction(f"{change.kind.label}: verdict")
        title.setEnabled(False)
        for verdict in Verdict:
            action = self.addAction(verdict.label)
            action.setCheckable(True)
            action.setChecked(annotation is not None and annotation.verdict is verdict)
            action.setData(verdict.value)
            group.addAction(action)
            self.verdict_actions[verdict] = action
        self.addSeparator()
        has_note = annotation is not None and bool(annotation.note.strip())
        self.note_action = self.addAction("Edit Note…" if has_note else "Note…")
        self.clear_action = self.addAction("Clear Annotation")
        self.clear_action.setEnabled(annotation is not None)

    def verdict_action(self, verdict: Verdict) -> QAction:
        return self.verdict_actions[verdict]
