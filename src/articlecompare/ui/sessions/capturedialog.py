"""The dialog that asks which capture of a web archive to open: the archive's pages and
captures listed by address, time and title. One chosen opens in the side asked for; two open
as the pair (the earlier as the original)."""
from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from articlecompare.core.model import Side
from articlecompare.sources import Choice, Listed

COLUMNS = ("Page", "Captured", "Title")


def shown_time(date: str) -> str:
    """An archive's ISO 8601 time as people read it: ``2024-01-05 10:00:00 UTC``."""
    text = date.replace("T", " ")
    return text[:-1] + " UTC" if text.endswith("Z") else text


class CaptureDialog(QDialog):
    """Lists ``listed`` (as ``sources.archive_captures`` gives them); ``choices()`` is what
    is selected, earliest first."""

    def __init__(self, path: str, side: str, listed: Sequence[Listed], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listed = tuple(listed)
        self._side = side
        self._name = os.path.basename(path)
        self._build_layout()
        self._connect_signals()
        self._select_default()

    def _build_layout(self) -> None:
        self.setWindowTitle(f"Choose a capture of {self._name}")
        pages = len({item.url for item in self._listed})
        held = f"{len(self._listed)} captures" + (f" of {pages} pages" if pages > 1 else " of one page")
        label = "Original" if self._side == Side.ORIGINAL else "Revised"
        self.prompt = QLabel(f"{self._name} holds {held}. Choose the one to open as the {label}, "
                             "or two to compare with each other (the earlier is the original).", self)
        self.prompt.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels(list(COLUMNS))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for item in self._listed:
            row = QTreeWidgetItem([item.url, shown_time(item.date), item.title or ""])
            row.setToolTip(0, item.url)
            row.setToolTip(2, item.title or "")
            self.list.addTopLevelItem(row)
        for column in range(len(COLUMNS)):
            self.list.resizeColumnToContents(column)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 320)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._on_list_selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.accept())

    def _select_default(self) -> None:
        """The first page's earliest capture for the original, its latest for the revised."""
        first = self._listed[0].url if self._listed else None
        rows = [n for n, item in enumerate(self._listed) if item.url == first]
        if rows:
            row = rows[0] if self._side == Side.ORIGINAL else rows[-1]
            item = self.list.topLevelItem(row)
            if item is not None:
                self.list.setCurrentItem(item)

    def select_rows(self, rows: Sequence[int]) -> None:
        self.list.clearSelection()
        for row in rows:
            item = self.list.topLevelItem(row)
            if item is not None:
                item.setSelected(True)

    def choices(self) -> list[Choice]:
        """The selected captures (one or two), the earliest first."""
        rows = sorted(self.list.indexOfTopLevelItem(item) for item in self.list.selectedItems())
        picked = sorted((self._listed[row] for row in rows), key=lambda item: item.choice.capture or "")
        return [item.choice for item in picked]

    def _on_list_selection_changed(self) -> None:
        count = len(self.list.selectedItems())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(count in (1, 2))


def choose_captures(parent: QWidget, side: str, path: str, listed: Sequence[Listed]) -> list[Choice] | None:
    """Ask which capture(s) of the archive at ``path`` to open; None when cancelled."""
    dialog = CaptureDialog(path, side, listed, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices() or None
    finally:
        dialog.deleteLater()
