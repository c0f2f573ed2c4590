"""The PDF report, rendered to PNG with pdftoppm and read back with pdftotext."""
from __future__ import annotations

import errno
import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from articlecompare.core.compare import compare
from articlecompare.core.jobs import Cancelled
from articlecompare.core.model import Comparison
from articlecompare.export import atomic
from articlecompare.export.print_report import render_print_html
from articlecompare.ui.export.pdf_export import (
    MARGINS_MM, RESOLUTION_DPI, STAGE_WEIGHTS, ensure_gui_application, render_pdf, write_pdf,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "export"))
from report_samples import (  # noqa: E402
    hostile_comparison, sample_annotations, seed_annotations, seed_articles)

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils")


@pytest.fixture
def seed(seed_paths: tuple[Path, Path]) -> Comparison:
    return compare(*seed_articles(seed_paths))


def _ink_share(png: Path) -> float:
    image = QImage(str(png))
    assert not image.isNull()
    step = 2
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if image.pixelColor(x, y).lightness() < 235:
                dark += 1
    return dark / total


def _first_page_png(pdf: Path, out: Path) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(out)],
                   check=True, timeout=60)
    pages = sorted(out.parent.glob(out.name + "*.png"))
    assert len(pages) == 1
    return pages[0]


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, timeout=60,
                          capture_output=True, text=True).stdout


def test_seed_pdf_is_paginated_a4_and_not_blank(qapp, tmp_path: Path, seed: Comparison) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "report.pdf"
    write_pdf(seed, pdf, seed_annotations(seed))
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 4
    assert "(A4)" in info
    png = _first_page_png(pdf, tmp_path / "page")
    share = _ink_share(png)
    assert 0.03 < share < 0.6, share


def test_pdf_text_has_the_report_content(qapp, tmp_path: Path, seed: Comparison) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "report.pdf"
    notes = seed_annotations(seed)
    write_pdf(seed, pdf, notes)
    text = " ".join(_text(pdf).split())
    for heading in ("Sources", "Summary", "Legend", "The article, marked", "Changes (",
                    "Fact ledger", "MISSING FACTS"):
        assert heading in text, heading
    for fact in seed.summary.missing_facts:
        assert " ".join(fact.split()) in text, fact
    assert "MISLEADING" in text and "Opinion presented as reporting." in text
    assert "NEEDS CHECKING" in text


def test_markup_in_the_article_is_printed_as_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "hostile.pdf"
    write_pdf(hostile_comparison(), pdf, sample_annotations())
    text = _text(pdf)
    assert "<script>alert(1)</script>" in text
    assert "Unattributed opinion <b>here</b> & =1+1" in text


def test_print_html_uses_only_what_qt_renders(seed: Comparison) -> None:
    html = render_print_html(seed, seed_annotations(seed))
    for tag in ("<mark", "<del", "<ins", "<section", "<article", "<script"):
        assert tag not in html
    assert 'class="hl k-commentary"' in html and 'class="w del"' in html


def test_a_failed_pdf_save_keeps_the_old_file(qapp, tmp_path: Path, seed: Comparison,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"old report")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_pdf(seed, pdf)
    assert pdf.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_unwritable_target_raises_oserror(qapp, tmp_path: Path, seed: Comparison) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FileNotFoundError):
        write_pdf(seed, tmp_path / "no-such-dir" / "report.pdf")


def test_pages_are_drawn_as_qt_prints_a_document(qapp, tmp_path: Path, seed: Comparison,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    """The pages drawn one at a time (for progress and Cancel) are the pages
    ``QTextDocument.print_`` makes of the same report: same count, same text, same pixels."""
    from articlecompare.export import print_report
    monkeypatch.setattr(print_report, "made_line", lambda at=None: "Made at one time")  # both
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(render_pdf(seed, seed_annotations(seed)))
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setHtml(render_print_html(seed, seed_annotations(seed)))
    qt = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(qt))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION_DPI)
    document.print_(writer)
    del writer
    assert _text(ours) == _text(qt)
    for name in ("ours", "qt"):
        subprocess.run(["pdftoppm", "-png", "-r", "30", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
                       check=True, timeout=60)
    pages = sorted(tmp_path.glob("ours-*.png"))
    assert len(pages) >= 4 and len(pages) == len(list(tmp_path.glob("qt-*.png")))
    for page in pages:
        assert QImage(str(page)) == QImage(str(tmp_path / page.name.replace("ours", "qt"))), page.name


def test_progress_rises_to_the_end_through_each_stage(qapp, seed: Comparison) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[float, str]] = []
    render_pdf(seed, progress=lambda fraction, stage: seen.append((fraction, stage)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] > 0.98
    assert [s for s, _ in itertools.groupby(stage for _, stage in seen)] == list(STAGE_WEIGHTS)


@pytest.mark.parametrize("stage", list(STAGE_WEIGHTS)[:-1])  # (the last check is at "finish")
def test_a_cancelled_pdf_writes_nothing_and_keeps_the_old_file(qapp, tmp_path: Path, seed: Comparison,  # type: ignore[no-untyped-def]
                                                               stage: str) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"old report")
    reached: list[str] = []
    with pytest.raises(Cancelled):
        write_pdf(seed, pdf, cancel=lambda: stage in reached,
                  progress=lambda _fraction, name: reached.append(name))
    assert pdf.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_headless_application_is_reused(qapp) -> None:  # type: ignore[no-untyped-def]
    assert ensure_gui_application() is qapp


def test_render_pdf_returns_bytes(qapp, seed: Comparison) -> None:  # type: ignore[no-untyped-def]
    data = render_pdf(seed)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
