"""The status bar's "Reading b.txt…" while files are read in the background."""
from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from articlecompare.ui.sessions.session import CompareSession


class ReadingNotice(QObject):
    """"Reading b.txt…" in the status bar for as long as files are read in the background: when
    one is in (or has failed, or was given up for other content, or its capture was not
    chosen) the notice names those still being read, or goes, unless another message has
    taken its place meanwhile."""

    def __init__(self, session: CompareSession, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._bar = status_bar
        self._reading: dict[str, str] = {}   # side -> name of the file being read
        self._shown = ""
        session.load_started.connect(self._on_session_load_started)
        session.side_changed.connect(self._refresh)
        session.load_failed.connect(self._refresh)
        session.load_cancelled.connect(self._refresh)

    def text(self) -> str:
        """What the notice says now ("" when no file is being read)."""
        return self._shown

    def _on_session_load_started(self, side: str, path: str) -> None:
        self._reading[side] = os.path.basename(path)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        self._reading = {side: name for side, name in self._reading.items() if self._session.is_loading(side)}
        text = f"Reading {' and '.join(self._reading.values())}…" if self._reading else ""
        if text:
            self._bar.showMessage(text)
        elif self._shown and self._bar.currentMessage() == self._shown:
            self._bar.clearMessage()
        self._shown = text
