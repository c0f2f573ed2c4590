"""The change list says why it is empty: nothing compared yet, comparing, no changes, filtered."""
from __future__ import annotations

from articlecompare.core.compare import compare
from articlecompare.ui.changes.emptystate import ALL_FILTERED, COMPARING, NO_CHANGES, NOT_COMPARED

from .conftest import ORIGINAL_TEXT
from .fakes import GatedCompare


def empty_line(window) -> str:
    dock = window.change_dock
    return dock.empty.text() if dock.listing.currentWidget() is dock.empty else ""


def test_before_any_comparison_the_list_says_what_to_do(make_window):
    window = make_window()
    assert empty_line(window) == NOT_COMPARED


def test_two_identical_versions_say_so(qtbot, make_window, tmp_path):
    window = make_window(compare)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ORIGINAL_TEXT, encoding="utf-8")
    second.write_text(ORIGINAL_TEXT, encoding="utf-8")
    with qtbot.waitSignal(window.comparisons.comparison_arrived, timeout=10000):
        window.open_pair(str(first), str(second))
    assert window.change_dock.model.rowCount() == 0
    assert empty_line(window) == NO_CHANGES


def test_while_comparing_the_list_says_so_and_then_lists(qtbot, make_window, pair_files):
    gated = GatedCompare()
    window = make_window(gated)
    window.open_pair(str(pair_files[0]), str(pair_files[1]))
    qtbot.waitUntil(lambda: empty_line(window) == COMPARING, timeout=5000)
    with qtbot.waitSignal(window.comparisons.comparison_arrived, timeout=5000):
        gated.gate.set()
    qtbot.waitUntil(lambda: empty_line(window) == "", timeout=5000)
    assert window.change_dock.model.rowCount() > 0


def test_filters_that_hide_every_change_say_so(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.comparisons.comparison_arrived, timeout=5000):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    window.change_dock.search.setText("no change has these words xyzzy")
    assert empty_line(window) == ALL_FILTERED
    window.change_dock.search.clear()
    assert empty_line(window) == ""
