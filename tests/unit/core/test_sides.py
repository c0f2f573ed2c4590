"""A prepared side holds a long text compactly: sentence offsets in arrays, one word bag for
sentences written alike, one lookup text that searches as the wide one does."""
from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st

from articlecompare.core.facts import find_facts
from articlecompare.core.model import Article, Span
from articlecompare.core.options import CompareOptions
from articlecompare.core.presence import Presence, folded_words, joined_hay
from articlecompare.core.sides import prepare


def test_sentence_spans_are_made_once_and_slice_to_the_sentence() -> None:
    text = "The council met. It voted 7-2.\n\nResidents objected."
    side = prepare(Article(text), CompareOptions())
    assert len(side.sentence_spans) == 3
    assert [text[s.start:s.end] for s in side.sentence_spans] == \
        ["The council met.", "It voted 7-2.", "Residents objected."]
    assert side.sentence_spans[1] is side.sentence_spans[1]
    assert side.sentence_spans.run(0, 1) == Span(0, len("The council met. It voted 7-2."))
    assert side.sentence_spans[-1] == side.sentence_spans[2]
    assert list(side.paragraphs) == [0, 0, 1]
    assert side.unit(0, 3) == Span(0, len(text))


def test_sentences_written_alike_share_one_bag_and_others_do_not() -> None:
    text = "\n\n".join(["Budget approved."] * 50 + ["A well—known plan.", "A well-known plan."])
    side = prepare(Article(text), CompareOptions())
    assert side.bag(0) is side.bag(49)
    assert side.bag(0, content_only=True) is side.bag(7, content_only=True)
    assert side.bag(0) == {"budget": 1, "approved": 1}
    # the same key ("well-known" folds the dash) but other tokens: each has its own bag
    assert side.keys[50] == side.keys[51]
    assert side.bag(50) == {"a": 1, "well": 1, "known": 1, "plan": 1}
    assert side.bag(51) == {"a": 1, "well-known": 1, "plan": 1}


def test_forgotten_tokens_are_made_again_the_same() -> None:
    side = prepare(Article("The council met on Tuesday. It voted 7-2."), CompareOptions())
    before = side.tokens_of(1)
    side.forget_tokens()
    assert side.tokens_of(1) == before
    assert side.token_count(0) == len(side.tokens_of(0)) == 6


_WORDS = ["Mayor", "Ortiz", "said", "🚨", "🇺🇸", "$1.2", "million", "2,000", "12.5", "the",
          "“quoted", "words”", "🙂x", "x🙂", "café", "İstanbul", "42🚨", "🚨42", "—", "U.S.", "𝐁old"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=200), st.randoms())
def test_a_narrowed_lookup_finds_what_the_wide_one_finds(words: list[str], rng: random.Random) -> None:
    text = " ".join(words)
    folded = folded_words(text)
    hay, narrowed = joined_hay([folded.strip()])
    assert hay == folded or narrowed
    if narrowed:
        assert max(hay) <= "\uffff" < max(folded)
    wide, narrow = Presence(text, folded), Presence(text, hay, None, narrowed)
    needles = [" ".join(words[i:i + rng.randint(1, 4)]) for i in range(len(words))] * 2
    needles += [f.text for f in find_facts(text)] + ["🚨", "🙂", "\ud83d", "42", "Ortiz 🚨", "2 🚨"]
    wide.expect(needles)
    narrow.expect(needles)
    assert [n in narrow for n in needles] == [n in wide for n in needles]


def test_a_letter_beyond_the_basic_plane_keeps_the_hay_wide() -> None:
    hay, narrowed = joined_hay(["𠀀 said 🚨"])  # a CJK ideograph is a letter
    assert not narrowed and hay == " 𠀀 said 🚨 "
    assert joined_hay(["a", "b"]) == (" a b ", False)
