"""A PDF as Qt writes one (QPdfWriter and QPainter, offscreen): a proportional font embedded as
a subset, two columns, a running header, page numbers and words hyphenated where they did not
fit. It loads to the paragraphs it was written from; the seed pair written this way gives the
same changes as the plain-text pair."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from articlecompare.cli import main
from articlecompare.sources import load_path

PARAGRAPHS = [
    "The city council voted on Tuesday to close the old library on Main Street at the end of the year, "
    "ending more than a century of uninterrupted service in the neighbourhood.",
    "“We simply cannot afford the repairs,” said council member Dana Whitfield, who proposed the motion "
    "after an engineering assessment found the roof beyond saving.",
    "The collection of about 40,000 volumes will move to the new branch on Elm Avenue, which opens in "
    "March and will keep the same opening hours as the old building.",
    "Residents who opposed the closure said they would ask the council to reconsider at its next meeting, "
    "scheduled for January 12, and collected 1,200 signatures from neighbours.",
]


def write_pdf(path: Path, title: str | None, paragraphs: list[str], header: str, bottom: float = 700.0) -> list[str]:
    """Lay ``paragraphs`` out in two columns on Letter pages, the columns' last lines at
    ``bottom`` points from the top; returns the words hyphenated."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # one unit is one point
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    font = QFont("DejaVu Sans", 10)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    column_width, gutter, top, leading = 240.0, 24.0, 90.0, 13.0
    lines: list[str] = []
    hyphenated: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines.extend(_wrap(paragraph, metrics, column_width, hyphenated))
    page = 1
    column = 0
    column_top = top
    _furniture(painter, header, page)
    if title:  # across both columns of the first page, above them
        painter.setFont(QFont("DejaVu Sans", 18))
        painter.drawText(QPointF(54, top), title)
        painter.setFont(font)
        column_top = top + 40
    y = column_top
    for line in lines:
        if y > bottom:
            column += 1
            y = column_top
            if column == 2:
                column_top = y = top
                writer.newPage()
                page += 1
                column = 0
                _furniture(painter, header, page)
            if not line:
                continue
        if line:
            painter.drawText(QPointF(54 + column * (column_width + gutter), y), line)
        y += leading
    painter.end()
    return hyphenated


def _furniture(painter: QPainter, header: str, page: int) -> None:
    painter.drawText(QPointF(54, 40), header)
    painter.drawText(QPointF(300, 760), str(page))


def _wrap(paragraph: str, metrics: QFontMetricsF, width: float, hyphenated: list[str]) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        cut = next((n for n in range(len(word) - 3, 2, -1)
                    if word[:n].isalpha() and metrics.horizontalAdvance(f"{line} {word[:n]}-") <= width), None)
        if cut and word[cut:cut + 3].isalpha():
            lines.append(f"{line} {word[:cut]}-")
            hyphenated.append(word)
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def test_a_two_column_pdf_written_by_qt(qapp, tmp_path):
    # (a paragraph whose last line fills a column's last line runs on into the next column:
    # nothing on the page tells them apart; the text here has no such paragraph end)
    body = [f"{text} (Part {n}.)" for n in range(1, 7) for text in PARAGRAPHS]
    path = tmp_path / "qt.pdf"
    hyphenated = write_pdf(path, "Council closes the old library", body, "The Riverside Gazette · Special report",
                           bottom=680)
    assert hyphenated
    article = load_path(path)
    assert article.text.split("\n\n") == ["Council closes the old library", *body]


def test_the_seed_pair_as_two_pdfs_written_by_qt(qapp, seed_paths, tmp_path):
    texts = [load_path(path).text.split("\n\n") for path in seed_paths]
    pdfs = []
    for name, paragraphs in zip(("original.pdf", "revised.pdf"), texts):
        write_pdf(tmp_path / name, None, paragraphs, f"Chicago news · {name}", bottom=400)  # a few pages
        assert load_path(tmp_path / name).text.split("\n\n") == paragraphs
        pdfs.append(str(tmp_path / name))
    reports = []
    for pair in (list(map(str, seed_paths)), pdfs):
        out = tmp_path / "r.json"
        assert main(["compare", *pair, "-o", str(out)]) == 0
        data = json.loads(out.read_text(encoding="utf-8"))
        reports.append((Counter(c["kind"] for c in data["changes"]), data["summary"]["missing_facts"]))
    assert reports[0] == reports[1]
