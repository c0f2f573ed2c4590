"""GUI test fixtures: a window on a temporary settings file, and known text pairs on disk."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from articlecompare.ui.jobs.workers import CompareFunction
from articlecompare.ui.look.theme import apply_theme, register_search_paths
from articlecompare.ui.preferences.settings import SettingsStore
from articlecompare.ui.sessions.closeguard import CloseDecision
from articlecompare.ui.window.mainwindow import MainWindow

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


# The offscreen platform cannot pass size hints to a window and says so on every resize.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


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

    def build(compare: CompareFunction = word_comparison, store: SettingsStore | None = None,
              size: tuple[int, int] | None = (1200, 800)) -> MainWindow:
        app = QApplication.instance()
        register_search_paths()
        apply_theme(app, dark=False)
        window = MainWindow(store or settings, compare)
        # Closing at teardown must not block on the Save / Discard / Cancel question.
        window.files.close_guard.ask = lambda _parent, _name: CloseDecision.DISCARD
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.runner.shutdown()
