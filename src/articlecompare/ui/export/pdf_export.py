"""The PDF report: the print variant of the HTML report laid out by QTextDocument on A4.

Needs a QGuiApplication (fonts); ``ensure_gui_application`` makes an offscreen one for
headless callers such as the command line. ``render_pdf`` may run on a worker thread: the
document, the writer and the painter are made, used and dropped in the thread that calls
it. It takes ``cancel`` and ``progress`` as core functions do, and checks them as the pages
are laid out and drawn. ``write_pdf`` writes the bytes through ``export.atomic``, as every
other report is written: a failed or cancelled export leaves an existing file intact.
"""
from __future__ import annotations

import os

import shiboken6
from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QFont, QFontMetrics, QGuiApplication, QPageLayout, QPageSize, QPageRanges,
    QPainter, QPalette, QPdfWriter, QTextDocument,
)

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.jobs import CancelCheck, ProgressCallback, Stages
from articlecompare.core.model import Comparison
from articlecompare.export.atomic import write_bytes_atomic
from articlecompare.export.html_report import report_title
from articlecompare.export.print_report import render_print_html

MARGINS_MM = QMarginsF(16, 16, 16, 18)
RESOLUTION_DPI = 300
FRAME_MARGIN_CM = 2      # around the text inside the page margins, as QTextDocument.print_ sets
# the share of the time each stage takes (measured on a 20,000-word comparison)
STAGE_WEIGHTS = {"report": 1, "parse": 17, "layout": 37, "pages": 44, "finish": 1}
_headless_app: QGuiApplication | None = None  # kept alive for the process once made


def render_pdf(comparison: Comparison, annotations: AnnotationSet | None = None, *,
               cancel: CancelCheck | None = None, progress: ProgressCallback | None = None) -> bytes:
    """The PDF's bytes: A4, with margins and page numbers. Raises ``Cancelled`` when
    ``cancel()`` turns true before it is done."""
    stages = Stages(STAGE_WEIGHTS, cancel, progress)
    stages.step("report")
    html = render_print_html(comparison, annotations)
    stages.step("parse")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, report_title(comparison))
    painter = QPainter(writer)
    document = QTextDocument()
    try:
        _fill(document, html, writer)
        stages.step("layout")
        _lay_out(document, writer)
        _draw_pages(document, painter, writer, stages)
    finally:
        painter.end()  # finishes the file
        _delete(document, writer, buffer)
    return bytes(data.data())


def _delete(*made: QObject) -> None:
    """Destroy Qt objects now, in this thread, whatever still refers to them: a traceback
    kept for a while, or PySide keeping the paint device of a document's layout, would
    otherwise let them go later, perhaps on another thread (a document's layout timers must
    be stopped by the thread that started them)."""
    for thing in made:
        shiboken6.delete(thing)


def _pdf_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("ArticleCompare")
    return writer


def _fill(document: QTextDocument, html: str, writer: QPdfWriter) -> None:
    """The report in ``document``, measured for the writer, pages the size of its body, with
    the margins ``QTextDocument.print_`` gives a document it paginates itself."""
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setHtml(html)
    document.documentLayout().setPaintDevice(writer)
    margin = _frame_margin()
    frame = document.rootFrame().frameFormat()
    for set_margin in (frame.setLeftMargin, frame.setRightMargin, frame.setTopMargin, frame.setBottomMargin):
        set_margin(margin)
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(writer.width(), writer.height()))  # lays out lazily


def _source_dpi() -> float:
    """The dots per inch Qt measures a document's pixels in: the screen's (96 offscreen)."""
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchX())) if screen is not None else 96.0


def _frame_margin() -> int:
    """The frame margin in the document's pixels, as ``QTextDocument.print_`` works it out."""
    return int(FRAME_MARGIN_CM / 2.54 * _source_dpi())


def _lay_out(document: QTextDocument, writer: QPdfWriter) -> None:
    """Lay the whole document out with the interpreter let go, so that a window beside this
    thread stays responsive: ``QTextDocument.print_`` is the one call that does so (PySide
    holds the interpreter through ``pageCount`` and the rest). Given a document with a page
    size it lays out the document itself, not a copy; the pages go to a throwaway writer that
    asks for the first page only."""
    scratch_buffer = QBuffer()
    scratch_buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scratch = QPdfWriter(scratch_buffer)
    try:
        scratch.setPageLayout(writer.pageLayout())
        scratch.setResolution(writer.resolution())
        first = QPageRanges()
        first.addPage(1)
        scratch.setPageRanges(first)
        document.print_(scratch)
    finally:
        _delete(scratch, scratch_buffer)


def _draw_pages(document: QTextDocument, painter: QPainter, writer: QPdfWriter, stages: Stages) -> None:
    """Each page as ``QTextDocument.print_`` draws it: its share of the document, clipped,
    black text, and the page number at the bottom right."""
    body = QRectF(0, 0, writer.width(), writer.height())
    margin, source_dpi = _frame_margin(), _source_dpi()
    number_at = QPointF(body.width() - margin * writer.logicalDpiX() / source_dpi,
                        body.height() - margin * writer.logicalDpiY() / source_dpi
                        + QFontMetrics(document.defaultFont(), writer).ascent()
                        + 5 * writer.logicalDpiY() / 72.0)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = context.palette
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    context.palette = palette
    pages = document.pageCount()
    for index in range(pages):
        stages.step("pages", index / pages)
        if index:
            writer.newPage()
        view = QRectF(0, index * body.height(), body.width(), body.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context.clip = view
        document.documentLayout().draw(painter, context)
        painter.setClipping(False)
        painter.setFont(QFont(document.defaultFont()))
        number = str(index + 1)
        painter.drawText(round(number_at.x() - painter.fontMetrics().horizontalAdvance(number)),
                         round(number_at.y() + view.top()), number)
        painter.restore()
    stages.step("finish")  # the last cancel check: what follows is quick


def write_pdf(comparison: Comparison, path: str | os.PathLike[str],
              annotations: AnnotationSet | None = None, *,
              cancel: CancelCheck | None = None, progress: ProgressCallback | None = None) -> None:
    """Render, then write atomically as the other reports are (``export.atomic``: a link is
    followed, a device or a pipe written to, a replaced file keeps its mode and owner).
    Raises OSError when it cannot be saved, and ``Cancelled`` (before anything is written)."""
    write_bytes_atomic(path, render_pdf(comparison, annotations, cancel=cancel, progress=progress))


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
