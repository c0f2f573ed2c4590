"""Debounced crash-recovery saves: a burst of edits leads to one ``write_autosave``.

Knows no window: it asks ``snapshot`` for the session to write (None: nothing worth saving)
and reports by signals. Where the files live is the caller's choice (the app data folder, or
a temporary folder in tests). Each autosaver writes a slot of its own and holds a lock file
beside it while it lives, so windows running at once (in one process or several) never
overwrite or remove each other's work; an autosave whose lock nobody holds any more (its
window crashed) is an orphan, offered for recovery.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from articlecompare.core.session import Session, SessionError
from articlecompare.export.autosave import (
    AUTOSAVE_STEM, autosave_path, autosave_slots, autosave_time, discard_autosave, read_autosave,
    write_autosave,
)

AUTOSAVE_DELAY_MS = 2000


class Autosaver(QObject):
    saved = Signal(str)     # path written
    failed = Signal(str)    # one-line message

    def __init__(self, directory: str | os.PathLike[str], snapshot: Callable[[], Session | None],
                 parent: QObject | None = None, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.directory = Path(directory)
        self.slot = f"{AUTOSAVE_STEM}-{uuid.uuid4().hex[:12]}"
        self._snapshot = snapshot
        self._lock = QLockFile(str(self._lock_path(self.slot)))
        self._orphan: tuple[str, QLockFile] | None = None  # a crashed window's slot, held
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def path(self) -> Path:
        return autosave_path(self.directory, self.slot)

    def _lock_path(self, slot: str) -> Path:
        return self.directory / f".{slot}.lock"

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
            if not self._lock.isLocked():
                self.directory.mkdir(parents=True, exist_ok=True)
                self._lock.tryLock(0)  # without it the slot could be taken for a crashed one's
            written = write_autosave(self.directory, session, self.slot)
        except OSError as exc:
            self.failed.emit(f"Autosave failed: {exc.strerror or exc}")
            return False
        self.saved.emit(str(written))
        return True

    def discard(self) -> None:
        """No recovery needed any more (saved, or closed cleanly)."""
        self.timer.stop()
        try:
            discard_autosave(self.directory, self.slot)
        except OSError:
            pass  # a stale autosave is offered again next time; nothing is lost
        self._lock.unlock()

    def abandon(self) -> None:
        """Let go of the slot without removing its autosave, as a crash does (for tests)."""
        self.timer.stop()
        self._lock.unlock()

    def exists(self) -> bool:
        return self.path.is_file()

    # recovery of a crashed window's work -------------------------------------------------------
    def find_orphan(self) -> bool:
        """Take the most recent autosave that no running window holds; True if there is one."""
        if self._orphan is not None:
            return True
        for slot in autosave_slots(self.directory):
            if slot == self.slot:
                continue
            lock = QLockFile(str(self._lock_path(slot)))
            if lock.tryLock(0):  # nobody holds it: its window is gone
                self._orphan = (slot, lock)
                return True
        return False

    def describe_orphan(self) -> str:
        """When the orphaned autosave was written, in local time, for the recovery prompt."""
        stamp = autosave_time(self.directory, self._orphan[0]) if self._orphan else None
        return stamp.astimezone().strftime("%d %b %Y, %H:%M") if stamp else ""

    def read_orphan(self) -> Session | None:
        """The orphaned session; raises SessionError when it is damaged."""
        return read_autosave(self.directory, self._orphan[0]) if self._orphan else None

    def discard_orphan(self) -> None:
        """The orphan was restored (this window's own autosave holds it from now on) or declined."""
        if self._orphan is None:
            return
        slot, lock = self._orphan
        try:
            discard_autosave(self.directory, slot)
        except OSError:
            pass  # offered again next time
        lock.unlock()
        self._orphan = None


__all__ = ["AUTOSAVE_DELAY_MS", "Autosaver", "SessionError"]
