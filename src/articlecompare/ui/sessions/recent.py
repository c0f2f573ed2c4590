"""The recent-files list: most recent first, no duplicates, bounded, persisted; and the menu
that lists it."""
from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from articlecompare.present.names import distinct_labels
from articlecompare.ui.preferences.settings import RECENT_FILES, Setting, SettingsStore
from articlecompare.ui.widgets.plaintext import plain_tooltip

MAX_RECENT = 10


class RecentFiles:
    def __init__(self, settings: SettingsStore, limit: int = MAX_RECENT,
                 setting: Setting[list[str]] = RECENT_FILES) -> None:
        self._settings = settings
        self._limit = limit
        self._setting = setting

    def paths(self) -> list[str]:
        return self._settings.get(self._setting)

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        paths = [p for p in self.paths() if p != path]
        self._settings.set(self._setting, [path, *paths][: self._limit])

    def remove(self, path: str) -> None:
        self._settings.set(self._setting, [p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._settings.set(self._setting, [])


def fill_menu(menu: QMenu, paths: list[str], open_path: Callable[[str], object], empty: str) -> None:
    """List ``paths`` in ``menu`` by file name, with its folder where two share a name (the
    whole path as tip, shown); choosing one calls ``open_path`` with it. ``empty`` is the
    disabled entry of an empty list."""
    menu.clear()
    menu.setToolTipsVisible(True)  # Qt hides a menu's tips unless told
    for path, label in zip(paths, distinct_labels(paths)):
        action = menu.addAction(label)
        action.setToolTip(plain_tooltip(path))
        action.setStatusTip(path)
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    if menu.isEmpty():
        menu.addAction(empty).setEnabled(False)
