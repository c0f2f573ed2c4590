"""Hostile export targets: the PDF report is written as every other report is (a link is
followed and stays a link, a device or a pipe is written to, a replaced file keeps its mode),
and a target that cannot be written gives one line naming it once, control characters
escaped."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.model import Comparison
from articlecompare.export.formats import write_report
from articlecompare.sources import load_text

from robust_checks import ARTICLE, assert_one_line, run_compare
from write_targets import read_through_pipe

FORMATS = ["html", "md", "csv", "json", "pdf"]


@pytest.fixture
def comparison() -> Comparison:
    return compare(load_text(ARTICLE), load_text(ARTICLE.replace("7-2", "6-3")))


@pytest.fixture
def write(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Write a report in a format: PDF through the window's renderer (which needs a Qt
    application: pytest-qt's), the rest through ``export.formats``."""
    def writer(comparison: Comparison, path: Path | str, fmt: str) -> None:
        if fmt == "pdf":
            request.getfixturevalue("qapp")
            from articlecompare.ui.export.pdf_export import write_pdf
            write_pdf(comparison, path)
        else:
            write_report(comparison, path, fmt)
    return writer


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_link_is_followed_and_the_file_keeps_its_mode(tmp_path: Path, comparison, write, fmt: str) -> None:
    real = tmp_path / f"real.{fmt}"
    real.write_bytes(b"last week's report")
    real.chmod(0o640)
    link = tmp_path / f"link.{fmt}"
    link.symlink_to(real)
    write(comparison, link, fmt)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() != b"last week's report" and real.stat().st_size > 100
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([real.name, link.name])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_device_or_a_pipe_is_written_to_not_replaced(tmp_path: Path, comparison, write, fmt: str) -> None:
    write(comparison, "/dev/null", fmt)
    assert Path("/dev/null").is_char_device()
    (report,) = read_through_pipe(tmp_path, lambda pipe: write(comparison, pipe, fmt))
    assert len(report) > 100 and report.startswith(b"%PDF-") == (fmt == "pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_in_the_way_is_refused_and_stays(tmp_path: Path, comparison, write, fmt: str) -> None:
    folder = tmp_path / f"r.{fmt}"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write(comparison, folder, fmt)
    assert folder.is_dir() and list(tmp_path.iterdir()) == [folder]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unwritable_name_is_one_line_naming_it_once(tmp_path: Path, capsys, request, fmt: str) -> None:
    if fmt == "pdf":
        request.getfixturevalue("qapp")   # (the command line would make its own)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(ARTICLE.replace("7-2", "6-3"), encoding="utf-8")
    target = tmp_path / "missing" / f"x\ny\u202e\x1b[2J.{fmt}"
    code, out, err = run_compare(capsys, a, b, "-o", target)
    assert code == 2 and out == ""
    assert_one_line(err)
    shown = str(tmp_path / "missing" / f"x\\ny\\u202e\\x1b[2J.{fmt}")
    assert err == f"articlecompare: cannot write {shown}: No such file or directory\n"
