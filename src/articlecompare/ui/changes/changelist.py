"""The change list as a Qt item model, and the proxy that filters it by kind, verdict and text."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QColor

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.model import Change, ChangeKind, Comparison, FactStatus
from articlecompare.present.figure_labels import figure_line
from articlecompare.present.lost_facts import fact_wording
from articlecompare.ui.widgets.plaintext import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ORDER_ROLE = Qt.ItemDataRole.UserRole + 3
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 4   # verdict value, "note" (a note alone) or ""

COLUMNS = ("#", "Kind", "Excerpt", "Facts", "Verdict")
ID_COLUMN, KIND_COLUMN, EXCERPT_COLUMN, FACTS_COLUMN, VERDICT_COLUMN = range(5)
# verdict filters besides the verdicts themselves
ALL_VERDICTS, ANNOTATED, NOT_ANNOTATED = "", "annotated", "not_annotated"
NOTE_ONLY = "note"
_VERDICT_ORDER = {v.value: n for n, v in enumerate((Verdict.ERROR, Verdict.MISLEADING,
                                                   Verdict.NEEDS_CHECKING, Verdict.FINE))}
EXCERPT_LENGTH = 90
_SPACES = re.compile(r"\s+")
_KIND_ORDER = {kind: n for n, kind in enumerate(ChangeKind)}
_COLUMN_COUNT = len(COLUMNS)
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                    VERDICT_ROLE, CHANGE_ROLE, KIND_ROLE, ORDER_ROLE))   # the roles data() answers


def excerpt(comparison: Comparison, change: Change, limit: int = EXCERPT_LENGTH) -> str:
    """The change's own words, one line: revised text, or the original text for an omission;
    a changed figure with what it counts ("civilians killed in Darfur: 10 → 40")."""
    figure = figure_line(comparison, change) if change.kind == ChangeKind.FACT_CHANGE else ""
    if figure:
        return figure if len(figure) <= limit else figure[: limit - 1].rstrip() + "…"
    side, span = ("revised", change.revised) if change.revised else ("original", change.original)
    if span is None:
        return change.detail
    text = _SPACES.sub(" ", comparison.text_of(side, span)).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def facts_text(change: Change) -> str:
    parts = []
    for fact in change.facts:
        if fact.status == FactStatus.MISSING:
            parts.append(f"{fact.text} (missing)")
        else:
            parts.append(fact_wording(fact))
    return "; ".join(parts)


def verdict_value(annotation: Annotation | None) -> str:
    """What the Verdict column and its filter go by: the verdict, ``note`` or empty."""
    if annotation is None:
        return ""
    return annotation.verdict.value if annotation.verdict else NOTE_ONLY


def verdict_text(annotation: Annotation | None) -> str:
    if annotation is None:
        return ""
    label = annotation.verdict.label if annotation.verdict else "Note"
    return f"{label} ✎" if annotation.verdict and annotation.note.strip() else label


class ChangeListModel(QAbstractTableModel):
    """One row per change of the current comparison, in reading order. A row's excerpt and
    facts are worked out when first asked for (a view asks only for the rows it shows; a
    million-word comparison has some 9,000)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._rows: tuple[Change, ...] = ()
        self._texts: list[tuple[str, str] | None] = []   # (excerpt, facts) of each row, once asked
        self._count = 0   # len(self._rows): the views ask for it thousands of times per paint
        self._colours: dict[ChangeKind, QColor] = {}
        self._annotations = AnnotationSet()
        self._verdict_colours: dict[str, QColor] = {}

    def set_annotations(self, annotations: AnnotationSet) -> None:
        """Show ``annotations`` in the Verdict column (rows are matched by change key)."""
        old, self._annotations = self._annotations, annotations
        if not old and not annotations:
            return
        changed = [n for n, change in enumerate(self._rows)
                   if old.for_change(change) != annotations.for_change(change)]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(max(changed), len(COLUMNS) - 1))

    def annotations(self) -> AnnotationSet:
        return self._annotations

    def set_verdict_colours(self, colours: dict[str, QColor]) -> None:
        self._verdict_colours = dict(colours)
        if self._rows:
            self.dataChanged.emit(self.index(0, VERDICT_COLUMN),
                                  self.index(len(self._rows) - 1, VERDICT_COLUMN),
                                  [Qt.ItemDataRole.DecorationRole])

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._rows = comparison.changes if comparison else ()
        self._texts = [None] * len(self._rows)
        self._count = len(self._rows)
        self.endResetModel()

    def set_kind_colours(self, colours: dict[ChangeKind, QColor]) -> None:
        self._colours = dict(colours)
        if self._rows:
            self.dataChanged.emit(self.index(0, KIND_COLUMN), self.index(len(self._rows) - 1, KIND_COLUMN),
                                  [Qt.ItemDataRole.DecorationRole])

    def comparison(self) -> Comparison | None:
        return self._comparison

    def change_at(self, row: int) -> Change:
        return self._rows[row]

    def row_of(self, change_id: str) -> int:
        return next((n for n, change in enumerate(self._rows) if change.id == change_id), -1)

    def _texts_of(self, row: int) -> tuple[str, str]:
        """(excerpt, facts) of a row, worked out the first time it is asked for."""
        texts = self._texts[row]
        if texts is None:
            change = self._rows[row]
            texts = self._texts[row] = (excerpt(self._comparison, change), facts_text(change))  # type: ignore[arg-type]
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return self._count if not parent.isValid() else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return _COLUMN_COUNT if not parent.isValid() else 0

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None   # (a view asks each cell for a dozen roles, each time it paints)
        row, column = index.row(), index.column()
        change = self._rows[row]
        annotation = self._annotations.for_change(change)
        if role == Qt.ItemDataRole.DisplayRole:
            if column in (EXCERPT_COLUMN, FACTS_COLUMN):
                return self._texts_of(row)[column == FACTS_COLUMN]
            return (str(row + 1), change.kind.label, "", "", verdict_text(annotation))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(change, *self._texts_of(row), annotation))
        if role == Qt.ItemDataRole.DecorationRole and column == KIND_COLUMN:
            return self._colours.get(change.kind)
        if role == Qt.ItemDataRole.DecorationRole and column == VERDICT_COLUMN and annotation:
            return self._verdict_colours.get(verdict_value(annotation))
        if role == VERDICT_ROLE:
            return verdict_value(annotation)
        if role == CHANGE_ROLE:
            return change
        if role == KIND_ROLE:
            return change.kind.value
        if role == ORDER_ROLE:
            return self._sort_key(index.row(), column)
        return None

    def _sort_key(self, row: int, column: int) -> int | str:
        change = self._rows[row]
        if column == ID_COLUMN:
            return row
        if column == KIND_COLUMN:  # most telling kinds first, reading order within a kind
            return f"{_KIND_ORDER[change.kind]:02d}:{row:06d}"
        if column == VERDICT_COLUMN:  # worst verdicts first, then notes, then the rest
            value = verdict_value(self._annotations.for_change(change))
            rank = _VERDICT_ORDER.get(value, 4 if value else 5)
            return f"{rank}:{row:06d}"
        return self._texts_of(row)[column != EXCERPT_COLUMN].casefold()

    def _tooltip(self, change: Change, text: str, facts: str, annotation: Annotation | None) -> str:
        lines = [change.kind.label]
        if change.detail:
            lines.append(change.detail)
        lines.append(text)
        if facts:
            lines.append(f"Facts: {facts}")
        if annotation is not None and annotation.verdict:
            lines.append(f"Verdict: {annotation.verdict.label}")
        if annotation is not None and annotation.note.strip():
            lines.append(f"Note: {annotation.note.strip()}")
        return "\n".join(lines)


class ChangeFilterProxy(QSortFilterProxyModel):
    """Shows the kinds asked for (all when the set is empty) and rows containing a text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] = frozenset()
        self._verdict = ALL_VERDICTS
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

    @property
    def verdict_filter(self) -> str:
        return self._verdict

    def set_verdict_filter(self, verdict: str) -> None:
        """``ALL_VERDICTS``, ``ANNOTATED``, ``NOT_ANNOTATED`` or a verdict value."""
        self._refilter(lambda: setattr(self, "_verdict", verdict))

    def refresh(self) -> None:
        """Filter again (annotations changed while filtering by verdict)."""
        if self._verdict != ALL_VERDICTS:
            self._refilter(lambda: None)

    def _verdict_accepts(self, value: str) -> bool:
        if self._verdict == ALL_VERDICTS:
            return True
        if self._verdict == ANNOTATED:
            return bool(value)
        if self._verdict == NOT_ANNOTATED:
            return not value
        return value == self._verdict

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
        if self._verdict != ALL_VERDICTS:   # (a reset of a long list asks about every row)
            if not self._verdict_accepts(model.index(source_row, 0, source_parent).data(VERDICT_ROLE) or ""):
                return False
        if not self._needle:
            return True
        cells = (model.index(source_row, c, source_parent).data() or "" for c in range(len(COLUMNS)))
        return any(self._needle in str(cell).casefold() for cell in cells)
