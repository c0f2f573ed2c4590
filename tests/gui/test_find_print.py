"""Find in the panes (Ctrl+F) and Print of the report (Ctrl+P)."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from articlecompare.core.model import Side
from articlecompare.ui.panes.compareview import INLINE


def compared(qtbot, make_window, pair_files):
    window = make_window()
    with qtbot.waitSignal(window.comparisons.comparison_arrived, timeout=5000):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    return window


def selected_text(view, span):
    cursor = view.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_ctrl_f_finds_in_the_original_pane_by_default(qtbot, make_window, pair_files):
    window = compared(qtbot, make_window, pair_files)
    assert window.commands.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.commands.find in window.menus["edit"].actions()
    window.commands.find.trigger()
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "the")
    original = window.compare_view.view(Side.ORIGINAL)
    assert bar.finder.view is original
    count = len(bar.finder.matches)
    assert count >= 4 and bar.count.text() == f"1 of {count}"
    assert selected_text(original, bar.finder.matches[0]).casefold() == "the"
    highlights = original.extraSelections()
    assert len(highlights) == count
    assert highlights[0].format.background().color() == original.palette().highlight().color()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {count}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{count} of {count}"   # wraps round
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and original.extraSelections() == []


def test_find_searches_the_focused_pane_and_counts_no_match(qtbot, make_window, pair_files):
    window = compared(qtbot, make_window, pair_files)
    revised = window.compare_view.view(Side.REVISED)
    revised.setFocus()
    qtbot.waitUntil(revised.hasFocus)
    window.commands.find.trigger()
    qtbot.keyClicks(window.find_bar.field, "critics")
    assert window.find_bar.finder.view is revised
    assert window.find_bar.count.text() == "1 of 1"
    window.find_bar.field.setText("no such words here")
    assert window.find_bar.count.text() == "No matches"


def test_find_in_the_inline_view_scrolls_to_the_match(qtbot, make_window, tmp_path):
    lines = [f"Paragraph {n} says nothing much." for n in range(300)]
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("\n\n".join(lines), encoding="utf-8")
    second.write_text("\n\n".join(lines[:-1] + ["Paragraph 299 says a needle."]), encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.comparisons.comparison_arrived, timeout=5000):
        window.open_pair(str(first), str(second))
    window.compare_view.set_mode(INLINE)
    inline = window.compare_view.view(INLINE)
    qtbot.waitUntil(lambda: "needle" in inline.toPlainText(), timeout=5000)
    window.commands.find.trigger()
    window.find_bar.field.setText("needle")
    assert window.find_bar.finder.view is inline
    qtbot.waitUntil(lambda: inline.verticalScrollBar().value() > 0, timeout=3000)


class AcceptingDialog(QDialog):
    """Stands in for QPrintDialog: the user picks 'print to file' and presses Print."""

    def __init__(self, printer: QPrinter, parent=None, path: str = "") -> None:
        super().__init__(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted


def test_print_sends_the_report_to_the_chosen_printer(qtbot, make_window, pair_files, tmp_path):
    window = make_window()
    assert not window.commands.print_report.isEnabled()
    assert window.commands.print_report.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    with qtbot.waitSignal(window.comparisons.comparison_arrived, timeout=5000):
        window.open_pair(str(pair_files[0]), str(pair_files[1]))
    out = tmp_path / "printed.pdf"
    window.printer.make_dialog = lambda printer, parent: AcceptingDialog(printer, parent, str(out))
    window.commands.print_report.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    try:
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        pytest.skip("pdftotext is not installed")
    assert "Critics say" in text


def test_a_cancelled_print_dialog_prints_nothing(qtbot, make_window, pair_files, tmp_path):
    window = compared(qtbot, make_window, pair_files)
    dialogs = []

    def refusing(printer, parent):
        dialog = QDialog(parent)
        dialog.exec = lambda: QDialog.DialogCode.Rejected
        dialogs.append(dialog)
        return dialog

    window.printer.make_dialog = refusing
    assert window.printer.print_report(window.compare_view.comparison()) is False
    assert len(dialogs) == 1
