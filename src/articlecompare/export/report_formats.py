"""The one table of report formats, which the command line and the window both read: each
format's name, the file name endings that ask for it, and its label in the Export dialog.

Depends on nothing: reading it costs no import of the report writers.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ReportFormat:
    """One report format as every front end offers it."""

    name: str                   # what --format takes
    suffixes: tuple[str, ...]   # file name endings that ask for it; the first is added to a
                                # name that has none
    label: str                  # what the window's Export dialog lists
    needs_qt: bool = False      # written by ``ui.export.pdf_export`` rather than by this module


# the one table of report formats: the command line and the window both read it
FORMATS: tuple[ReportFormat, ...] = (
    ReportFormat("html", (".html", ".htm"), "HTML report"),
    ReportFormat("pdf", (".pdf",), "PDF document", needs_qt=True),
    ReportFormat("md", (".md", ".markdown"), "Markdown"),
    ReportFormat("csv", (".csv",), "CSV, one row per change"),
    ReportFormat("json", (".json",), "JSON report"),
)
BY_NAME = {f.name: f for f in FORMATS}
REPORT_FORMATS = tuple(f.name for f in FORMATS if not f.needs_qt)
ALL_FORMATS = tuple(f.name for f in FORMATS)
_SUFFIXES = {suffix: f.name for f in FORMATS for suffix in f.suffixes}


def dialog_filter(fmt: str) -> str:
    """The Export dialog's filter for a format: ``HTML report (*.html *.htm)``."""
    report = BY_NAME[fmt]
    return f"{report.label} ({' '.join('*' + s for s in report.suffixes)})"


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The format a file name asks for (``report.htm`` -> ``html``), or None."""
    return _SUFFIXES.get(Path(path).suffix.lower())
