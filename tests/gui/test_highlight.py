"""Which characters carry which highlight: code points, UTF-16 and the per-block highlighter."""
from __future__ import annotations

from hypothesis import given, strategies as st
from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument

from articlecompare.core.model import Article, ChangeKind, Side
from articlecompare.ui.look.colours import FormatBook
from articlecompare.ui.panes.compareview import CompareView
from articlecompare.ui.panes.highlight import display_text, to_utf16
from articlecompare.present.marks import Layer

from .fakes import missing_fact, word_comparison


def formatted(view, predicate) -> str:
    """The characters of ``view`` whose highlight format satisfies ``predicate``, in order."""
    document = view.document()
    chars = []
    block = document.begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            if predicate(fmt_range.format):
                start = block.position() + fmt_range.start
                cursor_text = document.toPlainText()
                chars.append(_utf16_slice(cursor_text, start, start + fmt_range.length))
        block = block.next()
    return "".join(chars)


def _utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def is_bold(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= QFont.Weight.DemiBold


def has_background(fmt: QTextCharFormat) -> bool:
    return fmt.background().style() != 0


def test_to_utf16_counts_astral_characters_twice():
    text = "a😀b🇫🇷c"
    assert to_utf16(text, [0, 1, 2, 3, 4, 5, 6]) == [0, 1, 3, 4, 6, 8, 9]
    assert to_utf16("plain", [0, 3, 5]) == [0, 3, 5]


@given(st.text(alphabet=st.characters(codec="utf-16", exclude_categories=("Cs",)), max_size=40))
def test_to_utf16_agrees_with_utf16_encoding(text):
    offsets = list(range(len(text) + 1))
    expected = [len(text[:n].encode("utf-16-le")) // 2 for n in offsets]
    assert to_utf16(text, offsets) == expected


def test_display_text_keeps_code_point_length_and_qt_keeps_it_too(qtbot):
    text = "one\r\ntwo\rthree\u2029four\u2028five"
    shown = display_text(text)
    assert len(shown) == len(text)
    document = QTextDocument()
    document.setPlainText(shown)
    assert document.characterCount() - 1 == len(shown)


def test_changed_words_carry_the_word_format_after_an_emoji(qtbot):
    original = Article("Fans 😀 cheered as the vote passed 4.5 million to 3.\nThe end.")
    revised = Article("Fans 😀 cheered as the vote passed 5.5 million to 3.\nThe end.")
    comparison = word_comparison(original, revised,
                                 classify=lambda *_: ChangeKind.FACT_CHANGE)
    view = CompareView()
    qtbot.addWidget(view)
    view.show_comparison(comparison)
    book = FormatBook(view.palette().base().color(), view.palette().text().color(), dark=False)
    word_colour = book.format_for(((Layer.TINT, ChangeKind.FACT_CHANGE),
                                   (Layer.WORD, ChangeKind.FACT_CHANGE))).background().color()
    view.set_formats(book)
    left, right = view.view(Side.ORIGINAL), view.view(Side.REVISED)
    assert formatted(left, lambda f: f.background().color() == word_colour) == "4.5 "
    assert formatted(right, lambda f: f.background().color() == word_colour) == "5.5 "
    assert formatted(right, is_bold) == "5.5 "


def test_missing_fact_is_inverted_and_omission_is_tinted(qtbot):
    original = Article("The mayor spoke.\nThe fund holds 2,000 dollars.\nOmega.")
    revised = Article("The mayor spoke.\nOmega.")
    fact = missing_fact(original, "2,000")
    comparison = word_comparison(original, revised, facts=(fact,))
    view = CompareView()
    qtbot.addWidget(view)
    book = FormatBook(view.palette().base().color(), view.palette().text().color(), dark=False)
    view.set_formats(book)
    view.show_comparison(comparison)
    left = view.view(Side.ORIGINAL)
    assert formatted(left, is_bold) == "2,000"
    omission = book.format_for(((Layer.TINT, ChangeKind.OMISSION), (Layer.WORD, ChangeKind.OMISSION)))
    colour = omission.background().color()
    assert formatted(left, lambda f: f.background().color() == colour) == "The fund holds  dollars."
    assert formatted(left, has_background) == "The fund holds 2,000 dollars."
    assert formatted(view.view(Side.REVISED), has_background) == ""
