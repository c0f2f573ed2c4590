"""Files and text dropped on the change list, the summary strip, the toolbar or the status bar
are taken as on the panes: two files are the original and the revised in the order given, one
file or a text goes to the side the user picks, a session opens as a session."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication

from articlecompare.core.model import Side

from .annotating import open_pair, saved_session
from .dropping import drop_on, file_mime


def places(window):
    """Where a user drops away from the panes, each a widget and what stands under the point."""
    toolbar_button = window.toolbar.widgetForAction(window.commands.next_change)
    return {
        "change list": window.change_dock.table.viewport(),
        "empty change list": window.change_dock.empty,
        "summary strip": window.summary,
        "toolbar button": toolbar_button,
        "status bar": window.statusBar(),
    }


@pytest.mark.parametrize("place", ["change list", "empty change list", "summary strip", "toolbar button",
                                   "status bar"])
def test_two_files_dropped_are_the_original_and_the_revised(qtbot, make_window, pair_files, place):
    window = make_window()
    widget = places(window)[place]
    if not widget.isVisible():
        open_pair(qtbot, window, pair_files[::-1])   # (the list shows its rows once compared)
        widget = places(window)[place]
    assert widget.isVisible()
    asked = []
    window.inputs.ask_side = lambda where: asked.append(where)
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10_000):
        assert drop_on(widget, file_mime(pair_files[0], pair_files[1]))
    qtbot.waitUntil(lambda: window.session.path(Side.REVISED) == str(pair_files[1]), timeout=10_000)
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])
    assert asked == []   # two files need no question


@pytest.mark.parametrize("side", [Side.ORIGINAL, Side.REVISED])
def test_one_file_dropped_goes_to_the_side_picked(qtbot, make_window, pair_files, side):
    window = make_window()
    asked = []
    window.inputs.ask_side = lambda where: (asked.append(where), side)[1]
    summary = window.summary
    with qtbot.waitSignal(window.session.file_loaded, timeout=10_000) as loaded:
        assert drop_on(summary, file_mime(pair_files[1]))
    assert loaded.args == [side, str(pair_files[1])]
    assert len(asked) == 1 and summary.rect().contains(summary.mapFromGlobal(asked[0]))  # asked where it fell


def test_a_drop_declined_opens_nothing_and_text_goes_to_the_side_picked(qtbot, make_window):
    window = make_window()
    window.inputs.ask_side = lambda where: None
    text = QMimeData()
    text.setText("The council met on Tuesday and approved the budget.")
    assert drop_on(window.toolbar, text)
    assert window.session.article(Side.ORIGINAL) is None and window.session.article(Side.REVISED) is None
    window.inputs.ask_side = lambda where: Side.REVISED
    assert drop_on(window.toolbar, text)
    assert window.session.article(Side.REVISED).text == "The council met on Tuesday and approved the budget."


def test_a_session_dropped_on_the_change_list_opens_as_a_session(qtbot, make_window, pair_files, tmp_path):
    path = saved_session(qtbot, make_window(), pair_files, tmp_path / "work.acsession")
    other = make_window()
    with qtbot.waitSignal(other.runner.comparison_finished, timeout=10_000):
        assert drop_on(other.change_dock.table.viewport(), file_mime(path))
    assert other.document.path == str(path)


def test_nothing_usable_is_refused(make_window):
    window = make_window()
    assert not drop_on(window.summary, QMimeData())



# (the offscreen platform cannot raise a popup or grab the keyboard for it, and says so)
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_side_is_asked_in_a_menu_that_offers_the_empty_side_first(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.session.file_loaded, timeout=10_000):
        window.session.open_path(Side.ORIGINAL, str(pair_files[0]))
    seen = []

    def answer() -> None:
        menu = QApplication.activePopupWidget()
        seen.append([a.text() for a in menu.actions()])
        seen.append(menu.activeAction().text())
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)
    with qtbot.waitSignal(window.session.file_loaded, timeout=10_000) as loaded:
        assert drop_on(window.summary, file_mime(pair_files[1]))
    assert seen == [["Open what was dropped as", "The &Original", "The &Revised"], "The &Revised"]
    assert loaded.args == [Side.REVISED, str(pair_files[1])]
