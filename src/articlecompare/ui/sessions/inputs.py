"""Where the texts come from: the Open dialogs, Compare Two Files, the clipboard, drops (on a
pane, or anywhere else in the window), Reload, the recent-files menus and Reopen Last
Comparison, and what is said when one of them fails.

A session file, however it comes, is opened as a session (``SessionFiles``); anything else
goes to a side of the ``CompareSession``. A controller, not a widget: each step is a method.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from articlecompare.core.model import Side
from articlecompare.ui.panes.drops import Payload, payload_from_mime
from articlecompare.ui.preferences.settings import SettingsStore
from articlecompare.ui.sessions.capturedialog import choose_captures
from articlecompare.ui.sessions.filefilters import FILE_FILTER
from articlecompare.ui.sessions.lastcomparison import LastComparisonStore
from articlecompare.ui.sessions.pairdialog import PairDialog
from articlecompare.ui.sessions.recent import RecentFiles, fill_menu
from articlecompare.ui.sessions.session import CompareSession
from articlecompare.ui.sessions.sessionfiles import SessionFiles, is_session_path
from articlecompare.ui.sessions.versions import may_hold_pair
from articlecompare.ui.widgets.messagebar import MessageBar


class InputCommands(QObject):
    """Opens what the user points at; ``recent`` lists the files opened (sessions apart),
    ``last`` keeps the comparison shown last."""

    last_recorded = Signal()   # ``last`` names another comparison

    def __init__(self, window: QMainWindow, session: CompareSession, files: SessionFiles,
                 settings: SettingsStore, notices: MessageBar) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._files = files
        self._notices = notices
        self.recent = RecentFiles(settings)
        self.last = LastComparisonStore(settings)
        self.ask_side: Callable[[QPoint], str | None] = self._ask_side_with_menu
        session.capture_chooser = partial(choose_captures, window)   # a web archive's captures
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._session.pair_opened.connect(self._on_session_pair_opened)
        self._session.load_failed.connect(lambda _side, message: self._notices.show_message(message))
        self._session.file_loaded.connect(self._on_session_file_loaded)
        self._session.file_reloaded.connect(self._on_session_file_reloaded)
        self._files.document.path_changed.connect(self._on_document_path_changed)

    def open_pair(self, original: str, revised: str) -> None:
        """One file for each side; one file for both (a document with tracked changes, an
        archive) is read once, as the pair it holds."""
        self._session.open_pair(original, revised)

    def choose_pair(self) -> PairDialog:
        """Compare Two Files: the dialog (window-modal, not blocking); its Compare opens the pair."""
        start = os.path.dirname((self.recent.paths() or [""])[0])
        dialog = PairDialog(self._window, self._session.path(Side.ORIGINAL) or "",
                            self._session.path(Side.REVISED) or "", start)
        dialog.accepted.connect(lambda: self.open_pair(*dialog.paths()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def reopen_last(self) -> bool:
        """Open the comparison shown last (a session, or the pair); if a file of it is gone,
        say which, and offer Compare Two Files."""
        last = self.last.get()
        if last is None:
            self._window.statusBar().showMessage("No comparison to reopen yet", 4000)
            return False
        gone = last.gone_message()
        if gone:
            self._notices.show_message(gone, "info", [("Compare Two Files…", self.choose_pair)])
            return False
        if last.is_session:
            return self._files.open(last.paths[0])
        self.open_pair(*last.paths)
        return True

    def offer_reopen(self) -> bool:
        """At start-up, in a window opened empty: offer the last comparison, if its files are there."""
        last = self.last.get()
        if last is None or last.missing():
            return False
        self._notices.show_message(f"Reopen the last comparison, {last.label()}?", "info",
                                   [("Reopen", self.reopen_last), ("Compare Two Files…", self.choose_pair)])
        return True

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

    def open_dropped_anywhere(self, payload: Payload, where: QPoint) -> None:
        """What was dropped away from the panes (change list, summary strip, toolbar): a
        session opens as a session; two files are the original and the revised, in the order
        given; one file or a text goes to the side the user picks (``ask_side`` at ``where``),
        except that a Word document is read first: with tracked changes it is both sides,
        and nothing is asked."""
        if len(payload.paths) == 1 and is_session_path(payload.paths[0]):
            self._files.open(payload.paths[0])
            return
        if len(payload.paths) == 1 and may_hold_pair(payload.paths[0]):
            self._session.open_either(payload.paths[0], lambda: self.ask_side(where))
            return
        if len(payload.paths) >= 2:
            self.open_pair(payload.paths[0], payload.paths[1])
            if len(payload.paths) > 2:
                self._window.statusBar().showMessage(
                    f"Compared the first two of the {len(payload.paths)} files dropped", 5000)
            return
        side = self.ask_side(where)
        if side is not None:
            self.open_dropped(side, payload)

    def _ask_side_with_menu(self, where: QPoint) -> str | None:
        menu = QMenu(self._window)
        menu.addSection("Open what was dropped as")
        choices = {Side.ORIGINAL: menu.addAction("The &Original"), Side.REVISED: menu.addAction("The &Revised")}
        empty = next((side for side in choices if self._session.article(side) is None), Side.ORIGINAL)
        menu.setActiveAction(choices[empty])
        chosen = menu.exec(where, choices[empty])
        menu.deleteLater()
        return next((side for side, action in choices.items() if action is chosen and chosen), None)

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

    def _on_session_file_loaded(self, _side: str, path: str) -> None:
        self.recent.add(path)
        original, revised = self._session.path(Side.ORIGINAL), self._session.path(Side.REVISED)
        if original and revised:
            self.last.record_pair(original, revised)
            self.last_recorded.emit()

    def _on_document_path_changed(self, path: str) -> None:
        if path:   # a session saved or opened: it holds the comparison and its annotations
            self.last.record_session(path)
            self.last_recorded.emit()

    def _on_session_pair_opened(self, path: str) -> None:
        self._notices.show_message(f"{os.path.basename(path)} has tracked changes: the original is its text with "
                                   "every change rejected, the revised with every change accepted.", "info")

    def _on_session_file_reloaded(self, _side: str, path: str) -> None:
        self._notices.show_message(f"{os.path.basename(path)} changed on disk and was read again.", "info")
