"""A long text put into a text view a piece at a time, from the event loop.

``QPlainTextEdit.setPlainText`` of a million words holds the GUI thread for about a quarter of
a second. A text longer than ``AT_ONCE_CHARS`` is put in as its first piece at once and the
rest a few pieces per turn of the event loop (``SLICE_MS`` of work), each piece ending just
after a line break: the document ends up holding the same blocks as if the text had been set
at once, and the text in view (the start) is shown at once. What needs the whole text
(highlights planned for it, scrolling to a position) waits for it with ``when_filled``.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

AT_ONCE_CHARS = 1_000_000   # about 160,000 words: set at once (some 45 ms)
PIECE_CHARS = 65_536        # a piece is about 2 ms of work
SLICE_MS = 8.0              # longest stretch of pieces per turn of the event loop


def piece_end(text: str, start: int, size: int) -> int:
    """Where the piece of ``text`` from ``start`` ends: just after the last line break within
    ``size`` characters (after the first one past them, for a longer line), or at the end."""
    if len(text) - start <= size:
        return len(text)
    cut = text.rfind("\n", start, start + size)
    if cut < 0:
        cut = text.find("\n", start + size)
    return len(text) if cut < 0 else cut + 1


class TextFeed(QObject):
    """Sets a view's plain text, a long one a piece at a time."""

    filled = Signal()   # a text fed piece by piece is all in

    def __init__(self, edit: QPlainTextEdit, at_once: int | None = None, piece: int | None = None) -> None:
        super().__init__(edit)
        self._edit = edit
        self._at_once = AT_ONCE_CHARS if at_once is None else at_once
        self._piece = PIECE_CHARS if piece is None else piece
        self._slice_s = SLICE_MS / 1000
        self._text = ""     # the text being fed ("" when none is)
        self._done = 0      # how much of it is in
        self._cursor: QTextCursor | None = None   # at the end of the document, while feeding
        self._undo = True   # the document's undo setting, put back when the text is in
        self._waiting: list[Callable[[], None]] = []
        self._texts = 0     # texts set so far (a call waiting for one must not run for the next)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_text(self, text: str) -> None:
        """Show ``text`` instead (what was waiting for the previous one is dropped)."""
        self._stop()
        self._waiting = []
        self._texts += 1
        if len(text) <= self._at_once:
            self._edit.setPlainText(text)
            return
        self._text, self._done = text, piece_end(text, 0, self._piece)
        self._edit.setPlainText(text[:self._done])
        document = self._edit.document()
        self._undo = document.isUndoRedoEnabled()
        document.setUndoRedoEnabled(False)   # as setPlainText: nothing to undo, nothing kept
        self._cursor = QTextCursor(document)
        self._cursor.movePosition(QTextCursor.MoveOperation.End)
        self._timer.start()

    def is_filling(self) -> bool:
        return bool(self._text)

    def when_filled(self, call: Callable[[], None]) -> None:
        """Call ``call`` once the whole text is in: now, if it is."""
        if self._text:
            self._waiting.append(call)
        else:
            call()

    def finish(self) -> None:
        """Put the rest in now."""
        if self._text:
            self._timer.stop()
            self._append(len(self._text))
            self._filled()

    def _on_timer_timeout(self) -> None:
        deadline = time.perf_counter() + self._slice_s
        while self._text and self._done < len(self._text):
            self._append(piece_end(self._text, self._done, self._piece))
            if time.perf_counter() >= deadline:
                break
        if self._done < len(self._text):
            self._timer.start()
        else:
            self._filled()

    def _append(self, end: int) -> None:
        """One call into Qt a piece: while a worker thread runs Python, each call costs a wait
        for the interpreter."""
        self._cursor.insertText(self._text[self._done:end])  # type: ignore[union-attr]
        self._done = end

    def _stop(self) -> None:
        self._timer.stop()
        if self._cursor is not None:
            self._edit.document().setUndoRedoEnabled(self._undo)
        self._text, self._done, self._cursor = "", 0, None

    def _filled(self) -> None:
        self._stop()
        waiting, self._waiting, texts = self._waiting, [], self._texts
        for call in waiting:
            if self._texts != texts:
                return   # a call set another text: the rest waited for this one
            call()
        self.filled.emit()
