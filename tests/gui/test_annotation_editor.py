"""The annotation editor: loads quietly, reports every user edit with the change's key."""
from __future__ import annotations

from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.ui.annotations.annotation_editor import NO_VERDICT, AnnotationEditor


def _editor(qtbot) -> AnnotationEditor:  # type: ignore[no-untyped-def]
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    return editor


def test_starts_disabled_with_no_verdict(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    assert not editor.isEnabled() and editor.change_key() is None
    assert editor.verdict_combo.currentText() == NO_VERDICT
    assert [editor.verdict_combo.itemText(i) for i in range(5)] == [
        NO_VERDICT, "Fine", "Needs checking", "Misleading", "Error"]


def test_loading_a_change_shows_it_and_emits_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    with qtbot.assertNotEmitted(editor.annotation_edited):
        editor.set_change("k1", Annotation(Verdict.MISLEADING, "opinion as fact"))
    assert editor.isEnabled() and editor.change_key() == "k1"
    assert editor.verdict_combo.currentText() == "Misleading"
    assert editor.note_edit.toPlainText() == "opinion as fact"
    assert editor.annotation() == Annotation(Verdict.MISLEADING, "opinion as fact")
    with qtbot.assertNotEmitted(editor.annotation_edited):
        editor.set_change("k2", None)
    assert editor.annotation() == Annotation() and editor.change_key() == "k2"


def test_choosing_a_verdict_emits_the_new_annotation(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    editor.set_change("k1", Annotation(None, "keep this note"))
    with qtbot.waitSignal(editor.annotation_edited) as signal:
        editor.verdict_combo.setCurrentIndex(editor.verdict_combo.findData("error"))
    assert signal.args == ["k1", Annotation(Verdict.ERROR, "keep this note")]


def test_typing_a_note_emits_with_the_verdict_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    editor.set_change("k7", Annotation(Verdict.FINE))
    editor.show()
    editor.note_edit.setFocus()
    seen: list[tuple[str, Annotation]] = []
    editor.annotation_edited.connect(lambda key, a: seen.append((key, a)))
    qtbot.keyClicks(editor.note_edit, "ok")
    assert seen[-1] == ("k7", Annotation(Verdict.FINE, "ok"))
    assert len(seen) == 2


def test_clear_emits_one_empty_annotation(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    editor.set_change("k1", Annotation(Verdict.ERROR, "wrong"))
    seen: list[tuple[str, Annotation]] = []
    editor.annotation_edited.connect(lambda key, a: seen.append((key, a)))
    editor.clear_action.trigger()
    assert seen == [("k1", Annotation())]
    assert seen[0][1].is_empty
    assert editor.verdict_combo.currentText() == NO_VERDICT and editor.note_edit.toPlainText() == ""


def test_no_change_means_no_signal(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    editor.set_change(None, None)
    with qtbot.assertNotEmitted(editor.annotation_edited):
        editor.verdict_combo.setCurrentIndex(2)
        editor.note_edit.setPlainText("typed while nothing is selected")
    assert not editor.isEnabled()
