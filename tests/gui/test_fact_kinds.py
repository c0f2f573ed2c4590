"""In the panes a fact is drawn in the kind of the change it stands in: a name cut by a
rewording is not drawn like one cut with its passage, an altered quote not like a changed
figure; the colours are the report's kind colours, light and dark."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from articlecompare.core.model import ChangeKind, Side
from articlecompare.present.palette import kind_ink

from .test_number_context import ORIGINAL, REVISED
from .textpairs import open_text_pair


def format_at(view, text: str) -> QTextCharFormat:
    """The highlight format on the first character of ``text`` in ``view``."""
    position = view.toPlainText().index(text)
    block = view.document().findBlock(position)
    inside = position - block.position()
    ranges = block.layout().formats()
    return next(QTextCharFormat(r.format) for r in ranges if r.start <= inside < r.start + r.length)


@pytest.mark.parametrize("dark", [False, True])
def test_facts_are_drawn_in_the_kind_of_their_change(qtbot, make_window, tmp_path, dark):
    window = open_text_pair(qtbot, make_window, tmp_path, ORIGINAL, REVISED)
    if dark:
        window.preferences.set_theme("dark", persist=False)
        qtbot.waitUntil(lambda: not window.compare_view.is_highlighting(), timeout=5000)
    left = window.compare_view.view(Side.ORIGINAL)
    right = window.compare_view.view(Side.REVISED)
    cut_in_rewording = format_at(left, "Daily Herald").background().color().name().upper()
    cut_with_passage = format_at(left, "Maria Lopez").background().color().name().upper()
    quote = format_at(left, "We will not raise taxes this year").background().color().name().upper()
    figure = format_at(left, "10 civilians").background().color().name().upper()
    assert cut_in_rewording == kind_ink(ChangeKind.REWORDING, dark)
    assert cut_with_passage == kind_ink(ChangeKind.OMISSION, dark)
    assert quote == kind_ink(ChangeKind.QUOTE_CHANGE, dark)
    assert figure == kind_ink(ChangeKind.FACT_CHANGE, dark)
    assert len({cut_in_rewording, cut_with_passage, quote, figure}) == 4
    assert format_at(right, "We will not raise taxes again").background().color().name().upper() == \
        kind_ink(ChangeKind.QUOTE_CHANGE, dark)
    missing = format_at(left, "Daily Herald")
    changed = format_at(left, "10 civilians")
    assert missing.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert changed.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    window.preferences.set_theme("light", persist=False)   # the application's look, as other tests expect it
