"""The CSV report parsed back with the csv module: one row per change, safe cells, BOM."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison
from articlecompare.export.csv_report import COLUMNS, neutralise
from articlecompare.export.formats import write_report

from report_samples import seed_annotations


def _read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_one_row_per_change_with_offsets_that_slice_the_texts(
        tmp_path: Path, seed_comparison: Comparison) -> None:
    notes = seed_annotations(seed_comparison)
    path = tmp_path / "changes.csv"
    write_report(seed_comparison, path, "csv", notes)
    rows = _read(path)
    assert len(rows) == len(seed_comparison.changes)
    assert list(rows[0]) == list(COLUMNS)
    for row, change in zip(rows, seed_comparison.changes):
        assert row["id"] == change.id and row["kind"] == change.kind.value
        for side, span in (("original", change.original), ("revised", change.revised)):
            if span is None:
                assert row[f"{side}_start"] == row[f"{side}_end"] == row[f"{side}_excerpt"] == ""
                continue
            assert (int(row[f"{side}_start"]), int(row[f"{side}_end"])) == (span.start, span.end)
            text = seed_comparison.text_of(side, span)
            assert row[f"{side}_excerpt"] in (text, "'" + text)
        for fact in change.facts:
            assert fact.text in row["facts"]
        annotation = notes.for_change(change)
        assert row["verdict"] == (annotation.verdict.value if annotation and annotation.verdict else "")
        assert row["note"] in ((annotation.note, "'" + annotation.note) if annotation else ("",))
    assert sum(bool(r["verdict"] or r["note"]) for r in rows) == 3
    assert "'=check the name" in [r["note"] for r in rows]


def test_formula_cells_are_neutralised(tmp_path: Path, hostile: Comparison,
                                       annotations: AnnotationSet) -> None:
    path = tmp_path / "changes.csv"
    write_report(hostile, path, "csv", annotations)
    rows = _read(path)
    assert len(rows) == len(hostile.changes) == 6
    commentary = next(r for r in rows if r["kind"] == "commentary")
    assert commentary["revised_excerpt"].startswith("'=SUM(A1)")
    assert commentary["note"] == "Unattributed opinion <b>here</b> & =1+1"
    fact = next(r for r in rows if r["kind"] == "fact_change")
    assert fact["note"] == "Police say 2,000.\nSecond line | pipe"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_neutralise() -> None:
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    for cell in ("", "plain", "1-2", " =x", "'already"):
        assert neutralise(cell) == cell
