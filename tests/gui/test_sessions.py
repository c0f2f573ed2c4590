"""Sessions in the window: save and reopen without the sources, failed saves, the question on
close, autosave and recovery, and File > Export in every format."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from articlecompare.app import open_window
from articlecompare.core.annotations import Annotation, Verdict
from articlecompare.core.model import Article, Metadata, Side
from articlecompare.core.session import Session
from articlecompare.export.session_file import load_session, save_session
from articlecompare.ui.sessions.closeguard import CloseDecision

from .annotating import annotated_text, change, open_pair
from .conftest import ORIGINAL_TEXT, REVISED_TEXT

NOTE = 'Says <script>alert("x")</script> & more'


def annotate(window) -> None:
    window.document.set_annotation(change(window, "c1").key, Annotation(Verdict.MISLEADING, NOTE))
    window.document.set_verdict(change(window, "c2").key, Verdict.NEEDS_CHECKING)


def open_articles(qtbot, window) -> None:
    original = Article(ORIGINAL_TEXT, "/gone/original.html",
                       Metadata(title="Council approves budget", byline="A. Reporter",
                                date="2024-03-01", site="Daily Example", url="https://example.org/a"),
                       kind="html")
    revised = Article(REVISED_TEXT, "/gone/revised.html", Metadata(title="Council rams budget through"),
                      kind="html")
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.session.set_article(Side.ORIGINAL, original)
        window.session.set_article(Side.REVISED, revised)


def test_save_close_and_reopen_without_the_sources(qtbot, make_window, pair_files, tmp_path):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.commands.ignore_case.trigger()
    annotate(window)
    saved = window.files.snapshot()
    path = tmp_path / "work.acsession"
    assert window.files.save_to(str(path))
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("work.acsession — ")
    assert str(path) in window.statusBar().currentMessage()
    assert window.close()
    for source in pair_files:
        source.unlink()

    reopened = make_window()
    reopened.commands.ignore_case.setChecked(False)
    with qtbot.waitSignal(reopened.runner.comparison_finished):
        assert reopened.open_session(str(path))
    assert reopened.session.article(Side.ORIGINAL) == saved.original
    assert reopened.session.article(Side.REVISED) == saved.revised
    assert reopened.compare_view.view(Side.ORIGINAL).toPlainText() == saved.original.text
    assert reopened.session.options == saved.options and reopened.session.options.ignore_case
    assert reopened.commands.ignore_case.isChecked()
    assert reopened.document.annotations == saved.annotations
    assert annotated_text(reopened.compare_view.view(Side.REVISED))["misleading"] == "rushed through "
    assert not reopened.isWindowModified()
    assert reopened.files.recent.paths()[0] == str(path)
    assert reopened.session.path(Side.ORIGINAL) is None      # nothing is watched or re-read


def test_session_keeps_metadata(qtbot, make_window, tmp_path):
    window = make_window()
    open_articles(qtbot, window)
    annotate(window)
    path = tmp_path / "meta.acsession"
    assert window.files.save_to(str(path))
    reopened = make_window()
    with qtbot.waitSignal(reopened.runner.comparison_finished):
        reopened.open_session(str(path))
    original = reopened.session.article(Side.ORIGINAL)
    assert original.metadata == Metadata(title="Council approves budget", byline="A. Reporter",
                                         date="2024-03-01", site="Daily Example",
                                         url="https://example.org/a")
    assert original.kind == "html" and original.source == "/gone/original.html"
    header = reopened.compare_view.panes[Side.ORIGINAL].header
    assert header.title.full_text() == "Council approves budget"
    assert "A. Reporter" in header.details.full_text()
    assert reopened.compare_view.panes[Side.REVISED].header.title.full_text() == "Council rams budget through"


def test_a_failed_save_says_so_and_keeps_the_old_file(qtbot, make_window, pair_files, tmp_path,
                                                      monkeypatch):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    path = tmp_path / "kept.acsession"
    assert window.files.save_to(str(path))
    before = path.read_bytes()
    annotate(window)

    def refuse(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    assert not window.files.save()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".kept")) == []
    assert "Could not save the session" in window.message_bar.text()
    assert "No space left on device" in window.message_bar.text()
    assert window.isWindowModified()
    monkeypatch.undo()
    assert not window.files.save_to(str(tmp_path / "missing" / "x.acsession"))
    assert "Could not save the session" in window.message_bar.text()
    assert window.document.path == str(path)


def test_save_as_asks_for_a_name_and_adds_the_suffix(qtbot, make_window, pair_files, tmp_path,
                                                     monkeypatch):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    annotate(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(tmp_path / "named"), ""))
    window.commands.save_session.trigger()
    assert (tmp_path / "named.acsession").is_file()
    assert load_session(tmp_path / "named.acsession").annotations == window.document.annotations
    assert not window.isWindowModified()


@pytest.mark.parametrize("decision", list(CloseDecision))
def test_closing_with_unsaved_annotations_asks(qtbot, make_window, pair_files, tmp_path, decision):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    path = tmp_path / "asked.acsession"
    assert window.files.save_to(str(path))
    assert window.close()                     # nothing unsaved: no question
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.open_session(str(path))
    annotate(window)
    asked: list[str] = []

    def ask(_parent, name):
        asked.append(name)
        return decision

    window.files.close_guard.ask = ask
    closed = window.close()
    assert asked == ["asked.acsession"]
    assert closed == (decision is not CloseDecision.CANCEL)
    saved = load_session(path).annotations
    assert (saved == window.document.annotations) == (decision is CloseDecision.SAVE)
    assert window.isVisible() == (decision is CloseDecision.CANCEL)
    assert window.files.autosaver.exists() is False or decision is CloseDecision.CANCEL


def test_autosave_after_an_edit_is_offered_and_restored(qtbot, make_window, pair_files):
    crashed = make_window()
    open_pair(qtbot, crashed, pair_files)
    assert not crashed.files.autosaver.exists()
    with qtbot.waitSignal(crashed.files.autosaver.saved, timeout=5000):
        annotate(crashed)
        assert crashed.files.autosaver.is_pending()
    expected = crashed.document.annotations
    revised_text = crashed.session.article(Side.REVISED).text
    assert load_session(crashed.files.autosaver.path).annotations == expected

    # The first window never closed: its process went (a crash lets go of its lock), and the
    # next start offers its work.
    crashed.files.autosaver.abandon()
    restarted = make_window()
    assert "Restore them?" in restarted.message_bar.text()
    assert restarted.document.annotations != expected
    with qtbot.waitSignal(restarted.runner.comparison_finished):
        restarted.message_bar.button("Restore").click()
    assert restarted.document.annotations == expected
    assert restarted.compare_view.view(Side.REVISED).toPlainText() == revised_text
    assert annotated_text(restarted.compare_view.view(Side.ORIGINAL)) == {"misleading": "approved "}
    assert restarted.isWindowModified()       # recovered work is not saved work
    # the work now lives in the new window's own autosave; the crashed one's is gone
    assert load_session(restarted.files.autosaver.path).annotations == expected
    assert not crashed.files.autosaver.path.exists()


def test_declining_recovery_discards_the_autosave(qtbot, make_window, pair_files):
    crashed = make_window()
    open_pair(qtbot, crashed, pair_files)
    annotate(crashed)
    assert crashed.files.autosaver.flush()
    assert crashed.files.autosaver.exists()
    crashed.files.autosaver.abandon()
    restarted = make_window()
    restarted.message_bar.button("Discard").click()
    assert not crashed.files.autosaver.path.exists()
    assert restarted.message_bar.text() == ""
    assert make_window().message_bar.text() == ""


def test_windows_running_at_once_keep_their_own_autosaves(qtbot, make_window, pair_files):
    first, second = make_window(), make_window()
    for window in (first, second):
        open_pair(qtbot, window, pair_files)
        annotate(window)
        assert window.files.autosaver.flush()
    assert first.files.autosaver.path != second.files.autosaver.path
    assert first.files.autosaver.exists() and second.files.autosaver.exists()
    # a window started meanwhile offers neither: both are still at work
    assert make_window().message_bar.text() == ""
    # one closing cleanly takes only its own autosave with it
    assert first.close()
    assert not first.files.autosaver.exists() and second.files.autosaver.exists()
    assert load_session(second.files.autosaver.path).annotations == second.document.annotations


def test_saving_or_a_clean_close_discards_the_autosave(qtbot, make_window, pair_files, tmp_path):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    annotate(window)
    assert window.files.autosaver.flush() and window.files.autosaver.exists()
    assert window.files.save_to(str(tmp_path / "s.acsession"))
    assert not window.files.autosaver.exists()
    window.document.set_verdict(change(window, "c3").key, Verdict.FINE)
    assert window.files.autosaver.flush() and window.files.autosaver.exists()
    window.files.close_guard.ask = lambda *_args: CloseDecision.DISCARD
    assert window.close()
    assert not window.files.autosaver.exists()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_export_every_format_with_the_annotations(qtbot, make_window, pair_files, tmp_path):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    annotate(window)
    changes = window.compare_view.comparison().changes
    for fmt, name in (("html", "r.html"), ("md", "r.md"), ("csv", "r.csv"), ("json", "r.json"),
                      ("pdf", "r.pdf")):
        with qtbot.waitSignal(window.files.exporter.export_finished, timeout=60000):
            assert window.files.export_to(str(tmp_path / name), fmt), window.message_bar.text()
        assert str(tmp_path / name) in window.statusBar().currentMessage()
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in html and "<script" not in html
    parsed = _Text()
    parsed.feed(html)
    assert NOTE in "".join(parsed.text)
    assert "Misleading" in "".join(parsed.text)
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Misleading" in markdown and "alert(" in markdown and "<script>" not in markdown
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(changes) == 3
    assert any(NOTE in row.values() for row in rows)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert {(a["key"], a["verdict"], a["note"]) for a in report["annotations"]} == {
        (change(window, "c1").key, "misleading", NOTE),
        (change(window, "c2").key, "needs_checking", "")}
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1",
                        str(tmp_path / "r.pdf"), str(tmp_path / "page")], check=True)
        page = QImage(str(next(tmp_path.glob("page*.png"))))
        colours = {page.pixel(x, y) for x in range(0, page.width(), 4) for y in range(0, page.height(), 4)}
        assert len(colours) > 2


def test_export_through_the_dialog_and_a_failed_export(qtbot, make_window, pair_files, tmp_path,
                                                       monkeypatch):
    window = make_window()
    assert not window.commands.export.isEnabled()
    open_pair(qtbot, window, pair_files)
    assert window.commands.export.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(tmp_path / "picked"), "CSV, one row per change (*.csv)"))
    with qtbot.waitSignal(window.files.exporter.export_finished, timeout=10000):
        window.commands.export.trigger()
    assert (tmp_path / "picked.csv").is_file()
    with qtbot.waitSignal(window.files.exporter.export_failed, timeout=10000):
        assert window.files.export_to(str(tmp_path / "missing" / "r.html"), "html")
    assert "Could not export r.html" in window.message_bar.text()
    assert not (tmp_path / "missing").exists()


def test_the_command_line_opens_a_session_in_the_window(qtbot, tmp_path, settings_path):
    session = Session(Article(ORIGINAL_TEXT, "a.txt"), Article(REVISED_TEXT, "b.txt"))
    path = tmp_path / "cli.acsession"
    save_session(path, session)
    window = open_window(QApplication.instance(), [str(path)], settings_path=str(settings_path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.compare_view.comparison() is not None, timeout=10000)
    assert window.compare_view.view(Side.REVISED).toPlainText() == REVISED_TEXT
    assert window.document.path == str(path)
    assert window.windowTitle().startswith("cli.acsession — ")
    window.close()


_CRASHING_WINDOW = """
import os, sys
from PySide6.QtCore import QCoreApplication
from articlecompare.export.session_file import load_session
from articlecompare.ui.sessions.autosaver import Autosaver
app = QCoreApplication([])
session = load_session(sys.argv[2])
saver = Autosaver(sys.argv[1], lambda: session)
assert saver.flush()
os._exit(0)  # gone without a clean close, its lock file left behind
"""


def test_the_autosave_of_a_process_that_died_is_offered(qtbot, make_window, pair_files, tmp_path):
    import subprocess
    import sys

    window = make_window()
    open_pair(qtbot, window, pair_files)
    annotate(window)
    saved = tmp_path / "work.acsession"
    assert window.files.save_to(str(saved))
    folder = window.files.autosaver.directory
    subprocess.run([sys.executable, "-c", _CRASHING_WINDOW, str(folder), str(saved)], check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert any(folder.glob(".autosave-*.lock"))  # the dead process's lock is still there
    restarted = make_window()
    assert "Restore them?" in restarted.message_bar.text()
    with qtbot.waitSignal(restarted.runner.comparison_finished):
        restarted.message_bar.button("Restore").click()
    assert restarted.document.annotations == load_session(saved).annotations


def test_new_session_empties_the_window_after_asking_about_unsaved_work(qtbot, make_window, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)
    annotate(window)
    assert window.files.autosaver.flush() and window.files.autosaver.exists()
    asked: list[str] = []
    window.files.close_guard.ask = lambda _parent, name: asked.append(name) or CloseDecision.CANCEL
    window.commands.new_session.trigger()
    assert asked and window.document.annotations            # cancelled: all still there
    assert window.compare_view.view(Side.REVISED).toPlainText() != ""
    window.files.close_guard.ask = lambda _parent, name: CloseDecision.DISCARD
    window.commands.new_session.trigger()
    assert len(window.document.annotations) == 0 and not window.isWindowModified()
    assert window.session.article(Side.ORIGINAL) is None and window.session.article(Side.REVISED) is None
    assert window.compare_view.view(Side.ORIGINAL).toPlainText() == ""
    assert window.change_dock.model.rowCount() == 0
    assert not window.files.autosaver.exists()
    assert not window.commands.export.isEnabled() and not window.commands.save_session.isEnabled()
    assert window.status_text.text() == ""                  # not the emptied comparison's count
    assert not window.summary.missing.isVisibleTo(window)    # nor its missing-facts alert
    assert "New Session" in [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
