"""A long text is put into a view a piece at a time: the document ends up as if set at once,
what waits for the whole text runs when it is in, and highlights planned for it land as they
would have."""
from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from articlecompare.core.model import Side
from articlecompare.ui.panes import textfeed
from articlecompare.ui.panes.compareview import INLINE, CompareView
from articlecompare.ui.panes.highlight import display_text
from articlecompare.ui.panes.textfeed import TextFeed, piece_end
from articlecompare.ui.panes.textview import DiffTextView

from .fakes import generated_pair, word_comparison
from .test_blockformats import block_formats

TEXT = display_text("First line.\n\nA long line " + "without a break " * 20 + "ends.\r\n"
                    + "\n".join(f"Line {n} \u2029 with a paragraph mark." for n in range(40)) + "\n\nLast")
SHOWN = TEXT.replace("\u2029", "\n")   # as toPlainText gives it


def _blocks(edit: QPlainTextEdit) -> list[str]:
    out, block = [], edit.document().begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def test_pieces_end_after_a_line_break():
    assert piece_end("ab\ncd\nef", 0, 5) == 3
    assert piece_end("abcdefgh\nij", 0, 4) == 9        # a longer line is one piece
    assert piece_end("abcdefgh", 0, 4) == 8
    assert piece_end("ab\ncd", 3, 10) == 5


def test_a_text_fed_in_pieces_makes_the_same_document(qtbot):
    reference, fed = QPlainTextEdit(), QPlainTextEdit()
    qtbot.addWidget(reference)
    qtbot.addWidget(fed)
    reference.setPlainText(TEXT)
    feed = TextFeed(fed, at_once=100, piece=60)
    feed.set_text(TEXT)
    assert feed.is_filling() and fed.document().characterCount() < len(TEXT)
    assert fed.toPlainText().startswith("First line.")
    with qtbot.waitSignal(feed.filled, timeout=5000):
        pass
    assert not feed.is_filling()
    assert fed.toPlainText() == reference.toPlainText()
    assert _blocks(fed) == _blocks(reference)
    assert fed.document().characterCount() == reference.document().characterCount()
    assert fed.textCursor().position() == 0 and fed.verticalScrollBar().value() == 0
    assert not fed.document().isUndoAvailable()


def test_what_waits_for_a_text_runs_when_it_is_in_and_not_for_the_next(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    feed = TextFeed(edit, at_once=100, piece=60)
    calls = []
    feed.set_text(TEXT)
    feed.when_filled(lambda: calls.append(("first", edit.toPlainText() == SHOWN)))
    feed.set_text(TEXT.upper())                      # replaced before it was all in
    feed.when_filled(lambda: calls.append(("second", edit.toPlainText() == SHOWN.upper())))
    with qtbot.waitSignal(feed.filled, timeout=5000):
        pass
    assert calls == [("second", True)]
    feed.when_filled(lambda: calls.append(("now", True)))
    assert calls[-1] == ("now", True)
    feed.set_text("short")                           # set at once
    assert not feed.is_filling() and edit.toPlainText() == "short"


def test_finish_puts_the_rest_in_at_once(qtbot):
    view = DiffTextView()
    qtbot.addWidget(view)
    view.feed = TextFeed(view, at_once=100, piece=60)
    view.set_text(TEXT)
    waited = []
    view.when_filled(lambda: waited.append(view.toPlainText()))
    view.feed.finish()
    assert waited == [SHOWN] and not view.is_filling()


def _settled(qtbot, view: CompareView) -> None:
    qtbot.waitUntil(lambda: not view.is_highlighting(), timeout=10_000)


def test_highlights_of_fed_panes_are_those_of_panes_set_at_once(qtbot, monkeypatch):
    original, revised = generated_pair(3000)
    comparison = word_comparison(original, revised)
    reference = CompareView()
    qtbot.addWidget(reference)
    for side, article in ((Side.ORIGINAL, original), (Side.REVISED, revised)):
        reference.show_article(side, article)
    reference.show_comparison(comparison)
    reference.set_mode(INLINE)
    _settled(qtbot, reference)
    monkeypatch.setattr(textfeed, "AT_ONCE_CHARS", 1000)
    monkeypatch.setattr(textfeed, "PIECE_CHARS", 500)
    view = CompareView()
    qtbot.addWidget(view)
    view.set_mode(INLINE)
    for side, article in ((Side.ORIGINAL, original), (Side.REVISED, revised)):
        view.show_article(side, article)
    assert view.view(Side.ORIGINAL).is_filling() and view.is_highlighting()
    view.show_comparison(comparison)                 # before the text is all in
    assert view.view(INLINE).is_filling()
    _settled(qtbot, view)
    for side in (Side.ORIGINAL, Side.REVISED, INLINE):
        assert view.view(side).toPlainText() == reference.view(side).toPlainText()
        assert block_formats(view.view(side).document()) == block_formats(reference.view(side).document())
    assert block_formats(view.view(Side.REVISED).document()) and block_formats(view.view(INLINE).document())


def test_a_comparison_starts_once_the_panes_have_their_text(qtbot, make_window, monkeypatch, tmp_path):
    monkeypatch.setattr(textfeed, "AT_ONCE_CHARS", 1000)
    monkeypatch.setattr(textfeed, "PIECE_CHARS", 200)
    monkeypatch.setattr(textfeed, "SLICE_MS", 0)   # a piece a turn
    window = make_window()
    original, revised = generated_pair(2000)
    window.session.set_article(Side.ORIGINAL, original)
    filling_when_started = []
    window.runner.comparison_started.connect(
        lambda _job: filling_when_started.append(window.compare_view.view(Side.REVISED).is_filling()))
    with qtbot.waitSignal(window.session.comparison_requested, timeout=5000):
        window.session.set_article(Side.REVISED, revised)
    assert window.compare_view.view(Side.REVISED).is_filling() and not filling_when_started
    with qtbot.waitSignal(window.runner.comparison_finished, timeout=10_000):
        pass
    assert filling_when_started == [False]
    assert window.compare_view.view(Side.REVISED).toPlainText() == display_text(revised.text)
