"""Save Session and Export open where the work is: the folder last saved to, else the
session's, else the versions' files' folder, never the working folder by default."""
from __future__ import annotations

import os

from PySide6.QtWidgets import QFileDialog

from articlecompare.ui.sessions.folders import start_folder

from .annotating import open_pair


def test_the_start_folder_is_the_last_used_then_the_sessions_then_the_sources(tmp_path) -> None:
    source = tmp_path / "pages" / "a.html"
    source.parent.mkdir()
    source.write_text("x", encoding="utf-8")
    saved = tmp_path / "saved"
    saved.mkdir()
    assert start_folder("", "", [str(source)]) == str(source.parent)
    assert start_folder("", str(saved / "s.acsession"), [str(source)]) == str(saved)
    assert start_folder(str(tmp_path), str(saved / "s.acsession"), [str(source)]) == str(tmp_path)
    assert start_folder("", "", ["pasted"]) == os.path.expanduser("~")


def test_save_session_and_export_suggest_the_sources_folder_then_the_last_used(
        qtbot, make_window, pair_files, tmp_path, monkeypatch) -> None:
    window = make_window()
    open_pair(qtbot, window, pair_files)
    asked: list[str] = []

    def choose(_parent, _title, start, *_args, **_kw):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.files.save_as()
    window.files.choose_and_export()
    folder = str(pair_files[0].parent)
    assert [os.path.dirname(a) for a in asked] == [folder, folder]
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    window.files._on_exporter_export_finished(str(elsewhere / "r.html"))
    window.files.save_as()
    assert os.path.dirname(asked[-1]) == str(elsewhere)
