"""The change list model, its filter proxy, and next/previous in the dock."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from articlecompare.core.model import Article, ChangeKind
from articlecompare.ui.changes.changedock import ChangeDock
from articlecompare.ui.changes.changelist import (
    CHANGE_ROLE, EXCERPT_COLUMN, KIND_COLUMN, ChangeFilterProxy, ChangeListModel,
)

from .fakes import word_comparison

ORIGINAL = Article("One two three four five six seven eight nine ten")
REVISED = Article("One TWO three four five six and more seven nine ten twelve")


def _kinds(tag: str, old: str, new: str) -> ChangeKind:
    return {"replace": ChangeKind.REWORDING, "insert": ChangeKind.COMMENTARY,
            "delete": ChangeKind.OMISSION}[tag]


@pytest.fixture
def comparison():
    return word_comparison(ORIGINAL, REVISED, classify=_kinds)


def test_model_passes_qtmodeltester(qtmodeltester, comparison):
    model = ChangeListModel()
    qtmodeltester.check(model)
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    model.set_comparison(None)
    qtmodeltester.check(model)


def test_proxy_passes_qtmodeltester_while_filtering(qtmodeltester, comparison):
    model = ChangeListModel()
    model.set_comparison(comparison)
    proxy = ChangeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_kinds({ChangeKind.OMISSION.value})
    qtmodeltester.check(proxy)


def test_rows_show_kind_and_excerpt(comparison):
    model = ChangeListModel()
    model.set_comparison(comparison)
    rows = [(model.index(r, KIND_COLUMN).data(), model.index(r, EXCERPT_COLUMN).data())
            for r in range(model.rowCount())]
    assert rows == [("Rewording", "TWO"), ("Added commentary", "and more"),
                    ("Omission", "eight"), ("Added commentary", "twelve")]


def test_excerpts_are_worked_out_for_the_rows_asked_for_once(comparison, monkeypatch):
    from articlecompare.ui.changes import changelist
    asked = []
    monkeypatch.setattr(changelist, "excerpt", lambda comparison, change: asked.append(change.id) or change.id)
    model = ChangeListModel()
    model.set_comparison(comparison)              # a reset works out none
    assert asked == [] and model.rowCount() == 4
    assert model.index(2, EXCERPT_COLUMN).data() == comparison.changes[2].id
    tip = model.index(2, EXCERPT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.removesuffix("</p>").endswith(comparison.changes[2].id)
    assert asked == [comparison.changes[2].id]
    reverse = word_comparison(REVISED, ORIGINAL, classify=_kinds)
    model.set_comparison(reverse)
    assert model.index(2, EXCERPT_COLUMN).data() == reverse.changes[2].id   # not the old row's
    assert len(asked) == 2


def test_filter_by_kind_and_by_text(comparison):
    model = ChangeListModel()
    model.set_comparison(comparison)
    proxy = ChangeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_kinds({ChangeKind.COMMENTARY.value})
    assert [proxy.index(r, 0).data(CHANGE_ROLE).kind for r in range(proxy.rowCount())] == \
        [ChangeKind.COMMENTARY, ChangeKind.COMMENTARY]
    proxy.set_search("TWELVE")
    assert [proxy.index(r, EXCERPT_COLUMN).data() for r in range(proxy.rowCount())] == ["twelve"]
    proxy.set_kinds(set())
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_dock_walks_the_filtered_list(qtbot, comparison):
    dock = ChangeDock()
    qtbot.addWidget(dock)
    dock.model.set_comparison(comparison)
    seen = []
    dock.change_selected.connect(lambda change: seen.append(change.id))
    dock.set_kinds(frozenset({ChangeKind.COMMENTARY.value}))
    assert dock.count.text() == "2 of 4"
    assert dock.select_next() and dock.select_next()
    assert not dock.select_next()
    assert dock.select_previous()
    assert seen == ["c2", "c4", "c2"]
    assert dock.kind_actions[ChangeKind.COMMENTARY].isChecked()


def test_sorting_by_kind_keeps_reading_order_within_a_kind(qtbot, comparison):
    dock = ChangeDock()
    qtbot.addWidget(dock)
    dock.model.set_comparison(comparison)
    dock.table.sortByColumn(KIND_COLUMN, Qt.SortOrder.AscendingOrder)
    ids = [dock.proxy.index(r, 0).data(CHANGE_ROLE).id for r in range(dock.proxy.rowCount())]
    assert ids == ["c2", "c4", "c3", "c1"]
