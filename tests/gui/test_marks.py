"""Marks layer into runs exactly; the inline redline rebuilds both texts; anchors interpolate."""
from __future__ import annotations

from hypothesis import given, strategies as st

from articlecompare.core.model import Article, ChangeKind, WordOp
from articlecompare.present.marks import Layer, Mark, flatten
from articlecompare.present.redline import build_inline, readable_runs
from articlecompare.ui.panes.scrollsync import anchor_offsets, interpolate

from .fakes import word_comparison

marks_strategy = st.lists(
    st.builds(lambda a, n, layer, kind: Mark(a, a + n, layer, kind),
              st.integers(0, 40), st.integers(1, 15), st.sampled_from(list(Layer)),
              st.sampled_from(list(ChangeKind))),
    max_size=12)


@given(marks_strategy)
def test_flatten_gives_every_character_exactly_the_layers_covering_it(marks):
    runs = flatten(marks)
    assert all(a.end <= b.start for a, b in zip(runs, runs[1:]))
    for position in range(60):
        covering = {(m.layer, m.kind) for m in marks if m.start <= position < m.end}
        inside = [r for r in runs if r.start <= position < r.end]
        assert len(inside) == (1 if covering else 0)
        if inside:
            assert set(inside[0].style) == covering


def test_flatten_orders_layers_weakest_first():
    runs = flatten([Mark(0, 10, Layer.MISSING_FACT), Mark(0, 10, Layer.TINT, ChangeKind.OMISSION)])
    assert [layer for layer, _ in runs[0].style] == [Layer.TINT, Layer.MISSING_FACT]


words = st.lists(st.sampled_from(["the", "mayor", "said", "4.5", "million", "😀", "vote"]), max_size=12)


def _without(text: str, marks, layer: Layer) -> str:
    hidden = set()
    for mark in marks:
        if mark.layer == layer:
            hidden.update(range(mark.start, mark.end))
    return "".join("".join(ch for n, ch in enumerate(text) if n not in hidden).split())


@given(words, words)
def test_inline_text_reads_as_either_version_without_the_other_sides_marks(a, b):
    original, revised = Article(" ".join(a)), Article(" ".join(b))
    comparison = word_comparison(original, revised)
    inline = build_inline(comparison)
    # spacing aside (a gap keeps a struck word apart from its neighbour), each version is there
    assert _without(inline.text, inline.marks, Layer.INSERTED) == "".join(original.text.split())
    assert _without(inline.text, inline.marks, Layer.DELETED) == "".join(revised.text.split())
    for change in comparison.changes:
        span = inline.changes[change.id]
        for side_span, text in ((change.original, original.text), (change.revised, revised.text)):
            if side_span is not None:
                assert text[side_span.start:side_span.end].strip() in inline.text[span.start:span.end]


@given(words, words)
def test_readable_runs_still_rebuild_both_texts(a, b):
    original, revised = Article(" ".join(a)), Article(" ".join(b))
    runs = readable_runs(word_comparison(original, revised).words)
    rebuilt_original = "".join(original.text[r.original.start:r.original.end]
                               for r in runs if r.op != WordOp.INSERT)
    rebuilt_revised = "".join(revised.text[r.revised.start:r.revised.end]
                              for r in runs if r.op != WordOp.DELETE)
    assert (rebuilt_original, rebuilt_revised) == (original.text, revised.text)


def test_a_stranded_short_word_joins_the_change_around_it():
    original = Article("Officials cut the long list of planned raids today.")
    revised = Article("Critics call the whole thing of course a disgrace today.")
    inline = build_inline(word_comparison(original, revised))
    assert inline.text == ("Officials cut the long list of planned raids "
                           "Critics call the whole thing of course a disgrace today.")


def test_inline_marks_deletions_with_the_kind_of_their_change():
    comparison = word_comparison(Article("They said yes today."), Article("They stated yes today."))
    inline = build_inline(comparison)
    assert inline.text == "They said stated yes today."
    kinds = {(m.layer, inline.text[m.start:m.end]): m.kind for m in inline.marks
             if m.layer in (Layer.DELETED, Layer.INSERTED)}
    assert kinds == {(Layer.DELETED, "said "): ChangeKind.REWORDING,
                     (Layer.INSERTED, "stated "): ChangeKind.REWORDING}


def test_interpolate_between_and_beyond_anchors():
    anchors = [(0.0, 0.0), (10.0, 30.0), (20.0, 30.0)]
    assert interpolate(anchors, 5) == 15
    assert interpolate(anchors, 15) == 30      # the other side waits over an extra passage
    assert interpolate(anchors, 25) == 35
    assert interpolate([], 7) == 7


def test_anchor_offsets_increase_on_both_sides():
    comparison = word_comparison(Article("a b c"), Article("a x b c"))
    pairs = anchor_offsets(comparison)
    assert pairs[0] == (0, 0) and pairs[-1] == (5, 7)
    assert all(p[0] <= q[0] and p[1] <= q[1] for p, q in zip(pairs, pairs[1:]))
