"""File > Export: the dialog's filters, the format a choice means, and writing the report
(HTML, Markdown, CSV and JSON through ``export.formats``; PDF through ``ui.pdf_export``).

Raises ``ExportError`` with a one-line message; the window shows it.
"""
from __future__ import annotations

import os
from pathlib import Path

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison
from articlecompare.export.formats import format_for_path, write_report
from articlecompare.ui.pdf_export import write_pdf

# format -> (dialog filter, suffix added when the name has none)
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "html": ("HTML report (*.html *.htm)", ".html"),
    "pdf": ("PDF document (*.pdf)", ".pdf"),
    "md": ("Markdown (*.md *.markdown)", ".md"),
    "csv": ("CSV, one row per change (*.csv)", ".csv"),
    "json": ("JSON report (*.json)", ".json"),
}


class ExportError(Exception):
    """An export that could not be written; the message is one line fit to show."""


def export_filters() -> str:
    return ";;".join(label for label, _ in EXPORT_FORMATS.values())


def filter_for(fmt: str) -> str:
    return EXPORT_FORMATS[fmt][0]


def resolve_target(path: str, selected_filter: str = "") -> tuple[str, str]:
    """(path, format) for a file name and the filter chosen in the dialog: the name's own
    suffix wins; a name without a known suffix gets the filter's."""
    fmt = format_for_path(path)
    if fmt is not None:
        return path, fmt
    fmt = next((f for f, (label, _) in EXPORT_FORMATS.items() if label == selected_filter), "html")
    return path + EXPORT_FORMATS[fmt][1], fmt


def export_report(comparison: Comparison, path: str, fmt: str,
                  annotations: AnnotationSet | None = None) -> None:
    """Write the report atomically (an existing file stays intact when this fails)."""
    try:
        if fmt == "pdf":
            write_pdf(comparison, path, annotations)
        else:
            write_report(comparison, path, fmt, annotations)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ExportError(f"Could not export {Path(path).name}: {reason}") from None


def default_name(comparison: Comparison, fmt: str, folder: str = "") -> str:
    """A starting file name for the dialog: the revised version's name plus the suffix."""
    stem = Path(comparison.revised.source).stem if comparison.revised.source else "report"
    stem = stem if stem and "/" not in stem else "report"
    return os.path.join(folder, f"{stem}-report{EXPORT_FORMATS[fmt][1]}")
