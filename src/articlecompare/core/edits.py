"""Word runs with character spans, from the sentence-level sequence and pair diffs.

Depends on ``sides`` and ``matching``. The runs rebuild both texts exactly: the original
from equal + delete spans, the revised from equal + insert spans, in order, with no gaps.
"""
from __future__ import annotations

from collections.abc import Callable

from .matching import Matching, Step
from .model import Span, Token, WordEdit, WordOp
from .sides import Side
from .worddiff import HAS_COMPILED_DIFF, Opcode, diff_keys


# (m + n) * min(m, n) token steps one diff call may take: the compiled diff holds the
# interpreter while it runs (a window stalls as long), so a larger stretch goes pair by pair
GAP_BUDGET_FAST = 20_000_000
GAP_BUDGET_PURE = 4_000_000       # the same in pure Python


def to_edits(a: Side, b: Side, m: Matching, notes: list[str] | None = None,
             check: Callable[[], None] | None = None) -> list[WordEdit]:
    """Merged runs for the whole document: unchanged sentence runs as they are, and each
    stretch between them diffed word by word as one piece, so the edit is minimal. A stretch
    too large to diff whole within budget is diffed pair by pair instead, and ``notes`` says so.
    ``check`` is called now and then and raises when the caller gave up."""
    if not a.keys or not b.keys:
        return _blank_sides(a, b)
    runs: list[WordEdit] = []
    gap: list[Step] = []
    for n, step in enumerate(m.sequence + [("equal", len(a.keys), len(a.keys), len(b.keys), len(b.keys))]):
        if check is not None and n % 256 == 0:
            check()
        if step[0] != "equal":
            gap.append(step)
            continue
        if gap:
            for edit in _gap_runs(a, b, m, gap, notes):
                _push(runs, edit)
            gap = []
        _, i1, i2, j1, j2 = step
        if i2 > i1 or j2 > j1:
            _push(runs, WordEdit(WordOp.EQUAL, a.unit(i1, i2), b.unit(j1, j2)))
    return runs


def _gap_runs(a: Side, b: Side, m: Matching, gap: list[Step],
              notes: list[str] | None) -> list[WordEdit]:
    i1, i2 = min(s[1] for s in gap), max(s[2] for s in gap)
    j1, j2 = min(s[3] for s in gap), max(s[4] for s in gap)
    ta = [t for i in range(i1, i2) for t in a.tokens_of(i)]
    tb = [t for j in range(j1, j2) for t in b.tokens_of(j)]
    out: list[WordEdit] = []
    if not ta or not tb:
        if i2 > i1:
            out.append(WordEdit(WordOp.DELETE, a.unit(i1, i2), None))
        if j2 > j1:
            out.append(WordEdit(WordOp.INSERT, None, b.unit(j1, j2)))
        return out
    budget = GAP_BUDGET_FAST if HAS_COMPILED_DIFF else GAP_BUDGET_PURE
    if (len(ta) + len(tb)) * min(len(ta), len(tb)) > budget:
        if notes is not None:
            notes.append(f"{len(ta):,} and {len(tb):,} words around character {a.bounds[i1]:,} "
                         "were diffed sentence by sentence; the word edit there may not be minimal")
        return [e for step in gap for e in _step_runs(a, b, m, step)]
    ops = diff_keys([t.key for t in ta], [t.key for t in tb])
    return _runs_over(ops, _units(a.unit(i1, i2), ta), _units(b.unit(j1, j2), tb))


def _units(unit: Span, tokens: list[Token]) -> list[int]:
    """Boundaries of each token's unit inside ``unit`` (len(tokens) + 1 items)."""
    return [unit.start] + [t.start for t in tokens[1:]] + [unit.end]


def _runs_over(ops: list[Opcode], ua: list[int], ub: list[int]) -> list[WordEdit]:
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


def _step_runs(a: Side, b: Side, m: Matching, step: Step) -> list[WordEdit]:
    tag, i1, i2, j1, j2 = step
    if tag == "delete":
        return [WordEdit(WordOp.DELETE, a.unit(i1, i2), None)]
    if tag == "insert":
        return [WordEdit(WordOp.INSERT, None, b.unit(j1, j2))]
    ta, tb = a.tokens_of(i1), b.tokens_of(j1)
    if not ta or not tb:  # a sentence with nothing compared (only punctuation, ignored)
        return [WordEdit(WordOp.DELETE, a.unit(i1, i2), None),
                WordEdit(WordOp.INSERT, None, b.unit(j1, j2))]
    return _runs_over(m.pair_ops[(i1, j1)], _units(a.unit(i1, i2), ta), _units(b.unit(j1, j2), tb))


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
