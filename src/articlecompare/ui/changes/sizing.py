"""The change dock and its columns sized with the window: the dock keeps the share of the
window's width it was given (by default, or by the user dragging its edge), and the list's
columns share the dock's width until the user sizes one by hand. What the user chose is read
and written by the window's settings."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QTableView

DEFAULT_SHARE = 0.30                  # of the window's width, the first time
DEFAULT_LEAST, DEFAULT_MOST = 460, 960  # pixels: the first time's width stays within these
DEFAULT_MOST_SHARE = 0.42             # ...and leave the panes most of a small window
LEAST_SHARE, MOST_SHARE = 0.15, 0.7   # what a share a user gives is held to


def default_share(window_width: int) -> float:
    """The dock's share of a window ``window_width`` wide before the user chose one."""
    if window_width <= 0:
        return DEFAULT_SHARE
    width = min(DEFAULT_MOST, max(DEFAULT_LEAST, round(window_width * DEFAULT_SHARE)))
    return min(DEFAULT_MOST_SHARE, width / window_width)


class DockSizer(QObject):
    """Keeps ``dock`` at ``share`` of ``window``'s width as the window is resized; a width
    the user gives the dock (dragging its edge) becomes the new share."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, share: float = 0.0) -> None:
        super().__init__(window)
        self._window, self._dock = window, dock
        self.chosen = LEAST_SHARE <= share <= MOST_SHARE   # a share the user gave
        self.share = share if self.chosen else default_share(window.width())
        self._target = -1              # the width last asked of the dock (Qt may lay it out later)
        self._width = window.width()   # the window's width when last seen resized
        window.installEventFilter(self)
        dock.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        """Give the dock its share of the window's width now."""
        if not self._docked():
            return
        self._target = round(self._window.width() * self.share)
        self._window.resizeDocks([self._dock], [self._target], Qt.Orientation.Horizontal)

    def _docked(self) -> bool:
        return self._dock.isVisible() and not self._dock.isFloating() and self._window.width() > 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            if watched is self._window:
                self._width = self._window.width()
                if not self.chosen:
                    self.share = default_share(self._window.width())
                self.apply()   # Qt has laid the window out at its new size by now
            elif watched is self._dock and event.size().width() != event.oldSize().width():
                self._on_dock_resized(event)
        return False

    def _on_dock_resized(self, event: QResizeEvent) -> None:
        if event.oldSize().width() < 0 or self._target < 0:
            QTimer.singleShot(0, self.apply)   # laid out for the first time: give it its share
        elif (abs(event.size().width() - self._target) > 2 and self._window.width() == self._width
              and self._window.isVisible() and self._docked()):
            # the dock alone changed width: the user dragged its edge (when the window is
            # resized, the dock is laid out before the window hears of it)
            self.share = min(MOST_SHARE, max(LEAST_SHARE, self._dock.width() / self._window.width()))
            self.chosen = True
            self._target = self._dock.width()


class ColumnSizer(QObject):
    """Shares a change table's width among its columns (the stretching one takes the rest)
    until the user sizes a column by hand; from then on, the header keeps the user's widths."""

    def __init__(self, table: QTableView, shares: dict[int, tuple[float, int]], stretch: int) -> None:
        """``shares``: column -> (share of the table's width, most pixels it needs)."""
        super().__init__(table)
        self._table, self._shares, self._stretch = table, shares, stretch
        self.chosen = False   # the user sized a column
        self._sizing = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_header_section_resized)
        table.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Size the columns to the table's width (unless the user has sized them)."""
        if self.chosen:
            return
        width = self._table.viewport().width()
        header = self._table.horizontalHeader()
        self._sizing = True
        try:
            for column, (share, most) in self._shares.items():
                header.resizeSection(column, max(24, min(most, round(width * share))))
        finally:
            self._sizing = False

    def save(self) -> QByteArray:
        """The header's state if the user sized a column, else nothing (sizes follow the width)."""
        return self._table.horizontalHeader().saveState() if self.chosen else QByteArray()

    def restore(self, state: QByteArray) -> None:
        if state.isEmpty():
            return
        header = self._table.horizontalHeader()
        self._sizing = True
        try:
            self.chosen = header.restoreState(state)
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        finally:
            self._sizing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._sizing and column != self._stretch and self._table.isVisible():
            self.chosen = True
