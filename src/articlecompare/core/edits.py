"""Word runs with character spans, from the sentence-level sequence and pair diffs.

Depends on ``sides`` and ``matching``. The runs rebuild both texts exactly: the original
from equal + delete spans, the revised from equal + insert spans, in order, with no gaps.
"""
from __future__ import annotations

from .matching import Matching
from .model import Span, Token, WordEdit, WordOp
from .sides import Side
from .worddiff import Opcode


def to_edits(a: Side, b: Side, m: Matching) -> list[WordEdit]:
    """Merged runs for the whole document."""
    if not a.keys or not b.keys:
        return _blank_sides(a, b)
    runs: list[WordEdit] = []
    for tag, i1, i2, j1, j2 in m.sequence:
        if tag == "equal":
            _push(runs, WordEdit(WordOp.EQUAL, a.unit(i1, i2), b.unit(j1, j2)))
        elif tag == "delete":
            _push(runs, WordEdit(WordOp.DELETE, a.unit(i1, i2), None))
        elif tag == "insert":
            _push(runs, WordEdit(WordOp.INSERT, None, b.unit(j1, j2)))
        else:
            for edit in _pair_runs(a, b, i1, j1, m.pair_ops[(i1, j1)]):
                _push(runs, edit)
    return runs


def _token_units(side: Side, s: int, tokens: list[Token]) -> list[int]:
    """Boundaries of each token's unit inside sentence ``s``'s unit (len(tokens) + 1 items)."""
    unit = side.unit(s, s + 1)
    return [unit.start] + [t.start for t in tokens[1:]] + [unit.end]


def _pair_runs(a: Side, b: Side, i: int, j: int, ops: list[Opcode]) -> list[WordEdit]:
    ta, tb = a.tokens_of(i), b.tokens_of(j)
    if not ta or not tb:  # a sentence with nothing compared (only punctuation, ignored)
        out = [WordEdit(WordOp.DELETE, a.unit(i, i + 1), None)]
        return out + [WordEdit(WordOp.INSERT, None, b.unit(j, j + 1))]
    ua, ub = _token_units(a, i, ta), _token_units(b, j, tb)
    out: list[WordEdit] = []
    for tag, x1, x2, y1, y2 in ops:
        if tag == "equal":
            out.append(WordEdit(WordOp.EQUAL, Span(ua[x1], ua[x2]), Span(ub[y1], ub[y2])))
            continue
        if x2 > x1:
            out.append(WordEdit(WordOp.DELETE, Span(ua[x1], ua[x2]), None))
        if y2 > y1:
            out.append(WordEdit(WordOp.INSERT, None, Span(ub[y1], ub[y2])))
    return out


def local_edits(ta: list[Token], tb: list[Token], ops: list[Opcode]) -> list[WordEdit]:
    """Runs inside one sentence pair, spans trimmed to the tokens (no trailing space)."""
    out: list[WordEdit] = []
    for tag, i1, i2, j1, j2 in ops:
        sa = Span(ta[i1].start, ta[i2 - 1].end) if i2 > i1 else None
        sb = Span(tb[j1].start, tb[j2 - 1].end) if j2 > j1 else None
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
    """A side with no sentence at all: the other side is inserted or deleted whole."""
    runs: list[WordEdit] = []
    if not a.keys and not b.keys and a.text and b.text:
        return [WordEdit(WordOp.EQUAL, Span(0, len(a.text)), Span(0, len(b.text)))]
    if a.text:
        runs.append(WordEdit(WordOp.DELETE, Span(0, len(a.text)), None))
    if b.text:
        runs.append(WordEdit(WordOp.INSERT, None, Span(0, len(b.text))))
    return runs
