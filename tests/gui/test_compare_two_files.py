"""File > Compare Two Files: one dialog picks both versions (typed, browsed, dropped, swapped),
and is reachable from the empty window's toolbar."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolButton

from articlecompare.core.model import Side
from articlecompare.ui.sessions.pairdialog import PairDialog

from .dropping import drop_on, file_mime


def dialog_of(window) -> PairDialog:
    window.commands.compare_files.trigger()
    dialog = window.findChild(PairDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_dialog_compares_the_two_files_chosen(qtbot, make_window, pair_files, tmp_path):
    window = make_window()
    assert window.commands.compare_files in window.menus["file"].actions()
    assert window.commands.compare_files.shortcut() == QKeySequence("Ctrl+Shift+N")
    dialog = dialog_of(window)
    assert dialog.isModal() and dialog.paths() == ("", "")
    assert not dialog.compare_button.isEnabled()     # nothing chosen yet
    browsed = []

    def choose(_parent, title, start):
        browsed.append((title, start))
        return str(pair_files[1])

    dialog.choose_file = choose
    dialog.fields[Side.ORIGINAL].setText(str(pair_files[0]))
    dialog.browse_buttons[Side.REVISED].click()
    assert browsed == [("Choose the Revised Version", str(tmp_path))]   # the other file's folder
    assert dialog.compare_button.isEnabled()
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10_000):
        dialog.compare_button.click()
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])
    assert window.session.path(Side.REVISED) == str(pair_files[1])
    assert window.change_dock.model.rowCount() > 0


def test_swap_and_a_missing_file_keep_the_dialog_open(qtbot, make_window, pair_files, tmp_path):
    window = make_window()
    dialog = dialog_of(window)
    dialog.set_paths(str(pair_files[0]), str(tmp_path / "gone.html"))
    dialog.swap_button.click()
    assert dialog.paths() == (str(tmp_path / "gone.html"), str(pair_files[0]))
    dialog.compare_button.click()
    assert dialog.isVisible() and "gone.html is not a file" in dialog.problem.text()
    assert window.session.path(Side.ORIGINAL) is None      # nothing was opened
    dialog.fields[Side.ORIGINAL].setText(str(pair_files[1]))
    assert dialog.problem.text() == ""
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10_000):
        dialog.compare_button.click()
    qtbot.waitUntil(lambda: window.findChild(PairDialog) is None)   # closed, and gone
    assert window.session.path(Side.ORIGINAL) == str(pair_files[1])   # swapped as asked
    assert window.session.path(Side.REVISED) == str(pair_files[0])


def test_the_dialog_starts_from_the_files_shown_and_cancel_changes_nothing(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10_000):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    dialog = dialog_of(window)
    assert dialog.paths() == (str(pair_files[0]), str(pair_files[1]))
    dialog.set_paths(str(pair_files[1]), str(pair_files[0]))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(PairDialog) is None)
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])


def test_two_files_dropped_on_a_field_fill_both(qtbot, make_window, pair_files):
    window = make_window()
    dialog = dialog_of(window)
    assert drop_on(dialog.fields[Side.REVISED], file_mime(*pair_files))
    assert dialog.paths() == (str(pair_files[0]), str(pair_files[1]))


def test_the_empty_window_offers_it_on_the_toolbar(qtbot, make_window, tmp_path):
    window = make_window(size=(1280, 800))
    button = window.toolbar.widgetForAction(window.commands.compare_files)
    assert isinstance(button, QToolButton) and button.isVisible()
    assert button.text() == "Compare Files"
    window.toolbar.grab().save(str(tmp_path / "toolbar.png"))
    button.click()
    dialog = window.findChild(PairDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
