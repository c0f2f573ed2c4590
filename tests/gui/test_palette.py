"""The window and every report draw each kind in the same colours: the one palette."""
from __future__ import annotations

import re

from PySide6.QtGui import QColor

from articlecompare.core.model import ChangeKind
from articlecompare.export.html_report import report_css
from articlecompare.present.palette import KIND_COLOURS, WORD_KINDS, kind_tint, kind_word
from articlecompare.ui.look.colours import FormatBook
from articlecompare.present.marks import Layer


def _css_colour(sheet: str, selector: str, prop: str) -> str:
    rules = re.findall(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    values = [m for r in rules for m in re.findall(prop + r"\s*:\s*(#[0-9A-Fa-f]{6})", r)]
    assert values, f"{selector} sets no {prop}"
    return values[-1].upper()


def _variable(sheet: str, name: str) -> str:
    found = re.findall(rf"--{re.escape(name)}:\s*(#[0-9A-Fa-f]{{6}})", sheet)
    assert found, f"no --{name}"
    return found[-1].upper()


def test_every_kind_has_one_tint_in_the_window_the_page_and_the_pdf() -> None:
    book = FormatBook(QColor("#FFFFFF"), QColor("#000000"), dark=False)
    page, printed = report_css("report.css"), report_css("print.css")
    for kind in KIND_COLOURS:
        if kind == ChangeKind.BOILERPLATE:  # dimmed text in the window, not a tint
            continue
        window = book.format_for(((Layer.TINT, kind),)).background().color().name().upper()
        assert window == kind_tint(kind)
        assert _variable(page, f"{kind.value}-bg") == window
        assert _css_colour(printed, f".k-{kind.value}", "background-color") == window


def test_words_changed_inside_a_passage_have_one_colour_everywhere() -> None:
    book = FormatBook(QColor("#FFFFFF"), QColor("#000000"), dark=False)
    page, printed = report_css("report.css"), report_css("print.css")
    for kind in WORD_KINDS:
        window = book.format_for(((Layer.WORD, kind),)).background().color().name().upper()
        assert window == kind_word(kind)
        assert _css_colour(page, f".k-{kind.value} ins.w, .k-{kind.value} del.w", "background") \
            == window
        assert _css_colour(printed, f".k-{kind.value} .del, .k-{kind.value} .ins",
                           "background-color") == window


def test_the_report_sheets_set_no_kind_colour_of_their_own() -> None:
    from importlib.resources import files
    for name in ("report.css", "print.css"):
        sheet = (files("articlecompare") / "resources" / "report" / name).read_text("utf-8")
        for kind in KIND_COLOURS:
            assert not re.search(rf"--{kind.value}(-bg)?:\s*#", sheet), (name, kind)
            assert not re.search(rf"\.k-{kind.value}\s*\{{[^}}]*background[^;}}]*#", sheet), (name, kind)

