"""One typed facade over QSettings: every key, its type and default live in one table.

Every read passes ``type=`` (an INI file stores ``False`` as the string ``'false'``).
Preferences (``preferences/…``) are kept apart from window state (``window/…``).
Tests build the facade on a QSettings over a temporary INI file.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import os

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


# window state
GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray())
SPLITTER: Setting[QByteArray] = Setting("window/splitter", QByteArray, QByteArray())
DOCK_SHARE: Setting[float] = Setting("window/dock_share", float, 0.0)   # 0: none chosen
CHANGE_COLUMNS: Setting[QByteArray] = Setting("window/change_columns", QByteArray, QByteArray())
# preferences
VIEW_MODE: Setting[str] = Setting("preferences/view_mode", str, "side_by_side")
SYNC_SCROLL: Setting[bool] = Setting("preferences/sync_scroll", bool, True)
SHOW_BOILERPLATE: Setting[bool] = Setting("preferences/show_boilerplate", bool, True)
IGNORE_CASE: Setting[bool] = Setting("preferences/ignore_case", bool, False)
IGNORE_PUNCTUATION: Setting[bool] = Setting("preferences/ignore_punctuation", bool, False)
SENSITIVITY: Setting[str] = Setting("preferences/commentary_sensitivity", str, "normal")
KIND_FILTER: Setting[str] = Setting("preferences/kind_filter", str, "")
THEME: Setting[str] = Setting("preferences/theme", str, "auto")
FONT_SIZE: Setting[int] = Setting("preferences/font_size", int, 0)
RECENT_FILES: Setting[list[str]] = Setting("files/recent", list, [])
RECENT_SESSIONS: Setting[list[str]] = Setting("files/recent_sessions", list, [])
# the comparison shown last: [session file] or [original, revised]
LAST_COMPARISON: Setting[list[str]] = Setting("files/last_comparison", list, [])

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    GEOMETRY, WINDOW_STATE, SPLITTER, DOCK_SHARE, CHANGE_COLUMNS, VIEW_MODE, SYNC_SCROLL, SHOW_BOILERPLATE, IGNORE_CASE,
    IGNORE_PUNCTUATION, SENSITIVITY, KIND_FILTER, THEME, FONT_SIZE, RECENT_FILES, RECENT_SESSIONS,
    LAST_COMPARISON,
)


class SettingsStore:
    """Reads and writes the settings in ``ALL_SETTINGS`` and nothing else."""

    def __init__(self, backend: QSettings, data_dir: str | None = None) -> None:
        self._backend = backend
        self._data_dir = data_dir

    @classmethod
    def at_path(cls, path: str) -> "SettingsStore":
        """Settings in one INI file; the app's data (autosave) goes in ``data/`` beside it."""
        folder = os.path.join(os.path.dirname(os.path.abspath(path)), "data")
        return cls(QSettings(path, QSettings.Format.IniFormat), folder)

    @classmethod
    def for_user(cls) -> "SettingsStore":
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                             "ArticleCompare", "ArticleCompare"))

    @property
    def data_dir(self) -> str:
        """Where the app keeps its own files (the autosave): the platform's app data folder
        unless the store was made with another."""
        if self._data_dir:
            return self._data_dir
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return location or os.path.join(os.path.dirname(self.path), "data")

    @property
    def path(self) -> str:
        return self._backend.fileName()

    def get(self, setting: Setting[T]) -> T:
        self._check(setting)
        value: Any = self._backend.value(setting.key, setting.default, type=setting.type)
        if value is None:
            return setting.default
        if setting.type is list:
            return cast(T, [str(item) for item in value])
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        self._check(setting)
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {type(value).__name__}")
        self._backend.setValue(setting.key, value)

    def sync(self) -> None:
        self._backend.sync()

    @staticmethod
    def _check(setting: Setting[Any]) -> None:
        if setting not in ALL_SETTINGS:
            raise KeyError(f"unknown setting {setting.key}")
