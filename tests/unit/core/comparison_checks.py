"""Checks every comparison must pass: the word runs rebuild both texts, and every span
slices inside its text (and to the fact it names)."""
from __future__ import annotations

from articlecompare.core.model import Comparison, Span, WordOp
from articlecompare.core.tokenize import fold


def assert_words_rebuild(c: Comparison) -> None:
    """Runs cover each text contiguously; equal+delete rebuild the original and
    equal+insert the revised, in order."""
    a, b = c.original.text, c.revised.text
    pos_a = pos_b = 0
    rebuilt_a: list[str] = []
    rebuilt_b: list[str] = []
    for run in c.words:
        if run.op == WordOp.EQUAL:
            assert run.original is not None and run.revised is not None
        elif run.op == WordOp.DELETE:
            assert run.original is not None and run.revised is None
        else:
            assert run.op == WordOp.INSERT
            assert run.original is None and run.revised is not None
        assert (run.original and run.original.length) or (run.revised and run.revised.length), run
        if run.original is not None:
            assert run.original.start == pos_a, (run, pos_a)
            pos_a = run.original.end
            rebuilt_a.append(a[run.original.start:run.original.end])
        if run.revised is not None:
            assert run.revised.start == pos_b, (run, pos_b)
            pos_b = run.revised.end
            rebuilt_b.append(b[run.revised.start:run.revised.end])
    assert pos_a == len(a) and pos_b == len(b)
    assert "".join(rebuilt_a) == a
    assert "".join(rebuilt_b) == b


def _inside(span: Span | None, text: str) -> bool:
    return span is None or 0 <= span.start <= span.end <= len(text)


def assert_spans_slice(c: Comparison) -> None:
    a, b = c.original.text, c.revised.text
    assert [ch.id for ch in c.changes] == [f"c{n}" for n in range(1, len(c.changes) + 1)]
    assert len({ch.key for ch in c.changes}) == len(c.changes)
    for ch in c.changes:
        assert ch.original is not None or ch.revised is not None
        assert _inside(ch.original, a) and _inside(ch.revised, b), ch
        for e in ch.edits:
            assert _inside(e.original, a) and _inside(e.revised, b), e
    for al in c.alignment:
        assert _inside(al.original, a) and _inside(al.revised, b), al


def assert_facts_slice(c: Comparison) -> None:
    a, b = c.original.text, c.revised.text
    for f in c.facts + tuple(x for ch in c.changes for x in ch.facts):
        assert f.original is not None and _inside(f.original, a), f
        piece = a[f.original.start:f.original.end]
        assert piece == f.text or fold(piece, True) == fold(f.text, True), (f, piece)
        if f.revised is not None:
            assert _inside(f.revised, b)
            # where it stands in the revised text: under its own words, or its new wording
            wording = f.replacement if f.replacement is not None else f.text
            assert fold(b[f.revised.start:f.revised.end], True) == fold(wording, True), f
