"""What the worker works out for the panes: the inline view's share while that view is shown,
and otherwise on another worker (ahead of a switch, or when the view is shown), so that filling
it never falls to the GUI thread; and never the share of an older comparison."""
from __future__ import annotations

import threading
import time

import pytest
from hypothesis import given, strategies as st

from articlecompare.core.jobs import Cancelled
from articlecompare.core.model import Article, Side
from articlecompare.core.tokenize import count_words
from articlecompare.ui.panes import compareview, plan
from articlecompare.ui.panes.compareview import INLINE, INLINE_PLANNING, SIDE_BY_SIDE
from articlecompare.ui.panes.inlineplan import InlinePlanner
from articlecompare.ui.panes.panes import describe
from articlecompare.ui.sessions.session import read_article

from .annotating import show_inline
from .conftest import ORIGINAL_TEXT, REVISED_TEXT
from .fakes import generated_pair, word_comparison

LATER_TEXT = REVISED_TEXT.replace("rushed through", "waved through")


def _not_on_the_gui_thread(_comparison):
    raise AssertionError("the inline view was worked out on the GUI thread")


class GatedPlans:
    """``plan.inline_render`` that notes its thread and comparison; after ``hold_next()`` its
    next call waits until ``release`` is set (a slow plan whose result comes after newer ones)."""

    def __init__(self) -> None:
        self.real = plan.inline_render
        self.release = threading.Event()
        self.release.set()
        self.started = threading.Event()
        self.calls: list[tuple[int, object]] = []
        self._hold = False

    def hold_next(self) -> None:
        self.release.clear()
        self._hold = True

    def __call__(self, comparison, cancel=None):
        self.calls.append((threading.get_ident(), comparison))
        held, self._hold = self._hold, False
        if held:
            self.started.set()
            assert self.release.wait(10)
        return self.real(comparison, cancel)


@pytest.fixture
def gated(monkeypatch):
    plans = GatedPlans()
    monkeypatch.setattr(plan, "inline_render", plans)
    yield plans
    plans.release.set()   # a worker still held must not hold up closing the window


def _open(qtbot, window, pair_files):
    with qtbot.waitSignal(window.runner.comparison_finished) as finished:
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    return finished.args[0]


def _compare_again(qtbot, window, revised_text):
    with qtbot.waitSignal(window.runner.comparison_finished) as finished:
        window.session.set_article(Side.REVISED, Article(revised_text))
    return finished.args[0]


def test_the_inline_view_is_planned_on_the_worker_while_it_is_shown(qtbot, make_window, pair_files,
                                                                    monkeypatch):
    window = make_window()
    window.commands.inline.trigger()
    monkeypatch.setattr(compareview, "inline_render", _not_on_the_gui_thread)
    planned = _open(qtbot, window, pair_files)
    assert planned.inline is not None
    text = window.compare_view.view(INLINE).toPlainText()
    assert "approved" in text and "rushed through" in text


def test_switching_to_inline_works_it_out_on_a_worker(qtbot, make_window, pair_files, gated):
    window = make_window()
    assert window.compare_view.mode == SIDE_BY_SIDE
    planned = _open(qtbot, window, pair_files)
    assert planned.inline is None
    assert set(planned.panes) == {Side.ORIGINAL, Side.REVISED}
    show_inline(qtbot, window)
    assert [comparison for _thread, comparison in gated.calls] == [planned.comparison]
    assert gated.calls[0][0] != threading.get_ident()
    view = window.compare_view.view(INLINE)
    assert view.toPlainText() == plan.inline_render.real(planned.comparison).text
    assert "approved" in view.toPlainText() and "rushed through" in view.toPlainText()


def test_the_inline_view_is_worked_out_ahead_of_a_switch(qtbot, make_window, pair_files, gated):
    window = make_window()
    planned = _open(qtbot, window, pair_files)
    with qtbot.waitSignal(window.inline_planner.planned):
        pass                               # asked for once the panes carry their highlights
    window.commands.inline.trigger()       # so the switch fills the view at once
    assert window.compare_view.is_inline_ready()
    assert "rushed through" in window.compare_view.view(INLINE).toPlainText()
    assert len(gated.calls) == 1 and gated.calls[0][1] is planned.comparison


def test_while_it_is_worked_out_the_inline_view_shows_no_older_text(qtbot, make_window, pair_files,
                                                                    gated):
    window = make_window()
    _open(qtbot, window, pair_files)
    show_inline(qtbot, window)
    assert "rushed through" in window.compare_view.view(INLINE).toPlainText()
    window.commands.side_by_side.trigger()
    gated.hold_next()
    later = _compare_again(qtbot, window, LATER_TEXT)
    assert later.inline is None
    window.commands.inline.trigger()
    view = window.compare_view.view(INLINE)
    assert view.toPlainText() == "" and view.placeholderText() == INLINE_PLANNING
    assert not window.compare_view.is_inline_ready()
    with qtbot.waitSignal(window.inline_planner.planned, timeout=5000):
        gated.release.set()
    assert "waved through" in view.toPlainText() and "rushed through" not in view.toPlainText()
    window.commands.side_by_side.trigger()
    assert window.compare_view.view(Side.REVISED).toPlainText() == LATER_TEXT
    window.commands.inline.trigger()
    assert "waved through" in view.toPlainText()


def test_after_an_option_change_the_older_redline_is_not_shown_meanwhile(qtbot, make_window, pair_files,
                                                                        gated):
    window = make_window()
    _open(qtbot, window, pair_files)
    show_inline(qtbot, window)
    window.commands.side_by_side.trigger()
    gated.hold_next()
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=5000) as finished:
        window.commands.ignore_case.trigger()  # the same texts compared again: no side is re-read
    window.commands.inline.trigger()
    view = window.compare_view.view(INLINE)
    assert view.toPlainText() == "" and view.placeholderText() == INLINE_PLANNING
    with qtbot.waitSignal(window.inline_planner.planned, timeout=5000):
        gated.release.set()
    assert view.toPlainText() == gated.real(finished.args[0].comparison).text


def test_an_inline_plan_of_an_older_comparison_is_never_shown(qtbot, make_window, pair_files, gated):
    window = make_window()
    gated.hold_next()
    first = _open(qtbot, window, pair_files)
    assert gated.started.wait(5)           # the first comparison's share, held at the gate
    window.commands.inline.trigger()
    later = _compare_again(qtbot, window, LATER_TEXT)  # planned with its inline share, as shown
    view = window.compare_view.view(INLINE)
    assert later.inline is not None and "waved through" in view.toPlainText()
    with qtbot.waitSignal(window.inline_planner.dropped, timeout=5000) as dropped:
        gated.release.set()
    assert dropped.args == [first.comparison]
    assert "waved through" in view.toPlainText() and "rushed through" not in view.toPlainText()
    assert window.compare_view.is_inline_ready()


def test_the_view_ignores_a_share_handed_on_for_another_comparison(qtbot, make_window, pair_files):
    window = make_window()
    first = _open(qtbot, window, pair_files)
    _compare_again(qtbot, window, LATER_TEXT)
    window.inline_planner.planned.emit(first.comparison, plan.inline_render(first.comparison))
    show_inline(qtbot, window)
    assert "waved through" in window.compare_view.view(INLINE).toPlainText()
    assert "rushed through" not in window.compare_view.view(INLINE).toPlainText()


def test_the_planner_hands_on_only_the_latest_share(qtbot, gated):
    planner = InlinePlanner()
    first = word_comparison(Article(ORIGINAL_TEXT), Article(REVISED_TEXT))
    later = word_comparison(Article(ORIGINAL_TEXT), Article(LATER_TEXT))
    planned, dropped = [], []
    planner.planned.connect(lambda comparison, render: planned.append((comparison, render.text)))
    planner.dropped.connect(dropped.append)
    gated.hold_next()
    planner.request(first)
    assert gated.started.wait(5)
    planner.request(later)
    planner.request(later)                 # asked again while under way: not planned twice
    with qtbot.waitSignal(planner.planned, timeout=5000):
        gated.release.set()
    assert dropped == [first]
    assert [(comparison, "waved through" in text) for comparison, text in planned] == [(later, True)]
    assert [comparison for _thread, comparison in gated.calls] == [first, later]
    assert not planner.is_busy()
    assert planner.shutdown()


def test_a_plan_given_up_stops_at_its_next_check(qtbot, monkeypatch):
    asked, stopped = threading.Event(), threading.Event()

    def endless(_comparison, cancel=None):
        asked.set()
        while not cancel():
            time.sleep(0.001)
        stopped.set()
        raise Cancelled()

    monkeypatch.setattr(plan, "inline_render", endless)
    planner = InlinePlanner()
    first = word_comparison(Article(ORIGINAL_TEXT), Article(REVISED_TEXT))
    planner.request(first)
    assert asked.wait(5)
    with qtbot.assertNotEmitted(planner.planned), qtbot.assertNotEmitted(planner.failed):
        with qtbot.waitSignal(planner.dropped, timeout=5000) as dropped:
            planner.drop()                         # no longer wanted: it stops
        assert stopped.is_set() and dropped.args == [first]
        asked.clear()
        planner.request(first)
        assert asked.wait(5)
        assert planner.shutdown(2000)              # closing does not wait for a long plan


def test_the_redline_checks_for_cancel_as_it_goes():
    comparison = word_comparison(*generated_pair(3000))
    with pytest.raises(Cancelled):
        plan.inline_render(comparison, cancel=lambda: True)
    assert plan.inline_render(comparison, cancel=lambda: False).text


def test_a_failed_plan_says_so_in_the_view(qtbot, make_window, pair_files, monkeypatch):
    window = make_window()

    def broken(_comparison, cancel=None):
        raise ValueError("no redline today")

    monkeypatch.setattr(plan, "inline_render", broken)
    _open(qtbot, window, pair_files)
    with qtbot.waitSignal(window.inline_planner.failed, timeout=5000):
        window.commands.inline.trigger()
    view = window.compare_view.view(INLINE)
    assert view.toPlainText() == ""
    assert view.placeholderText() == "The inline view could not be worked out: ValueError: no redline today"


@given(st.text(alphabet="ab \n\t\u00a0\u2003\u3000x.,—“”'", max_size=400))
def test_a_pane_counts_words_as_the_comparison_and_the_reports_do(text):
    from articlecompare.core.compare import compare
    from articlecompare.core.model import Article
    assert plan.word_count.__wrapped__(text) == count_words(text)
    if text.strip():
        summary = compare(Article(text), Article(text)).summary
        assert plan.word_count.__wrapped__(text) == summary.original_words


def test_punctuation_is_no_word_in_a_pane_as_in_the_reports():
    assert plan.word_count.__wrapped__("The vote — 7 to 2 — passed .") == 6


def test_a_file_read_in_the_background_has_its_words_counted_for_its_pane(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("One two three.\n", encoding="utf-8")
    article = read_article(str(path))              # as on the reading thread
    hits = plan.word_count.cache_info().hits
    assert describe(article)[1] == "3 words"      # the pane's header finds the count
    assert plan.word_count.cache_info().hits == hits + 1
