"""The recent-files list: most recent first, no duplicates, bounded, persisted."""
from __future__ import annotations

import os

from articlecompare.ui.settings import RECENT_FILES, Setting, SettingsStore

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
