"""The window's commands connected to what carries them out: opening, pasting, sessions,
export and walking the changes. Kept apart so the window's module only composes."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from articlecompare import __version__
from articlecompare.core.model import Side
from articlecompare.ui.panes.findbar import pane_to_search

if TYPE_CHECKING:
    from articlecompare.ui.window.mainwindow import MainWindow

ABOUT = ("<b>ArticleCompare {version}</b><p>See how one version of an article differs from another: "
         "added commentary, omissions, rewording, changed facts and altered quotes.</p>")


def connect_commands(window: MainWindow) -> None:
    """Each menu and toolbar command of ``window`` to the part that does it."""
    a, inputs, files = window.commands, window.inputs, window.files
    a.compare_files.triggered.connect(inputs.choose_pair)
    a.reopen_last.triggered.connect(inputs.reopen_last)
    inputs.last_recorded.connect(lambda: describe_last(window))
    window.menus["file"].aboutToShow.connect(lambda: describe_last(window))   # (another window's)
    describe_last(window)
    a.open_original.triggered.connect(lambda: inputs.choose_file(Side.ORIGINAL))
    a.open_revised.triggered.connect(lambda: inputs.choose_file(Side.REVISED))
    a.paste_focused.triggered.connect(lambda: inputs.paste_into(window.compare_view.focused_side()))
    a.paste_original.triggered.connect(lambda: inputs.paste_into(Side.ORIGINAL))
    a.paste_revised.triggered.connect(lambda: inputs.paste_into(Side.REVISED))
    a.swap.triggered.connect(window.session.swap)
    a.reload.triggered.connect(inputs.reload)
    a.clear_recent.triggered.connect(inputs.clear_recent)
    inputs.list_recent_in(window.menus["recent_original"], window.menus["recent_revised"],
                          window.menus["recent_sessions"])
    a.new_session.triggered.connect(files.new_session)
    a.open_session.triggered.connect(files.choose_and_open)
    a.save_session.triggered.connect(files.save)
    a.save_session_as.triggered.connect(files.save_as)
    a.export.triggered.connect(files.choose_and_export)
    a.print_report.triggered.connect(lambda: print_report(window))
    a.find.triggered.connect(lambda: window.find_bar.open_on(pane_to_search(window.compare_view)))
    a.quit.triggered.connect(window.close)
    a.next_change.triggered.connect(window.next_change)
    a.previous_change.triggered.connect(window.previous_change)
    a.recompare.triggered.connect(window.session.compare_now)
    a.cancel.triggered.connect(window.comparisons.cancel)
    a.about.triggered.connect(lambda: QMessageBox.about(window, "About ArticleCompare",
                                                        ABOUT.format(version=__version__)))


def describe_last(window: MainWindow) -> None:
    """Reopen Last Comparison names what it would open (or is off when nothing was compared)."""
    last = window.inputs.last.get()
    action = window.commands.reopen_last
    action.setEnabled(last is not None)
    action.setStatusTip(f"Open again {last.label()}" if last is not None else "Nothing compared yet")


def print_report(window: MainWindow) -> bool:
    """Print the comparison shown, with its annotations (after the print dialog)."""
    comparison = window.compare_view.comparison()
    return comparison is not None and window.printer.print_report(comparison, window.document.annotations)
