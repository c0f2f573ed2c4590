"""The context menu of a highlighted change: its verdicts, "Note…" and "Clear Annotation".

``AnnotationMenu`` builds the menu: each action carries what it means (``verdict_action``).
``Annotator`` builds one for a change and connects its actions to the ``AnnotatedDocument``;
the note is asked for by ``note_prompt``, which a test replaces with a fixed answer. Tests
trigger the actions without showing the menu.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.core.model import Change
from articlecompare.ui.annotations.commands import AnnotationCommands
from articlecompare.ui.annotations.document import AnnotatedDocument

NotePrompt = Callable[[QWidget, str, str], "str | None"]


def ask_for_note(parent: QWidget, title: str, note: str) -> str | None:
    """The note dialog of the context menu; None when cancelled."""
    text, accepted = QInputDialog.getMultiLineText(parent, "Note", title, note)
    return text if accepted else None


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


class Annotator:
    """Annotates the changes of ``document`` from their context menus, each edit an undo step
    of ``commands``."""

    def __init__(self, document: AnnotatedDocument, commands: AnnotationCommands, parent: QWidget) -> None:
        self.document = document
        self.commands = commands
        self._parent = parent
        self.note_prompt: NotePrompt = ask_for_note

    def menu(self, change: Change) -> AnnotationMenu:
        """The context menu of ``change``, its actions connected to the document."""
        menu = AnnotationMenu(change, self.document.annotations.for_change(change), self._parent)
        key = change.key
        for verdict, action in menu.verdict_actions.items():
            action.triggered.connect(
                lambda checked, v=verdict: self.commands.set_verdict(key, v if checked else None))
        menu.note_action.triggered.connect(lambda: self.edit_note(change))
        menu.clear_action.triggered.connect(lambda: self.commands.clear_annotation(key))
        return menu

    def edit_note(self, change: Change) -> bool:
        current = self.document.annotations.for_change(change) or Annotation()
        note = self.note_prompt(self._parent, f"Note on this {change.kind.label.lower()} change:", current.note)
        return note is not None and self.commands.set_note(change.key, note)
