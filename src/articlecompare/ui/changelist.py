"""The change list as a Qt item model, and the proxy that filters it by kind and text."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QColor

from articlecompare.core.model import Change, ChangeKind, Comparison, FactStatus

Index = QModelIndex | QPersistentModelIndex

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ORDER_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("#", "Kind", "Excerpt", "Facts")
ID_COLUMN, KIND_COLUMN, EXCERPT_COLUMN, FACTS_COLUMN = range(4)
EXCERPT_LENGTH = 90
_SPACES = re.compile(r"\s+")
_KIND_ORDER = {kind: n for n, kind in enumerate(ChangeKind)}


def excerpt(comparison: Comparison, change: Change, limit: int = EXCERPT_LENGTH) -> str:
    """The change's own words, one line: revised text, or the original text for an omission."""
    side, span = ("revised", change.revised) if change.revised else ("original", change.original)
    if span is None:
        return change.detail
    text = _SPACES.sub(" ", comparison.text_of(side, span)).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def facts_text(change: Change) -> str:
    parts = []
    for fact in change.facts:
        if fact.status == FactStatus.CHANGED and fact.replacement:
            parts.append(f"{fact.text} → {fact.replacement}")
        elif fact.status == FactStatus.MISSING:
            parts.append(f"{fact.text} (missing)")
        else:
            parts.append(fact.text)
    return "; ".join(parts)


class ChangeListModel(QAbstractTableModel):
    """One row per change of the current comparison, in reading order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._rows: list[tuple[Change, str, str]] = []
        self._colours: dict[ChangeKind, QColor] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        changes = comparison.changes if comparison else ()
        self._rows = [(c, excerpt(comparison, c), facts_text(c)) for c in changes] if comparison else []
        self.endResetModel()

    def set_kind_colours(self, colours: dict[ChangeKind, QColor]) -> None:
        self._colours = dict(colours)
        if self._rows:
            self.dataChanged.emit(self.index(0, KIND_COLUMN), self.index(len(self._rows) - 1, KIND_COLUMN),
                                  [Qt.ItemDataRole.DecorationRole])

    def change_at(self, row: int) -> Change:
        return self._rows[row][0]

    def row_of(self, change_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row[0].id == change_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change, text, facts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(index.row() + 1), change.kind.label, text, facts)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(change, text, facts)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND_COLUMN:
            return self._colours.get(change.kind)
        if role == CHANGE_ROLE:
            return change
        if role == KIND_ROLE:
            return change.kind.value
        if role == ORDER_ROLE:
            return self._sort_key(index.row(), column)
        return None

    def _sort_key(self, row: int, column: int) -> int | str:
        change, text, facts = self._rows[row]
        if column == ID_COLUMN:
            return row
        if column == KIND_COLUMN:  # most telling kinds first, reading order within a kind
            return f"{_KIND_ORDER[change.kind]:02d}:{row:06d}"
        return (text if column == EXCERPT_COLUMN else facts).casefold()

    def _tooltip(self, change: Change, text: str, facts: str) -> str:
        lines = [change.kind.label]
        if change.detail:
            lines.append(change.detail)
        lines.append(text)
        if facts:
            lines.append(f"Facts: {facts}")
        return "\n".join(lines)


class ChangeFilterProxy(QSortFilterProxyModel):
    """Shows the kinds asked for (all when the set is empty) and rows containing a text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] = frozenset()
        self._needle = ""
        self.setSortRole(ORDER_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reading order is the model's own: sorting by # ascending is no sorting at all
        (which spares a long list thousands of ``data`` calls on every reset)."""
        if column == ID_COLUMN and order == Qt.SortOrder.AscendingOrder:
            column = -1
        super().sort(column, order)

    @property
    def kinds(self) -> frozenset[str]:
        return self._kinds

    def set_kinds(self, kinds: frozenset[str] | set[str]) -> None:
        self._refilter(lambda: setattr(self, "_kinds", frozenset(kinds)))

    def set_search(self, needle: str) -> None:
        self._refilter(lambda: setattr(self, "_needle", needle.strip().casefold()))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._kinds and model.index(source_row, 0, source_parent).data(KIND_ROLE) not in self._kinds:
            return False
        if not self._needle:
            return True
        cells = (model.index(source_row, c, source_parent).data() or "" for c in range(len(COLUMNS)))
        return any(self._needle in str(cell).casefold() for cell in cells)
