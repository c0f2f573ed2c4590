"""Progress for the status bar: the running comparison and the report being exported, each
with Cancel. (The files being read have their own notice, ``sessions.reading``.)"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

STAGE_NAMES = {"tokenize": "Reading words", "segment": "Finding sentences", "align": "Pairing sentences",
               "words": "Comparing words", "worddiff": "Comparing words", "facts": "Checking facts",
               "classify": "Classifying changes"}
EXPORT_STAGE_NAMES = {"report": "Building the report", "parse": "Building the report", "layout": "Laying out pages",
                      "pages": "Drawing pages", "finish": "Saving"}


class ProgressIndicator(QWidget):
    """A stage, a bar and Cancel; for a comparison by default, or for other work given its
    stage names, what Cancel stops (tooltip) and, at each start, what it is doing."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, stage_names: dict[str, str] | None = None,
                 cancel_tip: str = "Stop this comparison (Esc)") -> None:
        super().__init__(parent)
        self._stage_names = STAGE_NAMES if stage_names is None else stage_names
        self._cancel_tip = cancel_tip
        self._subject = ""
        self._cancelling = False
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
        self.cancel_button.setToolTip(self._cancel_tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self.cancel_requested)

    def start(self, subject: str = "") -> None:
        """Show it at 0; ``subject`` ("Exporting r.pdf") goes before each stage's name."""
        self._subject = subject
        self._cancelling = False
        self.stage.setText(f"{subject}…" if subject else "Comparing…")
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, fraction: float, stage: str) -> None:
        if self._cancelling:
            return
        name = self._stage_names.get(stage, stage.capitalize() or "Working")
        self.stage.setText(f"{self._subject}: {name[:1].lower()}{name[1:]}…" if self._subject else f"{name}…")
        self.bar.setValue(round(fraction * 100))

    def show_cancelling(self) -> None:
        """Cancel was pressed; the work stops at its next check."""
        self._cancelling = True
        self.stage.setText(f"{self._subject}: cancelling…" if self._subject else "Cancelling…")
        self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        self.hide()
