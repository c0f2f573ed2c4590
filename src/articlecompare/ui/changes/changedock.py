"""The change list dock: a sortable, filterable table of changes, next/previous, and the
annotation editor for the selected change (with a note on annotations no change matches)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
    QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from articlecompare.core.annotations import AnnotationSet, Verdict
from articlecompare.core.model import Change, ChangeKind, Comparison
from articlecompare.ui.annotations.annotation_editor import AnnotationEditor
from articlecompare.ui.changes.emptystate import empty_text
from articlecompare.ui.changes.sizing import ColumnSizer
from articlecompare.ui.changes.changelist import (
    ALL_VERDICTS, ANNOTATED, CHANGE_ROLE, EXCERPT_COLUMN, FACTS_COLUMN, ID_COLUMN, KIND_COLUMN,
    NOT_ANNOTATED, VERDICT_COLUMN, ChangeFilterProxy, ChangeListModel,
)
from articlecompare.ui.widgets.plaintext import plain_label, plain_tooltip

MIN_WIDTH = 40
VERDICT_FILTERS = ((ALL_VERDICTS, "All verdicts"), (ANNOTATED, "Annotated"),
                   (NOT_ANNOTATED, "Not annotated"), *((v.value, v.label) for v in Verdict))


def orphan_summary(annotations: AnnotationSet, keys: tuple[str, ...]) -> tuple[str, str]:
    """(one line, tooltip) about annotations that match no change of the comparison shown."""
    if not keys:
        return "", ""
    count = len(keys)
    line = (f"{count} annotation{'s' * (count != 1)} belong{'s' * (count == 1)} to changes not in "
            "this comparison; kept and saved with the session.")
    tips = []
    for key in keys:
        annotation = annotations[key]
        label = annotation.verdict.label if annotation.verdict else "Note"
        note = " ".join(annotation.note.split())
        tips.append(f"{label}: {note}" if note else label)
    return line, "\n".join(tips)


class ChangeDock(QDockWidget):
    """Lists changes; selecting one emits ``change_selected``."""

    change_selected = Signal(object)
    kinds_changed = Signal(frozenset)
    annotation_edited = Signal(str, object)   # change key, Annotation (from the editor)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Changes", parent)
        self.model = ChangeListModel(self)
        self.proxy = ChangeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._selected_key = ""   # of the change selected last, to select it again in the next comparison
        self._comparing = False   # a comparison runs: the empty list says so
        self._build_actions()
        self._build_layout()
        self._connect_signals()

    def _build_actions(self) -> None:
        self.kind_actions: dict[ChangeKind, QAction] = {}
        self.kind_menu = QMenu("Show Kinds", self)
        self.all_kinds_action = self.kind_menu.addAction("All Kinds")
        self.kind_menu.addSeparator()
        for kind in ChangeKind:
            action = self.kind_menu.addAction(kind.label)
            action.setCheckable(True)
            action.setData(kind.value)
            self.kind_actions[kind] = action

    def _build_layout(self) -> None:
        self.setObjectName("changeDock")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter changes")
        self.search.setClearButtonEnabled(True)
        # a push button draws its menu's arrow beside the text (a tool button drew it over
        # the text's last letter)
        self.kind_button = QPushButton("All kinds", self)
        self.kind_button.setObjectName("kindFilter")
        self.kind_button.setAccessibleName("Show kinds")
        self.kind_button.setMenu(self.kind_menu)
        self.count = QLabel(self)
        self.verdict_filter = QComboBox(self)
        self.verdict_filter.setObjectName("verdictFilter")
        self.verdict_filter.setAccessibleName("Show verdicts")
        self.verdict_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.verdict_filter.setMinimumContentsLength(9)
        for value, label in VERDICT_FILTERS:
            self.verdict_filter.addItem(label, value)
        self.table = QTableView(self)
        self.table.setObjectName("changeTable")
        self.table.setModel(self.proxy)
        self._configure_table()
        self.empty = plain_label(QLabel(self))
        self.empty.setObjectName("emptyChanges")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(16)
        self.listing = QStackedWidget(self)
        self.listing.addWidget(self.table)
        self.listing.addWidget(self.empty)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_button)
        bar.addWidget(self.verdict_filter)
        bar.addWidget(self.count)
        self.editor = AnnotationEditor(self)
        self.orphans = plain_label(QLabel(self))
        self.orphans.setObjectName("orphanNote")
        self.orphans.setWordWrap(True)
        self.orphans.setContentsMargins(8, 2, 8, 4)
        self.orphans.hide()
        listing = QWidget(self)
        top = QVBoxLayout(listing)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addLayout(bar)
        top.addWidget(self.listing, 1)
        editing = QWidget(self)
        bottom = QVBoxLayout(editing)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(0)
        bottom.addWidget(self.editor, 1)
        bottom.addWidget(self.orphans)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(editing)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        # The editor's form would otherwise set the dock's (and the window's) least width.
        self.splitter.setMinimumWidth(MIN_WIDTH)
        self.setWidget(self.splitter)
        self._update_count()

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(ID_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # Widths from the font, not ResizeToContents: that asks every row of a long list.
        metrics = table.fontMetrics()
        widest_kind = max(metrics.horizontalAdvance(kind.label) for kind in ChangeKind)
        header.resizeSection(ID_COLUMN, metrics.horizontalAdvance("0000") + 16)
        # the Excerpt column takes what the others leave; they share the width until the
        # user sizes one (then the header keeps the user's widths: ``restore_columns``)
        self.columns = ColumnSizer(table, {
            KIND_COLUMN: (0.27, widest_kind + 40),
            FACTS_COLUMN: (0.2, metrics.horizontalAdvance("0") * 40),
            VERDICT_COLUMN: (0.17, metrics.horizontalAdvance("Misleading ✎") + 30),
        }, EXCERPT_COLUMN)
        self.columns.fit()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        self.all_kinds_action.triggered.connect(lambda: self.set_kinds(frozenset()))
        for action in self.kind_actions.values():
            action.toggled.connect(self._on_kind_action_toggled)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._on_model_reset)
        self.verdict_filter.currentIndexChanged.connect(self._on_verdict_filter_changed)
        self.editor.annotation_edited.connect(self.annotation_edited)

    def show_comparison(self, comparison: Comparison, annotations: AnnotationSet) -> None:
        """List ``comparison``'s changes; the change selected last is selected again if this
        comparison has it too (the same key)."""
        self.model.set_comparison(comparison)
        self.set_annotations(annotations)
        if self._selected_key:
            match = next((c for c in comparison.changes if (c.key or c.id) == self._selected_key), None)
            if match is not None:
                self.select_change(match.id)

    # annotations ----------------------------------------------------------------------------
    def set_annotations(self, annotations: AnnotationSet) -> None:
        """Show ``annotations`` in the list, the editor and the note on orphans."""
        self.model.set_annotations(annotations)
        self.proxy.refresh()
        self._update_count()
        change = self.current_change()
        if change is not None and change.key == self.editor.change_key():
            self.editor.set_change(change.key, annotations.for_change(change))
        self._update_orphans()

    def set_verdict_filter(self, value: str) -> None:
        """Show only rows with this verdict (see ``VERDICT_FILTERS``)."""
        index = self.verdict_filter.findData(value)
        if index >= 0:
            self.verdict_filter.setCurrentIndex(index)

    def _on_verdict_filter_changed(self, _index: int) -> None:
        self.proxy.set_verdict_filter(str(self.verdict_filter.currentData() or ""))
        self._update_count()

    def _update_orphans(self) -> None:
        comparison, annotations = self.model.comparison(), self.model.annotations()
        keys = annotations.orphans(comparison) if comparison is not None else ()
        line, tip = orphan_summary(annotations, keys)
        self.orphans.setText(line)
        self.orphans.setToolTip(plain_tooltip(tip))
        self.orphans.setVisible(bool(line))

    def _on_model_reset(self) -> None:
        self.editor.set_change(None, None)
        self._update_orphans()

    # filtering ------------------------------------------------------------------------------
    def set_kinds(self, kinds: frozenset[str]) -> None:
        """Show only ``kinds`` (every kind when empty); menus and chips follow."""
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(kind.value in kinds)
            action.blockSignals(False)
        self._apply_kinds(frozenset(kinds))

    def _on_kind_action_toggled(self, _checked: bool) -> None:
        self._apply_kinds(frozenset(k.value for k, a in self.kind_actions.items() if a.isChecked()))

    def _apply_kinds(self, kinds: frozenset[str]) -> None:
        if kinds == self.proxy.kinds:
            return
        self.proxy.set_kinds(kinds)
        labels = [ChangeKind(k).label for k in sorted(kinds)]
        self.kind_button.setText("All kinds" if not kinds else labels[0] if len(kinds) == 1
                                 else f"{len(kinds)} kinds")
        self._update_count()
        self.kinds_changed.emit(kinds)

    def set_comparing(self, comparing: bool) -> None:
        """A comparison started (True) or none runs now: the empty list says which."""
        self._comparing = comparing
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(f"{shown}" if shown == total else f"{shown} of {total}")
        text = empty_text(compared=self.model.comparison() is not None, comparing=self._comparing,
                          total=total, shown=shown)
        self.empty.setText(text)
        self.listing.setCurrentWidget(self.empty if text else self.table)

    # navigation -----------------------------------------------------------------------------
    def current_change(self) -> Change | None:
        index = self.table.currentIndex()
        return index.data(CHANGE_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> bool:
        if not 0 <= row < self.proxy.rowCount():
            return False
        index = self.proxy.index(row, ID_COLUMN)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def select_next(self) -> bool:
        current = self.table.currentIndex()
        return self.select_row(current.row() + 1 if current.isValid() else 0)

    def select_previous(self) -> bool:
        current = self.table.currentIndex()
        return self.select_row(current.row() - 1 if current.isValid() else self.proxy.rowCount() - 1)

    def select_change(self, change_id: str) -> bool:
        source_row = self.model.row_of(change_id)
        if source_row < 0:
            return False
        row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row()
        return self.select_row(row)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.editor.set_change(None, None)
            return
        change: Change = current.data(CHANGE_ROLE)
        self._selected_key = change.key or change.id
        self.editor.set_change(change.key or None, self.model.annotations().for_change(change))
        self.change_selected.emit(change)
