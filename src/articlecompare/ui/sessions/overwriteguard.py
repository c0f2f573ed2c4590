"""Asks before a save replaces a session file that changed on disk since this window read or
wrote it (another window, or another program, saved it meanwhile), so the last save no longer
silently wins.

The guard remembers one file: the stamp of what the window last opened from it or saved to
it (``export.filestamp``). ``ask`` is a plain attribute so a test (or another front end) can
replace the question with a fixed answer; the default asks with a QMessageBox.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from articlecompare.export.filestamp import FileStamp, changed_since


class OverwriteDecision(str, Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save as"
    CANCEL = "cancel"


def ask_with_message_box(parent: QWidget | None, name: str) -> OverwriteDecision:
    box = QMessageBox(QMessageBox.Icon.Warning, "Session changed on disk",
                      f"{name} was changed on disk since this window opened or saved it.",
                      parent=parent)
    box.setInformativeText("Another window or program may have saved it. Overwriting replaces "
                           "what it saved with this window's work.")
    overwrite = box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return {id(overwrite): OverwriteDecision.OVERWRITE,
            id(save_as): OverwriteDecision.SAVE_AS}.get(id(box.clickedButton()),
                                                         OverwriteDecision.CANCEL)


class OverwriteGuard:
    """``decide`` says whether a save to ``path`` may go ahead; it asks only when the file it
    would replace is the one remembered and no longer holds what was remembered."""

    def __init__(self, ask: Callable[[QWidget | None, str], OverwriteDecision] = ask_with_message_box):
        self.ask = ask
        self._path = ""
        self._stamp: FileStamp | None = None

    def remember(self, path: str, stamp: FileStamp) -> None:
        """The window has just read ``path`` or written it; ``stamp`` is what it holds."""
        self._path, self._stamp = os.path.abspath(path), stamp

    def forget(self) -> None:
        """The window no longer shows a session from a file."""
        self._path, self._stamp = "", None

    def decide(self, parent: QWidget | None, path: str) -> OverwriteDecision:
        # Another file: it was never read here, and the save dialog asks before replacing it.
        if self._stamp is None or os.path.abspath(path) != self._path:
            return OverwriteDecision.OVERWRITE
        if not changed_since(path, self._stamp):
            return OverwriteDecision.OVERWRITE
        return self.ask(parent, os.path.basename(path))
