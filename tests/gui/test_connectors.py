"""Side by side, text that one version lacks leaves a mark where it would stand, and a band
between the panes links every change in view to its text, or its spot, on the other side."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication

from articlecompare.core.compare import compare
from articlecompare.core.model import ChangeKind, Side
from articlecompare.present.palette import kind_ink
from articlecompare.ui.panes.connectors import LinkTable, PaneLink

from .textpairs import open_text_pair

KEPT = [
    "The harbour board met on Monday to discuss the dredging contract for the east channel.",
    "Engineers told the board that the channel silts up faster than expected every winter.",
    "The contract runs for five years and covers the east and the north channels.",
]
CUT = "The board also heard that the old lighthouse will be painted white again in the spring."
ADDED = "Critics argue that the board keeps wasting money on projects nobody in town wants."
TAIL = [
    "Shipping firms said they would welcome deeper water for the larger container ships.",
    "The next meeting of the board is planned for the first week of the new month.",
]


def open_pair(qtbot, make_window, tmp_path: Path, size=(1280, 800)):
    original = "\n\n".join(KEPT + [CUT] + TAIL)
    revised = "\n\n".join(KEPT[:1] + [ADDED] + KEPT[1:] + TAIL)
    return open_text_pair(qtbot, make_window, tmp_path, original, revised, size)


def change_of(window, kind: ChangeKind):
    comparison = window.compare_view.comparison()
    return next(c for c in comparison.changes if c.kind == kind)


def paragraph_rows(view, text: str) -> tuple[float, float]:
    start = view.toPlainText().index(text)
    return view.span_rows(start, start + len(text))


def test_an_omission_is_marked_between_the_paragraphs_of_the_revised_pane(qtbot, make_window, tmp_path):
    window = open_pair(qtbot, make_window, tmp_path)
    omission = change_of(window, ChangeKind.OMISSION)
    right = window.compare_view.view(Side.REVISED)
    gaps = {cid: position for position, cid, _colour in right.gaps()}
    assert omission.id in gaps
    y, between = right.gap_row(gaps[omission.id])
    assert between
    above, below = paragraph_rows(right, KEPT[2]), paragraph_rows(right, TAIL[0])
    assert above[1] < y < below[0]     # in the blank between the paragraphs that stand around it
    picture = right.viewport().grab().toImage()
    ink = QColor(kind_ink(ChangeKind.OMISSION))
    seen = picture.pixelColor(right.viewport().width() // 2, round(y))
    assert abs(seen.red() - ink.red()) + abs(seen.green() - ink.green()) + abs(seen.blue() - ink.blue()) < 60


def test_an_addition_is_marked_in_the_original_pane(qtbot, make_window, tmp_path):
    window = open_pair(qtbot, make_window, tmp_path)
    addition = next(c for c in window.compare_view.comparison().changes
                    if c.revised is not None and c.original is None)
    left = window.compare_view.view(Side.ORIGINAL)
    gaps = {cid: position for position, cid, _colour in left.gaps()}
    y, between = left.gap_row(gaps[addition.id])
    above, below = paragraph_rows(left, KEPT[0]), paragraph_rows(left, KEPT[1])
    assert between and above[1] < y < below[0]


def test_the_band_links_the_omission_to_its_spot_at_rest(qtbot, make_window, tmp_path):
    """Nothing selected: the band draws the omission's passage on the left narrowing to the
    spot on the right, at the heights where each pane shows them."""
    window = open_pair(qtbot, make_window, tmp_path)
    omission = change_of(window, ChangeKind.OMISSION)
    band = window.compare_view.splitter.band()
    shapes = {link.change_id: (lt, lb, rt, rb) for link, lt, lb, rt, rb in band.shapes()}
    assert omission.id in shapes
    lt, lb, rt, rb = shapes[omission.id]
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    offset = band.mapFrom(window.compare_view.splitter,
                          left.viewport().mapTo(window.compare_view.splitter, QPoint(0, 0))).y()
    assert (lt - offset, lb - offset) == paragraph_rows(left, CUT)
    spot = {cid: p for p, cid, _c in right.gaps()}[omission.id]
    assert rt == rb == right.gap_row(spot)[0] + offset
    assert len(shapes) == len(window.compare_view.comparison().changes)   # all in view here


def test_clicking_the_mark_selects_the_omission(qtbot, make_window, tmp_path):
    window = open_pair(qtbot, make_window, tmp_path)
    omission = change_of(window, ChangeKind.OMISSION)
    right = window.compare_view.view(Side.REVISED)
    spot = {cid: p for p, cid, _c in right.gaps()}[omission.id]
    y, _between = right.gap_row(spot)
    qtbot.mouseClick(right.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(100, round(y)))
    assert window.change_dock.current_change().id == omission.id


@pytest.mark.parametrize("at", [30, 57])   # mid-text, and near the end (the panes scroll past it)
def test_selecting_an_omission_levels_its_spot_with_it(qtbot, make_window, tmp_path, at):
    window = make_window(compare, size=(1280, 800))
    filler = [f"Paragraph {n} tells of the harbour and of its long history of trade." for n in range(60)]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join(filler[:at] + [CUT] + filler[at:]), encoding="utf-8")
    b.write_text("\n\n".join(filler), encoding="utf-8")
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=20000):
        window.open_pair(str(a), str(b))
    omission = change_of(window, ChangeKind.OMISSION)
    window.change_dock.select_change(omission.id)
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    spot = {cid: p for p, cid, _c in right.gaps()}[omission.id]
    top = left.span_rows(*window.compare_view.change_span(omission.id, Side.ORIGINAL))[0]
    assert abs(right.gap_row(spot)[0] - top) < 2 * right.fontMetrics().height()


def test_links_in_view_are_found_without_walking_them_all():
    links = [PaneLink(f"c{n}", ChangeKind.REWORDING, (100 * n, 100 * n + 50), (90 * n, 90 * n))
             for n in range(10_000)]
    links.append(PaneLink("long", ChangeKind.OMISSION, (5, 900_000), (3, 3)))
    table = LinkTable(links)
    found = {link.change_id for link in table.in_view((500_000, 501_000), (-1, -1))}
    assert found == {f"c{n}" for n in range(5000, 5011)} | {"long"}
    found = {link.change_id for link in table.in_view((-1, -1), (90_000, 90_100))}
    assert found == {"c1000", "c1001"}
    rungs = LinkTable((), [(100 * n, 120 * n) for n in range(10_000)])
    assert rungs.rungs_in_view((1_000, 1_250), (600_000, 600_100)) == \
        [(1_000, 1_200), (1_100, 1_320), (1_200, 1_440), (500_000, 600_000)]


def test_kept_paragraphs_are_linked_at_their_starts_wherever_the_panes_rest(qtbot, make_window, tmp_path):
    """The band's rungs join each kept paragraph's first line to its counterpart's, so the
    correspondence shows even where the panes are not level (above the added paragraph)."""
    window = open_pair(qtbot, make_window, tmp_path, size=(1280, 600))
    band = window.compare_view.splitter.band()
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    offset = band.mapFrom(window.compare_view.splitter,
                          left.viewport().mapTo(window.compare_view.splitter, QPoint(0, 0))).y()
    rungs = {left.toPlainText()[a:a + 20]: (ly - offset, ry - offset) for a, _b, ly, ry in band.rung_rows()}
    for paragraph in (KEPT[1], KEPT[2], TAIL[0]):
        ly, ry = rungs[paragraph[:20]]
        assert ly == paragraph_rows(left, paragraph)[0]
        assert ry == paragraph_rows(right, paragraph)[0]
    ly, ry = rungs[KEPT[1][:20]]
    assert ry > ly      # the added paragraph pushes it down on the right: the rung slants


def test_an_omission_near_the_top_is_level_with_its_spot_on_a_tall_window(qtbot, make_window, tmp_path):
    """Neither pane can scroll its side of the change down to the usual height: the one that
    sits lower is brought up to the other."""
    window = make_window(compare, size=(1280, 1000))
    filler = [f"Paragraph {n} tells of the harbour and of its long history of trade." for n in range(40)]
    details = [f"Detail {n}: the harbour master counted the ships that passed the east pier that day."
               for n in range(3)]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"   # a long paragraph before it, cut short in the revised
    a.write_text("\n\n".join([" ".join([KEPT[0]] + details), CUT] + filler), encoding="utf-8")
    b.write_text("\n\n".join([KEPT[0]] + filler), encoding="utf-8")
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=20000):
        window.open_pair(str(a), str(b))
    comparison = window.compare_view.comparison()
    omission = next(c for c in comparison.changes if c.original and comparison.text_of("original", c.original) == CUT)
    window.change_dock.select_change(omission.id)
    left, right = window.compare_view.view(Side.ORIGINAL), window.compare_view.view(Side.REVISED)
    spot = {cid: p for p, cid, _c in right.gaps()}[omission.id]
    top = left.span_rows(*window.compare_view.change_span(omission.id, Side.ORIGINAL))[0]
    assert abs(right.gap_row(spot)[0] - top) < right.fontMetrics().height()


def test_the_mark_tells_what_went_missing_there(qtbot, make_window, tmp_path, monkeypatch):
    window = open_pair(qtbot, make_window, tmp_path)
    omission = change_of(window, ChangeKind.OMISSION)
    right = window.compare_view.view(Side.REVISED)
    spot = {cid: p for p, cid, _c in right.gaps()}[omission.id]
    y = round(right.gap_row(spot)[0])
    shown: list[str] = []
    monkeypatch.setattr("articlecompare.ui.panes.textview.QToolTip.showText",
                        lambda _pos, text, *_args: shown.append(text))
    point = QPoint(100, y)
    event = QHelpEvent(QEvent.Type.ToolTip, point, right.viewport().mapToGlobal(point))
    QApplication.sendEvent(right.viewport(), event)
    assert shown and "Omission" in shown[0] and CUT[:40] in shown[0]
