"""Printing the report: the same HTML as the PDF report (``export.print_report``), laid out
by Qt on the printer the user picks in the print dialog."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison
from articlecompare.export.html_report import report_title
from articlecompare.export.print_report import render_print_html

DialogFactory = Callable[[QPrinter, QWidget | None], QDialog]


class ReportPrinter:
    """Asks for a printer, then prints the report; ``make_dialog`` is replaceable (tests)."""

    def __init__(self, parent: QWidget | None = None, make_dialog: DialogFactory = QPrintDialog) -> None:
        self.parent = parent
        self.make_dialog = make_dialog

    def print_report(self, comparison: Comparison, annotations: AnnotationSet | None = None) -> bool:
        """True once printed; False when the user cancelled the dialog."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report_title(comparison))
        printer.setCreator("ArticleCompare")
        dialog = self.make_dialog(printer, self.parent)
        dialog.setWindowTitle("Print Report")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans", 9))
        document.setHtml(render_print_html(comparison, annotations))
        document.print_(printer)
        return True
