"""Sentence matching over two prepared sides, and the exact word diff that follows from it.

Depends on ``align`` and ``worddiff``. Produces sentence pairs (equal, changed, moved), the
unpaired sentences, and a whole-document word diff as compared-token opcodes. Reports
progress and honours cancellation through the ``Stages`` it is given.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .align import Pair, in_order, loose_pairs, pair_sentences, patience
from .jobs import Stages
from .sides import Side
from .worddiff import Opcode, diff_keys

MOVE_MIN_WORDS = 4
LOOSE_MAX_CELLS = 40_000  # sentence pairs a gap may have for split/merge search


@dataclass(slots=True)
class Matching:
    equal: list[Pair] = field(default_factory=list)
    changed: list[Pair] = field(default_factory=list)
    moved: list[Pair] = field(default_factory=list)
    loose: list[Pair] = field(default_factory=list)  # split, merged or paraphrased
    deleted: list[int] = field(default_factory=list)
    inserted: list[int] = field(default_factory=list)
    token_ops: list[Opcode] = field(default_factory=list)
    pair_ops: dict[tuple[int, int], list[Opcode]] = field(default_factory=dict)


def match(a: Side, b: Side, threshold: float, detect_moves: bool, stages: Stages) -> Matching:
    result = Matching()
    ops = patience(a.keys, b.keys)
    stages.step("align", 0.3)
    gaps: list[tuple[list[int], list[int], list[Pair]]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            result.equal.extend(Pair(i1 + k, j1 + k, 1.0) for k in range(i2 - i1))
            continue
        rows, cols = list(range(i1, i2)), list(range(j1, j2))
        pairs = pair_sentences(a.bags, b.bags, rows, cols, threshold, stages.check) if rows and cols else []
        straight, moved = in_order(pairs)
        result.changed.extend(straight)
        result.moved.extend(moved)
        gaps.append((rows, cols, straight))
        if n % 64 == 0:
            stages.step("align", 0.3 + 0.4 * n / max(1, len(ops)))
    paired_a = {p.a for p in result.changed} | {p.a for p in result.moved}
    paired_b = {p.b for p in result.changed} | {p.b for p in result.moved}
    left_a = [i for rows, _, _ in gaps for i in rows if i not in paired_a]
    left_b = [j for _, cols, _ in gaps for j in cols if j not in paired_b]
    if detect_moves and left_a and left_b:
        for p in pair_sentences(a.bags, b.bags, left_a, left_b, max(threshold, 0.6), stages.check):
            if p.similarity == 1.0 and a.keys[p.a] == b.keys[p.b] or \
                    min(sum(a.bags[p.a].values()), sum(b.bags[p.b].values())) >= MOVE_MIN_WORDS:
                result.moved.append(Pair(p.a, p.b, p.similarity, moved=True))
    partner_a = {p.a: p.b for p in result.moved + result.changed}
    partner_b = {p.b: p.a for p in result.moved + result.changed}
    taken_a, taken_b = set(partner_a), set(partner_b)
    for rows, cols, _ in gaps:
        if rows and cols and len(rows) * len(cols) <= LOOSE_MAX_CELLS:
            result.loose += loose_pairs(a.content, b.content, rows, cols, partner_a, partner_b)
    taken_a |= {p.a for p in result.loose}
    taken_b |= {p.b for p in result.loose}
    result.deleted = [i for rows, _, _ in gaps for i in rows if i not in taken_a]
    result.inserted = [j for _, cols, _ in gaps for j in cols if j not in taken_b]
    stages.step("worddiff", 0.0)
    _word_ops(a, b, ops, gaps, result, stages)
    return result


def _word_ops(a: Side, b: Side, ops: list[Opcode],
              gaps: list[tuple[list[int], list[int], list[Pair]]], result: Matching,
              stages: Stages) -> None:
    out: list[Opcode] = []
    gap_iter = iter(gaps)
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if n % 64 == 0:
            stages.step("worddiff", n / max(1, len(ops)))
        if tag == "equal":
            lo_a, hi_a = _tok_range(a, i1, i2)
            lo_b, hi_b = _tok_range(b, j1, j2)
            out.append(("equal", lo_a, hi_a, lo_b, hi_b))
            continue
        rows, cols, straight = next(gap_iter)
        ia, jb = i1, j1
        for p in straight:
            _emit_unpaired(a, b, ia, p.a, jb, p.b, out)
            pair_ops = _pair_diff(a, b, p.a, p.b)
            result.pair_ops[(p.a, p.b)] = pair_ops
            out.extend(pair_ops)
            ia, jb = p.a + 1, p.b + 1
        _emit_unpaired(a, b, ia, i2, jb, j2, out)
    for p in result.moved + result.loose:
        result.pair_ops[(p.a, p.b)] = _pair_diff(a, b, p.a, p.b)
    result.token_ops = out


def _tok_range(side: Side, s1: int, s2: int) -> tuple[int, int]:
    if s1 >= s2:
        pos = side.sentences[s1][0] if s1 < len(side.sentences) else len(side.comp)
        return pos, pos
    return side.sentences[s1][0], side.sentences[s2 - 1][1]


def _emit_unpaired(a: Side, b: Side, i1: int, i2: int, j1: int, j2: int, out: list[Opcode]) -> None:
    lo_a, hi_a = _tok_range(a, i1, i2)
    lo_b, hi_b = _tok_range(b, j1, j2)
    if hi_a > lo_a:
        out.append(("delete", lo_a, hi_a, lo_b, lo_b))
    if hi_b > lo_b:
        out.append(("insert", hi_a, hi_a, lo_b, hi_b))


def _pair_diff(a: Side, b: Side, i: int, j: int) -> list[Opcode]:
    lo_a, hi_a = a.sentences[i]
    lo_b, hi_b = b.sentences[j]
    sub = diff_keys([t.key for t in a.comp[lo_a:hi_a]], [t.key for t in b.comp[lo_b:hi_b]])
    return [(t, x1 + lo_a, x2 + lo_a, y1 + lo_b, y2 + lo_b) for t, x1, x2, y1, y2 in sub]
