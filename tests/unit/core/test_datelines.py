"""A story's dateline (where it was filed, by which agency) is no fact of it: a rewrite that
drops it loses nothing in the ledger, while the date it may carry stays a fact."""
from __future__ import annotations

import pytest

from articlecompare.core.compare import compare
from articlecompare.core.datelines import dateline_place
from articlecompare.core.model import Article, FactStatus

BODY = "The council voted on Tuesday to close the old bridge to heavy traffic for repairs."


@pytest.mark.parametrize(("opening", "place"), [
    ("WASHINGTON (Sept. 11, 2015) -- ", "WASHINGTON"),
    ("Boston, MA - ", "Boston, MA"),
    ("HELSINKI (AP) — ", "HELSINKI (AP)"),
    ("BRUSSELS (Reuters) - ", "BRUSSELS (Reuters)"),
    ("LONDON, Jan. 5 – ", "LONDON"),
    ("Springfield, Ill. — ", "Springfield, Ill."),
])
def test_the_place_and_agency_of_a_dateline_are_found(opening: str, place: str) -> None:
    text = "Bridge Closed for Repairs\n\n" + opening + BODY
    span = dateline_place(text)
    assert span is not None and text[span.start:span.end] == place


@pytest.mark.parametrize("text", [
    "Bridge Closed - Town Gazette\n\nThe council voted to close it.",  # a title and its site
    "The mayor said - and he meant it - that the council voted on Tuesday to close the bridge.",
    BODY,
    "one\n\ntwo\n\nthree\n\nfour\n\nFIVE - " + BODY,  # too far into the story
])
def test_no_dateline_where_there_is_none(text: str) -> None:
    assert dateline_place(text) is None


def test_a_dropped_dateline_place_is_no_missing_fact_but_its_date_is() -> None:
    original = Article("WASHINGTON (March 3, 2021) -- " + BODY + "\n\nIt reopens in May.")
    revised = Article(BODY + "\n\nIt reopens in May.")
    lost = {f.text for f in compare(original, revised).facts if f.status != FactStatus.KEPT}
    assert "WASHINGTON" not in lost
    assert any("March 3" in f for f in lost)


def test_a_place_the_story_itself_names_is_still_a_fact() -> None:
    original = Article("PARIS — " + BODY + "\n\nEngineers from Lyon will inspect it.")
    revised = Article(BODY + "\n\nEngineers will inspect it.")
    lost = {f.text for f in compare(original, revised).facts if f.status != FactStatus.KEPT}
    assert "Lyon" in lost and "PARIS" not in lost
