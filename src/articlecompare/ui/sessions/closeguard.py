"""Asks what to do with unsaved annotations when the window closes.

``ask`` is a plain attribute so a test (or another front end) can replace the question with
a fixed answer; the default asks with a QMessageBox.
"""
from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class CloseDecision(str, Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_with_message_box(parent: QWidget | None, name: str) -> CloseDecision:
    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved annotations",
                      f"Save the annotations of {name} before closing?", parent=parent)
    box.setInformativeText("Your verdicts and notes are lost if you don't save them.")
    Button = QMessageBox.StandardButton
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.setDefaultButton(Button.Save)
    answer = box.exec()
    return {Button.Save: CloseDecision.SAVE,
            Button.Discard: CloseDecision.DISCARD}.get(Button(answer), CloseDecision.CANCEL)


class CloseGuard:
    """``decide`` returns what the user wants; it asks only when there is something to lose."""

    def __init__(self, ask: Callable[[QWidget | None, str], CloseDecision] = ask_with_message_box):
        self.ask = ask

    def decide(self, parent: QWidget | None, modified: bool, name: str) -> CloseDecision:
        if not modified:
            return CloseDecision.DISCARD
        return self.ask(parent, name)
