"""A committed annotation is in the autosave at once (a crash right after loses nothing);
typing a note still waits for a pause, so keystrokes are not each written."""
from __future__ import annotations

from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.export.session_file import load_session
from articlecompare.core.model import Side

from .annotating import change, open_pair


def autosaved(window):
    return load_session(window.files.autosaver.path).annotations


def test_a_verdict_is_autosaved_without_waiting(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    window.change_dock.select_change("c1")
    window.annotating.verdicts[Verdict.MISLEADING].trigger()
    key = change(window, "c1").key
    assert autosaved(window)[key] == Annotation(Verdict.MISLEADING, "")
    assert not window.files.autosaver.is_pending()


def test_the_context_menu_and_the_editors_verdict_are_autosaved_at_once(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    text = window.compare_view.view(Side.REVISED).toPlainText()
    window.compare_view.change_menu(Side.REVISED, text.index("Critics")).verdict_action(Verdict.ERROR).trigger()
    assert autosaved(window)[change(window, "c2").key] == Annotation(Verdict.ERROR, "")
    window.change_dock.select_change("c1")
    editor = window.change_dock.editor
    editor.verdict_combo.setCurrentIndex(editor.verdict_combo.findData(Verdict.FINE.value))
    assert autosaved(window)[change(window, "c1").key] == Annotation(Verdict.FINE, "")


def test_typing_a_note_is_coalesced(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    window.change_dock.select_change("c1")
    window.change_dock.editor.note_edit.setPlainText("A note typed")
    assert window.files.autosaver.is_pending()
    assert not window.files.autosaver.exists()
