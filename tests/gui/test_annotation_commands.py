"""Verdicts from the keyboard (Alt+1 … Alt+4) on the selected change, and Edit › Undo of
Clear Annotation (from the Annotate menu, a pane's context menu or the editor)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.core.model import Side

from .annotating import change, open_pair


def test_alt_digits_give_the_selected_change_each_verdict(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.change_dock.select_change("c1")
    key = change(window, "c1").key
    view = window.compare_view.view(Side.REVISED)
    view.setFocus()
    for digit, verdict in zip((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4), Verdict, strict=True):
        assert window.annotating.verdicts[verdict] in window.menus["annotate"].actions()
        qtbot.keyClick(view, digit, Qt.KeyboardModifier.AltModifier)
        assert window.document.annotations[key] == Annotation(verdict, "")
    assert window.change_dock.editor.verdict_combo.currentData() == Verdict.ERROR.value


def test_a_verdict_key_keeps_the_note(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    window.change_dock.select_change("c1")
    window.change_dock.editor.note_edit.setPlainText("Check the minutes")
    window.annotating.verdicts[Verdict.MISLEADING].trigger()
    assert window.document.annotations[change(window, "c1").key] == Annotation(Verdict.MISLEADING, "Check the minutes")


def test_without_a_selected_change_the_verdict_keys_do_nothing(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    window.annotating.verdicts[Verdict.FINE].trigger()
    assert len(window.document.annotations) == 0


def test_undo_brings_back_a_cleared_annotation(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    undo = window.annotating.undo
    assert undo in window.menus["edit"].actions()
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.change_dock.select_change("c1")
    window.change_dock.editor.note_edit.setPlainText("Loaded wording")
    window.annotating.verdicts[Verdict.MISLEADING].trigger()
    key = change(window, "c1").key
    noted = Annotation(Verdict.MISLEADING, "Loaded wording")
    window.annotating.clear.trigger()                 # Annotate › Clear Annotation
    assert key not in window.document.annotations
    assert undo.isEnabled() and undo.text() == "&Undo Clear Annotation"
    undo.trigger()
    assert window.document.annotations[key] == noted
    assert window.change_dock.editor.note_edit.toPlainText() == "Loaded wording"
    window.annotating.redo.trigger()
    assert key not in window.document.annotations
    undo.trigger()
    window.change_dock.editor.clear_action.trigger()   # the editor's Clear
    assert key not in window.document.annotations
    undo.trigger()
    assert window.document.annotations[key] == noted
    menu = window.compare_view.change_menu(Side.REVISED, window.compare_view.change_span("c1", Side.REVISED)[0])
    menu.clear_action.trigger()                         # a pane's context menu
    undo.trigger()
    assert window.document.annotations[key] == noted


def test_typing_after_a_step_drops_it_so_undo_never_loses_the_typing(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    window.change_dock.select_change("c1")
    window.annotating.verdicts[Verdict.FINE].trigger()
    window.change_dock.editor.note_edit.setPlainText("typed later")
    assert not window.annotating.undo.isEnabled()
    assert window.document.annotations[change(window, "c1").key] == Annotation(Verdict.FINE, "typed later")
