"""Verdicts and notes in the window: from the dock and the panes' context menu, marked in
both panes, filtered in the list, kept across recomputation, orphans shown."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from articlecompare.core.model import Side
from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.ui.changes.changelist import VERDICT_COLUMN
from articlecompare.ui.panes.compareview import INLINE

from .annotating import annotated_text, change, open_pair, show_inline


def test_verdict_and_note_from_the_dock(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    assert not window.isWindowModified()
    window.change_dock.select_change("c1")          # "approved" -> "rushed through"
    editor = window.change_dock.editor
    assert editor.isEnabled()
    editor.verdict_combo.setCurrentIndex(editor.verdict_combo.findData(Verdict.MISLEADING.value))
    editor.note_edit.setPlainText("Loaded wording")
    key = change(window, "c1").key
    assert window.document.annotations[key] == Annotation(Verdict.MISLEADING, "Loaded wording")
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    row = window.change_dock.model.index(0, VERDICT_COLUMN)
    assert row.data() == "Misleading ✎"
    assert "Note: Loaded wording" in row.data(Qt.ItemDataRole.ToolTipRole)


def test_annotated_change_is_marked_in_both_panes_and_inline(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    assert annotated_text(left) == {} and annotated_text(right) == {} and right.markers() == []
    window.document.set_verdict(change(window, "c1").key, Verdict.MISLEADING)
    assert annotated_text(left) == {"misleading": "approved "}
    assert annotated_text(right) == {"misleading": "rushed through "}
    assert len(left.markers()) == 1 and len(right.markers()) == 1
    show_inline(qtbot, window)
    assert annotated_text(window.compare_view.view(INLINE))["misleading"].startswith("approved")
    window.document.set_annotation(change(window, "c1").key, Annotation())
    assert annotated_text(left) == {} and annotated_text(right) == {} and right.markers() == []


def test_verdict_and_note_from_a_panes_context_menu(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    view = window.compare_view
    text = view.view(Side.REVISED).toPlainText()
    assert view.change_menu(Side.REVISED, text.index("Mayor")) is None   # no change there
    menu = view.change_menu(Side.REVISED, text.index("Critics"))
    added = change(window, "c2")
    assert menu.change == added
    assert window.change_dock.current_change() == added
    menu.verdict_action(Verdict.ERROR).trigger()
    assert window.document.annotations[added.key] == Annotation(Verdict.ERROR, "")
    window.annotator.note_prompt = lambda _parent, _title, current: current + "Opinion, not news"
    menu = view.change_menu(Side.REVISED, text.index("disaster"))
    assert menu.verdict_action(Verdict.ERROR).isChecked()
    menu.note_action.trigger()
    assert window.document.annotations[added.key] == Annotation(Verdict.ERROR, "Opinion, not news")
    assert window.change_dock.editor.note_edit.toPlainText() == "Opinion, not news"
    assert annotated_text(view.view(Side.REVISED)) == {"error": "Critics say the plan is a disaster."}
    menu = view.change_menu(Side.REVISED, text.index("Critics"))
    menu.verdict_action(Verdict.ERROR).trigger()          # unchecking removes the verdict
    assert window.document.annotations[added.key] == Annotation(None, "Opinion, not news")
    assert annotated_text(view.view(Side.REVISED)) == {"note": "Critics say the plan is a disaster."}
    menu = view.change_menu(Side.REVISED, text.index("Critics"))
    menu.clear_action.trigger()
    assert added.key not in window.document.annotations


def test_note_prompt_cancelled_changes_nothing(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    window.annotator.note_prompt = lambda *_args: None
    view = window.compare_view
    text = view.view(Side.ORIGINAL).toPlainText()
    view.change_menu(Side.ORIGINAL, text.index("approved")).note_action.trigger()
    assert window.document.annotations == AnnotationSet()
    assert not window.isWindowModified()


def test_filter_the_change_list_by_verdict(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    dock = window.change_dock
    window.document.set_verdict(change(window, "c1").key, Verdict.MISLEADING)
    window.document.set_note(change(window, "c3").key, "Check the deadline")

    def shown() -> list[str]:
        return [dock.proxy.index(r, 0).data() for r in range(dock.proxy.rowCount())]

    assert shown() == ["1", "2", "3"]
    dock.set_verdict_filter("annotated")
    assert shown() == ["1", "3"]
    dock.set_verdict_filter(Verdict.MISLEADING.value)
    assert shown() == ["1"]
    assert dock.count.text() == "1 of 3"
    window.document.set_verdict(change(window, "c3").key, Verdict.MISLEADING)  # list follows
    assert shown() == ["1", "3"]
    dock.set_verdict_filter("not_annotated")
    assert shown() == ["2"]
    dock.set_verdict_filter("")
    assert shown() == ["1", "2", "3"]


def test_annotations_survive_recomputation(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    before = window.compare_view.comparison()
    key = change(window, "c1").key
    window.document.set_annotation(key, Annotation(Verdict.FINE, "Same meaning"))
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.commands.ignore_case.trigger()
    assert window.compare_view.comparison() is not before
    assert window.session.options.ignore_case
    assert window.change_dock.model.index(0, VERDICT_COLUMN).data() == "Fine ✎"
    assert annotated_text(window.compare_view.view(Side.REVISED)) == {"fine": "rushed through "}
    assert not window.change_dock.orphans.isVisibleTo(window.change_dock)


def test_orphaned_annotations_are_kept_and_shown(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    dock = window.change_dock
    gone = Annotation(Verdict.ERROR, "Was wrong in the first draft")
    window.document.load(AnnotationSet({"no-such-change": gone}))
    assert dock.orphans.isVisibleTo(dock)
    assert dock.orphans.text().startswith("1 annotation belongs to changes not in this comparison")
    assert "Was wrong in the first draft" in dock.orphans.toolTip()
    window.document.set_verdict(change(window, "c2").key, Verdict.FINE)
    assert window.document.annotations["no-such-change"] == gone
    assert window.files.snapshot().annotations["no-such-change"] == gone


def test_the_menu_over_a_highlight_also_copies(qtbot, make_window, pair_files):
    """Right-clicking a change gives its verdicts and the standard Copy and Select All;
    elsewhere, the standard menu alone."""
    window = make_window()
    open_pair(qtbot, window, pair_files)
    pane = window.compare_view.view(Side.REVISED)
    text = pane.toPlainText()

    def point_of(word: str):
        cursor = pane.textCursor()
        cursor.setPosition(text.index(word) + 1)
        return pane.cursorRect(cursor).center()

    def labels(menu) -> list[str]:
        return [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]

    over_change = labels(pane.context_menu(point_of("Critics")))
    assert Verdict.MISLEADING.label in over_change
    assert "Copy" in over_change and "Select All" in over_change
    elsewhere = labels(pane.context_menu(point_of("Mayor")))
    assert "Copy" in elsewhere and Verdict.MISLEADING.label not in elsewhere
    # Copy copies what is selected in the pane
    cursor = pane.textCursor()
    cursor.setPosition(text.index("Critics"))
    cursor.setPosition(text.index("Critics") + len("Critics"), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    menu = pane.context_menu(point_of("Critics"))
    next(a for a in menu.actions() if a.text().replace("&", "").startswith("Copy")).trigger()
    assert QApplication.clipboard().text() == "Critics"
