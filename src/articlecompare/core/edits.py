"""Word runs with character spans from compared-token opcodes.

Depends on ``sides`` for the units that cover each text. The runs rebuild both texts
exactly: original from equal + delete spans, revised from equal + insert spans, in order.
"""
from __future__ import annotations

from .model import Span, WordEdit, WordOp
from .sides import Side
from .worddiff import Opcode


def to_edits(a: Side, b: Side, ops: list[Opcode]) -> list[WordEdit]:
    """Merged runs for a whole-document opcode list over compared tokens."""
    runs: list[WordEdit] = []
    if not a.comp or not b.comp:
        return _blank_sides(a, b)
    for tag, i1, i2, j1, j2 in ops:
        if tag in ("equal",):
            _push(runs, WordEdit(WordOp.EQUAL, a.unit(i1, i2), b.unit(j1, j2)))
            continue
        if i2 > i1:
            _push(runs, WordEdit(WordOp.DELETE, a.unit(i1, i2), None))
        if j2 > j1:
            _push(runs, WordEdit(WordOp.INSERT, None, b.unit(j1, j2)))
    return runs


def local_edits(a: Side, b: Side, ops: list[Opcode]) -> list[WordEdit]:
    """Runs inside one sentence pair, spans trimmed to the tokens (no trailing space)."""
    out: list[WordEdit] = []
    for tag, i1, i2, j1, j2 in ops:
        sa = Span(a.comp[i1].start, a.comp[i2 - 1].end) if i2 > i1 else None
        sb = Span(b.comp[j1].start, b.comp[j2 - 1].end) if j2 > j1 else None
        if tag == "equal":
            out.append(WordEdit(WordOp.EQUAL, sa, sb))
            continue
        if sa is not None:
            out.append(WordEdit(WordOp.DELETE, sa, None))
        if sb is not None:
            out.append(WordEdit(WordOp.INSERT, None, sb))
    return out


def _push(runs: list[WordEdit], edit: WordEdit) -> None:
    if runs and runs[-1].op == edit.op:
        last = runs[-1]
        runs[-1] = WordEdit(
            edit.op,
            Span(last.original.start, edit.original.end) if last.original and edit.original else None,
            Span(last.revised.start, edit.revised.end) if last.revised and edit.revised else None)
    else:
        runs.append(edit)


def _blank_sides(a: Side, b: Side) -> list[WordEdit]:
    """One side has no words at all: everything on the other side is inserted or deleted."""
    runs: list[WordEdit] = []
    if not a.comp and not b.comp:
        if a.text and b.text:
            runs.append(WordEdit(WordOp.EQUAL, Span(0, len(a.text)), Span(0, len(b.text))))
        elif a.text:
            runs.append(WordEdit(WordOp.DELETE, Span(0, len(a.text)), None))
        elif b.text:
            runs.append(WordEdit(WordOp.INSERT, None, Span(0, len(b.text))))
        return runs
    if a.text:
        runs.append(WordEdit(WordOp.DELETE, Span(0, len(a.text)), None))
    if b.text:
        runs.append(WordEdit(WordOp.INSERT, None, Span(0, len(b.text))))
    return runs
