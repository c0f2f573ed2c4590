"""Comparison (+ annotations) -> CSV, one row per change, for spreadsheets.

Depends on ``core`` and ``excerpts``. UTF-8 with a byte-order mark (so spreadsheet programs
detect the encoding); cells that a spreadsheet would run as a formula get a leading apostrophe.
"""
from __future__ import annotations

import csv
import io
import os

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison, Span
from articlecompare.export.atomic import write_bytes_atomic
from articlecompare.present.excerpts import change_rows

COLUMNS = ("id", "kind", "original_excerpt", "revised_excerpt", "original_start",
           "original_end", "revised_start", "revised_end", "facts", "detail", "verdict", "note")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would read as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render_csv(comparison: Comparison, annotations: AnnotationSet | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in change_rows(comparison, annotations):
        c, a = row.change, row.annotation
        cells: list[str | int] = [
            c.id, c.kind.value, row.original_text or "", row.revised_text or "",
            *_ends(c.original), *_ends(c.revised), "; ".join(row.facts), c.detail,
            a.verdict.value if a and a.verdict else "", a.note if a else "",
        ]
        writer.writerow([neutralise(v) if isinstance(v, str) else v for v in cells])
    return out.getvalue()


def write_csv(comparison: Comparison, path: str | os.PathLike[str],
              annotations: AnnotationSet | None = None) -> None:
    write_bytes_atomic(path, render_csv(comparison, annotations).encode("utf-8-sig"))


def _ends(span: Span | None) -> tuple[int | str, int | str]:
    return ("", "") if span is None else (span.start, span.end)
