"""Sentence matching over two prepared sides, and the exact word diff that follows from it.

Depends on ``align`` and ``worddiff``. Produces sentence pairs (changed, moved, loose), the
unpaired sentences, and the reading-order ``sequence`` of sentence-level steps (its ``equal``
steps are the runs of unchanged sentences) from which the whole-document word diff is built.
Reports progress and honours cancellation through the ``Stages`` it is given.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .align import Pair, in_order, loose_pairs, pair_sentences, patience
from .jobs import Stages
from .sides import BagView, Side
from .worddiff import Opcode, diff_keys

MOVE_MIN_WORDS = 4
LOOSE_MAX_CELLS = 40_000  # sentence pairs a gap may have for split/merge search

# the original and revised sentences of a gap between unchanged runs, and the pairs found
# in it that keep reading order
Gap = tuple[range, range, list[Pair]]
# a step of the document: ("equal", i1, i2, j1, j2), ("delete", i1, i2, j, j),
# ("insert", i, i, j1, j2) or ("pair", i, i + 1, j, j + 1) over sentence indices
Step = tuple[str, int, int, int, int]


@dataclass(slots=True)
class Matching:
    """Sentence pairs by kind; the unchanged ones are the ``equal`` steps of ``sequence``
    (runs, not a pair per sentence: see ``unchanged``)."""

    changed: list[Pair] = field(default_factory=list)
    moved: list[Pair] = field(default_factory=list)
    loose: list[Pair] = field(default_factory=list)  # split, merged or paraphrased
    deleted: list[int] = field(default_factory=list)
    inserted: list[int] = field(default_factory=list)
    sequence: list[Step] = field(default_factory=list)
    # word opcodes of each non-equal pair, over ``tokens_of`` of its two sentences
    pair_ops: dict[tuple[int, int], list[Opcode]] = field(default_factory=dict)

    def unchanged(self) -> Iterator[tuple[int, int, int, int]]:
        """The runs of unchanged sentences as ``(i1, i2, j1, j2)``, in reading order: original
        sentence ``i1 + k`` is revised sentence ``j1 + k``."""
        return ((i1, i2, j1, j2) for tag, i1, i2, j1, j2 in self.sequence if tag == "equal")

    def working_data(self) -> list[Any]:
        """The large containers, for ``jobs.let_go`` once the comparison is done."""
        return [self.pair_ops, self.sequence]


def match(a: Side, b: Side, threshold: float, detect_moves: bool, stages: Stages) -> Matching:
    result = Matching()
    ops = patience(a.keys, b.keys, stages.check)
    stages.step("align", 0.3)
    bags_a, bags_b = BagView(a, False), BagView(b, False)
    gaps: list[Gap] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        rows, cols = range(i1, i2), range(j1, j2)
        pairs = pair_sentences(bags_a, bags_b, rows, cols, threshold, stages.check) if rows and cols else []
        straight, moved = in_order(pairs)
        result.changed.extend(straight)
        result.moved.extend(moved)
        gaps.append((rows, cols, straight))
        if n % 64 == 0:
            stages.step("align", 0.3 + 0.4 * n / max(1, len(ops)))
    _moves(a, b, gaps, result, threshold, detect_moves, stages)
    _loose(a, b, gaps, result, detect_moves, stages.check)
    stages.step("worddiff", 0.0)
    _sequence(a, b, ops, gaps, result, stages)
    return result


def _moves(a: Side, b: Side, gaps: list[Gap],
           result: Matching, threshold: float, detect_moves: bool, stages: Stages) -> None:
    """Pairs sentences left over in different gaps: the same sentence moved elsewhere."""
    if not detect_moves:
        return
    paired_a = {p.a for p in result.changed} | {p.a for p in result.moved}
    paired_b = {p.b for p in result.changed} | {p.b for p in result.moved}
    left_a = [i for rows, _, _ in gaps for i in rows if i not in paired_a]
    left_b = [j for _, cols, _ in gaps for j in cols if j not in paired_b]
    if not left_a or not left_b:
        return
    bags_a, bags_b = BagView(a, False), BagView(b, False)
    for p in pair_sentences(bags_a, bags_b, left_a, left_b, max(threshold, 0.6), stages.check):
        if p.similarity == 1.0 and a.keys[p.a] == b.keys[p.b] or \
                min(sum(a.bag(p.a).values()), sum(b.bag(p.b).values())) >= MOVE_MIN_WORDS:
            result.moved.append(Pair(p.a, p.b, p.similarity, moved=True))


def _loose(a: Side, b: Side, gaps: list[Gap],
           result: Matching, detect_moves: bool, check: Callable[[], None]) -> None:
    """Sentences split, merged or paraphrased join a partner; the rest are deleted/inserted.
    Joining one in another gap is a move, so that takes ``detect_moves``."""
    partner_a = {p.a: p.b for p in result.moved + result.changed}
    partner_b = {p.b: p.a for p in result.moved + result.changed}
    taken_a, taken_b = set(partner_a), set(partner_b)
    content_a, content_b = BagView(a, True), BagView(b, True)
    for n, (rows, cols, _) in enumerate(gaps):
        if n % 256 == 0:
            check()
        if rows and cols and len(rows) * len(cols) <= LOOSE_MAX_CELLS:
            result.loose += loose_pairs(content_a, content_b, rows, cols, partner_a, partner_b)
    taken_a |= {p.a for p in result.loose}
    taken_b |= {p.b for p in result.loose}
    check()
    deleted = [i for rows, _, _ in gaps for i in rows if i not in taken_a]
    inserted = [j for _, cols, _ in gaps for j in cols if j not in taken_b]
    elsewhere = _contained(content_a, content_b, deleted,
                           inserted + [p.b for p in result.moved + result.loose]) if detect_moves else []
    result.loose += elsewhere
    taken_a |= {p.a for p in elsewhere}
    taken_b |= {p.b for p in elsewhere}
    result.deleted = [i for i in deleted if i not in taken_a]
    result.inserted = [j for j in inserted if j not in taken_b]


CONTAINED_SHARE = 0.6  # of a cut sentence's content words standing in one other sentence
CONTAINED_MIN_WORDS = 4


def _contained(own: BagView, other: BagView, left: list[int], candidates: list[int]) -> list[Pair]:
    """Sentences left without a partner whose content words stand mostly in one sentence of
    the other side outside their gap: merged into a sentence that moved, or paraphrased and
    moved. Candidates are the other side's unpaired and moved sentences."""
    if not left or not candidates:
        return []
    index: dict[str, list[int]] = {}
    for k in dict.fromkeys(candidates):
        for word in other[k]:
            index.setdefault(word, []).append(k)
    pairs = []
    for i in left:
        bag = own[i]
        shared: Counter[int] = Counter()
        for word in bag:
            shared.update(index.get(word, ()))
        if not shared:
            continue
        k, common = shared.most_common(1)[0]
        words = len(bag)
        if common >= CONTAINED_MIN_WORDS and common / words >= CONTAINED_SHARE:
            pairs.append(Pair(i, k, common / words))
    return pairs


def _sequence(a: Side, b: Side, ops: list[Opcode],
              gaps: list[Gap], result: Matching,
              stages: Stages) -> None:
    out: list[Step] = []
    gap_iter = iter(gaps)
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if n % 64 == 0:
            stages.step("worddiff", n / max(1, len(ops)))
        if tag == "equal":
            out.append(("equal", i1, i2, j1, j2))
            continue
        _, _, straight = next(gap_iter)
        ia, jb = i1, j1
        for p in straight:
            _unpaired(ia, p.a, jb, p.b, out)
            result.pair_ops[(p.a, p.b)] = pair_diff(a, b, p.a, p.b)
            out.append(("pair", p.a, p.a + 1, p.b, p.b + 1))
            ia, jb = p.a + 1, p.b + 1
        _unpaired(ia, i2, jb, j2, out)
    for p in result.moved + result.loose:
        result.pair_ops[(p.a, p.b)] = pair_diff(a, b, p.a, p.b)
    result.sequence = out


def _unpaired(i1: int, i2: int, j1: int, j2: int, out: list[Step]) -> None:
    if i2 > i1:
        out.append(("delete", i1, i2, j1, j1))
    if j2 > j1:
        out.append(("insert", i2, i2, j1, j2))


def pair_diff(a: Side, b: Side, i: int, j: int) -> list[Opcode]:
    """Word opcodes between sentence ``i`` of a and ``j`` of b, over their tokens."""
    return diff_keys([t.key for t in a.tokens_of(i)], [t.key for t in b.tokens_of(j)])
