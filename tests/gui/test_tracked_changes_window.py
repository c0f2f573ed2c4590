"""A Word document with tracked changes opened in the window (Open, or one file dropped) is
both versions at once: every change rejected is the original, every change accepted the
revised. The "Changes by" line names who made the changes and when; a document without
tracked changes opens in one side only."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from written_documents import (
    change,
    docx_with_body,
    docx_with_python_docx,
    paragraph,
    run,
    tracked_body,
)

from articlecompare.core.model import Side
from articlecompare.ui.panes.drops import Payload

BIG = 600 * 1024   # bytes: a document with a picture
BEFORE = ["The harbour board added two evening ferries on Monday.", "Tickets cost 3 euros."]
AFTER = ["The harbour board added three evening ferries on Monday.", "Tickets cost 4 euros."]


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "ferries.docx"
    path.write_bytes(docx_with_body(tracked_body(BEFORE, AFTER, author="Ed Itor", date="2024-01-05T10:00:00Z")))
    return path


def texts(window) -> tuple[str, str]:
    return window.session.article(Side.ORIGINAL).text, window.session.article(Side.REVISED).text


def read_in(qtbot, window) -> None:
    """Wait until the files asked for are read (on the worker) and shown."""
    qtbot.waitUntil(lambda: not any(window.session.is_loading(side) for side in (Side.ORIGINAL, Side.REVISED)),
                    timeout=20_000)


def test_opening_a_tracked_document_fills_both_sides(make_window, draft: Path, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.pair_opened, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(draft))
    assert texts(window) == ("\n\n".join(BEFORE), "\n\n".join(AFTER))
    assert window.session.path(Side.ORIGINAL) == window.session.path(Side.REVISED) == str(draft)
    assert window.session.article(Side.ORIGINAL).revisions == ()
    assert {r.author for r in window.session.article(Side.REVISED).revisions} == {"Ed Itor"}
    assert window.message_bar.isVisible() and "tracked changes" in window.message_bar.text()
    line = window.tracked_changes
    assert line.isVisible()
    count = len(window.session.article(Side.REVISED).revisions)
    assert line.text() == f"Changes by Ed Itor ({count}), 2024-01-05"
    assert "Ed Itor, 2024-01-05 10:00: inserted" in line.toolTip()
    with qtbot.waitSignal(window.comparisons.comparison_arrived, timeout=10_000):
        pass
    assert window.change_dock.model.rowCount() > 0


def test_one_dropped_tracked_document_fills_both_sides(make_window, draft: Path, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.pair_opened, timeout=20_000):
        window.inputs.open_dropped(Side.REVISED, Payload(paths=(str(draft),)))
    assert texts(window) == ("\n\n".join(BEFORE), "\n\n".join(AFTER))


def test_each_author_and_the_span_of_dates_are_named(make_window, tmp_path: Path, qtbot) -> None:
    body = (paragraph(run("The board met ") + change("ins", run("late "), "Ann Lee", "2024-01-05T10:00:00Z")
                      + run("on Monday."))
            + paragraph(run("Fares ") + change("del", run("rose", deleted=True), "Bo Li", "2024-01-07T09:00:00Z", 2)
                        + change("ins", run("fell"), "Bo Li", "2024-01-07T09:00:00Z", 3) + run(" again.")))
    path = tmp_path / "two-authors.docx"
    path.write_bytes(docx_with_body(body))
    window = make_window()
    with qtbot.waitSignal(window.session.pair_opened, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(path))
    assert texts(window) == ("The board met on Monday.\n\nFares rose again.",
                             "The board met late on Monday.\n\nFares fell again.")
    assert window.tracked_changes.text() == "Changes by Bo Li (2) and Ann Lee (1), 2024-01-05 to 2024-01-07"


def test_a_document_without_tracked_changes_opens_in_one_side(make_window, tmp_path: Path, pair_files,
                                                              qtbot) -> None:
    path = tmp_path / "plain.docx"
    path.write_bytes(docx_with_python_docx("Ferries", AFTER))
    window = make_window()
    window.open_pair(*map(str, pair_files))
    read_in(qtbot, window)
    with qtbot.waitSignal(window.session.file_loaded, timeout=20_000):
        window.session.open_path(Side.REVISED, str(path))
    assert window.session.path(Side.ORIGINAL) == str(pair_files[0])
    assert window.session.article(Side.REVISED).text.endswith(AFTER[-1])
    assert not window.tracked_changes.isVisible()


def test_reloading_each_side_keeps_its_reading(make_window, draft: Path, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.pair_opened, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(draft))
    before = texts(window)
    for side in (Side.ORIGINAL, Side.REVISED):
        with qtbot.waitSignal(window.session.side_changed):
            assert window.session.reload(side)
    assert texts(window) == before


def test_other_files_hide_the_line_again(make_window, draft: Path, pair_files, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session.pair_opened, timeout=20_000):
        window.session.open_path(Side.ORIGINAL, str(draft))
    assert window.tracked_changes.isVisible()
    window.open_pair(*map(str, pair_files))
    read_in(qtbot, window)
    assert not window.tracked_changes.isVisible() and window.tracked_changes.text() == ""


def test_a_large_tracked_document_is_read_on_the_worker_and_fills_both_sides(make_window, tmp_path: Path,
                                                                             qtbot) -> None:
    path = tmp_path / "with-pictures.docx"
    path.write_bytes(docx_with_body(tracked_body(BEFORE, AFTER)))
    with zipfile.ZipFile(path, "a") as package:   # a picture: larger than is read at once
        package.writestr("word/media/image1.png", os.urandom(BIG))
    window = make_window()
    with qtbot.waitSignal(window.session.pair_opened, timeout=20_000):
        window.session.open_path(Side.REVISED, str(path))
        assert window.session.is_loading(Side.REVISED)
    assert texts(window) == ("\n\n".join(BEFORE), "\n\n".join(AFTER))
    assert window.tracked_changes.text().startswith("Changes by Ed Itor")
