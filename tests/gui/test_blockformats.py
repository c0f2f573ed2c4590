"""Highlights set a slice at a time: runs split per block from the text alone agree with the
document's blocks, every block ends up with the latest runs, and nothing of an older pass is
applied after a newer one."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

from articlecompare.core.model import Article, Side
from articlecompare.ui.panes import blockformats
from articlecompare.ui.panes.blockformats import BlockHighlighter
from articlecompare.ui.panes.compareview import CompareView
from articlecompare.ui.panes.highlight import block_starts, bucket_by_block, bucket_runs, display_text

from .fakes import generated_pair, word_comparison

BLOCKS = 400
COLOURS = {name: QColor(name) for name in ("red", "blue", "green")}


def _format(name: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(COLOURS[name])
    return fmt


def block_formats(document: QTextDocument) -> dict[int, list[tuple[int, int, str]]]:
    """What each block's layout carries: block -> [(start, length, background colour name)]."""
    found = {}
    block = document.begin()
    while block.isValid():
        ranges = [(r.start, r.length, r.format.background().color().name())
                  for r in block.layout().formats()]
        if ranges:
            found[block.blockNumber()] = ranges
        block = block.next()
    return found


def expected(by_block: dict[int, list[tuple[int, int, str]]]) -> dict[int, list[tuple[int, int, str]]]:
    return {n: [(s, length, COLOURS[name].name()) for s, length, name in runs]
            for n, runs in by_block.items() if runs}


def long_document() -> QTextDocument:
    document = QTextDocument()
    document.setPlainText("\n".join(f"Paragraph {n} of the article." for n in range(BLOCKS)))
    return document


def slow_highlighter(document: QTextDocument, visible=tuple) -> BlockHighlighter:
    """One block per turn of the event loop, so that every pass takes many slices."""
    return BlockHighlighter(document, visible, slice_ms=0, at_once=1)


def wait_until_done(qtbot, highlighter: BlockHighlighter) -> None:
    if highlighter.is_busy():
        with qtbot.waitSignal(highlighter.finished, timeout=10_000):
            pass
    assert not highlighter.is_busy()


texts = st.lists(st.sampled_from(["word", " ", "\n", "\r\n", "\r", "\u2029", "\u2028", "😀", "é", "\x85"]),
                 max_size=30).map("".join)


@settings(max_examples=60, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=6))
def test_runs_split_from_the_text_agree_with_the_documents_blocks(text, cuts):
    shown = display_text(text)
    document = QTextDocument()
    document.setPlainText(shown)
    length = document.characterCount() - 1
    points = sorted({min(p, length) for start, size in cuts for p in (start, start + size)})
    runs = [(a, b, n) for n, (a, b) in enumerate(zip(points, points[1:]))]  # non-overlapping
    starts = block_starts(shown)
    assert len(starts) == document.blockCount()
    assert bucket_runs(starts, length, runs) == bucket_by_block(document, runs)


def test_every_block_gets_its_runs_over_many_slices(qtbot):
    document = long_document()
    highlighter = slow_highlighter(document)
    runs = {n: [(0, 9, "red"), (10, 2, "blue")] for n in range(0, BLOCKS, 3)}
    highlighter.set_runs(runs, _format)
    assert highlighter.is_busy()            # not all at once: the rest comes in slices
    assert len(block_formats(document)) < len(runs)
    wait_until_done(qtbot, highlighter)
    assert block_formats(document) == expected(runs)


def test_the_blocks_in_view_are_highlighted_at_once(qtbot):
    document = long_document()
    highlighter = slow_highlighter(document, visible=lambda: range(200, 230))
    runs = {n: [(0, 9, "green")] for n in range(BLOCKS)}
    highlighter.set_runs(runs, _format)
    assert set(range(200, 230)) <= set(block_formats(document))
    wait_until_done(qtbot, highlighter)
    assert block_formats(document) == expected(runs)


def test_a_newer_pass_replaces_what_an_older_one_had_left_to_do(qtbot):
    document = long_document()
    highlighter = slow_highlighter(document)
    older = {n: [(0, 9, "red")] for n in range(BLOCKS)}
    highlighter.set_runs(older, _format)
    for _ in range(5):                      # a few slices: part of the older pass is done
        QCoreApplication.processEvents()
    assert highlighter.is_busy() and 1 < len(block_formats(document)) < BLOCKS
    newer = {n: [(3, 4, "blue")] for n in range(1, BLOCKS, 2)}
    highlighter.set_runs(newer, _format)
    wait_until_done(qtbot, highlighter)
    qtbot.wait(20)                          # nothing of the older pass comes in late
    assert block_formats(document) == expected(newer)


def test_new_text_drops_the_pass_under_way(qtbot):
    document = long_document()
    highlighter = slow_highlighter(document)
    highlighter.set_runs({n: [(0, 9, "red")] for n in range(BLOCKS)}, _format)
    highlighter.forget()
    document.setPlainText("\n".join(f"Another text, line {n}." for n in range(BLOCKS)))
    assert not highlighter.is_busy()
    qtbot.wait(30)
    assert block_formats(document) == {}


def test_clearing_removes_every_highlight(qtbot):
    document = long_document()
    highlighter = slow_highlighter(document)
    highlighter.set_runs({n: [(0, 9, "red")] for n in range(0, BLOCKS, 2)}, _format)
    wait_until_done(qtbot, highlighter)
    highlighter.clear()
    wait_until_done(qtbot, highlighter)
    assert block_formats(document) == {}


def test_overlay_is_laid_on_the_runs_at_once(qtbot):
    document = long_document()
    highlighter = slow_highlighter(document)
    highlighter.set_runs({7: [(0, 9, "red")]}, _format)
    wait_until_done(qtbot, highlighter)
    underline = QTextCharFormat()
    underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    highlighter.set_overlay({7: [(5, 8, "note")], 9: [(0, 4, "note")]}, lambda _key: underline)
    ranges = {n: [(r.start, r.length, r.format.background().color().name(), r.format.underlineStyle())
                  for r in document.findBlockByNumber(n).layout().formats()] for n in (7, 9)}
    dot, none = QTextCharFormat.UnderlineStyle.DotLine, QTextCharFormat.UnderlineStyle.NoUnderline
    red = COLOURS["red"].name()
    assert ranges[7] == [(0, 5, red, none), (5, 4, red, dot), (9, 4, "#000000", dot)]
    assert [(s, n, u) for s, n, _, u in ranges[9]] == [(0, 4, dot)]
    highlighter.set_overlay({}, lambda _key: underline)
    assert block_formats(document) == {7: [(0, 9, red)]}


def _pane_formats(view: CompareView) -> dict[str, dict[int, list[tuple[int, int, str]]]]:
    return {side: block_formats(view.view(side).document()) for side in (Side.ORIGINAL, Side.REVISED)}


def test_a_newer_comparison_wins_over_the_slices_of_an_older_one(qtbot, monkeypatch):
    original, revised = generated_pair(6000)
    first = word_comparison(original, revised)
    second = word_comparison(original, Article(revised.text.replace("Critics", "Some"), revised.source))
    reference = CompareView()
    qtbot.addWidget(reference)
    reference.show_comparison(second)
    if reference.is_highlighting():
        with qtbot.waitSignal(reference.highlighting_finished, timeout=10_000):
            pass
    monkeypatch.setattr(blockformats, "SLICE_MS", 0)
    monkeypatch.setattr(blockformats, "AT_ONCE_BLOCKS", 1)
    view = CompareView()
    qtbot.addWidget(view)
    view.show_comparison(first)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert view.is_highlighting()
    view.show_comparison(second)
    with qtbot.waitSignal(view.highlighting_finished, timeout=10_000):
        pass
    qtbot.wait(20)
    assert not view.is_highlighting()
    assert _pane_formats(view) == _pane_formats(reference)
