"""Hypothesis properties of the engine: the word diff rebuilds both texts, a text compared
with itself has no changes, and every offset slices back to what it names."""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlecompare.core.compare import compare
from articlecompare.core.model import Article, WordOp
from articlecompare.core.options import CompareOptions
from articlecompare.core.segment import split
from articlecompare.core.tokenize import fold, tokenize

from article_strategies import any_text, drafts, edited_pairs
from comparison_checks import assert_facts_slice, assert_spans_slice, assert_words_rebuild

FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
options_st = st.builds(CompareOptions, ignore_case=st.booleans(),
                       ignore_punctuation=st.booleans(), detect_moves=st.booleans())


@FEW
@given(edited_pairs(), options_st)
def test_words_rebuild_both_texts_of_an_edited_pair(pair: tuple[str, str],
                                                    options: CompareOptions) -> None:
    original, revised = pair
    c = compare(Article(original), Article(revised), options)
    assert_words_rebuild(c)
    assert_spans_slice(c)
    assert_facts_slice(c)


@FEW
@given(any_text, any_text)
def test_words_rebuild_any_two_texts(original: str, revised: str) -> None:
    c = compare(Article(original), Article(revised))
    assert_words_rebuild(c)
    assert_spans_slice(c)
    assert_facts_slice(c)


@FEW
@given(st.one_of(drafts().map(lambda d: d.render()), any_text), options_st)
def test_a_text_compared_with_itself_has_no_changes(text: str, options: CompareOptions) -> None:
    c = compare(Article(text), Article(text), options)
    assert c.changes == ()
    assert c.summary.kept_share == 1.0
    assert c.summary.new_share == 0.0
    assert c.summary.missing_facts == ()
    assert all(f.status.value == "kept" for f in c.facts)
    assert all(run.op == WordOp.EQUAL for run in c.words)
    assert_words_rebuild(c)


@FEW
@given(st.one_of(drafts().map(lambda d: d.render()), any_text), st.booleans())
def test_token_offsets_slice_back_to_the_token(text: str, ignore_case: bool) -> None:
    tokens = tokenize(text, ignore_case=ignore_case)
    pos = 0
    for t in tokens:
        assert pos <= t.start < t.end <= len(text)
        assert t.key == fold(text[t.start:t.end], ignore_case)
        # between tokens there is only white space (or a combining mark with nothing to
        # combine with): no visible character falls through the cracks
        assert all(_invisible(ch) for ch in text[pos:t.start]), text
        pos = t.end
    assert all(_invisible(ch) for ch in text[pos:]), text


def _invisible(ch: str) -> bool:
    """White space, a combining mark or joiner, or an unassigned code point (some lie in the
    blocks of marks the tokenizer attaches to letters): what may stand between tokens."""
    return ch.isspace() or ch == "\u200d" or unicodedata.category(ch)[0] == "M" or \
        unicodedata.category(ch) == "Cn"


@FEW
@given(st.one_of(drafts().map(lambda d: d.render()), any_text))
def test_sentences_and_paragraphs_cover_all_tokens_in_order(text: str) -> None:
    tokens = tokenize(text)
    sentences, paragraphs = split(text, tokens)
    for ranges in (sentences, paragraphs):
        if not tokens:
            assert ranges == []
            continue
        assert ranges[0].lo == 0 and ranges[-1].hi == len(tokens)
        for prev, nxt in zip(ranges, ranges[1:]):
            assert prev.hi == nxt.lo
        assert all(r.lo < r.hi for r in ranges)
    assert [p.paragraph for p in paragraphs] == list(range(len(paragraphs)))
    for s in sentences:
        para = paragraphs[s.paragraph]
        assert para.lo <= s.lo and s.hi <= para.hi
    # a line break always ends a paragraph, and nothing else does
    breaks = {k + 1 for k in range(len(tokens) - 1)
              if "\n" in text[tokens[k].end:tokens[k + 1].start]}
    assert {p.lo for p in paragraphs[1:]} == breaks
