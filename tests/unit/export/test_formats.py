"""One dispatch for every Qt-free format: names, file suffixes, atomic writes."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

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
