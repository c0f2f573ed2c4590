"""The window's actions, their shortcuts, and the menus and toolbar that list them."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from articlecompare.ui.annotations.commands import AnnotationCommands
from articlecompare.ui.look.theme import icon

THEMES = (("auto", "&Follow System"), ("light", "&Light"), ("dark", "&Dark"))
SENSITIVITIES = (
    ("low", "&Low", "Call added sentences commentary only when they clearly read as opinion"),
    ("normal", "&Normal", "The balance measured on labelled article pairs"),
    ("high", "&High", "Call added sentences commentary whenever they lean to opinion"),
)


def _action(parent: QObject, text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, *,
            checkable: bool = False, icon_name: str | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    if icon_name:
        action.setIcon(icon(icon_name))
        action.setProperty("icon_name", icon_name)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                          if shortcut else tip)
    return action


class WindowActions:
    """Every command of the main window, created once and shared by menus and toolbar."""

    def __init__(self, parent: QObject) -> None:
        self.compare_files = _action(parent, "Compare Two &Files…", "Ctrl+Shift+N", icon_name="compare-files",
                                     tip="Choose the original and the revised version in one dialog")
        self.reopen_last = _action(parent, "Reopen Last Co&mparison", "Ctrl+Shift+T",
                                   tip="Open again the files or the session compared last")
        self.compare_files.setIconText("Compare Files")
        self.open_original = _action(parent, "Open &Original…", "Ctrl+O", icon_name="open-original",
                                     tip="Open the original version")
        self.open_revised = _action(parent, "Open &Revised…", "Ctrl+Shift+O", icon_name="open-revised",
                                    tip="Open the revised version")
        self.paste_focused = _action(parent, "&Paste into Side", QKeySequence.StandardKey.Paste,
                                     tip="Paste text or HTML into the side that has focus")
        self.paste_original = _action(parent, "Paste as O&riginal", "Ctrl+Alt+1", icon_name="paste",
                                      tip="Use the clipboard as the original version")
        self.paste_revised = _action(parent, "Paste as Re&vised", "Ctrl+Alt+2",
                                     tip="Use the clipboard as the revised version")
        self.swap = _action(parent, "S&wap Sides", "Ctrl+Shift+X", icon_name="swap",
                            tip="Swap original and revised")
        self.reload = _action(parent, "Re&load", QKeySequence.StandardKey.Refresh, icon_name="reload",
                              tip="Read both files again")
        self.new_session = _action(parent, "&New Session", QKeySequence.StandardKey.New,
                                   tip="Start again: no texts, no annotations")
        self.open_session = _action(parent, "Open Sess&ion…", "Ctrl+Alt+O",
                                    tip="Open a saved session: both versions, options and annotations")
        self.save_session = _action(parent, "&Save Session", QKeySequence.StandardKey.Save,
                                    tip="Save both versions, the options and the annotations")
        self.save_session_as = _action(parent, "Save Session &As…", QKeySequence.StandardKey.SaveAs,
                                       tip="Save the session to a new file")
        self.export = _action(parent, "&Export Report…", "Ctrl+E",
                              tip="Write a report with the annotations: HTML, PDF, Markdown, CSV or JSON")
        self.print_report = _action(parent, "&Print Report…", QKeySequence.StandardKey.Print,
                                    tip="Print the report with the annotations")
        self.find = _action(parent, "&Find…", QKeySequence.StandardKey.Find,
                            tip="Find text in the pane that has focus (the original by default)")
        self.save_session.setEnabled(False)
        self.save_session_as.setEnabled(False)
        self.export.setEnabled(False)
        self.print_report.setEnabled(False)
        self.clear_recent = _action(parent, "&Clear Recent Files")
        self.quit = _action(parent, "&Quit", QKeySequence.StandardKey.Quit)
        self.side_by_side = _action(parent, "&Side by Side", "Ctrl+1", checkable=True,
                                    icon_name="side-by-side", tip="Show the versions side by side")
        self.inline = _action(parent, "&Inline (Redline)", "Ctrl+2", checkable=True, icon_name="inline",
                              tip="Show one text with deletions struck through")
        self.view_group = QActionGroup(parent)
        for action in (self.side_by_side, self.inline):
            self.view_group.addAction(action)
        self.zoom_in = _action(parent, "&Zoom In", QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = _action(parent, "Zoom &Out", QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset = _action(parent, "&Actual Size", "Ctrl+0")
        self.sync_scroll = _action(parent, "Synchronized Scro&lling", checkable=True)
        self.show_boilerplate = _action(parent, "Show &Boilerplate", checkable=True,
                                        tip="List site furniture (share prompts, 'The Latest') as changes")
        self.ignore_case = _action(parent, "Ignore &Case", checkable=True)
        self.ignore_punctuation = _action(parent, "Ignore &Punctuation Changes", checkable=True)
        self.next_change = _action(parent, "&Next Change", "F7", icon_name="next", tip="Go to the next change")
        self.previous_change = _action(parent, "P&revious Change", "Shift+F7", icon_name="previous",
                                       tip="Go to the previous change")
        self.sensitivity_group = QActionGroup(parent)
        self.sensitivities: dict[str, QAction] = {}
        for key, label, tip in SENSITIVITIES:
            action = _action(parent, label, checkable=True, tip=tip)
            action.setData(key)
            self.sensitivity_group.addAction(action)
            self.sensitivities[key] = action
        self.recompare = _action(parent, "Compare A&gain", "Ctrl+R")
        self.cancel = _action(parent, "C&ancel Comparison", "Esc")
        self.cancel.setEnabled(False)
        self.theme_group = QActionGroup(parent)
        self.themes: dict[str, QAction] = {}
        for key, label in THEMES:
            action = _action(parent, label, checkable=True)
            action.setData(key)
            self.theme_group.addAction(action)
            self.themes[key] = action
        self.about = _action(parent, "&About ArticleCompare")

    def refresh_icons(self) -> None:
        for action in vars(self).values():
            if isinstance(action, QAction) and action.property("icon_name"):
                action.setIcon(icon(str(action.property("icon_name"))))


def build_menus(window: QMainWindow, actions: WindowActions, dock_toggle: QAction,
                annotating: AnnotationCommands) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.new_session)
    file_menu.addSeparator()
    file_menu.addActions([actions.compare_files, actions.reopen_last])
    file_menu.addSeparator()
    file_menu.addActions([actions.open_original, actions.open_revised])
    recent_original = file_menu.addMenu("Open Recent as Ori&ginal")
    recent_revised = file_menu.addMenu("Open Recent as Revise&d")
    file_menu.addSeparator()
    file_menu.addAction(actions.open_session)
    recent_sessions = file_menu.addMenu("Open Recen&t Session")
    file_menu.addActions([actions.save_session, actions.save_session_as])
    file_menu.addSeparator()
    file_menu.addActions([actions.export, actions.print_report])
    file_menu.addSeparator()
    file_menu.addActions([actions.swap, actions.reload])
    file_menu.addSeparator()
    file_menu.addAction(actions.clear_recent)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([annotating.undo, annotating.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.paste_focused, actions.paste_original, actions.paste_revised])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    view_menu = bar.addMenu("&View")
    view_menu.addActions([actions.side_by_side, actions.inline])
    view_menu.addSeparator()
    view_menu.addActions([actions.sync_scroll, actions.show_boilerplate])
    view_menu.addSeparator()
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    view_menu.addSeparator()
    dock_toggle.setText("&Change List")
    view_menu.addAction(dock_toggle)
    theme_menu = view_menu.addMenu("&Theme")
    theme_menu.addActions(list(actions.themes.values()))
    compare_menu = bar.addMenu("&Compare")
    compare_menu.addActions([actions.next_change, actions.previous_change])
    compare_menu.addSeparator()
    compare_menu.addActions([actions.ignore_case, actions.ignore_punctuation])
    sensitivity_menu = compare_menu.addMenu("Commentary &Sensitivity")
    sensitivity_menu.addActions(list(actions.sensitivities.values()))
    compare_menu.addSeparator()
    compare_menu.addActions([actions.recompare, actions.cancel])
    annotate_menu = bar.addMenu("&Annotate")
    annotating.fill_menu(annotate_menu)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.about)
    return {"file": file_menu, "recent_original": recent_original, "recent_revised": recent_revised,
            "recent_sessions": recent_sessions, "view": view_menu, "compare": compare_menu,
            "edit": edit_menu, "annotate": annotate_menu}


def build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.compare_files, actions.open_original, actions.open_revised, actions.swap,
                        actions.reload])
    toolbar.addSeparator()
    toolbar.addActions([actions.previous_change, actions.next_change])
    toolbar.addSeparator()
    toolbar.addActions([actions.side_by_side, actions.inline])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
