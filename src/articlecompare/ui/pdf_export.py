"""The PDF report: the print variant of the HTML report laid out by QTextDocument on A4.

Needs a QGuiApplication (fonts); ``ensure_gui_application`` makes an offscreen one for
headless callers such as the command line. The file is written through QSaveFile, so a failed
export leaves an existing file intact.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSaveFile
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison
from articlecompare.export.html_report import report_title
from articlecompare.export.print_report import render_print_html

MARGINS_MM = QMarginsF(16, 16, 16, 18)
RESOLUTION_DPI = 300
_headless_app: QGuiApplication | None = None  # kept alive for the process once made


def render_pdf(comparison: Comparison, annotations: AnnotationSet | None = None) -> bytes:
    """The PDF's bytes: A4, with margins and page numbers."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setHtml(render_print_html(comparison, annotations))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(report_title(comparison))
    writer.setCreator("ArticleCompare")
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_pdf(comparison: Comparison, path: str | os.PathLike[str],
              annotations: AnnotationSet | None = None) -> None:
    """Write the PDF atomically. Raises OSError with the reason when it cannot be saved."""
    data = render_pdf(comparison, annotations)
    target = QSaveFile(os.fspath(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {os.fspath(path)}: {target.errorString()}")
    written = target.write(data)
    if written != len(data) or not target.commit():
        reason = target.errorString()
        target.cancelWriting()
        raise OSError(f"cannot write {os.fspath(path)}: {reason}")


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication for headless use.

    A plain QCoreApplication cannot lay out text; that is a caller's mistake and raises."""
    global _headless_app
    app = QCoreApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _headless_app = QGuiApplication(["articlecompare"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
    return app
