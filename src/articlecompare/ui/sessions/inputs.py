"""Where the texts come from: the Open dialogs, the clipboard, drops on a pane, Reload and
the recent-files menus, and what is said when one of them fails.

A session file, however it comes, is opened as a session (``SessionFiles``); anything else
goes to a side of the ``CompareSession``. A controller, not a widget: each step is a method.
"""
from __future__ import annotations

import os
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from articlecompare.core.model import Side
from articlecompare.ui.panes.drops import Payload, payload_from_mime
from articlecompare.ui.preferences.settings import SettingsStore
from articlecompare.ui.sessions.capturedialog import choose_captures
from articlecompare.ui.sessions.recent import RecentFiles, fill_menu
from articlecompare.ui.sessions.session import CompareSession
from articlecompare.ui.sessions.sessionfiles import SessionFiles, is_session_path
from articlecompare.ui.widgets.messagebar import MessageBar

FILE_FILTER = ("Articles (*.html *.htm *.xhtml *.shtml *.mhtml *.mht *.txt *.text *.md *.markdown *.mdown *.mkd "
               "*.mkdn *.docx *.odt *.epub *.pdf *.warc *.warc.gz *.wacz);;"
               "Web pages (*.html *.htm *.xhtml *.shtml *.mhtml *.mht);;"
               "Word documents (*.docx);;OpenDocument text (*.odt);;EPUB books (*.epub);;PDF documents (*.pdf);;"
               "Web archives (*.warc *.warc.gz *.wacz);;Text (*.txt *.text *.md *.markdown *.mdown *.mkd *.mkdn);;"
               "Sessions (*.acsession);;All files (*)")


class InputCommands(QObject):
    """Opens what the user points at; ``recent`` lists the files opened (sessions apart)."""

    def __init__(self, window: QMainWindow, session: CompareSession, files: SessionFiles,
                 settings: SettingsStore, notices: MessageBar) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._files = files
        self._notices = notices
        self.recent = RecentFiles(settings)
        session.capture_chooser = partial(choose_captures, window)   # a web archive's captures
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._session.pair_opened.connect(self._on_session_pair_opened)
        self._session.load_failed.connect(lambda _side, message: self._notices.show_message(message))
        self._session.file_loaded.connect(lambda _side, path: self.recent.add(path))
        self._session.file_reloaded.connect(self._on_session_file_reloaded)

    def open_pair(self, original: str, revised: str) -> None:
        self._session.open_path(Side.ORIGINAL, original)
        self._session.open_path(Side.REVISED, revised)

    def choose_file(self, side: str) -> None:
        title = "Open Original" if side == Side.ORIGINAL else "Open Revised"
        start = os.path.dirname(self._session.path(side) or (self.recent.paths() or [""])[0])
        path, _ = QFileDialog.getOpenFileName(self._window, title, start, FILE_FILTER)
        if path and is_session_path(path):
            self._files.open(path)
        elif path:
            self._session.open_path(side, path)

    def paste_into(self, side: str) -> bool:
        payload = payload_from_mime(QGuiApplication.clipboard().mimeData())
        if payload is None:
            self._notices.show_message("The clipboard holds no text, page or file to compare.", "info")
            return False
        return self._session.open_payload(side, payload)

    def open_dropped(self, side: str, payload: Payload) -> None:
        """What was dropped on a side's pane: a session file opens as a session."""
        if len(payload.paths) == 1 and is_session_path(payload.paths[0]):
            self._files.open(payload.paths[0])
        else:
            self._session.open_payload(side, payload)

    def reload(self) -> bool:
        """Read both files again; False (and a word why) when neither side came from a file."""
        reloaded = [self._session.reload(side) for side in (Side.ORIGINAL, Side.REVISED)]
        if not any(reloaded):
            self._window.statusBar().showMessage("Nothing to reload: open files rather than pasted text", 3000)
        return any(reloaded)

    def list_recent_in(self, original: QMenu, revised: QMenu, sessions: QMenu) -> None:
        """Fill these menus with the recent files (to open as each side) and sessions as they open."""
        original.aboutToShow.connect(lambda: self.fill_recent(original, Side.ORIGINAL))
        revised.aboutToShow.connect(lambda: self.fill_recent(revised, Side.REVISED))
        sessions.aboutToShow.connect(lambda: self.fill_recent_sessions(sessions))

    def fill_recent(self, menu: QMenu, side: str) -> None:
        fill_menu(menu, self.recent.paths(), lambda path: self._session.open_path(side, path),
                  "No recent files")

    def fill_recent_sessions(self, menu: QMenu) -> None:
        fill_menu(menu, self._files.recent.paths(), self._files.open, "No recent sessions")

    def clear_recent(self) -> None:
        self.recent.clear()
        self._files.recent.clear()

    def _on_session_pair_opened(self, path: str) -> None:
        self._notices.show_message(f"{os.path.basename(path)} has tracked changes: the original is its text with "
                                   "every change rejected, the revised with every change accepted.", "info")

    def _on_session_file_reloaded(self, _side: str, path: str) -> None:
        self._notices.show_message(f"{os.path.basename(path)} changed on disk and was read again.", "info")
