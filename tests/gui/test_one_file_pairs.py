"""A file that is both versions by itself (a Word document with tracked changes, a web archive
with several captures) through Compare Two Files, drops away from the panes, Reopen Last
Comparison and Reload after a restored autosave: it opens as the pair it holds, each side is
read again as the version it shows, and archive dialogs come one at a time."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from written_documents import (
    article_page,
    docx_with_body,
    docx_with_python_docx,
    tracked_body,
    wacz_bytes,
)

from articlecompare.core.annotations import Verdict
from articlecompare.core.model import Side
from articlecompare.ui.sessions.pairdialog import PairDialog

from .annotating import open_pair
from .dropping import drop_on, file_mime

BEFORE = ["The harbour board added two evening ferries on Monday.", "Tickets cost 3 euros."]
AFTER = ["The harbour board added three evening ferries on Monday.", "Tickets cost 4 euros."]
LATER = ["The harbour board added four evening ferries on Monday.", "Tickets cost 5 euros."]
URL = "https://news.example/ferries"
MONDAY = ["The harbour board added two evening ferries on Monday.", "Tickets cost 3 euros."]
TUESDAY = ["The harbour board added three evening ferries on Tuesday.", "Tickets cost 4 euros."]
SIDES = (Side.ORIGINAL, Side.REVISED)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "ferries.docx"
    path.write_bytes(docx_with_body(tracked_body(BEFORE, AFTER, author="Ed Itor")))
    return path


def archive_at(path: Path) -> Path:
    path.write_bytes(wacz_bytes([(URL, "2024-03-04T08:00:00Z", article_page(MONDAY, "Ferries added")),
                                 (URL, "2024-03-05T08:30:00Z", article_page(TUESDAY, "More ferries added"))]))
    return path


def texts(window) -> tuple[str, str]:
    return tuple(window.session.article(side).text for side in SIDES)  # type: ignore[return-value]


def read_in(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not any(window.session.is_loading(side) for side in SIDES), timeout=20_000)


def counted(signal) -> list[tuple]:
    seen: list[tuple] = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def restored(qtbot, make_window, opened):
    """``opened(window)`` in a window that then crashes; the next window, its work restored."""
    crashed = make_window()
    opened(crashed)
    first = crashed.compare_view.comparison().changes[0]
    crashed.document.set_verdict(first.key, Verdict.MISLEADING)   # work worth restoring
    assert crashed.files.autosaver.flush()
    crashed.files.autosaver.abandon()
    window = make_window()
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10_000):
        window.message_bar.button("Restore").click()
    assert window.session.path(Side.ORIGINAL) is None   # texts as saved: no file read yet
    assert window.document.annotations
    return window


# a Word document with tracked changes ------------------------------------------------------------
def test_the_same_document_in_both_fields_of_compare_two_files_is_its_pair_read_once(qtbot, make_window,
                                                                                      draft):
    window = make_window()
    pairs = counted(window.session.pair_opened)
    window.commands.compare_files.trigger()
    dialog = window.findChild(PairDialog)
    dialog.set_paths(str(draft), str(draft))
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=20_000):
        dialog.compare_button.click()
    read_in(qtbot, window)
    assert texts(window) == ("\n\n".join(BEFORE), "\n\n".join(AFTER))
    assert pairs == [(str(draft),)] and window.tracked_changes.isVisible()


@pytest.mark.parametrize("side", SIDES)
def test_a_document_given_as_one_of_two_files_is_one_version_as_word_shows_it(qtbot, make_window, draft,
                                                                               pair_files, side):
    window = make_window()
    pairs = counted(window.session.pair_opened)
    other_file = pair_files[0]
    given = (str(draft), str(other_file)) if side == Side.ORIGINAL else (str(other_file), str(draft))
    window.open_pair(*given)
    read_in(qtbot, window)
    assert window.session.path(side) == str(draft)
    assert window.session.article(side).text == "\n\n".join(AFTER)
    other = Side.REVISED if side == Side.ORIGINAL else Side.ORIGINAL
    assert window.session.path(other) == str(other_file)   # the other file is not replaced
    assert pairs == []


def test_one_tracked_document_dropped_on_the_change_list_is_the_pair_without_asking(qtbot, make_window,
                                                                                     draft, pair_files):
    window = make_window()
    open_pair(qtbot, window, pair_files)   # (the list shows its rows once compared)
    window.inputs.ask_side = lambda where: pytest.fail("asked for a side")
    with qtbot.waitSignal(window.session.pair_opened, timeout=20_000):
        assert drop_on(window.change_dock.table.viewport(), file_mime(draft))
    assert texts(window) == ("\n\n".join(BEFORE), "\n\n".join(AFTER))
    assert window.session.path(Side.ORIGINAL) == window.session.path(Side.REVISED) == str(draft)


def test_a_plain_document_dropped_away_from_the_panes_is_asked_for_once_read(qtbot, make_window, pair_files,
                                                                             tmp_path):
    plain = tmp_path / "plain.docx"
    plain.write_bytes(docx_with_python_docx("Ferries", AFTER))
    window = make_window()
    open_pair(qtbot, window, pair_files)
    asked = []
    window.inputs.ask_side = lambda where: (asked.append(where), Side.REVISED)[1]
    with qtbot.waitSignal(window.session.file_loaded, timeout=20_000) as loaded:
        assert drop_on(window.summary, file_mime(plain))
    assert loaded.args == [Side.REVISED, str(plain)] and len(asked) == 1
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])
    assert window.session.article(Side.REVISED).text.endswith(AFTER[-1])
    window.inputs.ask_side = lambda where: None   # declined: nothing changes, nothing is said to be read
    with qtbot.waitSignal(window.session.load_cancelled, timeout=20_000):
        assert drop_on(window.summary, file_mime(plain))
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])
    assert window.reading_notice.text() == ""


def test_reopen_last_after_a_tracked_document_opens_its_pair_again(qtbot, make_window, draft):
    first = make_window()
    with qtbot.waitSignal(first.session.pair_opened, timeout=20_000):
        first.session.open_path(Side.ORIGINAL, str(draft))
    read_in(qtbot, first)
    second = make_window()
    pairs = counted(second.session.pair_opened)
    assert second.commands.reopen_last.statusTip() == "Open again ferries.docx"   # named once
    with qtbot.waitSignal(second.runner.comparison_finished, timeout=20_000):
        second.commands.reopen_last.trigger()
    read_in(qtbot, second)
    assert texts(second) == ("\n\n".join(BEFORE), "\n\n".join(AFTER))
    assert len(pairs) == 1


def test_reopen_last_names_a_document_that_is_gone_once(qtbot, make_window, draft):
    first = make_window()
    with qtbot.waitSignal(first.session.pair_opened, timeout=20_000):
        first.session.open_path(Side.ORIGINAL, str(draft))
    read_in(qtbot, first)
    draft.unlink()
    second = make_window()
    assert not second.inputs.reopen_last()
    assert second.message_bar.text() == (f"Cannot reopen the last comparison: ferries.docx (in {draft.parent}) "
                                         "is no longer there (moved, renamed or deleted).")


def test_reload_after_restoring_a_tracked_document_reads_each_side_as_the_version_it_was(qtbot, make_window,
                                                                                       draft):
    def opened(window) -> None:
        with qtbot.waitSignal(window.runner.comparison_finished, timeout=20_000):
            window.session.open_path(Side.ORIGINAL, str(draft))

    window = restored(qtbot, make_window, opened)
    assert texts(window) == ("\n\n".join(BEFORE), "\n\n".join(AFTER))
    draft.write_bytes(docx_with_body(tracked_body(BEFORE, LATER, author="Ed Itor")))
    window.commands.reload.trigger()
    assert "Nothing to reload" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.session.path(Side.REVISED) == str(draft)
                    and window.session.path(Side.ORIGINAL) == str(draft), timeout=20_000)
    read_in(qtbot, window)
    assert texts(window) == ("\n\n".join(BEFORE), "\n\n".join(LATER))


# a web archive of several captures -------------------------------------------------------------
def test_the_same_archive_in_both_fields_asks_once_for_the_two_captures(qtbot, make_window, tmp_path):
    archive = archive_at(tmp_path / "harbour.wacz")
    window = make_window()
    asked: list[tuple[str, int]] = []
    window.session.capture_chooser = lambda side, _path, listed: (asked.append((side, len(listed))),
                                                                  [item.choice for item in listed])[1]
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=20_000):
        window.open_pair(str(archive), str(archive))
    read_in(qtbot, window)
    assert asked == [(Side.ORIGINAL, 2)]
    assert MONDAY[0] in window.session.article(Side.ORIGINAL).text
    assert TUESDAY[0] in window.session.article(Side.REVISED).text


def spin(ms: int) -> None:
    """Run the event loop for ``ms``, as a dialog's own loop does while it is up."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_two_archives_are_asked_about_one_after_the_other(qtbot, make_window, tmp_path):
    first, second = archive_at(tmp_path / "first.wacz"), archive_at(tmp_path / "second.wacz")
    window = make_window()
    asked: list[str] = []
    depth = [0, 0]   # now, deepest

    def choose(side, _path, listed):  # type: ignore[no-untyped-def]
        depth[0] += 1
        depth[1] = max(depth)
        asked.append(side)
        spin(400)   # the other archive's listing comes in meanwhile
        depth[0] -= 1
        return [listed[0].choice if side == Side.ORIGINAL else listed[1].choice]

    window.session.capture_chooser = choose
    window.open_pair(str(first), str(second))
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    read_in(qtbot, window)
    assert asked == [Side.ORIGINAL, Side.REVISED] and depth[1] == 1   # never one dialog inside another
    assert MONDAY[0] in window.session.article(Side.ORIGINAL).text
    assert TUESDAY[0] in window.session.article(Side.REVISED).text


def test_two_captures_chosen_for_one_side_leave_the_other_archive_unasked(qtbot, make_window, tmp_path):
    first, second = archive_at(tmp_path / "first.wacz"), archive_at(tmp_path / "second.wacz")
    window = make_window()
    asked: list[str] = []

    def choose(side, _path, listed):  # type: ignore[no-untyped-def]
        asked.append(side)
        spin(400)
        return [item.choice for item in listed]

    window.session.capture_chooser = choose
    window.open_pair(str(first), str(second))
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    read_in(qtbot, window)
    spin(200)
    assert asked == [Side.ORIGINAL]
    assert window.session.path(Side.ORIGINAL) == window.session.path(Side.REVISED) == str(first)


def test_reload_after_restoring_an_archive_reads_the_same_captures_without_asking(qtbot, make_window,
                                                                                   tmp_path):
    archive = archive_at(tmp_path / "harbour.wacz")

    def opened(window) -> None:
        window.session.capture_chooser = lambda _side, _path, listed: [item.choice for item in listed]
        with qtbot.waitSignal(window.runner.comparison_finished, timeout=20_000):
            window.open_pair(str(archive), str(archive))
        read_in(qtbot, window)

    window = restored(qtbot, make_window, opened)
    before = texts(window)
    assert MONDAY[0] in before[0] and TUESDAY[0] in before[1]
    window.session.capture_chooser = lambda *_args: pytest.fail("asked on reload")
    window.commands.reload.trigger()
    qtbot.waitUntil(lambda: all(window.session.path(side) == str(archive) for side in SIDES), timeout=20_000)
    read_in(qtbot, window)
    assert texts(window) == before
    assert [window.session.article(side).metadata.date for side in SIDES] == [
        "2024-03-04T08:00:00Z", "2024-03-05T08:30:00Z"]
