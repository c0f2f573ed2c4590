"""The window's files of work: save and open sessions, export reports, autosave and recover,
and the question on close. A controller, not a widget: each step is a method a test calls.

Sessions are read and written whole (``export.session_file``, atomic); opening one shows
exactly what was saved and never reads the original sources again. Reports are written on a
worker (``ReportExporter``), with their progress and Cancel in the window's status bar.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from articlecompare.core.model import Comparison, Side
from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.session import Session, SessionError
from articlecompare.export.atomic import printable
from articlecompare.export.session_file import SESSION_SUFFIX, read_session, save_session
from articlecompare.ui.annotations.document import AnnotatedDocument
from articlecompare.ui.export.reportexport import (
    ReportExporter, default_name, export_filters, filter_for, resolve_target,
)
from articlecompare.ui.jobs.progress import ProgressIndicator
from articlecompare.ui.preferences import settings as keys
from articlecompare.ui.preferences.settings import SettingsStore
from articlecompare.ui.sessions.autosaver import Autosaver
from articlecompare.ui.sessions.closeguard import CloseDecision, CloseGuard
from articlecompare.ui.sessions.folders import start_folder
from articlecompare.ui.sessions.overwriteguard import OverwriteDecision, OverwriteGuard
from articlecompare.ui.sessions.recent import RecentFiles
from articlecompare.ui.sessions.session import CompareSession
from articlecompare.ui.widgets.messagebar import MessageBar

SESSION_FILTER = f"ArticleCompare sessions (*{SESSION_SUFFIX});;All files (*)"


def is_session_path(path: str) -> bool:
    return path.lower().endswith(SESSION_SUFFIX)


class SessionFiles(QObject):
    """The files of the work in ``window``: ``session`` holds its texts and options,
    ``document`` its annotations, ``comparison`` says what is shown (to export); ``notices``,
    the status bar and ``export_progress`` say how each step went."""

    def __init__(self, window: QMainWindow, session: CompareSession, document: AnnotatedDocument,
                 settings: SettingsStore, autosave_dir: str, *, notices: MessageBar,
                 export_progress: ProgressIndicator, comparison: Callable[[], Comparison | None]) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.document = document
        self.notices = notices
        self.export_progress = export_progress
        self._comparison = comparison
        self.autosaver = Autosaver(autosave_dir, self._unsaved_snapshot, self)
        self.close_guard = CloseGuard()
        self.overwrite_guard = OverwriteGuard()
        self.recent = RecentFiles(settings, setting=keys.RECENT_SESSIONS)
        self.exporter = ReportExporter(self)
        self.last_folder = ""  # where the user last saved or exported to in this window
        self.autosaver.failed.connect(lambda message: window.statusBar().showMessage(message, 5000))
        self.exporter.export_started.connect(self._on_exporter_export_started)
        self.exporter.export_finished.connect(self._on_exporter_export_finished)
        self.exporter.export_failed.connect(self._on_exporter_export_failed)
        self.exporter.export_cancelled.connect(self._on_exporter_export_cancelled)

    # the session in the window --------------------------------------------------------------------
    def snapshot(self) -> Session | None:
        """What a save would write now; None until both versions are open."""
        session = self.session
        original, revised = session.article(Side.ORIGINAL), session.article(Side.REVISED)
        if original is None or revised is None:
            return None
        return Session(original, revised, session.options, self.document.annotations)

    def _unsaved_snapshot(self) -> Session | None:
        return self.snapshot() if self.document.is_modified() else None

    def apply(self, session: Session, path: str = "", modified: bool = False) -> None:
        """Show ``session``: its texts as saved (no source is read), options, annotations.
        The file it came from, if any, is the caller's to remember (``overwrite_guard``)."""
        self.overwrite_guard.forget()
        self.session.set_options(session.options)   # the toggles follow
        self.session.set_article(Side.ORIGINAL, session.original, None)
        self.session.set_article(Side.REVISED, session.revised, None)
        self.document.load(session.annotations, path, modified)  # after: inputs_changed is moot
        self.session.compare_now()

    # saving -----------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the session's file, or ask for one; False if nothing was saved."""
        if not self.document.path:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = self.document.path or self._suggested_path()
        path, _ = QFileDialog.getSaveFileName(self.window, "Save Session", start, SESSION_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += SESSION_SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the session atomically; on failure say why and leave the old file alone.
        If the file changed on disk since this window read or wrote it, ask first."""
        session = self.snapshot()
        if session is None:
            self.notices.show_message("Open both versions before saving a session.", "info")
            return False
        decision = self.overwrite_guard.decide(self.window, path)
        if decision is OverwriteDecision.SAVE_AS:
            return self.save_as()
        if decision is OverwriteDecision.CANCEL:
            self.notices.show_message(
                f"Not saved: {os.path.basename(path)} was changed on disk by another window or "
                "program, and was left as it is. Save to another file with File > Save Session As.",
                "info")
            return False
        try:
            stamp = save_session(path, session)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.notices.show_message(
                f"Could not save the session to {path}: {reason}. "
                "Nothing was overwritten; choose another place with File > Save Session As.")
            return False
        path = os.path.abspath(path)
        self.overwrite_guard.remember(path, stamp)
        self.document.mark_saved(path)
        self.autosaver.discard()
        self.recent.add(path)
        self.last_folder = os.path.dirname(path)
        self.window.statusBar().showMessage(f"Session saved to {path}", 5000)
        return True

    def _suggested_path(self) -> str:
        article = self.session.article(Side.REVISED)
        stem = Path(article.source).stem if article is not None and article.source else "session"
        return os.path.join(self._start_folder(), (stem or "session") + SESSION_SUFFIX)

    def _start_folder(self) -> str:
        sources = [a.source for side in (Side.REVISED, Side.ORIGINAL)
                   if (a := self.session.article(side)) is not None]
        return start_folder(self.last_folder, self.document.path, sources)

    # opening ----------------------------------------------------------------------------------------
    def choose_and_open(self) -> bool:
        start = os.path.dirname(self.recent.paths()[0]) if self.recent.paths() else ""
        path, _ = QFileDialog.getOpenFileName(self.window, "Open Session", start, SESSION_FILTER)
        return bool(path) and self.open(path)

    def open(self, path: str) -> bool:
        """Open a session file in place of what is shown (after asking about unsaved work)."""
        if not self.confirm_discard():
            return False
        try:
            session, stamp = read_session(path)
        except SessionError as exc:
            self.notices.show_message(f"Could not open the session: {exc}")
            return False
        self.apply(session, os.path.abspath(path))
        self.overwrite_guard.remember(path, stamp)
        self.recent.add(os.path.abspath(path))
        return True

    # exporting --------------------------------------------------------------------------------------
    def choose_and_export(self) -> bool:
        comparison = self._comparison()
        if comparison is None:
            return False
        start = default_name(comparison, "html", self._start_folder())
        path, chosen = QFileDialog.getSaveFileName(self.window, "Export Report", start,
                                                   export_filters(), filter_for("html"))
        if not path:
            return False
        path, fmt = resolve_target(path, chosen)
        return self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> bool:
        """Start writing the report on a worker; False if it could not be started. How it
        ends (written, failed, cancelled) is shown when it does."""
        comparison = self._comparison()
        if comparison is None:
            self.notices.show_message("There is no comparison to export yet.", "info")
            return False
        if not self.exporter.start(comparison, path, fmt, self.document.annotations):
            self.notices.show_message("A report is being exported; wait for it or cancel it.", "info")
            return False
        return True

    def cancel_export(self) -> None:
        if self.exporter.is_running():
            self.exporter.cancel()
            self.export_progress.show_cancelling()

    def _on_exporter_export_started(self, path: str) -> None:
        self.export_progress.start(f"Exporting {printable(Path(path).name)}")

    def _on_exporter_export_finished(self, path: str) -> None:
        self.last_folder = os.path.dirname(os.path.abspath(path))
        self.export_progress.stop()
        self.window.statusBar().showMessage(f"Report written to {printable(os.path.abspath(path))}", 8000)

    def _on_exporter_export_failed(self, _path: str, message: str) -> None:
        self.export_progress.stop()
        self.notices.show_message(f"{message}. An existing file of that name was left as it was.")

    def _on_exporter_export_cancelled(self, path: str) -> None:
        self.export_progress.stop()
        self.window.statusBar().showMessage(
            f"Export cancelled: nothing was written to {printable(Path(path).name)}", 8000)

    # autosave and recovery --------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """If a window that did not close normally left an autosave, offer it in the message
        bar (Restore / Discard). Autosaves of windows still running are theirs, not offered."""
        if not self.autosaver.find_orphan():
            return False
        when = self.autosaver.describe_orphan()
        self.notices.show_message(
            f"Annotations from a session that did not close normally were kept ({when}). "
            "Restore them?", "info",
            [("Restore", self.restore_autosave), ("Discard", self.autosaver.discard_orphan)])
        return True

    def restore_autosave(self) -> bool:
        try:
            session = self.autosaver.read_orphan()
        except SessionError as exc:
            self.notices.show_message(
                f"The autosaved work cannot be read ({exc}).", "error",
                [("Discard It", self.autosaver.discard_orphan)])
            return False
        if session is None:
            return False
        self.apply(session, "", modified=True)
        # this window's own autosave holds the work from now on; the crashed one's can go
        if self.autosaver.flush():
            self.autosaver.discard_orphan()
        self.window.statusBar().showMessage("Autosaved work restored; save it to keep it", 8000)
        return True

    def new_session(self) -> bool:
        """Empty the window: no texts, no annotations, after Save / Discard / Cancel if there
        is unsaved work. True when it was emptied."""
        if not self.confirm_discard():
            return False
        for side in (Side.ORIGINAL, Side.REVISED):
            self.session.set_article(side, None)
        self.document.load(AnnotationSet(), "", False)
        self.overwrite_guard.forget()
        self.autosaver.discard()
        return True

    # closing ----------------------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Before the work shown is replaced or the window closes: Save / Discard / Cancel.
        True when it is fine to go on."""
        name = os.path.basename(self.document.path) or "this comparison"
        decision = self.close_guard.decide(self.window, self.document.is_modified(), name)
        if decision is CloseDecision.SAVE:
            return self.save()
        return decision is CloseDecision.DISCARD

    def close(self) -> bool:
        """The window is closing: True to let it (the autosave then goes)."""
        if not self.confirm_discard():
            return False
        self.autosaver.discard()
        return True
