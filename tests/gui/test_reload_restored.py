"""File > Reload after an autosave is restored (or a session opened): the texts came from
files, and Reload reads those files again, or says which one is gone."""
from __future__ import annotations

from articlecompare.core.annotations import Verdict
from articlecompare.core.model import Side

from .annotating import change, open_pair


def restored(qtbot, make_window, pair_files):
    """A window that crashed with work on the pair, and the next one with that work restored."""
    crashed = make_window()
    open_pair(qtbot, crashed, pair_files)
    crashed.document.set_verdict(change(crashed, "c1").key, Verdict.MISLEADING)
    assert crashed.files.autosaver.flush()
    crashed.files.autosaver.abandon()
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished):
        window.message_bar.button("Restore").click()
    assert window.session.path(Side.ORIGINAL) is None   # texts as saved: no file read yet
    return window


def test_reload_after_restoring_an_autosave_reads_the_files_again(qtbot, make_window, pair_files):
    window = restored(qtbot, make_window, pair_files)
    pair_files[0].write_text("The council met on Wednesday instead.\n", encoding="utf-8")
    window.commands.reload.trigger()
    assert "Nothing to reload" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.session.is_loading(Side.ORIGINAL)
                    and not window.session.is_loading(Side.REVISED), timeout=10_000)
    qtbot.waitUntil(lambda: window.compare_view.view(Side.ORIGINAL).toPlainText().startswith(
        "The council met on Wednesday"), timeout=10_000)
    assert window.compare_view.view(Side.ORIGINAL).toPlainText().startswith("The council met on Wednesday")
    # the side is the file's again: it is watched, and reloads as an opened file does
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])
    assert window.session.path(Side.REVISED) == str(pair_files[1])
    assert window.document.annotations   # the work restored is kept


def test_reload_after_restoring_says_which_file_is_gone(qtbot, make_window, pair_files):
    window = restored(qtbot, make_window, pair_files)
    revised_text = window.compare_view.view(Side.REVISED).toPlainText()
    pair_files[1].unlink()
    with qtbot.waitSignal(window.session.load_failed, timeout=10_000):
        window.commands.reload.trigger()
    assert window.message_bar.text().startswith("Could not reload revised.txt")
    assert "does not exist" in window.message_bar.text()
    assert window.compare_view.view(Side.REVISED).toPlainText() == revised_text   # still shown


def test_pasted_text_still_has_nothing_to_reload(qtbot, make_window):
    window = make_window()
    from articlecompare.sources import load_text

    window.session.set_article(Side.ORIGINAL, load_text("Pasted text.", kind="pasted"))
    window.session.set_article(Side.REVISED, load_text("Other pasted text.", kind="pasted"))
    window.commands.reload.trigger()
    assert window.statusBar().currentMessage().startswith("Nothing to reload")

