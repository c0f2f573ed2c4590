"""One entry point for writing a report in any format that needs no Qt.

Depends on the report modules of this package. PDF needs Qt and is written by
``ui.export.pdf_export``; callers (the command line, the window) dispatch it themselves. Which
formats there are, and which file names ask for which, is ``report_formats``'s table.
"""
from __future__ import annotations

import os

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison
from articlecompare.export.annotated_json import annotated_report, write_annotated_json
from articlecompare.export.atomic import write_bytes_atomic
from articlecompare.export.csv_report import render_csv
from articlecompare.export.html_report import render_html
from articlecompare.export.json_report import dumps, report_dict, write_json
from articlecompare.export.markdown_report import render_markdown
from articlecompare.export.report_formats import REPORT_FORMATS


class UnknownFormatError(ValueError):
    """A report format this module does not write."""


def render_report(comparison: Comparison, fmt: str,
                  annotations: AnnotationSet | None = None) -> bytes:
    """The file's bytes (for callers that write them themselves)."""
    if fmt == "html":
        return render_html(comparison, annotations).encode("utf-8", "replace")
    if fmt == "md":
        return render_markdown(comparison, annotations).encode("utf-8", "replace")
    if fmt == "csv":
        return render_csv(comparison, annotations).encode("utf-8-sig", "replace")
    if fmt == "json":
        data = (report_dict(comparison) if annotations is None
                else annotated_report(comparison, annotations))
        return (dumps(data) + "\n").encode("utf-8", "replace")
    raise UnknownFormatError(f"unknown report format {fmt!r} "
                             f"(choose one of {', '.join(REPORT_FORMATS)})")


def write_report(comparison: Comparison, path: str | os.PathLike[str], fmt: str,
                 annotations: AnnotationSet | None = None) -> None:
    """Write the report atomically; a failed write leaves an existing file as it was. JSON is
    written as it is made, never held whole."""
    if fmt == "json":
        if annotations is None:
            write_json(comparison, path)
        else:
            write_annotated_json(comparison, path, annotations)
    else:
        write_bytes_atomic(path, render_report(comparison, fmt, annotations))
