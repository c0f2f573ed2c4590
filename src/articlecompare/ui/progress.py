"""Progress of the running comparison, with Cancel, for the status bar."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

STAGE_NAMES = {"tokenize": "Reading words", "segment": "Finding sentences", "align": "Pairing sentences",
               "words": "Comparing words", "worddiff": "Comparing words", "facts": "Checking facts",
               "classify": "Classifying changes"}


class ProgressIndicator(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_layout()
        self._connect_signals()
        self.hide()

    def _build_layout(self) -> None:
        self.stage = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop this comparison (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self.cancel_requested)

    def start(self) -> None:
        self.stage.setText("Comparing…")
        self.bar.setValue(0)
        self.show()

    def set_progress(self, fraction: float, stage: str) -> None:
        self.stage.setText(STAGE_NAMES.get(stage, stage.capitalize() or "Comparing") + "…")
        self.bar.setValue(round(fraction * 100))

    def stop(self) -> None:
        self.hide()
