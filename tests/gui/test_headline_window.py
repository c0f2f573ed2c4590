"""A saved page's rewritten headline in the window and the PDF report: at the top of both
panes, highlighted, in the change list and in the printed change list."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from articlecompare.core.model import Side
from articlecompare.core.compare import compare
from articlecompare.ui.export.pdf_export import write_pdf
from saved_pages import HEADLINE, save_page, story_page

from .test_highlight import formatted, has_background

REWRITTEN = "Harbour chiefs squander a fortune on a pointless channel"


@pytest.mark.parametrize("container", ["html", "mhtml"])
def test_a_rewritten_headline_shows_above_both_texts_and_in_the_change_list(
        qtbot, make_window, tmp_path: Path, container: str):
    original = save_page(tmp_path, "original", story_page(), container)
    revised = save_page(tmp_path, "revised", story_page(headline=REWRITTEN), container)
    window = make_window(compare, size=(1400, 800))
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=20000):
        window.open_pair(str(original), str(revised))
    panes = window.compare_view.panes
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    assert left.toPlainText().startswith(HEADLINE + "\n")
    assert right.toPlainText().startswith(REWRITTEN + "\n")
    assert panes[Side.ORIGINAL].header.title.full_text() == HEADLINE
    assert panes[Side.REVISED].header.title.full_text() == REWRITTEN
    qtbot.waitUntil(lambda: REWRITTEN in formatted(right, has_background), timeout=5000)
    assert HEADLINE in formatted(left, has_background)
    model = window.change_dock.model
    comparison = model.comparison()
    shown = {comparison.text_of("revised", model.change_at(row).revised)
             for row in range(model.rowCount()) if model.change_at(row).revised}
    assert REWRITTEN in shown
    qtbot.wait(300)  # let the summary strip and headers settle before the picture
    picture = window.grab()
    assert picture.save(str(tmp_path / f"headline-{container}.png"))  # for people to look at
    assert not picture.isNull() and picture.width() >= 1000


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_the_pdf_report_lists_the_headline_change(qapp, tmp_path: Path):
    from articlecompare.sources import load_path

    comparison = compare(load_path(save_page(tmp_path, "a", story_page(), "html")),
                         load_path(save_page(tmp_path, "b", story_page(headline=REWRITTEN), "html")))
    pdf = tmp_path / "report.pdf"
    write_pdf(comparison, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, timeout=60,
                          capture_output=True, text=True).stdout
    changes = " ".join(text[text.index("Changes ("):].split())
    assert REWRITTEN in changes and HEADLINE in changes
