"""GUI test fixtures: a window on a temporary settings file, and known text pairs on disk."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from articlecompare.ui.mainwindow import MainWindow
from articlecompare.ui.settings import SettingsStore
from articlecompare.ui.theme import apply_theme, register_search_paths
from articlecompare.ui.workers import CompareFunction

from .fakes import word_comparison

ORIGINAL_TEXT = (
    "The council met on Tuesday and approved the budget of 4.5 million dollars.\n"
    "Mayor Jane Smith said the vote was \"a good day for the city\".\n"
    "The plan includes new bus lanes on Main Street.\n"
    "Residents can comment until March 3.\n"
)
REVISED_TEXT = (
    "The council met on Tuesday and rushed through the budget of 4.5 million dollars.\n"
    "Mayor Jane Smith said the vote was \"a good day for the city\".\n"
    "Critics say the plan is a disaster.\n"
    "The plan includes new bus lanes on Main Street.\n"
)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> SettingsStore:
    return SettingsStore.at_path(str(settings_path))


@pytest.fixture
def pair_files(tmp_path: Path) -> tuple[Path, Path]:
    original, revised = tmp_path / "original.txt", tmp_path / "revised.txt"
    original.write_text(ORIGINAL_TEXT, encoding="utf-8")
    revised.write_text(REVISED_TEXT, encoding="utf-8")
    return original, revised


@pytest.fixture
def make_window(qtbot, settings: SettingsStore) -> Iterator[Callable[..., MainWindow]]:
    """Build windows on the temporary settings; each is closed (and its pool drained) after."""
    windows: list[MainWindow] = []

    def build(compare: CompareFunction = word_comparison, store: SettingsStore | None = None) -> MainWindow:
        app = QApplication.instance()
        register_search_paths()
        apply_theme(app, dark=False)
        window = MainWindow(store or settings, compare)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.runner.shutdown()


def wait_for_comparison(qtbot, window: MainWindow, timeout: int = 10000) -> None:
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=timeout):
        pass
