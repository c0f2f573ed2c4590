"""The main window: composes the panes, change list, summary strip and status bar.

Widgets stay thin: loading lives in ``CompareSession``, threads in ``ComparisonRunner``,
rendering in ``CompareView``, the list in ``ChangeDock``, annotations in ``AnnotatedDocument``,
session files, export and autosave in ``SessionFiles``; this class wires them together.
"""
from __future__ import annotations

import gc
import os
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget,
)

from articlecompare import __version__
from articlecompare.core.annotations import Annotation, AnnotationSet
from articlecompare.core.model import Change, ChangeKind, Comparison, Outcome, Side
from articlecompare.core.options import CompareOptions
from articlecompare.ui import settings as keys
from articlecompare.ui.actions import WindowActions, build_menus, build_toolbar
from articlecompare.ui.annotationmenu import AnnotationMenu
from articlecompare.ui.changedock import ChangeDock
from articlecompare.ui.colours import VERDICT_COLOURS, FormatBook, kind_colour, verdict_colour
from articlecompare.ui.compareview import (
    DEFAULT_TEXT_SIZE, INLINE, MAX_TEXT_SIZE, MIN_TEXT_SIZE, SIDE_BY_SIDE, CompareView,
)
from articlecompare.ui.document import AnnotatedDocument
from articlecompare.ui.drops import Payload, payload_from_mime
from articlecompare.ui.inlineplan import InlinePlanner
from articlecompare.ui.messagebar import MessageBar
from articlecompare.ui.plan import ViewPlan, ViewPlanner
from articlecompare.ui.progress import EXPORT_STAGE_NAMES, ProgressIndicator, ReadingNotice
from articlecompare.ui.recent import RecentFiles, fill_menu
from articlecompare.ui.session import CompareSession
from articlecompare.ui.sessionfiles import SessionFiles, is_session_path
from articlecompare.ui.settings import SettingsStore
from articlecompare.ui.summary import SummaryStrip
from articlecompare.ui.theme import apply_theme, wants_dark
from articlecompare.ui.workers import CompareFunction, ComparisonRunner

FILE_FILTER = ("Articles (*.html *.htm *.mhtml *.mht *.txt *.md *.markdown *.docx *.odt *.epub *.pdf "
               "*.warc *.warc.gz *.wacz);;"
               "Web pages (*.html *.htm *.mhtml *.mht);;Documents (*.docx *.odt *.epub *.pdf);;"
               "Web archives (*.warc *.warc.gz *.wacz);;Text (*.txt *.md *.markdown);;"
               "Sessions (*.acsession);;All files (*)")
NotePrompt = Callable[[QWidget, str, str], "str | None"]


def ask_for_note(parent: QWidget, title: str, note: str) -> str | None:
    """The note dialog of the context menu; None when cancelled."""
    text, accepted = QInputDialog.getMultiLineText(parent, "Note", title, note)
    return text if accepted else None


class MainWindow(QMainWindow):
    def __init__(self, settings: SettingsStore, compare: CompareFunction,
                 parent: QWidget | None = None, autosave_dir: str | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.recent = RecentFiles(settings)
        self.session = CompareSession(self)
        self.planner = ViewPlanner()
        self.inline_planner = InlinePlanner(self)
        self.runner = ComparisonRunner(compare, self, prepare=self.planner)
        self.document = AnnotatedDocument(self)
        self.files = SessionFiles(self, self.document, autosave_dir or settings.data_dir)
        self.note_prompt: NotePrompt = ask_for_note
        self._selected_key = ""
        self.dark = False
        self.text_size = DEFAULT_TEXT_SIZE
        self._build_actions()
        self._build_layout()
        self._connect_signals()
        self._restore_settings()
        self.files.offer_recovery()

    # construction ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.commands = WindowActions(self)

    def _build_layout(self) -> None:
        self.setWindowTitle("ArticleCompare[*]")
        self.message_bar = MessageBar(self)
        self.summary = SummaryStrip(self)
        self.compare_view = CompareView(self, self.planner, self.inline_planner)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.compare_view, 1)
        self.setCentralWidget(central)
        self.change_dock = ChangeDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.change_dock)
        self.menus = build_menus(self, self.commands, self.change_dock.toggleViewAction())
        self.toolbar = build_toolbar(self, self.commands)
        self.progress = ProgressIndicator(self)
        self.export_progress = ProgressIndicator(self, EXPORT_STAGE_NAMES, "Stop this export; nothing is written")
        self.status_text = QLabel(self)
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.export_progress)
        self.statusBar().addPermanentWidget(self.progress)
        self.reading_notice = ReadingNotice(self.session, self.statusBar(), self)
        self.compare_view.change_menu_provider = self.annotation_menu

    def _connect_signals(self) -> None:
        a = self.commands
        a.open_original.triggered.connect(lambda: self.choose_file(Side.ORIGINAL))
        a.open_revised.triggered.connect(lambda: self.choose_file(Side.REVISED))
        a.paste_focused.triggered.connect(lambda: self.paste_into(self._focused_side()))
        a.paste_original.triggered.connect(lambda: self.paste_into(Side.ORIGINAL))
        a.paste_revised.triggered.connect(lambda: self.paste_into(Side.REVISED))
        a.swap.triggered.connect(self.session.swap)
        a.reload.triggered.connect(self._on_reload_triggered)
        a.clear_recent.triggered.connect(self.recent.clear)
        a.clear_recent.triggered.connect(self.files.recent.clear)
        a.new_session.triggered.connect(self.files.new_session)
        a.open_session.triggered.connect(self.files.choose_and_open)
        a.save_session.triggered.connect(self.files.save)
        a.save_session_as.triggered.connect(self.files.save_as)
        a.export.triggered.connect(self.files.choose_and_export)
        a.quit.triggered.connect(self.close)
        a.view_group.triggered.connect(self._on_view_group_triggered)
        a.zoom_in.triggered.connect(lambda: self.set_text_size(self.text_size + 1))
        a.zoom_out.triggered.connect(lambda: self.set_text_size(self.text_size - 1))
        a.zoom_reset.triggered.connect(lambda: self.set_text_size(DEFAULT_TEXT_SIZE))
        a.sync_scroll.toggled.connect(self.compare_view.sync.set_enabled)
        a.show_boilerplate.toggled.connect(self._on_show_boilerplate_toggled)
        a.ignore_case.toggled.connect(self._on_ignore_case_toggled)
        a.ignore_punctuation.toggled.connect(self._on_ignore_punctuation_toggled)
        a.sensitivity_group.triggered.connect(self._on_sensitivity_group_triggered)
        a.next_change.triggered.connect(self.next_change)
        a.previous_change.triggered.connect(self.previous_change)
        a.recompare.triggered.connect(self.session.compare_now)
        a.cancel.triggered.connect(self.runner.cancel)
        a.theme_group.triggered.connect(self._on_theme_group_triggered)
        a.about.triggered.connect(self._on_about_triggered)
        self.menus["recent_original"].aboutToShow.connect(lambda: self._fill_recent(Side.ORIGINAL))
        self.menus["recent_revised"].aboutToShow.connect(lambda: self._fill_recent(Side.REVISED))
        self.menus["recent_sessions"].aboutToShow.connect(self._fill_recent_sessions)
        self._connect_parts()

    def _connect_parts(self) -> None:
        self.session.side_changed.connect(self._on_session_side_changed)
        self.session.load_failed.connect(lambda _side, message: self.message_bar.show_message(message))
        self.session.file_loaded.connect(lambda _side, path: self.recent.add(path))
        self.session.file_reloaded.connect(self._on_session_file_reloaded)
        self.session.comparison_requested.connect(  # (a long text still going in would compete)
            lambda *inputs: self.compare_view.when_filled(partial(self.runner.start, *inputs)))
        self.runner.comparison_started.connect(self._on_runner_comparison_started)
        self.runner.progress_changed.connect(self.progress.set_progress)
        self.runner.comparison_finished.connect(self._on_runner_comparison_finished)
        self.runner.comparison_failed.connect(self._on_runner_comparison_failed)
        self.runner.comparison_cancelled.connect(self._on_runner_comparison_cancelled)
        self.progress.cancel_requested.connect(self.runner.cancel)
        self.files.exporter.progress_changed.connect(self.export_progress.set_progress)
        self.export_progress.cancel_requested.connect(self.files.cancel_export)
        self.compare_view.payload_dropped.connect(self._on_compare_view_payload_dropped)
        self.compare_view.change_clicked.connect(self.change_dock.select_change)
        self.change_dock.change_selected.connect(self._on_change_dock_change_selected)
        self.change_dock.kinds_changed.connect(self._on_change_dock_kinds_changed)
        self.summary.kinds_selected.connect(self.change_dock.set_kinds)
        self.change_dock.annotation_edited.connect(self.document.set_annotation)
        self.document.annotations_changed.connect(self._on_document_annotations_changed)
        self.document.modified_changed.connect(self.setWindowModified)
        self.document.path_changed.connect(lambda _path: self._update_title())

    def _restore_settings(self) -> None:
        s = self.settings
        if not self.restoreGeometry(s.get(keys.GEOMETRY)):
            self.resize(1440, 900)
        if not self.restoreState(s.get(keys.WINDOW_STATE)):
            self.resizeDocks([self.change_dock], [540], Qt.Orientation.Horizontal)
        self.set_text_size(s.get(keys.FONT_SIZE) or DEFAULT_TEXT_SIZE)
        self.compare_view.splitter.restoreState(s.get(keys.SPLITTER))
        a = self.commands
        mode = s.get(keys.VIEW_MODE)
        (a.inline if mode == INLINE else a.side_by_side).setChecked(True)
        self.compare_view.set_mode(INLINE if mode == INLINE else SIDE_BY_SIDE)
        a.sync_scroll.setChecked(s.get(keys.SYNC_SCROLL))
        a.show_boilerplate.setChecked(s.get(keys.SHOW_BOILERPLATE))
        a.ignore_case.setChecked(s.get(keys.IGNORE_CASE))
        a.ignore_punctuation.setChecked(s.get(keys.IGNORE_PUNCTUATION))
        sensitivity = s.get(keys.SENSITIVITY)
        sensitivity = sensitivity if sensitivity in a.sensitivities else "normal"
        a.sensitivities[sensitivity].setChecked(True)
        self.compare_view.sync.enabled = a.sync_scroll.isChecked()
        self.session.set_options(CompareOptions(
            ignore_case=a.ignore_case.isChecked(), ignore_punctuation=a.ignore_punctuation.isChecked(),
            hide_boilerplate=not a.show_boilerplate.isChecked(), sensitivity=sensitivity))
        kinds = frozenset(k for k in s.get(keys.KIND_FILTER).split(",") if k in ChangeKind._value2member_map_)
        self.summary.select_kinds(kinds)
        theme = s.get(keys.THEME)
        a.themes.get(theme, a.themes["auto"]).setChecked(True)
        self.apply_look(wants_dark(theme))

    def save_settings(self) -> None:
        s = self.settings
        s.set(keys.GEOMETRY, self.saveGeometry())
        s.set(keys.WINDOW_STATE, self.saveState())
        s.set(keys.SPLITTER, self.compare_view.splitter.saveState())
        s.set(keys.VIEW_MODE, self.compare_view.mode)
        s.set(keys.SYNC_SCROLL, self.commands.sync_scroll.isChecked())
        s.set(keys.SHOW_BOILERPLATE, self.commands.show_boilerplate.isChecked())
        s.set(keys.IGNORE_CASE, self.commands.ignore_case.isChecked())
        s.set(keys.IGNORE_PUNCTUATION, self.commands.ignore_punctuation.isChecked())
        s.set(keys.SENSITIVITY, self.session.options.sensitivity)
        s.set(keys.FONT_SIZE, self.text_size)
        s.set(keys.KIND_FILTER, ",".join(sorted(self.change_dock.proxy.kinds)))
        s.sync()

    # public behaviour -----------------------------------------------------------------------
    def open_pair(self, original: str, revised: str) -> None:
        self.session.open_path(Side.ORIGINAL, original)
        self.session.open_path(Side.REVISED, revised)

    def choose_file(self, side: str) -> None:
        title = "Open Original" if side == Side.ORIGINAL else "Open Revised"
        start = os.path.dirname(self.session.path(side) or (self.recent.paths() or [""])[0])
        path, _ = QFileDialog.getOpenFileName(self, title, start, FILE_FILTER)
        if path and is_session_path(path):
            self.files.open(path)
        elif path:
            self.session.open_path(side, path)

    def open_session(self, path: str) -> bool:
        return self.files.open(path)

    def apply_options(self, options: CompareOptions) -> None:
        """Use ``options`` (from a session); the menu's toggles follow without side effects."""
        a = self.commands
        for action, value in ((a.ignore_case, options.ignore_case),
                              (a.ignore_punctuation, options.ignore_punctuation),
                              (a.show_boilerplate, not options.hide_boilerplate)):
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)
        chosen = a.sensitivities.get(options.sensitivity)
        if chosen is not None:
            chosen.blockSignals(True)
            chosen.setChecked(True)
            chosen.blockSignals(False)
        self.session.set_options(options)

    # annotations ----------------------------------------------------------------------------
    def annotation_menu(self, change: Change) -> AnnotationMenu:
        """The context menu of a highlighted change (it also becomes the selected change)."""
        self.change_dock.select_change(change.id)
        menu = AnnotationMenu(change, self.document.annotations.for_change(change), self)
        key = change.key
        for verdict, action in menu.verdict_actions.items():
            action.triggered.connect(
                lambda checked, v=verdict: self.document.set_verdict(key, v if checked else None))
        menu.note_action.triggered.connect(lambda: self.edit_note(change))
        menu.clear_action.triggered.connect(lambda: self.document.set_annotation(key, Annotation()))
        return menu

    def edit_note(self, change: Change) -> bool:
        current = self.document.annotations.for_change(change) or Annotation()
        note = self.note_prompt(self, f"Note on this {change.kind.label.lower()} change:", current.note)
        return note is not None and self.document.set_note(change.key, note)

    def _on_document_annotations_changed(self, annotations: AnnotationSet) -> None:
        self.change_dock.set_annotations(annotations)
        self.compare_view.set_annotations(annotations)
        if self.document.is_modified():
            self.files.autosaver.schedule()

    def _note_inputs_changed(self) -> None:
        self.document.inputs_changed()
        if self.document.is_modified():
            self.files.autosaver.schedule()

    def paste_into(self, side: str) -> bool:
        payload = payload_from_mime(QGuiApplication.clipboard().mimeData())
        if payload is None:
            self.message_bar.show_message("The clipboard holds no text, page or file to compare.", "info")
            return False
        return self.session.open_payload(side, payload)

    def next_change(self) -> bool:
        moved = self.change_dock.select_next()
        if not moved:
            self.statusBar().showMessage("No further change", 2000)
        return moved

    def previous_change(self) -> bool:
        moved = self.change_dock.select_previous()
        if not moved:
            self.statusBar().showMessage("No earlier change", 2000)
        return moved

    def set_text_size(self, points: int) -> None:
        self.text_size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, points))
        self.compare_view.set_text_size(self.text_size)

    def apply_look(self, dark: bool) -> None:
        """Colours for ``dark`` or light: highlights, chips, list swatches and icons."""
        self.dark = dark
        palette = self.palette()
        book = FormatBook(palette.base().color(), palette.text().color(), dark)
        self.compare_view.set_formats(book)
        self.summary.set_dark(dark)
        self.change_dock.model.set_kind_colours({k: kind_colour(k, dark) for k in ChangeKind})
        self.change_dock.model.set_verdict_colours({v: verdict_colour(v, dark) for v in VERDICT_COLOURS})
        self.commands.refresh_icons()

    # slots ----------------------------------------------------------------------------------
    def _focused_side(self) -> str:
        focus = QApplication.focusWidget()
        return Side.ORIGINAL if focus is self.compare_view.view(Side.ORIGINAL) else Side.REVISED

    def _fill_recent(self, side: str) -> None:
        menu = self.menus["recent_original" if side == Side.ORIGINAL else "recent_revised"]
        fill_menu(menu, self.recent.paths(), lambda path: self.session.open_path(side, path),
                  "No recent files")

    def _fill_recent_sessions(self) -> None:
        fill_menu(self.menus["recent_sessions"], self.files.recent.paths(), self.files.open,
                  "No recent sessions")

    def _on_compare_view_payload_dropped(self, side: str, payload: Payload) -> None:
        if len(payload.paths) == 1 and is_session_path(payload.paths[0]):
            self.files.open(payload.paths[0])
        else:
            self.session.open_payload(side, payload)

    def _on_reload_triggered(self) -> None:
        reloaded = [self.session.reload(side) for side in (Side.ORIGINAL, Side.REVISED)]
        if not any(reloaded):
            self.statusBar().showMessage("Nothing to reload: open files rather than pasted text", 3000)

    def _on_view_group_triggered(self, action: object) -> None:
        self.compare_view.set_mode(INLINE if action is self.commands.inline else SIDE_BY_SIDE)
        change = self.change_dock.current_change()
        if change is not None:
            self.compare_view.show_change(change)

    def _on_show_boilerplate_toggled(self, checked: bool) -> None:
        self.session.update_options(hide_boilerplate=not checked)
        self._note_inputs_changed()

    def _on_ignore_case_toggled(self, checked: bool) -> None:
        self.session.update_options(ignore_case=checked)
        self._note_inputs_changed()

    def _on_ignore_punctuation_toggled(self, checked: bool) -> None:
        self.session.update_options(ignore_punctuation=checked)
        self._note_inputs_changed()

    def _on_sensitivity_group_triggered(self, action: QAction) -> None:
        self.session.update_options(sensitivity=str(action.data()))
        self._note_inputs_changed()

    def _on_theme_group_triggered(self, action: object) -> None:
        self.set_theme(str(action.data()))  # type: ignore[attr-defined]

    def set_theme(self, theme: str, persist: bool = True) -> None:
        """Use ``theme`` (auto, light or dark) for the whole application."""
        self.commands.themes.get(theme, self.commands.themes["auto"]).setChecked(True)
        if persist:
            self.settings.set(keys.THEME, theme)
        dark = wants_dark(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, dark)
        self.apply_look(dark)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, "About ArticleCompare",
                          f"<b>ArticleCompare {__version__}</b><p>See how one version of an article "
                          "differs from another: added commentary, omissions, rewording, changed "
                          "facts and altered quotes.</p>")

    def _on_session_side_changed(self, side: str) -> None:
        self.runner.discard()
        self._stop_progress()
        self.compare_view.show_article(side, self.session.article(side))
        self.change_dock.model.set_comparison(None)
        self.summary.show_summary(None)
        self.status_text.setText("")  # "15 changes" was the comparison now gone
        self.message_bar.dismiss()
        self.commands.export.setEnabled(False)
        ready = self.session.is_ready()
        self.commands.save_session.setEnabled(ready)
        self.commands.save_session_as.setEnabled(ready)
        self._note_inputs_changed()
        self._update_title()

    def _on_session_file_reloaded(self, _side: str, path: str) -> None:
        self.message_bar.show_message(f"{os.path.basename(path)} changed on disk and was read again.", "info")

    def _on_runner_comparison_started(self, _job: int) -> None:
        self.progress.start()
        self.commands.cancel.setEnabled(True)
        self.status_text.setText("Comparing…")

    def _on_runner_comparison_finished(self, plan: ViewPlan) -> None:
        self._stop_progress()
        comparison = plan.comparison
        if (comparison.original is not self.session.article(Side.ORIGINAL)
                or comparison.revised is not self.session.article(Side.REVISED)):
            return  # the inputs changed while it ran; a newer comparison is on its way
        self.show_comparison(comparison, plan)

    def show_comparison(self, comparison: Comparison, plan: ViewPlan | None = None) -> None:
        self.compare_view.show_comparison(comparison, plan)
        self.change_dock.model.set_comparison(comparison)
        self.change_dock.set_annotations(self.document.annotations)
        self.compare_view.set_annotations(self.document.annotations)
        self.commands.export.setEnabled(True)
        self.summary.show_summary(comparison.summary)
        count = len(comparison.changes)
        self.status_text.setText(f"{count} change{'s' * (count != 1)}")
        if comparison.outcome != Outcome.COMPLETE:
            notes = " ".join(comparison.notes)
            self.message_bar.show_message(f"The comparison is {comparison.outcome.value}. {notes}".strip(),
                                          "info")
        if self._selected_key:
            match = next((c for c in comparison.changes if (c.key or c.id) == self._selected_key), None)
            if match is not None:
                self.change_dock.select_change(match.id)
        # what is shown now lives long: keep its many small objects out of the full garbage
        # collections that the next comparison's allocations set off, which walk every tracked
        # object while holding the interpreter and so stall the window (about 80 ms at 100k
        # words); they are plain acyclic data, freed by reference counting all the same
        gc.freeze()

    def _on_runner_comparison_failed(self, message: str) -> None:
        self._stop_progress()
        self.status_text.setText("Comparison failed")
        self.message_bar.show_message(f"The comparison failed: {message}")

    def _on_runner_comparison_cancelled(self) -> None:
        self._stop_progress()
        self.status_text.setText("Comparison cancelled — Compare > Compare Again (Ctrl+R) to restart")

    def _stop_progress(self) -> None:
        if not self.runner.is_running():
            self.progress.stop()
            self.commands.cancel.setEnabled(False)

    def _on_change_dock_change_selected(self, change: Change) -> None:
        self._selected_key = change.key or change.id
        self.compare_view.show_change(change)
        self.statusBar().showMessage(change.detail or change.kind.label, 4000)

    def _on_change_dock_kinds_changed(self, kinds: frozenset[str]) -> None:
        if kinds != self.summary.selected_kinds():
            self.summary.select_kinds(kinds)

    def _update_title(self) -> None:
        names = []
        for side in (Side.ORIGINAL, Side.REVISED):
            article = self.session.article(side)
            names.append((article.metadata.title or os.path.basename(article.source) or "untitled")
                         if article else "—")
        session = os.path.basename(self.document.path)
        prefix = f"{session} — " if session else ""
        self.setWindowTitle(f"{prefix}{names[0]} ↔ {names[1]}[*] — ArticleCompare")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.close():
            event.ignore()
            return
        self.save_settings()
        self.runner.shutdown()
        self.files.exporter.shutdown()
        self.inline_planner.shutdown()
        self.session.shutdown()
        event.accept()
