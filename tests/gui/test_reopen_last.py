"""File > Reopen Last Comparison, and the offer of it when the window opens empty: the pair or
the session shown last opens again; files gone are named, and nothing is half opened."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence

from articlecompare import app
from articlecompare.core.model import Side
from articlecompare.ui.sessions.closeguard import CloseDecision
from articlecompare.ui.sessions.pairdialog import PairDialog

from .annotating import open_pair, saved_session


def test_reopen_last_opens_the_pair_compared_last(qtbot, make_window, settings, pair_files):
    first = make_window()
    open_pair(qtbot, first, pair_files)
    second = make_window()
    assert second.commands.reopen_last in second.menus["file"].actions()
    assert second.commands.reopen_last.shortcut() == QKeySequence("Ctrl+Shift+T")
    second.menus["file"].aboutToShow.emit()
    assert second.commands.reopen_last.isEnabled()
    assert second.commands.reopen_last.statusTip() == "Open again original.txt ↔ revised.txt"
    with qtbot.waitSignal(second.runner.comparison_finished, timeout=10_000):
        second.commands.reopen_last.trigger()
    assert second.session.path(Side.ORIGINAL) == str(pair_files[0])
    assert second.session.path(Side.REVISED) == str(pair_files[1])


def test_reopen_last_opens_the_session_saved_last(qtbot, make_window, pair_files, tmp_path):
    path = saved_session(qtbot, make_window(), pair_files, tmp_path / "work.acsession")
    second = make_window()
    with qtbot.waitSignal(second.runner.comparison_finished, timeout=10_000):
        assert second.inputs.reopen_last()
    assert second.document.path == str(path)


def test_reopen_last_names_the_file_that_is_gone(qtbot, make_window, pair_files):
    first = make_window()
    open_pair(qtbot, first, pair_files)
    pair_files[1].unlink()
    second = make_window()
    assert not second.inputs.reopen_last()
    message = second.message_bar.text()
    assert message == (f"Cannot reopen the last comparison: revised.txt (in {pair_files[1].parent}) "
                       "is no longer there (moved, renamed or deleted).")
    assert second.session.article(Side.ORIGINAL) is None   # not half opened
    second.message_bar.button("Compare Two Files…").click()
    dialog = second.findChild(PairDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_nothing_to_reopen_in_a_new_installation(qtbot, make_window, pair_files):
    window = make_window()
    assert not window.commands.reopen_last.isEnabled()
    assert not window.inputs.reopen_last()
    assert window.statusBar().currentMessage() == "No comparison to reopen yet"
    open_pair(qtbot, window, pair_files)
    assert window.commands.reopen_last.isEnabled()   # its key works at once, the menu unopened


def test_an_empty_start_offers_the_last_comparison(qtbot, make_window, settings_path, pair_files):
    first = make_window()
    open_pair(qtbot, first, pair_files)
    window = app.open_window(app.make_application(), [], settings_path=str(settings_path))
    qtbot.addWidget(window)
    window.files.close_guard.ask = lambda _parent, _name: CloseDecision.DISCARD
    assert window.message_bar.text() == ""          # open_window alone offers nothing
    app.open_inputs(window, [], offer_last=True)    # as main does for a window opened empty
    assert window.message_bar.text() == "Reopen the last comparison, original.txt ↔ revised.txt?"
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10_000):
        window.message_bar.button("Reopen").click()
    assert window.session.path(Side.REVISED) == str(pair_files[1])
    window.session.shutdown()
    window.runner.shutdown()


def test_no_offer_when_files_are_given_or_gone(qtbot, make_window, pair_files):
    first = make_window()
    open_pair(qtbot, first, pair_files)
    given = make_window()
    app.open_inputs(given, [str(pair_files[0]), str(pair_files[1])], offer_last=True)
    assert given.message_bar.text() == ""
    pair_files[0].unlink()
    empty = make_window()
    app.open_inputs(empty, [], offer_last=True)
    assert empty.message_bar.text() == ""     # its files are gone: the menu entry says so
