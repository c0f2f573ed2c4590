"""Word runs with character spans, from the sentence-level sequence and pair diffs.

Depends on ``sides`` and ``matching``. The runs rebuild both texts exactly: the original
from equal + delete spans, the revised from equal + insert spans, in order, with no gaps.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .matching import Matching, Step
from .model import Span, Token, WordEdit, WordOp
from .sides import Side
from .worddiff import HAS_COMPILED_DIFF, Opcode, diff_keys


# (m + n) * min(m, n) token steps one diff call may take: the compiled diff holds the
# interpreter while it runs (a window stalls as long), so a larger stretch goes pair by pair
GAP_BUDGET_FAST = 20_000_000
GAP_BUDGET_PURE = 4_000_000       # the same in pure Python
CROSS_MAX_WORDS = 64  # a longer unchanged run between two changes always stays matched
CROSS_FEW_WORDS = 8   # a shorter one may be crossed even if its sentences stand nowhere else


@dataclass
class _Stretch:
    """Changed sentences diffed as one piece: their steps, the runs, and the tokens deleted
    plus inserted (None when it was too large and went pair by pair)."""

    steps: list[Step]
    edits: list[WordEdit]
    cost: int | None
    _bags: tuple[Counter[str], Counter[str]] | None = None

    def bags(self, a: Side, b: Side) -> tuple[Counter[str], Counter[str]]:
        """The compared words of each side, counted."""
        if self._bags is None:
            ta, tb = _tokens(a, b, self.steps)
            self._bags = Counter(t.key for t in ta), Counter(t.key for t in tb)
        return self._bags


def to_edits(a: Side, b: Side, m: Matching, notes: list[str] | None = None,
             check: Callable[[], None] | None = None) -> list[WordEdit]:
    """Merged runs for the whole document: unchanged sentence runs as they are, and each
    stretch between them diffed word by word as one piece, so the edit is minimal. A stretch
    too large to diff whole within budget is diffed pair by pair instead, and ``notes`` says so.
    Two stretches around a short unchanged run are diffed as one where that gives a smaller
    edit (see ``_joined``). ``check`` is called now and then and raises when the caller gave up."""
    if not a.keys or not b.keys:
        return _blank_sides(a, b)
    runs: list[WordEdit] = []
    pending: _Stretch | None = None  # the last stretch, not yet written: it may join the next
    held: Step | None = None  # a short unchanged run after ``pending``
    for n, (tag, steps) in enumerate(_grouped(m.sequence)):
        if check is not None and n % 256 == 0:
            check()
        if tag != "equal":
            stretch = _diffed(a, b, m, steps, notes)
            joined = _joined(a, b, m, pending, held, stretch) if pending and held else None
            if joined is None:
                _write(runs, a, b, pending, held)
            pending, held = joined or stretch, None
        elif pending is not None and held is None and _short(a, steps[0]):
            held = steps[0]
        else:
            _write(runs, a, b, pending, held)
            _write(runs, a, b, None, steps[0])
            pending = held = None
    _write(runs, a, b, pending, held)
    return runs


def _grouped(sequence: list[Step]) -> list[tuple[str, list[Step]]]:
    """The steps as unchanged runs (one step each) and the changed stretches between them."""
    out: list[tuple[str, list[Step]]] = []
    for step in sequence:
        if step[0] != "equal" and out and out[-1][0] != "equal":
            out[-1][1].append(step)
        else:
            out.append(("equal" if step[0] == "equal" else "gap", [step]))
    return out


def _short(a: Side, equal: Step) -> bool:
    return _run_words(a, equal) <= CROSS_MAX_WORDS


def _run_words(a: Side, equal: Step) -> int:
    """Words of an unchanged run, counted cheaply from its sentence keys (at most its tokens)."""
    _, i1, i2, _, _ = equal
    return sum(a.keys[i].count(" ") + 1 for i in range(i1, i2))


def _write(runs: list[WordEdit], a: Side, b: Side, stretch: _Stretch | None,
           equal: Step | None) -> None:
    for edit in stretch.edits if stretch else ():
        _push(runs, edit)
    if equal is not None:
        _, i1, i2, j1, j2 = equal
        if i2 > i1 or j2 > j1:
            _push(runs, WordEdit(WordOp.EQUAL, a.unit(i1, i2), b.unit(j1, j2)))


def _joined(a: Side, b: Side, m: Matching, before: _Stretch, equal: Step,
            after: _Stretch) -> _Stretch | None:
    """The two stretches and the unchanged run between them diffed as one, if that edit is
    smaller. Keeping the run matched can cost more than it saves: a one-word line
    ("Advertisement") between a cut sentence and an added one keeps one token, where matching
    the two sentences' commas and stops across it keeps two; a headline printed twice, the
    first copy reworded, is matched to the wrong copy. The joined diff is tried only when the
    words that could be matched across the run outnumber the words the run keeps."""
    if before.cost is None or after.cost is None or not _may_cross(a, b, before, equal, after):
        return None
    _, i1, i2, j1, j2 = equal
    run_a = Counter(t.key for i in range(i1, i2) for t in a.tokens_of(i))
    run_b = Counter(t.key for j in range(j1, j2) for t in b.tokens_of(j))
    (before_a, before_b), (after_a, after_b) = before.bags(a, b), after.bags(a, b)
    across = ((before_a & (run_b + after_b)).total() + ((run_a + after_a) & before_b).total() +
              (run_a & after_b).total() + (after_a & run_b).total())
    if across <= run_a.total():
        return None
    joined = _diffed(a, b, m, before.steps + [equal] + after.steps, None)
    if joined.cost is None or joined.cost >= before.cost + after.cost:
        return None
    joined._bags = (before_a + run_a + after_a, before_b + run_b + after_b)
    return joined


def _may_cross(a: Side, b: Side, before: _Stretch, equal: Step, after: _Stretch) -> bool:
    """A cheap first look: the run is a few words long, or one of its sentences stands again
    in the changes beside it (a repeated headline, a repeated credit line)."""
    if _run_words(a, equal) <= CROSS_FEW_WORDS:
        return True
    _, i1, i2, _, _ = equal
    around = {a.keys[i] for s in (before.steps[-1], after.steps[0]) for i in range(s[1], s[2])}
    around.update(b.keys[j] for s in (before.steps[-1], after.steps[0]) for j in range(s[3], s[4]))
    return any(a.keys[i] in around for i in range(i1, i2))


def _extent(steps: list[Step]) -> tuple[int, int, int, int]:
    """The original sentences ``i1:i2`` and revised ones ``j1:j2`` that ``steps`` cover."""
    return (min(s[1] for s in steps), max(s[2] for s in steps),
            min(s[3] for s in steps), max(s[4] for s in steps))


def _tokens(a: Side, b: Side, steps: list[Step]) -> tuple[list[Token], list[Token]]:
    i1, i2, j1, j2 = _extent(steps)
    return ([t for i in range(i1, i2) for t in a.tokens_of(i)],
            [t for j in range(j1, j2) for t in b.tokens_of(j)])


def _diffed(a: Side, b: Side, m: Matching, steps: list[Step],
            notes: list[str] | None) -> _Stretch:
    i1, i2, j1, j2 = _extent(steps)
    budget = GAP_BUDGET_FAST if HAS_COMPILED_DIFF else GAP_BUDGET_PURE
    if (i2 - i1 + j2 - j1) * min(i2 - i1, j2 - j1) > budget:
        # so many sentences that it is likely too large: count the tokens before keeping them
        # (a stretch of a million one-word lines would keep two million otherwise)
        n_a = sum(a.token_count(i) for i in range(i1, i2))
        n_b = sum(b.token_count(j) for j in range(j1, j2))
        if n_a and n_b and (n_a + n_b) * min(n_a, n_b) > budget:
            return _sentence_by_sentence(a, b, m, steps, n_a, n_b, notes)
    ta, tb = _tokens(a, b, steps)
    out: list[WordEdit] = []
    if not ta or not tb:
        if i2 > i1:
            out.append(WordEdit(WordOp.DELETE, a.unit(i1, i2), None))
        if j2 > j1:
            out.append(WordEdit(WordOp.INSERT, None, b.unit(j1, j2)))
        return _Stretch(steps, out, len(ta) + len(tb))
    if (len(ta) + len(tb)) * min(len(ta), len(tb)) > budget:
        return _sentence_by_sentence(a, b, m, steps, len(ta), len(tb), notes)
    ops = diff_keys([t.key for t in ta], [t.key for t in tb])
    cost = sum(x2 - x1 + y2 - y1 for tag, x1, x2, y1, y2 in ops if tag != "equal")
    return _Stretch(steps, _runs_over(ops, _units(a.unit(i1, i2), ta), _units(b.unit(j1, j2), tb)), cost)


def _sentence_by_sentence(a: Side, b: Side, m: Matching, steps: list[Step], n_a: int, n_b: int,
                          notes: list[str] | None) -> _Stretch:
    """A stretch of ``n_a`` and ``n_b`` tokens too large to diff whole, diffed step by step."""
    if notes is not None:
        notes.append(f"{n_a:,} and {n_b:,} words around character {a.bounds[_extent(steps)[0]]:,} "
                     "were diffed sentence by sentence; the word edit there may not be minimal")
    return _Stretch(steps, [e for step in steps for e in _step_runs(a, b, m, step)], None)


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
    if tag == "equal":  # an unchanged run inside a stretch (see ``_joined``)
        return [WordEdit(WordOp.EQUAL, a.unit(i1, i2), b.unit(j1, j2))]
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
