"""Tokens fold typography (and case on request); the sentence splitter knows abbreviations
and quotations."""
from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlecompare.core.segment import split
from articlecompare.core import tokenize as tokenize_module
from articlecompare.core.tokenize import WORD_RE, count_words, fold, is_word, tokenize

from article_strategies import Draft, drafts


def keys(text: str, ignore_case: bool = False) -> list[str]:
    return [t.key for t in tokenize(text, ignore_case=ignore_case)]


def sentences(text: str) -> list[str]:
    tokens = tokenize(text)
    found, _ = split(text, tokens)
    return [text[tokens[r.lo].start:tokens[r.hi - 1].end] for r in found]


@pytest.mark.parametrize(("fancy", "plain"), [
    ("“Yes,” he said", '"Yes," he said'),
    ("it’s Chicago’s", "it's Chicago's"),
    ("‘no’", "'no'"),
    ("cold — very", "cold - very"),
    ("cold – very", "cold - very"),
    ("10\u00a0000 people", "10 000 people"),
])
def test_keys_fold_curly_quotes_dashes_and_nbsp(fancy: str, plain: str) -> None:
    assert keys(fancy) == keys(plain)


def test_raw_text_is_kept_while_the_key_is_folded() -> None:
    text = "“Chicago’s”"
    tokens = tokenize(text)
    assert [text[t.start:t.end] for t in tokens] == ["“", "Chicago’s", "”"]
    assert [t.key for t in tokens] == ['"', "Chicago's", '"']


def test_case_folds_only_when_asked() -> None:
    assert keys("Said SAID said") == ["Said", "SAID", "said"]
    assert keys("Said SAID said", ignore_case=True) == ["said", "said", "said"]
    assert fold("STRASSE", ignore_case=True) == fold("straße", ignore_case=True)


def test_numbers_and_compounds_stay_one_token() -> None:
    assert keys("2,000 8-in-10 2:20 Harvard/Harris U.S") == [
        "2,000", "8-in-10", "2:20", "Harvard/Harris", "U.S"]


def test_emoji_cjk_and_combining_marks_are_tokens() -> None:
    text = "cafe\u0301 北京 👍🏽"
    tokens = tokenize(text)
    raw = [text[t.start:t.end] for t in tokens]
    assert raw[0] == "cafe\u0301"  # the accent stays with its letter
    assert raw[1:3] == ["北", "京"]  # CJK compares character by character
    assert "".join(raw[3:]) == "👍🏽"
    assert fold("cafe\u0301") == fold("café")  # composed and decomposed compare equal


@pytest.mark.parametrize("text", [
    "Ken Cuccinelli, Acting U.S. Citizenship and Immigration Services Director, said so.",
    "Dr. Smith arrived at the hospital.",
    "Gov. Pritzker signed the bill.",
    "The vote starts at 2:20 p.m. on Friday in the hall.",
    "John F. Kennedy spoke in Berlin.",
    "It is 5 ft. tall and weighs a lot.",
])
def test_abbreviations_do_not_end_sentences(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("He left the U.S. The next day he came back.", ["He left the U.S.", "The next day he came back."]),
    ("The vote was at 2 p.m. The count followed.", ["The vote was at 2 p.m.", "The count followed."]),
    ("It rained. The roads flooded! Why? Nobody knows.",
     ["It rained.", "The roads flooded!", "Why?", "Nobody knows."]),
    ("“We are done.” The mayor left.", ["“We are done.”", "The mayor left."]),
    ('He said "No way." Then he left.', ['He said "No way."', "Then he left."]),
    ("She asked (twice.) Nobody answered.", ["She asked (twice.)", "Nobody answered."]),
    ("The tally was 2,000. 45 more came later.", ["The tally was 2,000.", "45 more came later."]),
])
def test_sentences_split_at_stops_and_after_closing_quotes(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_no_split_before_a_lower_case_word_or_inside_a_quote() -> None:
    assert sentences("He said “stop. now” and left.") == ["He said “stop. now” and left."]
    assert sentences("Prices rose 3.5 percent.") == ["Prices rose 3.5 percent."]


def test_a_line_break_ends_sentence_and_paragraph() -> None:
    text = "First line without a stop\nSecond line.\n\nThird line"
    tokens = tokenize(text)
    found, paragraphs = split(text, tokens)
    assert [text[tokens[r.lo].start:tokens[r.hi - 1].end] for r in found] == [
        "First line without a stop", "Second line.", "Third line"]
    assert [r.paragraph for r in found] == [0, 1, 2]
    assert len(paragraphs) == 3


def test_single_and_blank_line_paragraphs_split_alike() -> None:
    one = "A first paragraph. It has two sentences.\nA second one."
    two = one.replace("\n", "\n\n")
    assert [(r.lo, r.hi, r.paragraph) for r in split(one, tokenize(one))[0]] == \
        [(r.lo, r.hi, r.paragraph) for r in split(two, tokenize(two))[0]]


@settings(max_examples=200, deadline=None)
@given(drafts(), st.integers(0, 400), st.integers(0, 400))
def test_count_words_is_the_number_of_word_tokens(draft: Draft, start: int, length: int) -> None:
    """Counting by space-separated chunks gives what finding every word token gives, for any
    stretch of text cut at a space (as callers cut it: sentence and piece bounds)."""
    text = draft.render()
    start = text.rfind(" ", 0, min(start, len(text))) + 1
    end = min(len(text), start + length)
    expected = len(WORD_RE.findall(text, start, end))
    assert count_words(text, start, end) == expected
    assert count_words(text) == sum(1 for t in tokenize(text) if is_word(t.key))
    with patch.object(tokenize_module, "CHUNK", 16):  # long-text path: by chunks, in pieces
        assert count_words(text, start, end) == expected


def test_a_long_run_of_stops_ends_one_sentence() -> None:
    # its cost is tests/robustness/test_linear_time.py's
    from articlecompare.core.segment import sentence_spans

    for tail in (".", "!?", "…"):
        text = "Then it ended" + tail * 400 + "\nNext line. Another one."
        spans = sentence_spans(text)
        assert spans[0][0] == 0 and text[spans[0][1] - 1] in ".!?…"
        assert [text[s:e] for s, e, _ in spans[1:]] == ["Next line.", "Another one."]
