"""Which added lines are headings: a text's first line is its headline whatever its question or
exclamation mark or closing quote; a full stop, or any mark further down, makes a sentence."""
from __future__ import annotations

import pytest

from articlecompare.core.additions import is_heading as _is_heading
from articlecompare.core.model import Article
from articlecompare.core.options import CompareOptions
from articlecompare.core.sides import prepare

BODY = ("The harbour board agreed on Monday to dredge the eastern channel before the winter storms.\n\n"
        "Work starts in November and should take about six weeks, the engineer said.")


def heading(text: str, sentence: int) -> bool:
    side = prepare(Article(text), CompareOptions())
    span = side.sentence_spans[sentence]
    return _is_heading(side, sentence, text[span.start:span.end])


@pytest.mark.parametrize("first_line", [
    "Harbour board to dredge the eastern channel",
    "Will the harbour board ever dredge the channel?",
    "Dredging at last!",
    "Harbour master: “We need a deeper channel”",
])
def test_a_short_first_line_of_its_own_is_a_heading(first_line):
    assert heading(f"{first_line}\n\n{BODY}", 0)


@pytest.mark.parametrize("first_line", [
    "The board met on Monday.",
    "The harbour board has voted on the following:",
])
def test_a_first_line_ending_a_sentence_or_leading_into_the_next_is_none(first_line):
    assert not heading(f"{first_line}\n\n{BODY}", 0)


def test_further_down_a_question_of_its_own_is_no_heading():
    text = f"Harbour board to dredge\n\n{BODY}\n\nWho will pay for all of this work, again?\n\nNobody knows."
    assert heading(text, 0)
    assert not heading(text, 3)
