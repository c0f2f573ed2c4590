"""Debounced crash-recovery saves: a burst of edits leads to one ``write_autosave``.

Knows no window: it asks ``snapshot`` for the session to write (None: nothing worth saving)
and reports by signals. Where the file lives is the caller's choice (the app data folder, or
a temporary folder in tests).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from articlecompare.core.session import Session, SessionError
from articlecompare.export.autosave import (
    autosave_path, autosave_time, discard_autosave, read_autosave, write_autosave,
)

AUTOSAVE_DELAY_MS = 2000


class Autosaver(QObject):
    saved = Signal(str)     # path written
    failed = Signal(str)    # one-line message

    def __init__(self, directory: str | os.PathLike[str], snapshot: Callable[[], Session | None],
                 parent: QObject | None = None, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.directory = Path(directory)
        self._snapshot = snapshot
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def path(self) -> Path:
        return autosave_path(self.directory)

    def schedule(self) -> None:
        """Write shortly; every call in the meantime pushes the write back."""
        self.timer.start()

    def is_pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> bool:
        """Write now (if there is anything to write); False when the write failed."""
        self.timer.stop()
        session = self._snapshot()
        if session is None:
            return True
        try:
            written = write_autosave(self.directory, session)
        except OSError as exc:
            self.failed.emit(f"Autosave failed: {exc.strerror or exc}")
            return False
        self.saved.emit(str(written))
        return True

    def discard(self) -> None:
        """No recovery needed any more (saved, or closed cleanly, or declined)."""
        self.timer.stop()
        try:
            discard_autosave(self.directory)
        except OSError:
            pass  # a stale autosave is offered again next time; nothing is lost

    def exists(self) -> bool:
        return self.path.is_file()

    def describe(self) -> str:
        """When the autosave was written, in local time, for the recovery prompt."""
        stamp = autosave_time(self.directory)
        return stamp.astimezone().strftime("%d %b %Y, %H:%M") if stamp else ""

    def read(self) -> Session | None:
        """The autosaved session; raises SessionError when it is damaged."""
        return read_autosave(self.directory)


__all__ = ["AUTOSAVE_DELAY_MS", "Autosaver", "SessionError"]
