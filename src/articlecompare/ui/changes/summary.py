"""The summary strip: shares kept and new, a legend chip per kind with its count, missing facts.

Chips double as a filter: checking some shows only those kinds in the change list.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QWidget

from articlecompare.core.model import ChangeKind, Summary
from articlecompare.ui.look.colours import kind_colour
from articlecompare.ui.widgets.flowlayout import FlowLayout
from articlecompare.ui.widgets.plaintext import plain_label, plain_tooltip

SWATCH = 12


def swatch(colour: QColor, size: int = SWATCH) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)


def share_text(summary: Summary) -> str:
    return (f"Kept {summary.kept_share:.0%} of the original · "
            f"{summary.new_share:.0%} of the revised is new")


class SummaryStrip(QFrame):
    """Headline figures of the current comparison; emits the kinds checked as a filter."""

    kinds_selected = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: dict[ChangeKind, QToolButton] = {}
        self._build_layout()
        self._connect_signals()
        self.show_summary(None)

    def _build_layout(self) -> None:
        self.setObjectName("summaryStrip")
        self.shares = QLabel(self)
        self.shares.setObjectName("summaryShares")
        self.missing = plain_label(QLabel(self))
        self.missing.setObjectName("missingFacts")
        # one flow of figures, chips and the missing facts: a line on a wide window, two on a
        # narrow one, never a column of chips
        layout = FlowLayout(self, spacing=2)
        layout.setContentsMargins(10, 3, 10, 3)
        self.shares.setContentsMargins(0, 0, 10, 0)
        layout.addWidget(self.shares)
        for kind in ChangeKind:
            chip = QToolButton(self)
            chip.setObjectName("kindChip")
            chip.setCheckable(True)
            chip.setAutoRaise(True)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setIconSize(QSize(SWATCH, SWATCH))
            chip.setToolTip(f"Show only {kind.label.lower()} in the change list (click again for all)")
            self.chips[kind] = chip
            layout.addWidget(chip)
        layout.addWidget(self.missing)

    def _connect_signals(self) -> None:
        for chip in self.chips.values():
            chip.toggled.connect(self._on_chip_toggled)

    def set_dark(self, dark: bool) -> None:
        for kind, chip in self.chips.items():
            chip.setIcon(swatch(kind_colour(kind, dark)))

    def show_summary(self, summary: Summary | None, lost: list[str] | None = None) -> None:
        """Show ``summary``; ``lost`` lists its missing facts as a reader reads them (a changed
        one with its new wording), for the tooltip."""
        counts = summary.counts if summary else {}
        for kind, chip in self.chips.items():
            count = counts.get(kind.value, 0)
            chip.setText(f"{kind.label} {count}")
            chip.setVisible(count > 0 or chip.isChecked())
        self.missing.setVisible(summary is not None)  # its alert colour would show, textless
        if summary is None:
            self.shares.setText("Open two versions to compare")
            self.missing.setText("")
            self.missing.setToolTip("")
            return
        self.shares.setText(share_text(summary))
        missing = summary.missing_facts
        self.missing.setText(f"⚠ {len(missing)} missing fact{'s' * (len(missing) != 1)}" if missing
                             else "No missing facts")
        self.missing.setProperty("alert", bool(missing))
        self.missing.style().unpolish(self.missing)
        self.missing.style().polish(self.missing)
        self.missing.setToolTip(plain_tooltip("\n".join(lost if lost is not None else missing)))

    def selected_kinds(self) -> frozenset[str]:
        return frozenset(kind.value for kind, chip in self.chips.items() if chip.isChecked())

    def select_kinds(self, kinds: frozenset[str]) -> None:
        for kind, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(kind.value in kinds)
            chip.blockSignals(False)
        self.kinds_selected.emit(self.selected_kinds())

    def _on_chip_toggled(self, _checked: bool) -> None:
        self.kinds_selected.emit(self.selected_kinds())
