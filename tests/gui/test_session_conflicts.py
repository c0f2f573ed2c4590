"""One session file open in two windows: a save over a file that the other window changed since
asks first (Overwrite / Save As / Cancel) instead of silently replacing it, and autosave never
writes the session file at all. Also: a malformed session gives the window a notice."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.core.model import Article
from articlecompare.core.session import Session
from articlecompare.export.filestamp import FileStamp, changed_since
from articlecompare.export.session_file import load_session, save_session
from articlecompare.ui.sessions.overwriteguard import OverwriteDecision, OverwriteGuard, ask_with_message_box

from .annotating import change
from .conftest import ORIGINAL_TEXT, REVISED_TEXT


@pytest.fixture
def shared(tmp_path):
    path = tmp_path / "shared.acsession"
    save_session(path, Session(Article(ORIGINAL_TEXT, "a.txt"), Article(REVISED_TEXT, "b.txt")))
    return path


def _open(qtbot, make_window, path):
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        assert window.files.open(str(path))
    return window


def _note(window, text: str) -> None:
    window.document.set_annotation(change(window, "c1").key, Annotation(Verdict.MISLEADING, text))


def _raced(qtbot, make_window, path):
    """Two windows on ``path``: the second saves a note, then the first has one unsaved. The
    first window, whose save would now replace the second's."""
    first, second = _open(qtbot, make_window, path), _open(qtbot, make_window, path)
    _note(second, "saved by the second window")
    assert second.files.save()
    _note(first, "saved by the first window")
    return first


def _notes(path) -> list[str]:
    return [annotation.note for annotation in load_session(path).annotations.values()]


def _answer(window, decision: OverwriteDecision) -> list[str]:
    asked: list[str] = []

    def ask(_parent, name):
        asked.append(name)
        return decision
    window.files.overwrite_guard.ask = ask
    return asked


def test_a_save_over_a_file_another_window_changed_asks_and_cancel_keeps_theirs(
        qtbot, make_window, shared):
    first = _raced(qtbot, make_window, shared)
    theirs = shared.read_bytes()
    asked = _answer(first, OverwriteDecision.CANCEL)
    assert not first.files.save()
    assert asked == ["shared.acsession"]
    assert shared.read_bytes() == theirs
    assert first.isWindowModified()  # its work is still unsaved, and said to be
    assert "changed on disk" in first.message_bar.text()


def test_overwrite_replaces_it_and_then_saves_go_through_without_asking(
        qtbot, make_window, shared):
    first = _raced(qtbot, make_window, shared)
    asked = _answer(first, OverwriteDecision.OVERWRITE)
    assert first.files.save()
    assert _notes(shared) == ["saved by the first window"]
    _note(first, "saved again")
    assert first.files.save()
    assert len(asked) == 1  # the file holds what this window wrote: no question the second time
    assert _notes(shared) == ["saved again"]


def test_save_as_writes_elsewhere_and_leaves_the_changed_file(qtbot, make_window, shared,
                                                              tmp_path, monkeypatch):
    first = _raced(qtbot, make_window, shared)
    _answer(first, OverwriteDecision.SAVE_AS)
    elsewhere = tmp_path / "mine.acsession"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(elsewhere), ""))
    assert first.files.save()
    assert _notes(shared) == ["saved by the second window"]
    assert _notes(elsewhere) == ["saved by the first window"]
    assert first.document.path == str(elsewhere)


def test_closing_with_unsaved_work_over_a_changed_file_asks_and_cancel_keeps_the_window(
        qtbot, make_window, shared):
    from articlecompare.ui.sessions.closeguard import CloseDecision

    first = _raced(qtbot, make_window, shared)
    first.files.close_guard.ask = lambda _parent, _name: CloseDecision.SAVE
    asked = _answer(first, OverwriteDecision.CANCEL)
    assert not first.close()
    assert asked and first.isVisible()
    assert _notes(shared) == ["saved by the second window"]
    first.files.close_guard.ask = lambda _parent, _name: CloseDecision.DISCARD


def test_an_unchanged_file_is_saved_without_a_question(qtbot, make_window, shared):
    window = _open(qtbot, make_window, shared)
    asked = _answer(window, OverwriteDecision.CANCEL)
    _note(window, "mine")
    shared.touch()  # a new time, the same content: nothing of anyone's is lost
    assert window.files.save()
    assert asked == [] and _notes(shared) == ["mine"]


def test_autosave_never_writes_the_session_file(qtbot, make_window, shared):
    first = _raced(qtbot, make_window, shared)
    theirs = shared.read_bytes()
    assert first.files.autosaver.flush()
    assert first.files.autosaver.path != shared and first.files.autosaver.exists()
    assert shared.read_bytes() == theirs
    assert _notes(first.files.autosaver.path) == ["saved by the first window"]


@pytest.mark.parametrize("button, decision", [("Overwrite", OverwriteDecision.OVERWRITE),
                                              ("Save As…", OverwriteDecision.SAVE_AS),
                                              ("Cancel", OverwriteDecision.CANCEL)])
def test_the_message_box_answers(qtbot, monkeypatch, button, decision):
    shown: list[str] = []

    def exec_(box):
        shown.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ask_with_message_box(None, "shared.acsession") is decision
    assert "shared.acsession" in shown[0] and "changed on disk" in shown[0]


def test_the_guard_asks_only_about_the_file_it_remembers_when_it_changed(tmp_path):
    path, other = tmp_path / "a.acsession", tmp_path / "b.acsession"
    path.write_bytes(b"ours")
    other.write_bytes(b"someone's")
    asked: list[str] = []
    guard = OverwriteGuard(lambda _parent, name: asked.append(name) or OverwriteDecision.CANCEL)
    assert guard.decide(None, str(path)) is OverwriteDecision.OVERWRITE  # nothing remembered
    guard.remember(str(path), FileStamp.of(b"ours"))
    assert guard.decide(None, str(path)) is OverwriteDecision.OVERWRITE
    assert guard.decide(None, str(other)) is OverwriteDecision.OVERWRITE  # not the one read
    path.write_bytes(b"theirs")
    assert guard.decide(None, str(path)) is OverwriteDecision.CANCEL and asked == ["a.acsession"]
    path.unlink()  # gone: nothing to lose
    assert guard.decide(None, str(path)) is OverwriteDecision.OVERWRITE
    guard.forget()
    path.write_bytes(b"theirs")
    assert guard.decide(None, str(path)) is OverwriteDecision.OVERWRITE


def test_a_stamp_tells_same_size_changes_apart(tmp_path):
    path = tmp_path / "a.acsession"
    path.write_bytes(b"verdict: fine ")
    stamp = FileStamp.of(b"verdict: fine ")
    assert not changed_since(path, stamp)
    path.write_bytes(b"verdict: error")  # same size, maybe the same second
    assert changed_since(path, stamp)


def test_a_malformed_session_gives_the_window_a_notice(qtbot, make_window, tmp_path):
    path = tmp_path / "broken.acsession"
    path.write_text('{"format": "articlecompare-session", "version": 1, "original": '
                    '{"text": "The council\\u0000 met."}, "revised": {"text": "b"}}', encoding="utf-8")
    window = make_window()
    assert not window.files.open(str(path))
    notice = window.message_bar.text()
    assert notice.startswith("Could not open the session: broken.acsession")
    assert "NUL" in notice and "\n" not in notice
