"""Comparisons off the GUI thread: progress, cancel, latest-only, and shutdown on close."""
from __future__ import annotations

import threading

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, Side
from articlecompare.core.options import CompareOptions
from articlecompare.ui.jobs.workers import ComparisonRunner

from .conftest import ORIGINAL_TEXT, REVISED_TEXT
from .fakes import GatedCompare, generated_pair, word_comparison

A, B = Article(ORIGINAL_TEXT), Article(REVISED_TEXT)


def test_cancel_button_cancels_a_running_comparison(qtbot, make_window):
    gated = GatedCompare()
    window = make_window(gated)
    window.session.set_article(Side.ORIGINAL, A)
    with qtbot.waitSignal(window.runner.comparison_started):
        window.session.set_article(Side.REVISED, B)
    assert gated.started.wait(5)
    assert window.progress.isVisible()
    assert window.commands.cancel.isEnabled()
    with qtbot.waitSignal(window.runner.comparison_cancelled, timeout=5000):
        window.progress.cancel_button.click()
    assert not window.progress.isVisible()
    assert not window.commands.cancel.isEnabled()
    assert window.change_dock.model.rowCount() == 0
    assert "cancelled" in window.status_text.text()


def test_cancel_stops_the_engine_on_a_big_pair(qtbot):
    """The real engine on 100,000 words sees the cancel flag at its next progress point."""
    runner = ComparisonRunner(compare)
    original, revised = generated_pair(100_000)
    reports = []
    runner.progress_changed.connect(lambda fraction, stage: (reports.append(fraction),
                                                             runner.cancel()))
    with qtbot.waitSignal(runner.comparison_cancelled, timeout=20000):
        runner.start(original, revised, CompareOptions())
    # stopped before the end: where exactly depends on when the GUI thread passes the flag on
    assert reports and reports[-1] < 1.0
    assert not runner.is_running()
    assert runner.shutdown(5000)


def test_a_superseded_result_is_dropped(qtbot):
    """The first job ignores cancellation and finishes last; only the second one's result counts."""
    first_started, release_first = threading.Event(), threading.Event()

    def stubborn(original, revised, options=CompareOptions(), *, cancel=None, progress=None):
        if options.ignore_case is False:        # the first job
            first_started.set()
            release_first.wait(5)
        return word_comparison(original, revised, options)

    runner = ComparisonRunner(stubborn)
    finished, dropped = [], []
    runner.comparison_finished.connect(finished.append)
    runner.result_dropped.connect(dropped.append)
    first = runner.start(A, B, CompareOptions(ignore_case=False))
    assert first_started.wait(5)
    with qtbot.waitSignal(runner.comparison_finished, timeout=5000):
        second = runner.start(A, B, CompareOptions(ignore_case=True))
    with qtbot.waitSignal(runner.result_dropped, timeout=5000):
        release_first.set()
    assert (first, second) == (1, 2)
    assert dropped == [first]
    assert len(finished) == 1
    assert runner.shutdown(5000)


def test_a_failing_engine_becomes_a_notice(qtbot, make_window):
    def broken(*_args, **_kwargs):
        raise ValueError("tokenizer exploded")

    window = make_window(broken)
    window.session.set_article(Side.ORIGINAL, A)
    with qtbot.waitSignal(window.runner.comparison_failed):
        window.session.set_article(Side.REVISED, B)
    assert window.message_bar.text() == "The comparison failed: ValueError: tokenizer exploded"
    assert not window.progress.isVisible()


def _comparing_until_let_go(make_window):
    """A window whose comparison of A and B has started and waits for ``gated.gate``."""
    gated = GatedCompare()
    window = make_window(gated)
    window.session.set_article(Side.ORIGINAL, A)
    window.session.set_article(Side.REVISED, B)
    window.session.compare_now()
    assert gated.started.wait(5)
    return window, gated


def test_new_inputs_cancel_the_running_comparison(qtbot, make_window):
    window, gated = _comparing_until_let_go(make_window)
    with qtbot.waitSignal(window.runner.result_dropped, timeout=5000) as blocker:
        window.session.set_article(Side.REVISED, Article(REVISED_TEXT + "More.\n"))
    assert blocker.args == [1]
    gated.gate.set()
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=5000):
        pass
    assert "More." in window.change_dock.model.index(window.change_dock.model.rowCount() - 1, 2).data()


def test_closing_the_window_cancels_and_waits(qtbot, make_window):
    window, gated = _comparing_until_let_go(make_window)
    window.close()
    assert window.runner._pool.activeThreadCount() == 0
    assert not gated.gate.is_set()
