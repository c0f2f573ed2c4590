"""The "Changes by" line above the panes: who made a document's tracked changes, and when,
while a Word document opened as a pair (or any version carrying tracked changes) is shown.
Its tip lists each change."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from articlecompare.core.model import Article
from articlecompare.present.revisions import (
    changes_by_line,
    revision_text,
    tracked_revisions,
)
from articlecompare.ui.widgets.plaintext import plain_tooltip

TIP_LINES = 25


class TrackedChangesLine(QLabel):
    """Hidden unless a version has tracked changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackedChangesLine")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(8, 3, 8, 3)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_articles(self, original: Article | None, revised: Article | None) -> None:
        revisions = tracked_revisions(original, revised)
        if not revisions:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        self.setText(changes_by_line(revisions))
        lines = [revision_text(revision) for revision in revisions[:TIP_LINES]]
        if len(revisions) > TIP_LINES:
            lines.append(f"and {len(revisions) - TIP_LINES} more")
        self.setToolTip(plain_tooltip("\n".join(lines)))
        self.show()
