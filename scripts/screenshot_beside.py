#!/usr/bin/env python3
"""The HTML report, rendered by headless Chromium, beside the window on the same pair: one
picture to check that every kind has the same colour in both.

    python scripts/screenshot_beside.py             # the seed pair -> docs/report-beside-window.png

Takes the window's light 1280×800 picture from docs/ (made by screenshot_window.py) and the
report's marked-up article, 800 px of it (made here as screenshot_report.py makes it).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from screenshot_report import demo_annotations, screenshot_html  # noqa: E402

from articlecompare.core.compare import compare  # noqa: E402
from articlecompare.export.formats import write_report  # noqa: E402
from articlecompare.opinion import read_opinion  # noqa: E402
from articlecompare.sources import load_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
GAP = 16


def main() -> int:
    window = ROOT / "docs" / "screenshot-light-1280x800.png"
    if not window.is_file():
        sys.exit("screenshot_beside: run scripts/screenshot_window.py first")
    pair = [load_path(str(next(SEEDS.glob(f"{n}_*.txt")))) for n in ("001", "000")]
    comparison = compare(*pair, opinion=read_opinion)
    with tempfile.TemporaryDirectory() as tmp:
        html, png = Path(tmp) / "report.html", Path(tmp) / "report.png"
        write_report(comparison, html, "html", demo_annotations(comparison))
        # the picture is of the marked-up article: the sections above it are left out of it
        page = html.read_text(encoding="utf-8")
        html.write_text(page.replace("</head>", "<style>#sources, #summary, #facts "
                                     "{display: none}</style></head>", 1), encoding="utf-8")
        screenshot_html(html, png, 1280, 800)
        report = QImage(str(png))
    _app = QGuiApplication.instance() or QGuiApplication([])
    left = QImage(str(window))
    right = report.copy(0, 0, report.width(), left.height())
    out = QImage(left.width() + GAP + right.width(), left.height(), QImage.Format.Format_RGB32)
    out.fill(QColor("#d0d0d0"))
    painter = QPainter(out)
    painter.drawImage(0, 0, left)
    painter.drawImage(left.width() + GAP, 0, right)
    painter.end()
    target = ROOT / "docs" / "report-beside-window.png"
    out.save(str(target))
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
