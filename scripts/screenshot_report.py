"""Export a report as HTML and PDF and take pictures of both, to look at them.

    python scripts/screenshot_report.py                  # the built-in sample pair -> docs/
    python scripts/screenshot_report.py A B --out /tmp/x # any pair, e.g. the seed pair

Writes report-html.png (headless Chromium, 1280 wide), report-html-narrow.png (480 wide: the
inline redline layout) and report-pdf.png (first PDF page via pdftoppm), with a few sample
annotations so verdicts and notes show. Needs Debian's ``chromium`` and ``poppler-utils``.
The pictures in docs/ are of the sample pair, whose texts the project wrote itself.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from articlecompare.core.annotations import Annotation, AnnotationSet, Verdict
from articlecompare.core.compare import compare
from articlecompare.core.model import ChangeKind, Comparison
from articlecompare.export.formats import write_report
from articlecompare.opinion import read_opinion
from articlecompare.sources import load_path
from articlecompare.sources.sample import load_sample

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--hide-scrollbars"]


def demo_annotations(comparison: Comparison) -> AnnotationSet:
    """A verdict and note on the first change of a few telling kinds."""
    wanted = [(ChangeKind.COMMENTARY, Verdict.MISLEADING, "Opinion presented as reporting."),
              (ChangeKind.QUOTE_CHANGE, Verdict.ERROR, "The quote no longer says what was said."),
              (ChangeKind.FACT_CHANGE, Verdict.NEEDS_CHECKING, "Which figure is right? Ask the desk."),
              (ChangeKind.OMISSION, None, "Lost context: the reader no longer learns this.")]
    notes = AnnotationSet()
    for kind, verdict, note in wanted:
        change = next((c for c in comparison.changes if c.kind is kind), None)
        if change is not None:
            notes = notes.with_annotation(change.key, Annotation(verdict, note))
    return notes


def screenshot_html(html: Path, png: Path, width: int, height: int) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("screenshot_report: chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                        f"--window-size={width},{height}", f"--screenshot={png}",
                        html.resolve().as_uri()],
                       check=True, timeout=120, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    if not png.is_file():
        sys.exit(f"screenshot_report: chromium wrote no {png}")


def render_pdf_page(comparison: Comparison, notes: AnnotationSet, work: Path, png: Path) -> None:
    from articlecompare.ui.export.pdf_export import ensure_gui_application, write_pdf
    ensure_gui_application()
    pdf = work / "report.pdf"
    write_pdf(comparison, pdf, notes)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("original", nargs="?", help="original version (default: sample pair)")
    parser.add_argument("revised", nargs="?")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNGs")
    args = parser.parse_args(argv)
    if bool(args.original) != bool(args.revised):
        parser.error("give both versions or neither")
    original, revised = ((load_path(args.original), load_path(args.revised)) if args.original
                         else load_sample())
    comparison = compare(original, revised, opinion=read_opinion)  # as the app and CLI read
    notes = demo_annotations(comparison)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        html = work / "report.html"
        write_report(comparison, html, "html", notes)
        screenshot_html(html, args.out / "report-html.png", 1280, 1800)
        screenshot_html(html, args.out / "report-html-narrow.png", 480, 1400)
        render_pdf_page(comparison, notes, work, args.out / "report-pdf.png")
    for name in ("report-html.png", "report-html-narrow.png", "report-pdf.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
