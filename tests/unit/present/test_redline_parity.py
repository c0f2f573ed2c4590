"""The window's inline view and the reports' redline are one flow: the same runs of kept,
deleted and inserted text, each drawn in the kind of the change that owns it."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from articlecompare.core.compare import compare
from articlecompare.core.model import Change, ChangeKind, Comparison, Span, WordOp
from articlecompare.core.options import CompareOptions
from articlecompare.present.excerpts import redline_pieces
from articlecompare.present.marks import Layer
from articlecompare.present.redline import build_inline
from articlecompare.sources import load_path
from articlecompare.sources.sample import load_sample

_OPS = {Layer.DELETED: WordOp.DELETE, Layer.INSERTED: WordOp.INSERT}


def _squeeze(text: str) -> str:
    return "".join(text.split())  # the two flows space paragraphs differently


def _report_runs(comparison: Comparison) -> list[tuple[WordOp, str, str | None]]:
    runs: list[tuple[WordOp, str, str | None]] = []
    for piece in redline_pieces(comparison):
        if piece.brk or not piece.text.strip():
            continue
        kind = piece.change.kind.value if piece.change and piece.op != WordOp.EQUAL else None
        if runs and runs[-1][0] == piece.op and runs[-1][2] == kind:
            runs[-1] = (piece.op, runs[-1][1] + " " + piece.text, kind)
        else:
            runs.append((piece.op, piece.text, kind))
    return [(op, _squeeze(text), kind) for op, text, kind in runs]


def _window_runs(comparison: Comparison) -> list[tuple[WordOp, str, str | None]]:
    inline = build_inline(comparison)
    ops: list[tuple[WordOp, str | None]] = [(WordOp.EQUAL, None)] * len(inline.text)
    for mark in inline.marks:
        if mark.layer in _OPS:
            for i in range(mark.start, mark.end):
                ops[i] = (_OPS[mark.layer], mark.kind.value if mark.kind else None)
    runs: list[tuple[WordOp, str, str | None]] = []
    start = 0
    for i in range(1, len(inline.text) + 1):
        if i == len(inline.text) or ops[i] != ops[start]:
            text = inline.text[start:i]
            if text.strip():
                op, kind = ops[start]
                if runs and runs[-1][0] == op and runs[-1][2] == kind:
                    runs[-1] = (op, runs[-1][1] + " " + text, kind)
                else:
                    runs.append((op, text, kind))
            start = i
    return [(op, _squeeze(text), kind) for op, text, kind in runs]


def _sample() -> Comparison:
    original, revised = load_sample()
    return compare(original, revised, CompareOptions())


def test_the_inline_view_and_the_report_give_the_same_runs_on_the_sample_pair() -> None:
    comparison = _sample()
    report, window = _report_runs(comparison), _window_runs(comparison)
    assert [r[0] for r in report].count(WordOp.EQUAL) == [w[0] for w in window].count(WordOp.EQUAL)
    assert report == window


def test_the_inline_view_and_the_report_give_the_same_runs_on_the_seed_pair(
        seed_paths: tuple[Path, Path]) -> None:
    original, revised = seed_paths
    comparison = compare(load_path(original), load_path(revised), CompareOptions())
    assert _report_runs(comparison) == _window_runs(comparison)


def test_a_changed_fact_inside_a_reworded_passage_is_drawn_as_a_changed_fact_in_both() -> None:
    comparison = _sample()
    fact = next(c for c in comparison.changes if c.kind == ChangeKind.FACT_CHANGE and c.revised)
    assert fact.original and fact.revised
    # the passage around it reworded as a whole: the changed fact is the shorter change
    a, b = comparison.original.text, comparison.revised.text
    around = Change("c99", ChangeKind.REWORDING,
                    Span(a.rfind("\n", 0, fact.original.start) + 1, a.find(".", fact.original.end)),
                    Span(b.rfind("\n", 0, fact.revised.start) + 1, b.find(".", fact.revised.end)))
    nested = replace(comparison, changes=(*comparison.changes, around))
    new = _squeeze(b[fact.revised.start:fact.revised.end])
    for runs in (_report_runs(nested), _window_runs(nested)):
        assert any(new in text and kind == "fact_change" for op, text, kind in runs
                   if op == WordOp.INSERT), runs
    assert _report_runs(nested) == _window_runs(nested)
