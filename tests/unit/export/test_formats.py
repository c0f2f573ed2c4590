"""One dispatch for every Qt-free format: names, file suffixes, atomic writes."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from articlecompare.core.annotations import AnnotationSet
from articlecompare.core.model import Comparison
from articlecompare.export.formats import UnknownFormatError, render_report, write_report
from articlecompare.export.report_formats import REPORT_FORMATS, format_for_path


@pytest.mark.parametrize("fmt, start", [("html", b"<!DOCTYPE html>"), ("md", b"# "),
                                        ("csv", b"\xef\xbb\xbfid,kind"), ("json", b"{")])
def test_each_format_writes_its_kind_of_file(tmp_path: Path, hostile: Comparison,
                                             fmt: str, start: bytes) -> None:
    path = tmp_path / f"out.{fmt}"
    write_report(hostile, path, fmt)
    assert path.read_bytes().startswith(start)
    assert path.read_bytes() == render_report(hostile, fmt)


def test_unknown_format_is_refused(tmp_path: Path, hostile: Comparison) -> None:
    with pytest.raises(UnknownFormatError, match="html, md, csv, json"):
        write_report(hostile, tmp_path / "x.pdf", "pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert REPORT_FORMATS == ("html", "md", "csv", "json")


@pytest.mark.parametrize("name, fmt", [("r.html", "html"), ("R.HTM", "html"), ("r.md", "md"),
                                       ("r.markdown", "md"), ("r.csv", "csv"), ("r.json", "json"),
                                       ("r.pdf", "pdf"), ("r.txt", None), ("report", None)])
def test_format_for_path(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


def test_a_failed_export_keeps_the_previous_report(tmp_path: Path, hostile: Comparison,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(b"previous report")

    def fail(*args: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_report(hostile, path, "html")
    assert path.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_the_json_report_has_one_item_per_line_and_reads_back_the_same(hostile: Comparison) -> None:
    from articlecompare.export.json_report import dumps, report_dict

    data = report_dict(hostile)
    text = dumps(data)
    assert json.loads(text) == data
    lines = text.splitlines()
    assert len(lines) >= 2 + sum(len(v) + 1 for v in data.values() if isinstance(v, list) and v)
    words = lines.index(' "words": [')
    assert json.loads(lines[words + 1].rstrip(",")) == data["words"][0]


def test_the_json_report_is_written_piece_by_piece_as_dumps_has_it(
        tmp_path: Path, hostile: Comparison, annotations: AnnotationSet,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is written as it is made (lists a batch of items at a time, a long text a
    piece at a time) and says exactly what ``dumps`` of the whole report says."""
    from articlecompare.export import json_report
    from articlecompare.export.annotated_json import annotated_report

    monkeypatch.setattr(json_report, "_BATCH", 2)
    monkeypatch.setattr(json_report, "_LONG", 7)  # the hostile texts are longer
    assert len(hostile.original.text) > 7
    path = tmp_path / "report.json"
    write_report(hostile, path, "json")
    expected = json_report.dumps(json_report.report_dict(hostile)) + "\n"
    assert path.read_text(encoding="utf-8") == expected
    write_report(hostile, path, "json", annotations)
    expected = json_report.dumps(annotated_report(hostile, annotations)) + "\n"
    assert path.read_text(encoding="utf-8") == expected


def test_a_failed_json_write_keeps_the_previous_report(tmp_path: Path, hostile: Comparison,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A report that fails half-way through its writing leaves the old file and no other."""
    from articlecompare.export import json_report

    assert len(hostile.changes) >= 2
    path = tmp_path / "report.json"
    path.write_bytes(b"previous report")
    real = json_report.change_dict

    def fail_late(comparison: Comparison, change: object) -> object:
        if change is hostile.changes[-1]:
            raise OSError(28, "No space left on device")
        return real(comparison, change)  # type: ignore[arg-type]

    monkeypatch.setattr(json_report, "change_dict", fail_late)
    monkeypatch.setattr(json_report, "_BATCH", 1)
    with pytest.raises(OSError):
        write_report(hostile, path, "json")
    assert path.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
