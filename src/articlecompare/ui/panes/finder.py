"""Finding text in one pane: every match of a needle (case-insensitive), which one is
current, and the highlights that show them. No widgets of its own: ``FindBar`` drives it."""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from articlecompare.ui.panes.textview import DiffTextView

MAX_MATCHES = 10_000   # a one-letter needle in a long text: count no further


class TextFinder:
    """Matches of ``needle`` in the view set with ``set_view``; ``step`` moves the current one,
    highlights it (every other match more faintly) and scrolls it into view."""

    def __init__(self) -> None:
        self.view: QPlainTextEdit | None = None
        self.needle = ""
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._revision = -1

    def set_view(self, view: QPlainTextEdit | None) -> None:
        if view is not self.view:
            self.clear()
            self.view = view
            self._revision = -1

    def search(self, needle: str) -> None:
        """Find ``needle`` anew; the current match is the first at or after the view's top."""
        self.needle = needle
        self._find_all()
        self.current = self._first_in_view() if self.matches else -1
        self._show()

    def step(self, forward: bool = True) -> None:
        """The next (or previous) match becomes current, wrapping round at either end."""
        if self.view is not None and self.view.document().revision() != self._revision:
            self._find_all()   # the pane shows another text since
            self.current = min(self.current, len(self.matches) - 1)
        if not self.matches:
            self.current = -1
        else:
            self.current = (self.current + (1 if forward else -1)) % len(self.matches)
        self._show()

    def count_text(self) -> str:
        if not self.needle:
            return ""
        if not self.matches:
            return "No matches"
        more = "+" if len(self.matches) >= MAX_MATCHES else ""
        return f"{self.current + 1} of {len(self.matches)}{more}"

    def clear(self) -> None:
        """No needle, no highlights."""
        self.needle, self.matches, self.current = "", [], -1
        if self.view is not None:
            self.view.setExtraSelections([])

    def _find_all(self) -> None:
        self.matches = []
        if self.view is None:
            return
        document = self.view.document()
        self._revision = document.revision()
        if not self.needle:
            return
        cursor = QTextCursor(document)
        while len(self.matches) < MAX_MATCHES:
            cursor = document.find(self.needle, cursor, QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            self.matches.append((cursor.selectionStart(), cursor.selectionEnd()))

    def _first_in_view(self) -> int:
        top = self.view.firstVisibleBlock().position() if self.view is not None else 0
        return next((i for i, (start, _end) in enumerate(self.matches) if start >= top), 0)

    def _show(self) -> None:
        if self.view is None:
            return
        highlight = self.view.palette().highlight().color()
        faint = QColor(highlight)
        faint.setAlpha(70)
        selections = []
        for index, (start, end) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.view.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(highlight if index == self.current else faint)
            if index == self.current:
                selection.format.setForeground(self.view.palette().highlightedText().color())
            selections.append(selection)
        self.view.setExtraSelections(selections)
        if self.current >= 0 and isinstance(self.view, DiffTextView):
            self.view.scroll_to_position(self.matches[self.current][0])
