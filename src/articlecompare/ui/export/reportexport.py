"""File > Export: the dialog's filters, the format a choice means, and writing the report
(HTML, Markdown, CSV and JSON through ``export.formats``; PDF through ``ui.export.pdf_export``)
on a worker, with progress and Cancel.

Every format is rendered to bytes first and written through ``export.atomic``: a failed or
cancelled export writes nothing, and an existing file of that name stays as it was. A failure
is one line that names the file once, its control characters escaped.
"""
from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.jobs import CancelCheck, ProgressCallback, Stages
from articlecompare.core.model import Comparison
from articlecompare.export.atomic import printable, write_bytes_atomic, write_failure
from articlecompare.export.formats import render_report
from articlecompare.export.report_formats import BY_NAME, FORMATS, dialog_filter, format_for_path
from articlecompare.ui.export.pdf_export import write_pdf
from articlecompare.ui.jobs.workers import CancellableJob, JobHost, failure_text

def export_filters() -> str:
    return ";;".join(dialog_filter(f.name) for f in FORMATS)


def filter_for(fmt: str) -> str:
    return dialog_filter(fmt)


def resolve_target(path: str, selected_filter: str = "") -> tuple[str, str]:
    """(path, format) for a file name and the filter chosen in the dialog: the name's own
    suffix wins; a name without a known suffix gets the filter's."""
    fmt = format_for_path(path)
    if fmt is not None:
        return path, fmt
    fmt = next((f.name for f in FORMATS if dialog_filter(f.name) == selected_filter), "html")
    return path + BY_NAME[fmt].suffixes[0], fmt


def write_export(comparison: Comparison, path: str, fmt: str, annotations: AnnotationSet | None = None, *,
                 cancel: CancelCheck | None = None, progress: ProgressCallback | None = None) -> None:
    """Render the report, then write it atomically; raises ``Cancelled`` (nothing written)
    when ``cancel()`` turns true before the write."""
    if fmt == "pdf":
        write_pdf(comparison, path, annotations, cancel=cancel, progress=progress)
        return
    stages = Stages({"report": 99, "finish": 1}, cancel, progress)
    stages.step("report")
    data = render_report(comparison, fmt, annotations)
    stages.step("finish")
    write_bytes_atomic(path, data)


def export_failure(path: str, exc: Exception) -> str:
    """A failed export as one line for the window: the file's name once, and why."""
    reason = write_failure(exc) if isinstance(exc, (OSError, ValueError)) else printable(failure_text(exc))
    return f"Could not export {printable(Path(path).name)}: {reason}"


class ReportExporter(JobHost):
    """Writes one report at a time off the GUI thread; the outcome comes as a signal, with
    the path it was asked for."""

    export_started = Signal(str)
    export_finished = Signal(str)
    export_failed = Signal(str, str)       # path, one-line message
    export_cancelled = Signal(str)
    progress_changed = Signal(float, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(1, parent)
        self._job: CancellableJob | None = None
        self._path = ""

    def is_running(self) -> bool:
        return self._job is not None

    def start(self, comparison: Comparison, path: str, fmt: str,
              annotations: AnnotationSet | None = None) -> bool:
        """Start writing ``path``; False (and nothing started) while another export runs."""
        if self._job is not None:
            return False
        self._path = path
        self._job = CancellableJob(0, partial(write_export, comparison, path, fmt, annotations),
                                   self._signals, describe=partial(export_failure, path))
        self._pool.start(self._job)
        self.export_started.emit(path)
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _end(self) -> str:
        self._job = None
        return self._path

    def _on_job_finished(self, _job: int, _result: object) -> None:
        self.export_finished.emit(self._end())

    def _on_job_failed(self, _job: int, message: str) -> None:
        self.export_failed.emit(self._end(), message)

    def _on_job_cancelled(self, _job: int) -> None:
        self.export_cancelled.emit(self._end())

    def _on_job_progressed(self, _job: int, fraction: float, stage: str) -> None:
        self.progress_changed.emit(fraction, stage)


def default_name(comparison: Comparison, fmt: str, folder: str = "") -> str:
    """A starting file name for the dialog: the revised version's name plus the suffix."""
    stem = Path(comparison.revised.source).stem if comparison.revised.source else "report"
    stem = stem if stem and "/" not in stem else "report"
    return os.path.join(folder, f"{stem}-report{BY_NAME[fmt].suffixes[0]}")
