"""The user's preferences: read from the settings when the window opens, written back when it
closes, and changed with the window's toggles (options, sensitivity, view, zoom, theme).

The comparison options have one home, the session's ``CompareOptions``: a toggle writes its
change there, and every toggle shows what is there whenever it changes (a session file's
options included). Nothing here keeps a copy of them. What the options do is the engine's
business; what the view does with a size or a mode is the window's, told by signals.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from articlecompare.core.model import ChangeKind
from articlecompare.core.options import CompareOptions
from articlecompare.ui.changes.sizing import DockSizer
from articlecompare.ui.look.theme import apply_theme, wants_dark
from articlecompare.ui.panes.compareview import DEFAULT_TEXT_SIZE, INLINE, MAX_TEXT_SIZE, MIN_TEXT_SIZE, SIDE_BY_SIDE
from articlecompare.ui.preferences import settings as keys
from articlecompare.ui.preferences.settings import SettingsStore

if TYPE_CHECKING:
    from articlecompare.ui.changes.changedock import ChangeDock
    from articlecompare.ui.sessions.session import CompareSession
    from articlecompare.ui.window.actions import WindowActions


class Preferences(QObject):
    """Drives the toggles of ``actions``; the comparison options live in ``session``."""

    options_edited = Signal()           # a toggle changed the comparison options
    text_size_changed = Signal(int)     # points
    view_mode_changed = Signal(str)     # SIDE_BY_SIDE or INLINE
    sync_scroll_changed = Signal(bool)
    look_changed = Signal(bool)         # dark

    def __init__(self, settings: SettingsStore, actions: WindowActions, session: CompareSession,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._actions = actions
        self._session = session
        self.text_size = DEFAULT_TEXT_SIZE
        self.view_mode = SIDE_BY_SIDE
        self._connect_signals()

    def _connect_signals(self) -> None:
        a = self._actions
        a.show_boilerplate.toggled.connect(self._on_show_boilerplate_toggled)
        a.ignore_case.toggled.connect(self._on_ignore_case_toggled)
        a.ignore_punctuation.toggled.connect(self._on_ignore_punctuation_toggled)
        a.sensitivity_group.triggered.connect(self._on_sensitivity_group_triggered)
        a.view_group.triggered.connect(self._on_view_group_triggered)
        a.sync_scroll.toggled.connect(self.sync_scroll_changed)
        a.zoom_in.triggered.connect(lambda: self.set_text_size(self.text_size + 1))
        a.zoom_out.triggered.connect(lambda: self.set_text_size(self.text_size - 1))
        a.zoom_reset.triggered.connect(lambda: self.set_text_size(DEFAULT_TEXT_SIZE))
        a.theme_group.triggered.connect(self._on_theme_group_triggered)
        self._session.options_changed.connect(self._show_options)

    # reading and writing the settings -----------------------------------------------------------
    def restore(self) -> None:
        """Everything as it was saved; the toggles show it and the signals tell the window."""
        s, a = self.settings, self._actions
        self.set_text_size(s.get(keys.FONT_SIZE) or DEFAULT_TEXT_SIZE)
        self._set_view_mode(INLINE if s.get(keys.VIEW_MODE) == INLINE else SIDE_BY_SIDE)
        _check_quietly(a.sync_scroll, s.get(keys.SYNC_SCROLL))
        self.sync_scroll_changed.emit(a.sync_scroll.isChecked())
        sensitivity = s.get(keys.SENSITIVITY)
        options = CompareOptions(
            ignore_case=s.get(keys.IGNORE_CASE), ignore_punctuation=s.get(keys.IGNORE_PUNCTUATION),
            hide_boilerplate=not s.get(keys.SHOW_BOILERPLATE),
            sensitivity=sensitivity if sensitivity in a.sensitivities else "normal")
        self._session.set_options(options)
        self._show_options(self._session.options)
        theme = s.get(keys.THEME)
        a.themes.get(theme, a.themes["auto"]).setChecked(True)
        self.look_changed.emit(wants_dark(theme))

    def restore_window(self, window: QMainWindow, dock: ChangeDock, splitter: QSplitter) -> DockSizer:
        """The window's size, docks, pane split and list columns as they were (the first
        time: defaults); the dock keeps its share of the width from then on (the sizer)."""
        if not window.restoreGeometry(self.settings.get(keys.GEOMETRY)):
            window.resize(1440, 900)
        window.restoreState(self.settings.get(keys.WINDOW_STATE))
        splitter.restoreState(self.settings.get(keys.SPLITTER))
        dock.columns.restore(self.settings.get(keys.CHANGE_COLUMNS))
        return DockSizer(window, dock, self.settings.get(keys.DOCK_SHARE))

    def saved_kinds(self) -> frozenset[str]:
        """The kinds of change the list showed when the window last closed."""
        return frozenset(k for k in self.settings.get(keys.KIND_FILTER).split(",")
                         if k in ChangeKind._value2member_map_)

    def save(self, window: QMainWindow, splitter: QSplitter, kinds: Iterable[str],
             dock: ChangeDock | None = None, sizer: DockSizer | None = None) -> None:
        """Write the window's state and the preferences (``kinds``: those the list shows)."""
        s, options = self.settings, self._session.options
        s.set(keys.GEOMETRY, window.saveGeometry())
        s.set(keys.WINDOW_STATE, window.saveState())
        s.set(keys.SPLITTER, splitter.saveState())
        if dock is not None:
            s.set(keys.CHANGE_COLUMNS, dock.columns.save())
        if sizer is not None:
            s.set(keys.DOCK_SHARE, float(sizer.share if sizer.chosen else 0.0))
        s.set(keys.VIEW_MODE, self.view_mode)
        s.set(keys.SYNC_SCROLL, self._actions.sync_scroll.isChecked())
        s.set(keys.SHOW_BOILERPLATE, not options.hide_boilerplate)
        s.set(keys.IGNORE_CASE, options.ignore_case)
        s.set(keys.IGNORE_PUNCTUATION, options.ignore_punctuation)
        s.set(keys.SENSITIVITY, options.sensitivity)
        s.set(keys.FONT_SIZE, self.text_size)
        s.set(keys.KIND_FILTER, ",".join(sorted(kinds)))
        s.sync()

    # changing them ------------------------------------------------------------------------------
    def set_text_size(self, points: int) -> None:
        self.text_size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, points))
        self.text_size_changed.emit(self.text_size)

    def set_theme(self, theme: str, persist: bool = True) -> None:
        """Use ``theme`` (auto, light or dark) for the whole application."""
        themes = self._actions.themes
        themes.get(theme, themes["auto"]).setChecked(True)
        if persist:
            self.settings.set(keys.THEME, theme)
        dark = wants_dark(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, dark)
        self.look_changed.emit(dark)

    def _set_view_mode(self, mode: str) -> None:
        (self._actions.inline if mode == INLINE else self._actions.side_by_side).setChecked(True)
        self.view_mode = mode
        self.view_mode_changed.emit(mode)

    def _edit_options(self, **changes: bool | str) -> None:
        self._session.update_options(**changes)
        self.options_edited.emit()

    def _show_options(self, options: CompareOptions) -> None:
        """The toggles follow ``options`` without acting on them."""
        a = self._actions
        _check_quietly(a.ignore_case, options.ignore_case)
        _check_quietly(a.ignore_punctuation, options.ignore_punctuation)
        _check_quietly(a.show_boilerplate, not options.hide_boilerplate)
        chosen = a.sensitivities.get(options.sensitivity)
        if chosen is not None:
            # not quietly: a blocked action keeps its group from unchecking the others; and the
            # group's slot listens to ``triggered``, which setChecked does not emit
            chosen.setChecked(True)

    def _on_show_boilerplate_toggled(self, checked: bool) -> None:
        self._edit_options(hide_boilerplate=not checked)

    def _on_ignore_case_toggled(self, checked: bool) -> None:
        self._edit_options(ignore_case=checked)

    def _on_ignore_punctuation_toggled(self, checked: bool) -> None:
        self._edit_options(ignore_punctuation=checked)

    def _on_sensitivity_group_triggered(self, action: QAction) -> None:
        self._edit_options(sensitivity=str(action.data()))

    def _on_view_group_triggered(self, action: QAction) -> None:
        self._set_view_mode(INLINE if action is self._actions.inline else SIDE_BY_SIDE)

    def _on_theme_group_triggered(self, action: QAction) -> None:
        self.set_theme(str(action.data()))


def _check_quietly(action: QAction, checked: bool) -> None:
    action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(False)
