"""The main window: composes the parts and wires them together. Loading lives in ``CompareSession``
and ``InputCommands``, the comparison's life in ``ComparisonLifecycle``, settings and toggles in
``Preferences``, rendering in ``CompareView``, the list in ``ChangeDock``, annotations in
``AnnotatedDocument`` and ``Annotator``, session files, export and autosave in ``SessionFiles``."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Change, ChangeKind, Comparison, Side
from articlecompare.present.lost_facts import lost_fact_lines
from articlecompare.ui.annotations.annotationmenu import AnnotationMenu, Annotator
from articlecompare.ui.annotations.commands import AnnotationCommands
from articlecompare.ui.annotations.document import AnnotatedDocument
from articlecompare.ui.changes.changedock import ChangeDock
from articlecompare.ui.changes.summary import SummaryStrip
from articlecompare.ui.comparison.lifecycle import ComparisonLifecycle
from articlecompare.ui.export.printing import ReportPrinter
from articlecompare.ui.jobs.progress import EXPORT_STAGE_NAMES, ProgressIndicator
from articlecompare.ui.jobs.workers import CompareFunction, ComparisonRunner
from articlecompare.ui.look.colours import VERDICT_COLOURS, FormatBook, kind_colour, verdict_colour
from articlecompare.ui.panes.compareview import INLINE, SIDE_BY_SIDE, CompareView
from articlecompare.ui.panes.findbar import FindBar
from articlecompare.ui.panes.inlineplan import InlinePlanner
from articlecompare.ui.panes.plan import ViewPlan, ViewPlanner
from articlecompare.ui.preferences.preferences import Preferences
from articlecompare.ui.preferences.settings import SettingsStore
from articlecompare.ui.sessions.inputs import InputCommands
from articlecompare.ui.sessions.reading import ReadingNotice
from articlecompare.ui.sessions.session import CompareSession
from articlecompare.ui.sessions.sessionfiles import SessionFiles
from articlecompare.ui.sessions.trackedchanges import TrackedChangesLine
from articlecompare.ui.widgets.messagebar import MessageBar
from articlecompare.ui.window.actions import WindowActions, build_menus, build_toolbar
from articlecompare.ui.window.droptargets import DropTargets
from articlecompare.ui.window.title import window_title
from articlecompare.ui.window.wiring import connect_commands

class MainWindow(QMainWindow):
    def __init__(self, settings: SettingsStore, compare: CompareFunction,
                 parent: QWidget | None = None, autosave_dir: str | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = CompareSession(self)
        self.planner = ViewPlanner()
        self.inline_planner = InlinePlanner(self)
        self.runner = ComparisonRunner(compare, self, prepare=self.planner)
        self.document = AnnotatedDocument(self)
        self.dark = False
        self._build_actions()
        self._build_layout()
        self._build_parts(autosave_dir or settings.data_dir)
        self._connect_signals()
        self._restore_settings()
        self.files.offer_recovery()

    # construction ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.commands = WindowActions(self)
        self.preferences = Preferences(self.settings, self.commands, self.session, self)
        self.annotating = AnnotationCommands(self.document, lambda: self.change_dock.current_change(), self)
        self.annotator = Annotator(self.document, self.annotating, self)

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
        self.tracked_changes = TrackedChangesLine(self)
        layout.addWidget(self.tracked_changes)
        layout.addWidget(self.compare_view, 1)
        self.find_bar = FindBar(self)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.change_dock = ChangeDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.change_dock)
        self.menus = build_menus(self, self.commands, self.change_dock.toggleViewAction(), self.annotating)
        self.toolbar = build_toolbar(self, self.commands)
        self.drop_targets = DropTargets(self)   # drops off the panes are taken as on them
        self.drop_targets.watch(self.summary, self.toolbar, self.change_dock, self.change_dock.table.viewport(),
                                self.statusBar())
        self.progress = ProgressIndicator(self)
        self.export_progress = ProgressIndicator(self, EXPORT_STAGE_NAMES, "Stop this export; nothing is written")
        self.status_text = QLabel(self)
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.export_progress)
        self.statusBar().addPermanentWidget(self.progress)
        self.reading_notice = ReadingNotice(self.session, self.statusBar(), self)
        self.compare_view.change_menu_provider = self.annotation_menu

    def _build_parts(self, autosave_dir: str) -> None:
        self.comparisons = ComparisonLifecycle(self.runner, self.progress, self.status_text, self.message_bar,
                                               self.compare_view.when_filled, self)
        self.files = SessionFiles(self, self.session, self.document, self.settings, autosave_dir,
                                  notices=self.message_bar, export_progress=self.export_progress,
                                  comparison=self.compare_view.comparison)
        self.printer = ReportPrinter(self)
        self.inputs = InputCommands(self, self.session, self.files, self.settings, self.message_bar)

    def _connect_signals(self) -> None:
        connect_commands(self)
        self._connect_parts()

    def _connect_parts(self) -> None:
        self.preferences.options_edited.connect(self._note_inputs_changed)
        self.preferences.text_size_changed.connect(self.compare_view.set_text_size)
        self.preferences.view_mode_changed.connect(self._on_preferences_view_mode_changed)
        self.preferences.sync_scroll_changed.connect(self.compare_view.sync.set_enabled)
        self.preferences.look_changed.connect(self.apply_look)
        self.session.side_changed.connect(self._on_session_side_changed)
        self.session.comparison_requested.connect(self.comparisons.request)
        self.comparisons.comparison_arrived.connect(self._on_comparisons_comparison_arrived)
        self.comparisons.running_changed.connect(self.commands.cancel.setEnabled)
        self.comparisons.running_changed.connect(self.change_dock.set_comparing)
        self.files.exporter.progress_changed.connect(self.export_progress.set_progress)
        self.export_progress.cancel_requested.connect(self.files.cancel_export)
        self.compare_view.payload_dropped.connect(self.inputs.open_dropped)
        self.drop_targets.payload_dropped.connect(self.inputs.open_dropped_anywhere)
        self.compare_view.change_clicked.connect(self.change_dock.select_change)
        self.change_dock.change_selected.connect(self._on_change_dock_change_selected)
        self.change_dock.kinds_changed.connect(self._on_change_dock_kinds_changed)
        self.summary.kinds_selected.connect(self.change_dock.set_kinds)
        self.change_dock.annotation_edited.connect(self.annotating.record_editor_edit)
        self.document.annotations_changed.connect(self._on_document_annotations_changed)
        self.document.modified_changed.connect(self.setWindowModified)
        self.annotating.committed.connect(self.files.autosaver.flush)   # at once, not after a pause
        self.document.path_changed.connect(lambda _path: self._update_title())

    def _restore_settings(self) -> None:
        self.dock_sizer = self.preferences.restore_window(self, self.change_dock, self.compare_view.splitter)
        self.preferences.restore()
        self.summary.select_kinds(self.preferences.saved_kinds())

    def save_settings(self) -> None:
        self.preferences.save(self, self.compare_view.splitter, self.change_dock.proxy.kinds,
                              self.change_dock, self.dock_sizer)

    # public behaviour -----------------------------------------------------------------------
    def open_pair(self, original: str, revised: str) -> None:
        self.inputs.open_pair(original, revised)

    def open_session(self, path: str) -> bool:
        return self.files.open(path)

    def show_comparison(self, comparison: Comparison, plan: ViewPlan | None = None) -> None:
        self.compare_view.show_comparison(comparison, plan)
        self.compare_view.set_annotations(self.document.annotations)
        self.change_dock.show_comparison(comparison, self.document.annotations)
        self.commands.export.setEnabled(True)
        self.commands.print_report.setEnabled(True)
        self.summary.show_summary(comparison.summary, lost_fact_lines(comparison))

    def annotation_menu(self, change: Change) -> AnnotationMenu:
        """The context menu of a highlighted change (it also becomes the selected change)."""
        self.change_dock.select_change(change.id)
        return self.annotator.menu(change)

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

    def apply_look(self, dark: bool) -> None:
        """Colours for ``dark`` or light: highlights, chips, list swatches and icons."""
        self.dark = dark
        self.compare_view.set_text_size(self.preferences.text_size)   # a new style sheet resets fonts
        palette = self.palette()
        self.compare_view.set_formats(FormatBook(palette.base().color(), palette.text().color(), dark))
        self.summary.set_dark(dark)
        self.change_dock.model.set_kind_colours({k: kind_colour(k, dark) for k in ChangeKind})
        self.change_dock.model.set_verdict_colours({v: verdict_colour(v, dark) for v in VERDICT_COLOURS})
        self.commands.refresh_icons()

    # slots ----------------------------------------------------------------------------------
    def _note_inputs_changed(self) -> None:
        self.document.inputs_changed()
        if self.document.is_modified():
            self.files.autosaver.schedule()

    def _on_document_annotations_changed(self, annotations: AnnotationSet) -> None:
        self.change_dock.set_annotations(annotations)
        self.compare_view.set_annotations(annotations)
        if self.document.is_modified():
            self.files.autosaver.schedule()

    def _on_preferences_view_mode_changed(self, mode: str) -> None:
        self.compare_view.set_mode(INLINE if mode == INLINE else SIDE_BY_SIDE)
        change = self.change_dock.current_change()
        if change is not None:
            self.compare_view.show_change(change)

    def _on_session_side_changed(self, side: str) -> None:
        self.comparisons.discard()
        self.compare_view.show_article(side, self.session.article(side))
        self.tracked_changes.show_articles(self.session.article(Side.ORIGINAL), self.session.article(Side.REVISED))
        self.change_dock.model.set_comparison(None)
        self.summary.show_summary(None)
        self.commands.export.setEnabled(False)
        self.commands.print_report.setEnabled(False)
        ready = self.session.is_ready()
        self.commands.save_session.setEnabled(ready)
        self.commands.save_session_as.setEnabled(ready)
        self._note_inputs_changed()
        self._update_title()

    def _on_comparisons_comparison_arrived(self, comparison: Comparison, plan: ViewPlan) -> None:
        self.show_comparison(comparison, plan)   # (looked up each time: a benchmark wraps it)

    def _on_change_dock_change_selected(self, change: Change) -> None:
        self.compare_view.show_change(change)
        self.statusBar().showMessage(change.detail or change.kind.label, 4000)

    def _on_change_dock_kinds_changed(self, kinds: frozenset[str]) -> None:
        if kinds != self.summary.selected_kinds():
            self.summary.select_kinds(kinds)

    def _update_title(self) -> None:
        self.setWindowTitle(window_title(self.session.article(Side.ORIGINAL), self.session.article(Side.REVISED),
                                         self.document.path))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.close():
            event.ignore()
            return
        self.save_settings()
        self.comparisons.shutdown()
        self.files.exporter.shutdown()
        self.inline_planner.shutdown()
        self.session.shutdown()
        event.accept()
