"""The comparison's life without a window: shown, failed, cancelled, degraded, superseded."""
from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from articlecompare.core.model import Article, Outcome
from articlecompare.core.options import CompareOptions
from articlecompare.ui.comparison.lifecycle import CANCELLED, ComparisonLifecycle
from articlecompare.ui.jobs.progress import ProgressIndicator
from articlecompare.ui.jobs.workers import ComparisonRunner
from articlecompare.ui.panes.plan import ViewPlanner
from articlecompare.ui.widgets.messagebar import MessageBar

from .conftest import ORIGINAL_TEXT, REVISED_TEXT
from .fakes import GatedCompare, word_comparison

A, B = Article(ORIGINAL_TEXT), Article(REVISED_TEXT)


@dataclass
class Parts:
    host: QWidget
    status: QLabel
    notices: MessageBar
    lifecycle: ComparisonLifecycle | None = None


@pytest.fixture
def make_lifecycle(qtbot):
    made: list[Parts] = []

    def build(compare=word_comparison) -> Parts:
        host = QWidget()
        qtbot.addWidget(host)
        runner = ComparisonRunner(compare, host, prepare=ViewPlanner())
        parts = Parts(host, QLabel(host), MessageBar(host))
        parts.lifecycle = ComparisonLifecycle(runner, ProgressIndicator(host), parts.status, parts.notices,
                                              parent=host)
        made.append(parts)
        return parts

    yield build
    for parts in made:
        parts.lifecycle.shutdown()


def test_a_result_arrives_and_the_status_counts_its_changes(qtbot, make_lifecycle):
    parts = make_lifecycle()
    lifecycle = parts.lifecycle
    running = []
    lifecycle.running_changed.connect(running.append)
    with qtbot.waitSignal(lifecycle.comparison_arrived, timeout=5000) as arrived:
        lifecycle.request(A, B, CompareOptions())
    comparison, plan = arrived.args
    assert comparison.original is A and plan.comparison is comparison
    assert parts.status.text() == f"{len(comparison.changes)} changes"
    assert running == [True, False]
    assert parts.notices.text() == ""


def test_a_result_for_inputs_since_discarded_is_dropped(qtbot, make_lifecycle):
    gated = GatedCompare()
    parts = make_lifecycle(gated)
    lifecycle = parts.lifecycle
    arrived = []
    lifecycle.comparison_arrived.connect(lambda *args: arrived.append(args))
    lifecycle.request(A, B, CompareOptions())
    assert gated.started.wait(5)
    lifecycle.discard()                      # a side got new text
    gated.gate.set()
    qtbot.waitUntil(lambda: not lifecycle.runner.is_running(), timeout=5000)
    qtbot.wait(50)
    assert arrived == [] and parts.status.text() == ""


def test_cancel_says_how_to_start_again(qtbot, make_lifecycle):
    gated = GatedCompare()
    parts = make_lifecycle(gated)
    lifecycle = parts.lifecycle
    lifecycle.request(A, B, CompareOptions())
    assert gated.started.wait(5)
    with qtbot.waitSignal(lifecycle.runner.comparison_cancelled, timeout=5000):
        lifecycle.cancel()
    assert parts.status.text() == CANCELLED


def test_a_failure_becomes_a_notice(qtbot, make_lifecycle):
    def broken(*_args, **_kwargs):
        raise ValueError("tokenizer exploded")

    parts = make_lifecycle(broken)
    lifecycle = parts.lifecycle
    with qtbot.waitSignal(lifecycle.runner.comparison_failed, timeout=5000):
        lifecycle.request(A, B, CompareOptions())
    assert parts.status.text() == "Comparison failed"
    assert parts.notices.text() == "The comparison failed: ValueError: tokenizer exploded"


def test_a_degraded_comparison_is_shown_with_a_notice(qtbot, make_lifecycle):
    def degraded(*args, **kwargs):
        return replace(word_comparison(*args, **kwargs), outcome=Outcome.DEGRADED,
                       notes=("Too long to pair every sentence.",))

    parts = make_lifecycle(degraded)
    lifecycle = parts.lifecycle
    with qtbot.waitSignal(lifecycle.comparison_arrived, timeout=5000):
        lifecycle.request(A, B, CompareOptions())
    assert parts.notices.text() == "The comparison is degraded. Too long to pair every sentence."
