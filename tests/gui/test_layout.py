"""The window from 1280×800 up: the panes get the room, the summary strip stays one or two
lines, the change dock and its columns size with the window and keep what the user chose,
and pane titles are shortened at their end."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, ChangeKind, Metadata, Side
from articlecompare.ui.changes.changelist import EXCERPT_COLUMN, FACTS_COLUMN

from .test_number_context import open_numbers_pair


def settle(qtbot) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def test_at_1280_the_panes_get_the_room_and_the_strip_two_lines_at_most(qtbot, make_window, tmp_path):
    window = open_numbers_pair(qtbot, make_window, tmp_path, size=(1280, 800))
    settle(qtbot)
    for side in (Side.ORIGINAL, Side.REVISED):
        assert window.compare_view.view(side).width() >= 380
    chips = [chip for chip in window.summary.chips.values() if chip.isVisible()]
    assert len(chips) >= 4
    rows = {chip.geometry().center().y() // 4 for chip in chips}
    assert len(rows) <= 2
    assert window.summary.height() <= 2 * chips[0].height() + 16
    wide = open_numbers_pair(qtbot, make_window, tmp_path, size=(1920, 1080))
    settle(qtbot)
    assert len({chip.geometry().center().y() for chip in wide.summary.chips.values() if chip.isVisible()}) == 1


def test_the_dock_and_its_excerpt_column_grow_with_the_window(qtbot, make_window, tmp_path):
    window = open_numbers_pair(qtbot, make_window, tmp_path, size=(1280, 800))
    settle(qtbot)
    dock, header = window.change_dock, window.change_dock.table.horizontalHeader()
    narrow, narrow_excerpt = dock.width(), header.sectionSize(EXCERPT_COLUMN)
    window.resize(2560, 1400)
    settle(qtbot)
    assert dock.width() > narrow * 1.6
    assert header.sectionSize(EXCERPT_COLUMN) > narrow_excerpt * 1.6
    assert dock.width() < window.width() * 0.4      # the panes keep most of the width


def test_a_dock_width_and_column_width_the_user_gives_are_kept(qtbot, make_window, settings, tmp_path):
    window = open_numbers_pair(qtbot, make_window, tmp_path, size=(1600, 900))
    settle(qtbot)
    window.resizeDocks([window.change_dock], [400], Qt.Orientation.Horizontal)   # the user drags
    settle(qtbot)
    assert window.dock_sizer.chosen
    share = window.change_dock.width() / window.width()
    window.change_dock.table.horizontalHeader().resizeSection(FACTS_COLUMN, 177)
    settle(qtbot)
    window.resize(1900, 1000)                  # the share, not the pixels, is kept
    settle(qtbot)
    assert abs(window.change_dock.width() / window.width() - share) < 0.02
    assert window.change_dock.table.horizontalHeader().sectionSize(FACTS_COLUMN) == 177
    window.save_settings()
    again = make_window(compare, store=settings, size=None)
    again.resize(1300, 800)
    settle(qtbot)
    assert abs(again.change_dock.width() / again.width() - share) < 0.02
    assert again.change_dock.table.horizontalHeader().sectionSize(FACTS_COLUMN) == 177


def test_pane_titles_are_shortened_at_their_end(qtbot, make_window):
    window = make_window(compare, size=(1280, 800))
    title = "Harbour board approves a dredging contract for the east channel after a long debate " * 3
    window.compare_view.show_article(Side.ORIGINAL, Article("Some text.", "a.html", Metadata(title=title)))
    settle(qtbot)
    shown = window.compare_view.panes[Side.ORIGINAL].header.title.text()
    assert shown.endswith("…") and len(shown) < len(title)
    assert title.startswith(shown[:-1].rstrip())


def test_the_kinds_of_the_numbers_pair_are_several(qtbot, make_window, tmp_path):
    """(The pair the layout tests use shows enough kinds to fill the strip.)"""
    window = open_numbers_pair(qtbot, make_window, tmp_path)
    kinds = {c.kind for c in window.compare_view.comparison().changes}
    assert {ChangeKind.OMISSION, ChangeKind.FACT_CHANGE, ChangeKind.QUOTE_CHANGE} <= kinds


def test_the_kind_filter_leaves_its_arrow_room_beside_its_text(qtbot, make_window, tmp_path):
    """The "All kinds" button's menu arrow stood over the last letter of its text."""
    window = open_numbers_pair(qtbot, make_window, tmp_path, size=(1280, 800))
    settle(qtbot)
    button = window.change_dock.kind_button
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.width() - text >= 24
    assert button.menu() is not None
