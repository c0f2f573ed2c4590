"""What the worker works out for the panes: the inline view's share only while that view is
shown, so that filling it does not fall to the GUI thread."""
from __future__ import annotations

from articlecompare.ui import compareview
from articlecompare.ui.compareview import INLINE, SIDE_BY_SIDE
from articlecompare.ui.marks import ORIGINAL, REVISED


def _not_on_the_gui_thread(_comparison):
    raise AssertionError("the inline view was worked out on the GUI thread")


def _open(qtbot, window, pair_files):
    with qtbot.waitSignal(window.runner.comparison_finished) as finished:
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    return finished.args[0]


def test_the_inline_view_is_planned_on_the_worker_while_it_is_shown(qtbot, make_window, pair_files,
                                                                    monkeypatch):
    window = make_window()
    window.commands.inline.trigger()
    monkeypatch.setattr(compareview, "inline_render", _not_on_the_gui_thread)
    plan = _open(qtbot, window, pair_files)
    assert plan.inline is not None
    text = window.compare_view.view(INLINE).toPlainText()
    assert "approved" in text and "rushed through" in text


def test_side_by_side_plans_leave_the_inline_view_out(qtbot, make_window, pair_files):
    window = make_window()
    assert window.compare_view.mode == SIDE_BY_SIDE
    plan = _open(qtbot, window, pair_files)
    assert plan.inline is None
    assert set(plan.panes) == {ORIGINAL, REVISED}
    window.commands.inline.trigger()              # worked out when first shown
    assert "rushed through" in window.compare_view.view(INLINE).toPlainText()
